import { describe, expect, it } from 'vitest';
import { CI_VARIABLES_PAGE_MATCHES, ROUTE_IN_QUERY_EXCLUDES, servesPath, TOKEN_PAGE_MATCHES } from '../../../utils/features/routes';
import { scriptsForInstance } from '../../../utils/instances/registration';

// Issue 13, item 5: a match pattern's `*` also matches the query string, so the browser runs a
// content script on `/acme/backend/-/issues?x=/-/settings/access_tokens`. The scripts decide from
// the path alone, and the registrations exclude URLs whose query carries a GitLab route.

const pathOf = (url: string) => new URL(url, 'https://gitlab.com').pathname;

describe('servesPath: the path alone says whether a content script serves a page', () => {
  it('serves the token pages, at the root and below a relative root, whatever their query', () => {
    for (const url of [
      '/acme/backend/-/settings/access_tokens',
      '/acme/backend/-/settings/access_tokens?page=2',
      '/groups/acme/-/settings/access_tokens',
      '/acme/platform/api/-/settings/repository#js-deploy-tokens',
      '/-/user_settings/personal_access_tokens',
      '/-/profile/personal_access_tokens',
      '/profile/personal_access_tokens',
      '/gitlab/-/user_settings/personal_access_tokens',
      '/gitlab/acme/backend/-/settings/access_tokens',
    ]) {
      expect(servesPath(pathOf(url), TOKEN_PAGE_MATCHES), url).toBe(true);
    }
  });

  it('does not serve a page whose query or fragment names a served route', () => {
    for (const url of [
      '/acme/backend/-/issues?x=/-/settings/access_tokens',
      '/acme/backend/-/issues?x=/-/settings/repository',
      '/acme/backend/-/merge_requests/1#/-/settings/access_tokens',
      '/acme/backend?/-/profile/personal_access_tokens',
      '/-/settings/access_tokens',
      '/acme/backend/-/settings/ci_cd',
    ]) {
      expect(servesPath(pathOf(url), TOKEN_PAGE_MATCHES), url).toBe(false);
    }
  });

  it('serves the CI/CD settings pages and nothing that only names them in its query', () => {
    expect(servesPath(pathOf('/acme/backend/-/settings/ci_cd#js-cicd-variables-settings'), CI_VARIABLES_PAGE_MATCHES)).toBe(true);
    expect(servesPath(pathOf('/groups/acme/-/settings/ci_cd'), CI_VARIABLES_PAGE_MATCHES)).toBe(true);
    expect(servesPath(pathOf('/admin/application_settings/ci_cd'), CI_VARIABLES_PAGE_MATCHES)).toBe(true);
    expect(servesPath(pathOf('/acme/backend/-/issues?x=/-/settings/ci_cd'), CI_VARIABLES_PAGE_MATCHES)).toBe(false);
    expect(servesPath(pathOf('/acme/backend/-/pipelines?x=/admin/application_settings/ci_cd'), CI_VARIABLES_PAGE_MATCHES)).toBe(false);
  });
});

describe('registrations on an added GitLab exclude URLs with a route in their query', () => {
  it('excludes them below the relative root, for every script', () => {
    const scripts = scriptsForInstance(
      { origin: 'https://git.example.com', relativeRoot: '/gitlab' },
      [{ js: ['content-scripts/token-pages.js'] }, { js: ['content-scripts/ci-variables.js'] }],
      { keepPort: true },
    );
    expect(ROUTE_IN_QUERY_EXCLUDES).toEqual(['/*?*/-/*']);
    expect(scripts.map((script) => script.excludeMatches)).toEqual([['https://git.example.com/gitlab/*?*/-/*'], ['https://git.example.com/gitlab/*?*/-/*']]);
  });
});
