// GitLab page knowledge: where we are, where GitLab shows a new token, and its token form.
export {
  detectGitLabPage,
  isGitLabFullPath,
  settingsUrls,
  type GitLabPage,
  type GitLabPageInput,
  type GitLabPageKind,
  type GitLabPageOwner,
  type GitLabSettingsUrls,
} from './page';
export {
  adaptersFor,
  findShownToken,
  isTokenRelevantMutation,
  MountPlaces,
  noteMountPlacesWhileParsing,
  tokenKindOf,
  TOKEN_DISPLAY_ADAPTERS,
  type ShownToken,
  type TokenDisplayAdapter,
  type TokenKind,
} from './token-display';
export {
  fillRegistryReadTokenForm,
  registryTokenExpiry,
  REGISTRY_READ_TOKEN_NAME,
  REPORTER_ACCESS_LEVEL,
  type TokenFormField,
  type TokenFormFillResult,
} from './token-form';
