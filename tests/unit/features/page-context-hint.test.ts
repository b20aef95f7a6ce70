import { afterEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { currentGitLabPage, requestPageSettings } from '../../../utils/features/page-context';

// GitLab 15.x project pages carry no data-project-full-path: below a relative root, the URL alone
// cannot tell /gitlab from a group named "gitlab". The content scripts pass the added instance's
// root, from the 'page-settings' answer, as the hint.

function gitLab15ProjectPage(url: string) {
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(url);
  document.body.dataset.page = 'projects:settings:ci_cd:show';
  document.body.dataset.project = 'backend';
  document.body.dataset.projectId = '42';
}

afterEach(() => {
  for (const key of Object.keys(document.body.dataset)) delete document.body.dataset[key];
  fakeBrowser.reset();
});

describe('currentGitLabPage with the relative root hint', () => {
  it('reads the path after the root it is given; without one, the root is empty', () => {
    gitLab15ProjectPage('https://gitlab.example.test/gitlab/acme/backend/-/settings/ci_cd');
    expect(currentGitLabPage()).toMatchObject({ kind: 'ci-variables', relativeRoot: '', fullPath: 'gitlab/acme/backend' });
    expect(currentGitLabPage(null)).toMatchObject({ relativeRoot: '', fullPath: 'gitlab/acme/backend' });
    expect(currentGitLabPage('/gitlab')).toMatchObject({ kind: 'ci-variables', relativeRoot: '/gitlab', fullPath: 'acme/backend', projectId: '42' });
    // gitlab.com: root '' changes nothing.
    expect(currentGitLabPage('')).toEqual(currentGitLabPage());
  });
});

describe('requestPageSettings', () => {
  it("asks the background once, for this page's origin, and unwraps the answer", async () => {
    gitLab15ProjectPage('https://gitlab.example.test/gitlab/acme/backend/-/settings/ci_cd');
    const received: unknown[] = [];
    const settings = { variableKey: 'REGISTRY_AUTH', protect: 'on', saveAutomatically: true, relativeRoot: '/gitlab' };
    fakeBrowser.runtime.onMessage.addListener((message: unknown) => {
      received.push(message);
      return Promise.resolve({ ok: true, response: settings });
    });
    expect(await requestPageSettings()).toEqual(settings);
    expect(received).toEqual([{ type: 'page-settings', origin: 'https://gitlab.example.test' }]);
  });
});
