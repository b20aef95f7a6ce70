// The DOCKER_AUTH_CONFIG engine: pure functions, no browser or framework dependency.
export { base64DecodeUtf8, base64EncodeUtf8 } from './base64';
export {
  buildDockerAuthConfig,
  encodeAuth,
  serialiseAuths,
  type AuthEntry,
  type BuildOutcome,
  type CredentialField,
  type CredentialInput,
  type EntryOutcome,
  type FieldMessages,
  type FieldNotes,
} from './build';
export type { Checked } from './checked';
export { checkSecret, checkUsername } from './credentials';
export {
  describeDockerAuthConfig,
  DockerAuthConfigSchema,
  inspectDockerAuthConfig,
  type InspectedEntry,
  type Inspection,
  type Problem,
} from './inspect';
export { maskSecret } from './mask';
export { mergeIntoDockerAuthConfig, type MergeOutcome } from './merge';
export { DOCKER_HUB_KEY, normaliseRegistry } from './registry-key';
