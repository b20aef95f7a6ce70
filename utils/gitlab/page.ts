/**
 * Which GitLab page the content script is on, from page data only (body `data-page`, body data
 * attributes, the URL path). GitLab is localized and reshapes its DOM between releases, so
 * nothing here reads visible text. Pure: the caller collects the inputs from `document`.
 */

export type GitLabPageOwner = 'project' | 'group' | 'personal' | 'instance';

interface GitLabPageContext {
  /** '' or the URL root GitLab is served under, e.g. '/gitlab' (no trailing slash). */
  relativeRoot: string;
  /** Full path of the project or group the page belongs to; null for personal and admin pages. */
  fullPath: string | null;
  /** Body `data-project-id` on project pages. */
  projectId: string | null;
  /** Body `data-namespace-id` on group pages. */
  groupId: string | null;
}

export type GitLabPage = GitLabPageContext &
  (
    | { kind: 'access-tokens'; owner: 'project' | 'group' | 'personal' }
    | { kind: 'deploy-tokens'; owner: 'project' | 'group' }
    | { kind: 'ci-variables'; owner: 'project' | 'group' | 'instance' }
  );

export type GitLabPageKind = GitLabPage['kind'];

/** `data-*` attributes of GitLab's `<body>` that say which project or group a page is of. */
export interface PageBodyData {
  projectFullPath?: string;
  project?: string;
  projectId?: string;
  groupFullPath?: string;
  group?: string;
  namespaceId?: string;
}

export interface GitLabPageInput {
  /** `document.body.dataset.page`. */
  dataPage: string | undefined;
  /** `location.pathname`. */
  pathname: string;
  /** The entries of `document.body.dataset` that page detection reads (camelCase, as the dataset names them). */
  bodyData: PageBodyData;
  /**
   * The relative URL root when the caller knows it from elsewhere. Needed only on GitLab 15.x
   * project pages, whose body lacks `data-project-full-path`: there `/gitlab/group/project/-/…`
   * cannot tell a relative root `/gitlab` from a top-level group named `gitlab`.
   */
  relativeRootHint?: string;
}

export type PageShape =
  | { kind: 'access-tokens'; owner: 'project' | 'group' | 'personal' }
  | { kind: 'deploy-tokens'; owner: 'project' | 'group' }
  | { kind: 'ci-variables'; owner: 'project' | 'group' | 'instance' };

/** data-page values and the page each names. */
export type PageShapes = Readonly<Record<string, PageShape>>;

// data-page values, one per GitLab generation that renders the page (docs/gitlab-compatibility.md, "Page detection").
// One table per feature: each content script carries only its own pages' (detectPageAmong).
export const TOKEN_PAGE_SHAPES: PageShapes = {
  'projects:settings:access_tokens:index': { kind: 'access-tokens', owner: 'project' },
  'groups:settings:access_tokens:index': { kind: 'access-tokens', owner: 'group' },
  'profiles:personal_access_tokens:index': { kind: 'access-tokens', owner: 'personal' },
  'user_settings:personal_access_tokens:index': { kind: 'access-tokens', owner: 'personal' },
  'user_settings:personal_access_tokens:legacy_new': { kind: 'access-tokens', owner: 'personal' },
  'projects:settings:repository:show': { kind: 'deploy-tokens', owner: 'project' },
  'projects:settings:repository:create_deploy_token': { kind: 'deploy-tokens', owner: 'project' },
  'groups:settings:repository:show': { kind: 'deploy-tokens', owner: 'group' },
  'groups:settings:repository:create_deploy_token': { kind: 'deploy-tokens', owner: 'group' },
};
export const CI_VARIABLES_PAGE_SHAPES: PageShapes = {
  'projects:settings:ci_cd:show': { kind: 'ci-variables', owner: 'project' },
  'groups:settings:ci_cd:show': { kind: 'ci-variables', owner: 'group' },
  'admin:application_settings:ci_cd': { kind: 'ci-variables', owner: 'instance' },
};

// Route prefixes that follow the relative root on personal and admin pages; the older
// personal route came first without the `/-/` scope.
const PERSONAL_ROUTES = [
  '/-/user_settings/personal_access_tokens',
  '/-/profile/personal_access_tokens',
  '/profile/personal_access_tokens',
] as const;
const ADMIN_CI_CD_ROUTE = '/admin/application_settings/ci_cd';

// GitLab path segments: letters, digits, '_', '-', '.'; never starting with '-', never '.'/'..'
// (those would let a URL built from the path climb out of it).
const PATH_SEGMENT = /^[A-Za-z0-9_.][A-Za-z0-9_.-]*$/;
const NUMERIC_ID = /^[1-9][0-9]*$/;
// A relative root as it appears in `location.pathname`: already percent-encoded path segments.
const RELATIVE_ROOT = /^(?:\/[A-Za-z0-9._~!$&'()*+,;=:@%-]+)*$/;

export function isGitLabFullPath(value: string, minSegments = 1): boolean {
  const segments = value.split('/');
  return (
    segments.length >= minSegments &&
    segments.every((segment) => PATH_SEGMENT.test(segment) && segment !== '.' && segment !== '..')
  );
}

/** A body data entry as `document.body.dataset` gives it (camelCase), trimmed; null when absent or empty. */
function bodyValue(bodyData: PageBodyData, name: keyof PageBodyData): string | null {
  const value = bodyData[name];
  if (value === undefined) return null;
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}

function numericId(value: string | null): string | null {
  return value !== null && NUMERIC_ID.test(value) ? value : null;
}

function lastSegment(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

/** A relative root we may build URLs from; null when the candidate is not one. */
function cleanRelativeRoot(candidate: string): string | null {
  const root = candidate.endsWith('/') ? candidate.slice(0, -1) : candidate;
  return RELATIVE_ROOT.test(root) ? root : null;
}

function hintedRoot(hint: string | undefined): string | null {
  if (hint === undefined) return null;
  return cleanRelativeRoot(hint.trim());
}

interface Located {
  relativeRoot: string;
  fullPath: string | null;
}

/**
 * Project pages: `<root>/<full/path>/-/…`. The full path cannot contain a `-` segment, so the
 * first `/-/` ends it. Paths route case-insensitively, hence the case-insensitive match.
 */
function locateProject(input: GitLabPageInput): Located | null {
  const { pathname, bodyData } = input;
  const scopeIndex = pathname.indexOf('/-/');
  if (scopeIndex < 0) return null;
  const prefix = pathname.slice(0, scopeIndex);

  const declared = bodyValue(bodyData, 'projectFullPath');
  if (declared !== null && isGitLabFullPath(declared, 2)) {
    const suffix = `/${declared}`;
    if (prefix.toLowerCase().endsWith(suffix.toLowerCase())) {
      const root = cleanRelativeRoot(prefix.slice(0, prefix.length - suffix.length));
      return root === null ? null : { relativeRoot: root, fullPath: declared };
    }
    // The URL does not spell the declared path (should not happen: GitLab redirects renamed
    // paths); trust the body for the path and the hint, if any, for the root.
    return { relativeRoot: hintedRoot(input.relativeRootHint) ?? '', fullPath: declared };
  }

  // GitLab 15.x: no full path in the body; the URL is all there is.
  const hint = hintedRoot(input.relativeRootHint);
  const root = hint !== null && hint !== '' && prefix.toLowerCase().startsWith(`${hint.toLowerCase()}/`) ? hint : '';
  const candidate = prefix.slice(root.length + 1);
  const projectPath = bodyValue(bodyData, 'project');
  const consistent =
    isGitLabFullPath(candidate, 2) &&
    (projectPath === null || lastSegment(candidate).toLowerCase() === projectPath.toLowerCase());
  return { relativeRoot: root, fullPath: consistent ? candidate : null };
}

/** Group pages: `<root>/groups/<full/path>/-/…`; `groups` is reserved at the top level. */
function locateGroup(input: GitLabPageInput): Located | null {
  const { pathname, bodyData } = input;
  const declared = bodyValue(bodyData, 'groupFullPath');
  if (declared !== null && isGitLabFullPath(declared)) {
    const marker = `/groups/${declared}/-/`.toLowerCase();
    const at = pathname.toLowerCase().indexOf(marker);
    if (at >= 0) {
      const root = cleanRelativeRoot(pathname.slice(0, at));
      return root === null ? null : { relativeRoot: root, fullPath: declared };
    }
  }

  const groupsAt = pathname.indexOf('/groups/');
  if (groupsAt < 0) return null;
  const pathStart = groupsAt + '/groups/'.length;
  const scopeIndex = pathname.indexOf('/-/', pathStart);
  if (scopeIndex < 0) return null;
  const root = cleanRelativeRoot(pathname.slice(0, groupsAt));
  if (root === null) return null;
  const candidate = pathname.slice(pathStart, scopeIndex);
  const groupPath = bodyValue(bodyData, 'group');
  const consistent =
    isGitLabFullPath(candidate) &&
    (groupPath === null || lastSegment(candidate).toLowerCase() === groupPath.toLowerCase());
  const fullPath = declared !== null && isGitLabFullPath(declared) ? declared : consistent ? candidate : null;
  return { relativeRoot: root, fullPath };
}

function locateBeforeRoute(pathname: string, routes: readonly string[]): Located | null {
  for (const route of routes) {
    const at = pathname.indexOf(route);
    if (at < 0) continue;
    const root = cleanRelativeRoot(pathname.slice(0, at));
    return root === null ? null : { relativeRoot: root, fullPath: null };
  }
  return null;
}

/** The page `input` is, among every page the extension knows; null on any other. */
export function detectGitLabPage(input: GitLabPageInput): GitLabPage | null {
  return detectPageAmong(TOKEN_PAGE_SHAPES, input) ?? detectPageAmong(CI_VARIABLES_PAGE_SHAPES, input);
}

/** The page `input` is, among the pages of `shapes` only. */
export function detectPageAmong(shapes: PageShapes, input: GitLabPageInput): GitLabPage | null {
  const dataPage = input.dataPage?.trim();
  if (!dataPage || !Object.hasOwn(shapes, dataPage)) return null;
  const shape = shapes[dataPage];
  if (shape === undefined) return null;

  let located: Located | null;
  switch (shape.owner) {
    case 'project':
      located = locateProject(input);
      break;
    case 'group':
      located = locateGroup(input);
      break;
    case 'personal':
      located = locateBeforeRoute(input.pathname, PERSONAL_ROUTES);
      break;
    case 'instance':
      located = locateBeforeRoute(input.pathname, [ADMIN_CI_CD_ROUTE]);
      break;
  }
  if (located === null) return null;

  const projectId = shape.owner === 'project' ? numericId(bodyValue(input.bodyData, 'projectId')) : null;
  const groupId = shape.owner === 'group' ? numericId(bodyValue(input.bodyData, 'namespaceId')) : null;
  return { ...shape, ...located, projectId, groupId };
}

export interface GitLabSettingsUrls {
  /** CI/CD settings with the variables section expanded. */
  ciCdVariables: string | null;
  /** Project or group access tokens (null for personal and admin pages). */
  accessTokens: string | null;
  /** Settings > Repository, where deploy tokens live (null for personal and admin pages). */
  deployTokens: string | null;
}

/**
 * URLs of the settings pages that belong with `page`, on `origin` (e.g. `https://gitlab.example.com`).
 * Null when the origin is not http(s) or the page does not say which project or group it is.
 */
export function settingsUrls(page: GitLabPage, origin: string): GitLabSettingsUrls | null {
  let base: URL;
  try {
    base = new URL(origin);
  } catch {
    return null;
  }
  if (base.protocol !== 'https:' && base.protocol !== 'http:') return null;
  const root = cleanRelativeRoot(page.relativeRoot);
  if (root === null) return null;

  // Concatenate instead of resolving against the origin: a root such as '//evil.example'
  // must stay a path on this origin, and the result is checked below anyway.
  const build = (path: string, hash = ''): string | null => {
    const text = `${base.origin}${root}${path}${hash}`;
    try {
      const url = new URL(text);
      return url.origin === base.origin ? url.href : null;
    } catch {
      return null;
    }
  };
  const encodedPath = (fullPath: string): string => fullPath.split('/').map(encodeURIComponent).join('/');

  switch (page.owner) {
    case 'instance':
      return { ciCdVariables: build(ADMIN_CI_CD_ROUTE, '#js-ci-cd-variables'), accessTokens: null, deployTokens: null };
    case 'personal':
      return { ciCdVariables: null, accessTokens: null, deployTokens: null };
    case 'project': {
      if (page.fullPath === null || !isGitLabFullPath(page.fullPath, 2)) return null;
      const prefix = `/${encodedPath(page.fullPath)}/-/settings`;
      return {
        ciCdVariables: build(`${prefix}/ci_cd`, '#js-cicd-variables-settings'),
        accessTokens: build(`${prefix}/access_tokens`),
        deployTokens: build(`${prefix}/repository`),
      };
    }
    case 'group': {
      if (page.fullPath === null || !isGitLabFullPath(page.fullPath)) return null;
      const prefix = `/groups/${encodedPath(page.fullPath)}/-/settings`;
      return {
        ciCdVariables: build(`${prefix}/ci_cd`, '#ci-variables'),
        accessTokens: build(`${prefix}/access_tokens`),
        deployTokens: build(`${prefix}/repository`),
      };
    }
  }
}
