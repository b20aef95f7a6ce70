import { describe, expect, it } from 'vitest';
import { ciSettingsUrl } from '../../../utils/background/handoff';
import { detectGitLabPage, settingsUrls, type GitLabPage } from '../../../utils/gitlab/page';
import type { HandoffTarget } from '../../../utils/messaging/protocol';

// Issue 7: page data that is markup, or that tries to point URLs elsewhere. What the content
// scripts take from the page (body data, the URL path) never becomes a path, an id or an origin
// unless it is one; URLs built from paths stay on the GitLab they were built for.

const IMG = '<img src=x onerror=window.__pwned=1>';
const SCRIPT = '"><script>window.__pwned=2</script>';

describe('detectGitLabPage with markup in the page data', () => {
  it('a project page: markup in data-project-full-path and data-project-id is not taken; the URL gives the path', () => {
    const page = detectGitLabPage({
      dataPage: 'projects:settings:access_tokens:index',
      pathname: '/acme/hostile/app/-/settings/access_tokens',
      bodyData: { projectFullPath: SCRIPT, project: 'app', projectId: IMG, namespaceId: IMG },
    });
    expect(page).toMatchObject({ kind: 'access-tokens', owner: 'project', relativeRoot: '', fullPath: 'acme/hostile/app', projectId: null });
  });

  it.each(['../45', '045', '%2E%2E/45'])('an id with anything before its digits (%s) is not taken: ids go into API paths', (id) => {
    const project = detectGitLabPage({
      dataPage: 'projects:settings:ci_cd:show',
      pathname: '/acme/app/-/settings/ci_cd',
      bodyData: { projectFullPath: 'acme/app', projectId: id },
    });
    const group = detectGitLabPage({ dataPage: 'groups:settings:ci_cd:show', pathname: '/groups/acme/-/settings/ci_cd', bodyData: { namespaceId: id } });
    expect([project?.projectId, group?.groupId]).toEqual([null, null]);
  });

  it('a group page: markup in data-group-full-path and data-namespace-id is not taken', () => {
    const page = detectGitLabPage({
      dataPage: 'groups:settings:ci_cd:show',
      pathname: '/groups/acme/hostile/-/settings/ci_cd',
      bodyData: { groupFullPath: IMG, group: 'hostile', namespaceId: SCRIPT },
    });
    expect(page).toMatchObject({ kind: 'ci-variables', owner: 'group', fullPath: 'acme/hostile', groupId: null });
  });

  it.each([
    ['markup', `/${encodeURIComponent(IMG)}/app/-/settings/ci_cd`],
    ['a script tag', `/acme/${encodeURIComponent(SCRIPT)}/-/settings/ci_cd`],
    ['a dot segment', '/acme/../app/-/settings/ci_cd'],
  ])('a project URL whose path holds %s gives no full path, so no settings URL', (_, pathname) => {
    const page = detectGitLabPage({ dataPage: 'projects:settings:ci_cd:show', pathname, bodyData: { projectId: '45' } });
    expect(page).not.toBeNull();
    expect(page!.fullPath).toBeNull();
    expect(settingsUrls(page!, 'https://gitlab.com')).toBeNull();
  });

  it.each([encodeURIComponent(SCRIPT), '%2F%2Fevil.example', '%5C%5Cevil.example'])(
    'a relative root %s (as the URL spells it) stays a path on the same origin, never raw markup',
    (root) => {
      const page = detectGitLabPage({
        dataPage: 'projects:settings:access_tokens:index',
        pathname: `/${root}/acme/hostile/app/-/settings/access_tokens`,
        bodyData: { projectFullPath: 'acme/hostile/app', projectId: '45' },
      }) as GitLabPage;
      expect(page.relativeRoot).toBe(`/${root}`);
      const urls = settingsUrls(page, 'https://gitlab.com')!;
      for (const url of Object.values(urls)) {
        expect(new URL(url!).origin).toBe('https://gitlab.com');
        expect(url!.startsWith(`https://gitlab.com/${root}/acme/hostile/app/-/settings/`)).toBe(true);
        expect(url).not.toMatch(/[<>"\s]/);
      }
    },
  );
});

describe('ciSettingsUrl with a hostile full path (the hand-off target)', () => {
  const location = { origin: 'https://gitlab.com', relativeRoot: '' };
  const under = { origin: 'https://git.example.com', relativeRoot: '/gitlab' };

  it.each([
    IMG,
    SCRIPT,
    '//evil.example/x',
    '\\\\evil.example\\x',
    '@evil.example',
    'user:pw@evil.example',
    'evil.example:443',
    'javascript:window.__pwned=1',
    'acme/a?b#c',
    '%2F%2Fevil.example',
    '../..//evil.example',
  ])('%j: same origin, the variables section as hash, no query, no raw markup (or refused)', (fullPath) => {
    for (const [where, owner, hash] of [
      [location, 'project', '#js-cicd-variables-settings'],
      [under, 'group', '#ci-variables'],
    ] as const) {
      const target: HandoffTarget = { location: where, owner, fullPath };
      let url: string;
      try {
        url = ciSettingsUrl(target);
      } catch (error) {
        // A path that climbs out of its place (`..`) is refused rather than built (issue 13).
        expect(fullPath).toMatch(/(^|\/)\.\.(\/|$)/);
        expect(String(error)).toContain('Refused');
        continue;
      }
      const parsed = new URL(url);
      expect(parsed.origin).toBe(where.origin);
      expect(parsed.username + parsed.password).toBe('');
      expect(parsed.search).toBe('');
      expect(parsed.hash).toBe(hash);
      expect(url).not.toMatch(/[<>"'\s\\]/);
    }
  });
});
