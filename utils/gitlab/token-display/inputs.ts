/**
 * The elements each of GitLab's token displays shows a new token in (docs/gitlab-compatibility.md,
 * "Token pages"), apart from the displays' other knowledge (./adapters.ts): the token pages'
 * watcher carries only these, to notice that GitLab shows a token and have the display code
 * (containers, reading, pairing, the button) injected then (issue 16). They never appear before
 * a token is shown: the creation forms have none of them.
 */
export const TOKEN_INPUTS = {
  legacyPersonalTokenView: '[data-testid="created-personal-access-token-field"]',
  sharedAccessTokenApp: '#access-token-field, input[name="access-token-field"], [data-testid="access-token-field"]',
  newAccessTokenApp:
    '#new-access-token, input[name="new-access-token"], [data-qa-selector="created_access_token_field"], [data-testid="created-access-token-field"]',
  fullReloadAccessToken: 'input#created-personal-access-token, input[name="created-personal-access-token"]',
  deployTokenByName: 'input[name="deploy-token"]',
  deployTokenHaml: 'input#deploy-token',
} as const;

/** Any element a display shows a token in. */
export const ANY_TOKEN_INPUT = Object.values(TOKEN_INPUTS).join(', ');
