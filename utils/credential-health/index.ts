// Credential health (issue 15): pure parts, shared by the background and the panel.
export { describeToken, parseDescription, TOKEN_KIND_LABEL, type DescribedToken, type TokenKind } from './description';
export { describeExpiry, expiryDay, type Expiry, type ExpiryState } from './expiry';
export { loadHint, type LoadHint } from './hint';
export { clueOf, type UsernameClue } from './token-kind';
