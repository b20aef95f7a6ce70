import { base64EncodeUtf8 } from '../docker-auth-config';
import type { GitLabLocation, VerifyResult } from '../messaging/protocol';
import { redirectMessage, redirectTarget } from './redirect';

/**
 * Asks GitLab's registry token endpoint whether username + token may pull, without pulling:
 * 200 means valid, 401/403 invalid. Only ever sent to the GitLab the token came from, and
 * without the session cookie, so that only the credentials themselves are judged; a redirect is
 * not followed (it would carry the credentials elsewhere) and is said instead.
 */
export async function verifyRegistryCredentials(
  location: GitLabLocation,
  username: string,
  secret: string,
  projectPath: string | null,
): Promise<VerifyResult> {
  const url = new URL(`${location.origin}${location.relativeRoot}/jwt/auth`);
  url.searchParams.set('service', 'container_registry');
  if (projectPath) url.searchParams.set('scope', `repository:${projectPath}:pull`);
  // Checked once built: the credentials go to this GitLab's origin only.
  if (url.origin !== location.origin) return { verdict: 'unknown', message: 'Refused: the address to verify at is not this GitLab.' };
  let response: Response;
  try {
    response = await fetch(url, {
      headers: { Authorization: `Basic ${base64EncodeUtf8(`${username}:${secret}`)}` },
      credentials: 'omit',
      cache: 'no-store',
      redirect: 'manual',
    });
  } catch {
    return { verdict: 'unknown', message: 'Could not reach GitLab to verify. Check your connection and try again.' };
  }
  const redirectedTo = redirectTarget(response, url);
  if (redirectedTo !== null) return { verdict: 'unknown', message: `Could not verify: ${redirectMessage(url, redirectedTo)}` };
  if (response.ok) return { verdict: 'valid', message: 'Valid: GitLab accepts these credentials for the registry.' };
  if (response.status === 401 || response.status === 403) {
    return {
      verdict: 'invalid',
      message: 'Invalid: GitLab refuses these credentials (wrong, revoked or expired token, a missing read_registry scope, or a deploy token with another username).',
    };
  }
  if (response.status === 404) {
    // GitLab answers 404 at /jwt/auth when its container registry is off: waiting does not help.
    return {
      verdict: 'unknown',
      message: "Could not verify: this GitLab has no registry token endpoint (404), so its container registry is probably turned off. Ask its administrator, or check the registry address.",
    };
  }
  return { verdict: 'unknown', message: `GitLab could not verify them (${response.status}). Try again later.` };
}
