/**
 * URL paths (below GitLab's root) each content script serves, as match-pattern paths. The same
 * lists make the static matches for gitlab.com and the runtime registrations for self-managed
 * GitLab instances, so a page added here is served everywhere.
 */
export const TOKEN_PAGE_MATCHES = [
  '/*/-/settings/access_tokens*',
  '/-/user_settings/personal_access_tokens*',
  '/-/profile/personal_access_tokens*',
  '/profile/personal_access_tokens*',
  '/*/-/settings/repository*',
] as const;

export const CI_VARIABLES_PAGE_MATCHES = ['/*/-/settings/ci_cd*', '/admin/application_settings/ci_cd*'] as const;

/**
 * A match pattern's path is matched against the path AND the query string, so `/*\/-/settings/ci_cd*`
 * also matches `/acme/backend/-/issues?x=/-/settings/ci_cd`. Excluded: every URL whose query
 * carries a GitLab route (`/-/`), the only way such a pattern reaches a page it does not serve.
 * (`?` is a plain character in match patterns.)
 */
export const ROUTE_IN_QUERY_EXCLUDES = ['/*?*/-/*'] as const;

/**
 * Whether `pathname` (location.pathname: no query, no fragment) is a page of `routes`, below any
 * relative root. Content scripts check it first and stop at once when it is not: the browser
 * decided from the whole URL, they decide from the path alone.
 */
export function servesPath(pathname: string, routes: readonly string[]): boolean {
  return routes.some((route) =>
    new RegExp(`^(?:/[^/]+)*${route.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`).test(pathname),
  );
}
