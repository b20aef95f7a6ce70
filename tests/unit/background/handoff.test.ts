import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { ciSettingsUrl, putHandoff, takeHandoff } from '../../../utils/background/handoff';
import type { HandoffTarget } from '../../../utils/messaging/protocol';

const target: HandoffTarget = {
  location: { origin: 'https://gitlab.com', relativeRoot: '' },
  owner: 'project',
  fullPath: 'acme/backend',
};

describe('hand-off of a generated value to the CI/CD settings page', () => {
  beforeEach(() => fakeBrowser.reset());

  it('is taken once, by the same project only, and lives in session storage only', async () => {
    await putHandoff(target, '{"auths":{}}', 'registry.gitlab.com', 1000);
    expect(await fakeBrowser.storage.local.get()).toEqual({});
    expect(await takeHandoff({ ...target, fullPath: 'acme/other' }, 2000)).toBeNull();
    expect(await takeHandoff(target, 2000)).toEqual({ json: '{"auths":{}}', registry: 'registry.gitlab.com' });
    expect(await takeHandoff(target, 2000)).toBeNull();
    expect(await fakeBrowser.storage.session.get()).toEqual({});
  });

  it('keeps the values of two pages apart: each page takes its own, whoever handed off last', async () => {
    const other: HandoffTarget = { ...target, fullPath: 'acme/platform/api' };
    await Promise.all([putHandoff(target, '{"auths":{"a":{}}}', 'a', 1000), putHandoff(other, '{"auths":{"b":{}}}', 'b', 1000)]);
    expect(await takeHandoff(target, 2000)).toEqual({ json: '{"auths":{"a":{}}}', registry: 'a' });
    expect(await takeHandoff(other, 2000)).toEqual({ json: '{"auths":{"b":{}}}', registry: 'b' });
    expect(await fakeBrowser.storage.session.get()).toEqual({});
    // A newer value for the same page replaces the older one.
    await putHandoff(target, '{"auths":{"old":{}}}', 'old', 1000);
    await putHandoff(target, '{"auths":{"new":{}}}', 'new', 1000);
    expect(await takeHandoff(target, 2000)).toEqual({ json: '{"auths":{"new":{}}}', registry: 'new' });
    expect(await takeHandoff(target, 2000)).toBeNull();
  });

  it('lives five minutes, as the README promises, and is wiped then', async () => {
    const fiveMinutes = 5 * 60 * 1000;
    await putHandoff(target, '{"auths":{}}', 'registry.gitlab.com', 1000);
    expect(await takeHandoff(target, 1000 + fiveMinutes - 1)).toEqual({ json: '{"auths":{}}', registry: 'registry.gitlab.com' });
    await putHandoff(target, '{"auths":{}}', 'registry.gitlab.com', 1000);
    expect(await takeHandoff(target, 1000 + fiveMinutes)).toBeNull();
    expect(await fakeBrowser.storage.session.get()).toEqual({});
  });

  it.each<[string, HandoffTarget]>([
    ['another GitLab with the same path', { ...target, location: { origin: 'https://gitlab.example.com', relativeRoot: '' } }],
    ['the same host under another relative root', { ...target, location: { origin: 'https://gitlab.com', relativeRoot: '/gitlab' } }],
    ['a group with the same path as the project', { ...target, owner: 'group' }],
  ])('is not given to %s, and stays for its own page', async (_, other) => {
    await putHandoff(target, '{"auths":{"a":{}}}', 'a', 1000);
    expect(await takeHandoff(other, 2000)).toBeNull();
    // Handing off to that other page does not replace this page's value either.
    await putHandoff(other, '{"auths":{"b":{}}}', 'b', 1000);
    expect(await takeHandoff(target, 2000)).toEqual({ json: '{"auths":{"a":{}}}', registry: 'a' });
    expect(await takeHandoff(other, 2000)).toEqual({ json: '{"auths":{"b":{}}}', registry: 'b' });
  });

  it('finds the project whatever the case of its path in the URL (GitLab paths ignore case)', async () => {
    await putHandoff(target, '{"auths":{}}', 'registry.gitlab.com', 1000);
    expect(await takeHandoff({ ...target, fullPath: 'Acme/Backend' }, 2000)).toEqual({ json: '{"auths":{}}', registry: 'registry.gitlab.com' });
  });

  it('opens the settings page with the variables section expanded, under a relative root too', () => {
    expect(ciSettingsUrl(target)).toBe('https://gitlab.com/acme/backend/-/settings/ci_cd#js-cicd-variables-settings');
    expect(
      ciSettingsUrl({ location: { origin: 'https://git.example.com', relativeRoot: '/gitlab' }, owner: 'group', fullPath: 'acme/platform' }),
    ).toBe('https://git.example.com/gitlab/groups/acme/platform/-/settings/ci_cd#ci-variables');
  });
});
