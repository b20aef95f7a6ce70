import { describe, expect, it } from 'vitest';
import { CI_VARIABLES_PAGE_SHAPES, detectGitLabPage, detectPageAmong, settingsUrls, TOKEN_PAGE_SHAPES, type GitLabPage } from '../../../utils/gitlab/page';

const NEWER_PROJECT_BODY = { projectId: '42', project: 'app', projectFullPath: 'acme/platform/app', namespaceId: '7' };
const NEWER_GROUP_BODY = { group: 'platform', groupFullPath: 'acme/platform', namespaceId: '9' };

describe('detectGitLabPage: every data-page in docs/gitlab-compatibility.md', () => {
  it.each([
    ['projects:settings:access_tokens:index', '/acme/platform/app/-/settings/access_tokens', 'access-tokens', 'project'],
    ['projects:settings:repository:show', '/acme/platform/app/-/settings/repository', 'deploy-tokens', 'project'],
    [
      'projects:settings:repository:create_deploy_token',
      '/acme/platform/app/-/settings/repository/deploy_token/create',
      'deploy-tokens',
      'project',
    ],
    ['projects:settings:ci_cd:show', '/acme/platform/app/-/settings/ci_cd', 'ci-variables', 'project'],
  ] as const)('%s', (dataPage, pathname, kind, owner) => {
    expect(detectGitLabPage({ dataPage, pathname, bodyData: NEWER_PROJECT_BODY })).toEqual({
      kind,
      owner,
      relativeRoot: '',
      fullPath: 'acme/platform/app',
      projectId: '42',
      groupId: null,
    });
  });

  it.each([
    ['groups:settings:access_tokens:index', '/groups/acme/platform/-/settings/access_tokens', 'access-tokens'],
    ['groups:settings:repository:show', '/groups/acme/platform/-/settings/repository', 'deploy-tokens'],
    [
      'groups:settings:repository:create_deploy_token',
      '/groups/acme/platform/-/settings/repository/deploy_token/create',
      'deploy-tokens',
    ],
    ['groups:settings:ci_cd:show', '/groups/acme/platform/-/settings/ci_cd', 'ci-variables'],
  ] as const)('%s', (dataPage, pathname, kind) => {
    expect(detectGitLabPage({ dataPage, pathname, bodyData: NEWER_GROUP_BODY })).toEqual({
      kind,
      owner: 'group',
      relativeRoot: '',
      fullPath: 'acme/platform',
      projectId: null,
      groupId: '9',
    });
  });

  it.each([
    ['profiles:personal_access_tokens:index', '/-/profile/personal_access_tokens'],
    ['profiles:personal_access_tokens:index', '/profile/personal_access_tokens'],
    ['user_settings:personal_access_tokens:index', '/-/user_settings/personal_access_tokens'],
    ['user_settings:personal_access_tokens:legacy_new', '/-/user_settings/personal_access_tokens/legacy/new'],
  ])('%s at %s', (dataPage, pathname) => {
    expect(detectGitLabPage({ dataPage, pathname, bodyData: {} })).toEqual({
      kind: 'access-tokens',
      owner: 'personal',
      relativeRoot: '',
      fullPath: null,
      projectId: null,
      groupId: null,
    });
  });

  it('admin:application_settings:ci_cd', () => {
    expect(
      detectGitLabPage({ dataPage: 'admin:application_settings:ci_cd', pathname: '/admin/application_settings/ci_cd', bodyData: {} }),
    ).toEqual({ kind: 'ci-variables', owner: 'instance', relativeRoot: '', fullPath: null, projectId: null, groupId: null });
  });
});

describe('detectGitLabPage: relative root and full paths', () => {
  it('separates a relative root from the declared project full path', () => {
    const page = detectGitLabPage({
      dataPage: 'projects:settings:ci_cd:show',
      pathname: '/gitlab/acme/platform/app/-/settings/ci_cd',
      bodyData: NEWER_PROJECT_BODY,
    });
    expect(page).toMatchObject({ relativeRoot: '/gitlab', fullPath: 'acme/platform/app' });
  });

  it('keeps the body spelling of the path when the URL differs only in case', () => {
    const page = detectGitLabPage({
      dataPage: 'projects:settings:ci_cd:show',
      pathname: '/gitlab/ACME/Platform/App/-/settings/ci_cd',
      bodyData: NEWER_PROJECT_BODY,
    });
    expect(page).toMatchObject({ relativeRoot: '/gitlab', fullPath: 'acme/platform/app' });
  });

  it('a URL that does not spell the declared path: the body names the project, the known root (or none) the root', () => {
    const input = {
      dataPage: 'projects:settings:ci_cd:show',
      pathname: '/gitlab/old-name/app/-/settings/ci_cd',
      bodyData: { projectFullPath: 'acme/app', projectId: '42' },
    };
    expect(detectGitLabPage({ ...input, relativeRootHint: '/gitlab/' })).toMatchObject({ relativeRoot: '/gitlab', fullPath: 'acme/app' });
    expect(detectGitLabPage(input)).toMatchObject({ relativeRoot: '', fullPath: 'acme/app', projectId: '42' });
  });

  it('15.x (no data-project-full-path): takes a nested full path from the URL', () => {
    const page = detectGitLabPage({
      dataPage: 'projects:settings:access_tokens:index',
      pathname: '/acme/platform/tools/app/-/settings/access_tokens',
      bodyData: { projectId: '42', project: 'app', namespaceId: '7' },
    });
    expect(page).toEqual({
      kind: 'access-tokens',
      owner: 'project',
      relativeRoot: '',
      fullPath: 'acme/platform/tools/app',
      projectId: '42',
      groupId: null,
    });
  });

  it('15.x under a relative root: the hint separates root and path', () => {
    const page = detectGitLabPage({
      dataPage: 'projects:settings:repository:show',
      pathname: '/gitlab/acme/app/-/settings/repository',
      bodyData: { projectId: '42', project: 'app' },
      relativeRootHint: '/gitlab/',
    });
    expect(page).toMatchObject({ relativeRoot: '/gitlab', fullPath: 'acme/app' });
  });

  it('15.x: body data and the root hint are read without surrounding whitespace, and an empty value counts as absent', () => {
    const page = detectGitLabPage({
      dataPage: 'projects:settings:ci_cd:show',
      pathname: '/gitlab/acme/app/-/settings/ci_cd',
      bodyData: { projectId: ' 42 ', project: ' app ' },
      relativeRootHint: ' /gitlab/ ',
    });
    expect(page).toMatchObject({ relativeRoot: '/gitlab', fullPath: 'acme/app', projectId: '42' });
    const withoutName = detectGitLabPage({
      dataPage: 'projects:settings:ci_cd:show',
      pathname: '/acme/app/-/settings/ci_cd',
      bodyData: { projectId: '42', project: '' },
    });
    expect(withoutName).toMatchObject({ relativeRoot: '', fullPath: 'acme/app' });
  });

  it('15.x under a relative root without a hint: reads the root as a group (cannot know better)', () => {
    const page = detectGitLabPage({
      dataPage: 'projects:settings:repository:show',
      pathname: '/gitlab/acme/app/-/settings/repository',
      bodyData: { projectId: '42', project: 'app' },
    });
    expect(page).toMatchObject({ relativeRoot: '', fullPath: 'gitlab/acme/app' });
  });

  it('15.x: a URL path that disagrees with data-project gives no full path', () => {
    const page = detectGitLabPage({
      dataPage: 'projects:settings:ci_cd:show',
      pathname: '/acme/other/-/settings/ci_cd',
      bodyData: { projectId: '42', project: 'app' },
    });
    expect(page).toMatchObject({ kind: 'ci-variables', fullPath: null, projectId: '42' });
  });

  it('group pages: nested group from the URL under a relative root, with a subgroup named "groups"', () => {
    const page = detectGitLabPage({
      dataPage: 'groups:settings:ci_cd:show',
      pathname: '/gitlab/groups/acme/groups/infra/-/settings/ci_cd',
      bodyData: { group: 'infra', namespaceId: '12' },
    });
    expect(page).toEqual({
      kind: 'ci-variables',
      owner: 'group',
      relativeRoot: '/gitlab',
      fullPath: 'acme/groups/infra',
      projectId: null,
      groupId: '12',
    });
  });

  it('group pages under a relative root that is itself named "groups": the declared path tells the root', () => {
    const page = detectGitLabPage({
      dataPage: 'groups:settings:ci_cd:show',
      pathname: '/groups/groups/ACME/-/settings/ci_cd',
      bodyData: { groupFullPath: 'acme', group: 'acme', namespaceId: '9' },
    });
    expect(page).toMatchObject({ relativeRoot: '/groups', fullPath: 'acme', groupId: '9' });
  });

  it('a declared path under a root GitLab cannot be served at gives no page (nothing is built from it)', () => {
    // `[` and `]` stay raw in location.pathname and are not in a relative root GitLab allows.
    const project = { dataPage: 'projects:settings:ci_cd:show', pathname: '/[x]/acme/app/-/settings/ci_cd', bodyData: { projectFullPath: 'acme/app' } };
    expect(detectGitLabPage(project)).toBeNull();
    const group = { dataPage: 'groups:settings:ci_cd:show', pathname: '/[x]/groups/acme/-/settings/ci_cd', bodyData: { groupFullPath: 'acme' } };
    expect(detectGitLabPage(group)).toBeNull();
  });

  it('15.x: a relative root hint the URL does not start with is not taken', () => {
    const page = detectGitLabPage({
      dataPage: 'projects:settings:ci_cd:show',
      pathname: '/acme/app/-/settings/ci_cd',
      bodyData: { projectId: '42', project: 'app' },
      relativeRootHint: '/gitlab',
    });
    expect(page).toMatchObject({ relativeRoot: '', fullPath: 'acme/app' });
  });

  it('group pages without a declared path: a URL that disagrees with data-group gives no full path', () => {
    const page = detectGitLabPage({
      dataPage: 'groups:settings:ci_cd:show',
      pathname: '/groups/acme/other/-/settings/ci_cd',
      bodyData: { group: 'infra', namespaceId: '12' },
    });
    expect(page).toMatchObject({ kind: 'ci-variables', owner: 'group', relativeRoot: '', fullPath: null, groupId: '12' });
  });

  it('group pages: a URL that does not spell the declared path still gets the declared path', () => {
    const page = detectGitLabPage({
      dataPage: 'groups:settings:ci_cd:show',
      pathname: '/groups/old-name/-/settings/ci_cd',
      bodyData: { groupFullPath: 'acme', group: 'acme' },
    });
    expect(page).toMatchObject({ relativeRoot: '', fullPath: 'acme' });
  });

  it('group pages with no group data in the body: the URL gives the path', () => {
    const page = detectGitLabPage({ dataPage: 'groups:settings:ci_cd:show', pathname: '/groups/acme/infra/-/settings/ci_cd', bodyData: {} });
    expect(page).toMatchObject({ relativeRoot: '', fullPath: 'acme/infra', groupId: null });
  });

  it('group pages: a declared path GitLab does not allow is not taken, even where the URL spells it', () => {
    const page = detectGitLabPage({
      dataPage: 'groups:settings:ci_cd:show',
      pathname: '/groups/-acme/-/settings/ci_cd',
      bodyData: { groupFullPath: '-acme' },
    });
    expect(page).toMatchObject({ relativeRoot: '', fullPath: null });
  });

  it('group pages: no page for a URL without the /-/ scope, or under a root GitLab cannot have', () => {
    const at = (pathname: string) => detectGitLabPage({ dataPage: 'groups:settings:ci_cd:show', pathname, bodyData: { group: 'acme' } });
    expect(at('/groups/acme/settings/ci_cd')).toBeNull();
    expect(at('/[x]/groups/acme/-/settings/ci_cd')).toBeNull();
    expect(at('/gitlab/groups/acme/-/settings/ci_cd')).toMatchObject({ relativeRoot: '/gitlab', fullPath: 'acme' });
  });

  it('group pages: the declared group full path wins', () => {
    const page = detectGitLabPage({
      dataPage: 'groups:settings:access_tokens:index',
      pathname: '/gitlab/groups/acme/platform/-/settings/access_tokens',
      bodyData: NEWER_GROUP_BODY,
    });
    expect(page).toMatchObject({ relativeRoot: '/gitlab', fullPath: 'acme/platform', groupId: '9' });
  });

  it.each([
    ['user_settings:personal_access_tokens:index', '/gitlab/-/user_settings/personal_access_tokens'],
    ['profiles:personal_access_tokens:index', '/gitlab/-/profile/personal_access_tokens'],
    ['admin:application_settings:ci_cd', '/gitlab/admin/application_settings/ci_cd'],
  ])('%s under /gitlab', (dataPage, pathname) => {
    expect(detectGitLabPage({ dataPage, pathname, bodyData: {} })).toMatchObject({ relativeRoot: '/gitlab' });
  });

  it('ignores ids that are not numbers', () => {
    const page = detectGitLabPage({
      dataPage: 'projects:settings:ci_cd:show',
      pathname: '/a/b/-/settings/ci_cd',
      bodyData: { projectId: '42"><img>', projectFullPath: 'a/b' },
    });
    expect(page).toMatchObject({ projectId: null, fullPath: 'a/b' });
  });
});

describe('detectGitLabPage: unknown pages', () => {
  it.each([
    [undefined, '/acme/app/-/settings/ci_cd'],
    ['', '/acme/app/-/settings/ci_cd'],
    ['projects:show', '/acme/app'],
    ['projects:settings:ci_cd:show:extra', '/acme/app/-/settings/ci_cd'],
    ['toString', '/acme/app/-/settings/ci_cd'],
    ['__proto__', '/acme/app/-/settings/ci_cd'],
    ['groups:settings:ci_cd:show', '/acme/app/-/settings/ci_cd'],
    ['projects:settings:ci_cd:show', '/acme/app/settings/ci_cd'],
    ['user_settings:personal_access_tokens:index', '/-/user_settings/profile'],
    ['admin:application_settings:ci_cd', '/admin/ci_cd'],
  ])('data-page %j at %s → null', (dataPage, pathname) => {
    expect(detectGitLabPage({ dataPage, pathname, bodyData: NEWER_PROJECT_BODY })).toBeNull();
  });
});

describe('settingsUrls', () => {
  const project = (relativeRoot: string, fullPath: string | null): GitLabPage => ({
    kind: 'access-tokens',
    owner: 'project',
    relativeRoot,
    fullPath,
    projectId: '1',
    groupId: null,
  });

  it('project under a relative root, nested path', () => {
    expect(settingsUrls(project('/gitlab', 'acme/platform/my.app_1-x'), 'https://git.example.com/')).toEqual({
      ciCdVariables: 'https://git.example.com/gitlab/acme/platform/my.app_1-x/-/settings/ci_cd#js-cicd-variables-settings',
      accessTokens: 'https://git.example.com/gitlab/acme/platform/my.app_1-x/-/settings/access_tokens',
      deployTokens: 'https://git.example.com/gitlab/acme/platform/my.app_1-x/-/settings/repository',
    });
  });

  it('group at the root of the origin', () => {
    const page: GitLabPage = {
      kind: 'deploy-tokens',
      owner: 'group',
      relativeRoot: '',
      fullPath: 'acme/platform',
      projectId: null,
      groupId: '9',
    };
    expect(settingsUrls(page, 'http://localhost:8080')?.ciCdVariables).toBe(
      'http://localhost:8080/groups/acme/platform/-/settings/ci_cd#ci-variables',
    );
  });

  it('instance (admin) CI/CD variables', () => {
    const page: GitLabPage = {
      kind: 'ci-variables',
      owner: 'instance',
      relativeRoot: '/gitlab',
      fullPath: null,
      projectId: null,
      groupId: null,
    };
    expect(settingsUrls(page, 'https://git.example.com')).toEqual({
      ciCdVariables: 'https://git.example.com/gitlab/admin/application_settings/ci_cd#js-ci-cd-variables',
      accessTokens: null,
      deployTokens: null,
    });
  });

  it('personal pages have no CI/CD variables', () => {
    const page: GitLabPage = {
      kind: 'access-tokens',
      owner: 'personal',
      relativeRoot: '',
      fullPath: null,
      projectId: null,
      groupId: null,
    };
    expect(settingsUrls(page, 'https://git.example.com')).toEqual({ ciCdVariables: null, accessTokens: null, deployTokens: null });
  });

  it.each([
    ['no full path', project('', null), 'https://git.example.com'],
    ['a path that climbs out', project('', 'acme/../admin'), 'https://git.example.com'],
    ['a path with characters GitLab never allows', project('', 'acme/a?b#c'), 'https://git.example.com'],
    ['a single-segment project path', project('', 'app'), 'https://git.example.com'],
    ['a relative root with a host in it', project('//evil.example', 'acme/app'), 'https://git.example.com'],
    ['an origin that is not http(s)', project('', 'acme/app'), 'javascript:alert(1)'],
    ['an origin that is not a URL', project('', 'acme/app'), 'git.example.com'],
  ])('null for %s', (_, page, origin) => {
    expect(settingsUrls(page, origin)).toBeNull();
  });
});

describe('settingsUrls: group pages', () => {
  const group = (fullPath: string | null): GitLabPage => ({
    kind: 'access-tokens',
    owner: 'group',
    relativeRoot: '/gitlab',
    fullPath,
    projectId: null,
    groupId: '9',
  });

  it('links to the group\'s own access tokens and Settings > Repository (deploy tokens)', () => {
    expect(settingsUrls(group('acme/platform'), 'https://git.example.com')).toEqual({
      ciCdVariables: 'https://git.example.com/gitlab/groups/acme/platform/-/settings/ci_cd#ci-variables',
      accessTokens: 'https://git.example.com/gitlab/groups/acme/platform/-/settings/access_tokens',
      deployTokens: 'https://git.example.com/gitlab/groups/acme/platform/-/settings/repository',
    });
  });

  it.each([
    ['a group page that did not say which group it is', null],
    ['a path that climbs out', 'acme/../admin'],
  ])('no links (rather than a wrong one or a throw) for %s', (_, fullPath) => {
    expect(settingsUrls(group(fullPath), 'https://git.example.com')).toBeNull();
  });
});

describe('detectGitLabPage: what the body and URL cannot vouch for', () => {
  it('a personal tokens page under a relative root that is no URL path is not detected', () => {
    expect(
      detectGitLabPage({
        dataPage: 'user_settings:personal_access_tokens:index',
        pathname: '/git lab/-/user_settings/personal_access_tokens',
        bodyData: {},
      }),
    ).toBeNull();
  });

  it('data-page is read without the whitespace around it', () => {
    expect(
      detectGitLabPage({ dataPage: ' admin:application_settings:ci_cd\n', pathname: '/admin/application_settings/ci_cd', bodyData: {} }),
    ).toEqual({ kind: 'ci-variables', owner: 'instance', relativeRoot: '', fullPath: null, projectId: null, groupId: null });
  });
});

describe('detectPageAmong: each content script detects its own pages only (issue 16)', () => {
  const tokenPage = { dataPage: 'projects:settings:access_tokens:index', pathname: '/acme/backend/-/settings/access_tokens', bodyData: NEWER_PROJECT_BODY };
  const ciPage = { dataPage: 'projects:settings:ci_cd:show', pathname: '/acme/backend/-/settings/ci_cd', bodyData: NEWER_PROJECT_BODY };

  it('finds the page in its feature\'s table, as detectGitLabPage does, and nothing in the other', () => {
    expect(detectPageAmong(TOKEN_PAGE_SHAPES, tokenPage)).toEqual(detectGitLabPage(tokenPage));
    expect(detectPageAmong(TOKEN_PAGE_SHAPES, tokenPage)).toMatchObject({ kind: 'access-tokens', owner: 'project' });
    expect(detectPageAmong(CI_VARIABLES_PAGE_SHAPES, ciPage)).toEqual(detectGitLabPage(ciPage));
    expect(detectPageAmong(CI_VARIABLES_PAGE_SHAPES, ciPage)).toMatchObject({ kind: 'ci-variables', owner: 'project' });
    expect(detectPageAmong(CI_VARIABLES_PAGE_SHAPES, tokenPage)).toBeNull();
    expect(detectPageAmong(TOKEN_PAGE_SHAPES, ciPage)).toBeNull();
  });

  it('the two tables share no data-page', () => {
    expect(Object.keys(TOKEN_PAGE_SHAPES).filter((dataPage) => dataPage in CI_VARIABLES_PAGE_SHAPES)).toEqual([]);
  });
});
