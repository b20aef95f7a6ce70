// GitLab token prefixes say what kind of token it is and are no secret; showing them helps
// people tell tokens apart.
const GITLAB_TOKEN_PREFIX = /^gl[a-z]+-/;

/**
 * A secret for display: its last four characters (e.g. `glpa…7f3a` for a GitLab token,
 * `…7f3a` otherwise). Short secrets show less, so that a display never reveals most of one.
 */
export function maskSecret(secret: string): string {
  if (secret.length < 8) return '…';
  if (secret.length < 12) return `…${secret.slice(-2)}`;
  const prefix = GITLAB_TOKEN_PREFIX.test(secret) ? secret.slice(0, 4) : '';
  return `${prefix}…${secret.slice(-4)}`;
}
