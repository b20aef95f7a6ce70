import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { MountPlaces } from '../../../utils/gitlab/token-display/mount-places';
import { watchTokenPage } from '../../../utils/features/token-page-watcher';
import type { GitLabPage } from '../../../utils/gitlab/page';

// The token pages' watcher (issue 16) has the display code injected when GitLab shows a token.
// Until that code is there (an injection, some milliseconds), the token field must already say
// autocomplete="off": Chromium's session restore writes the tab's form state to disk and skips
// only such fields (issue 7: nothing at rest).

const PAGE: GitLabPage = { kind: 'access-tokens', owner: 'project', relativeRoot: '', fullPath: 'acme/backend', projectId: '42', groupId: null };
const LABELS = { generate: 'Generate DOCKER_AUTH_CONFIG', createReadToken: 'Create registry read token', formNotFilled: 'Not filled.' };
const asked: unknown[] = [];
let controller: AbortController;

beforeEach(() => {
  fakeBrowser.reset();
  asked.length = 0;
  // The background never answers: the display code does not arrive during the test.
  fakeBrowser.runtime.onMessage.addListener((message: unknown) => {
    asked.push(message);
    return new Promise(() => {});
  });
  controller = new AbortController();
});
afterEach(() => {
  controller.abort();
  document.body.replaceChildren();
});

const microtasks = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the token pages watcher, before the display code is there', () => {
  it('marks a token field GitLab adds autocomplete="off" in the same mutation callback, and asks for the display code once', async () => {
    watchTokenPage({ page: PAGE, places: new MountPlaces(), locale: 'en', labels: LABELS }, controller.signal);
    const section = document.createElement('div');
    section.innerHTML = '<div class="gl-alert" data-testid="success-message"><input id="new-access-token" name="new-access-token" readonly></div>';
    document.body.append(section);
    await microtasks();
    expect(section.querySelector('input')!.getAttribute('autocomplete')).toBe('off');
    expect(asked).toEqual([{ type: 'panel-load', location: { origin: location.origin, relativeRoot: '' }, panel: 'token-display' }]);
  });

  it('asks for nothing while GitLab shows no token (its form only)', async () => {
    watchTokenPage({ page: PAGE, places: new MountPlaces(), locale: 'en', labels: LABELS }, controller.signal);
    const form = document.createElement('form');
    form.id = 'js-new-access-token-form';
    form.innerHTML = '<input id="resource_access_token_name" name="resource_access_token[name]">';
    document.body.append(form);
    await microtasks();
    expect(asked).toEqual([]);
    expect(form.querySelector('[data-docker-auth-config-form-helper]')?.textContent).toContain('Create registry read token');
  });
});
