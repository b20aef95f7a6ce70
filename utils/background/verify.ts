import { z } from 'zod/mini';
import { base64DecodeUtf8, base64EncodeUtf8 } from '../docker-auth-config';
import { english, type Translate } from '../i18n';
import type { GitLabLocation, VerifyResult } from '../messaging/protocol';
import { redirectMessage, redirectTarget } from './redirect';

/** The registry's answer, and whether its token grants pull on the project asked about (null: not asked or not readable). */
export type RegistryVerdict = VerifyResult & { pull: boolean | null };

// The claims of the registry token GitLab issues (docs/gitlab-compatibility.md, "Credential health").
const AccessClaimSchema = z.object({
  access: z.array(z.object({ type: z.string(), name: z.string(), actions: z.array(z.string()) })),
});
const TokenAnswerSchema = z.object({ token: z.string() });

/**
 * Whether the JWT GitLab answered with grants pull on `projectPath`. The token is read, not
 * trusted: the registry checks its signature; here it only tells the person what GitLab granted.
 */
export function grantsPull(answer: unknown, projectPath: string): boolean | null {
  const token = TokenAnswerSchema.safeParse(answer);
  const payload = token.success ? token.data.token.split('.')[1] : undefined;
  if (payload === undefined) return null;
  const decoded = base64DecodeUtf8(payload.replace(/-/g, '+').replace(/_/g, '/').padEnd(Math.ceil(payload.length / 4) * 4, '='));
  let claims: unknown;
  try {
    claims = decoded ? JSON.parse(decoded.text) : null;
  } catch {
    return null;
  }
  const parsed = AccessClaimSchema.safeParse(claims);
  if (!parsed.success) return null;
  return parsed.data.access.some((entry) => entry.type === 'repository' && entry.name === projectPath && entry.actions.includes('pull'));
}

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
  t: Translate = english,
): Promise<RegistryVerdict> {
  const url = new URL(`${location.origin}${location.relativeRoot}/jwt/auth`);
  url.searchParams.set('service', 'container_registry');
  if (projectPath) url.searchParams.set('scope', `repository:${projectPath}:pull`);
  // Checked once built: the credentials go to this GitLab's origin only.
  if (url.origin !== location.origin) return { verdict: 'unknown', message: t('verify.refused-address'), pull: null };
  let response: Response;
  try {
    response = await fetch(url, {
      headers: { Authorization: `Basic ${base64EncodeUtf8(`${username}:${secret}`)}` },
      credentials: 'omit',
      cache: 'no-store',
      redirect: 'manual',
    });
  } catch {
    return { verdict: 'unknown', message: t('verify.unreachable'), pull: null };
  }
  const redirectedTo = redirectTarget(response, url);
  if (redirectedTo !== null) return { verdict: 'unknown', message: t('verify.redirect', { redirect: redirectMessage(url, redirectedTo, t) }), pull: null };
  if (response.ok) {
    const pull = projectPath ? grantsPull(await response.json().catch(() => null), projectPath) : null;
    return { verdict: 'valid', message: t('verify.valid'), pull };
  }
  if (response.status === 401 || response.status === 403) {
    return {
      verdict: 'invalid',
      message: t('verify.invalid'),
      pull: null,
    };
  }
  if (response.status === 404) {
    // GitLab answers 404 at /jwt/auth when its container registry is off: waiting does not help.
    return {
      verdict: 'unknown',
      message: t('verify.no-endpoint'),
      pull: null,
    };
  }
  return { verdict: 'unknown', message: t('verify.failed', { status: String(response.status) }), pull: null };
}
