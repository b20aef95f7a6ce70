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
