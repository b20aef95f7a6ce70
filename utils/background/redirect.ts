import { english, type Translate } from '../i18n';

/**
 * Requests to GitLab never follow a redirect: a 307 or 308 to another host would resend the
 * method, the body (a DOCKER_AUTH_CONFIG) and X-CSRF-Token or the Basic credentials there. Every
 * fetch of the background uses `redirect: 'manual'`, and an answer that redirects is a failure.
 *
 * With 'manual', the browser answers an opaque redirect (Fetch standard): status 0, no headers, so
 * the address it pointed to is hidden, same origin or not. Where a Location is visible after all,
 * its host is named; otherwise the message says it cannot be known.
 */
export type RedirectTarget = { kind: 'host'; host: string } | { kind: 'same-origin'; host: string } | { kind: 'hidden' };

export function redirectTarget(response: Response, requested: URL): RedirectTarget | null {
  const isRedirect = response.type === 'opaqueredirect' || (response.status >= 300 && response.status < 400);
  if (!isRedirect) return null;
  const location = response.headers.get('location');
  if (location) {
    try {
      const target = new URL(location, requested);
      return target.origin === requested.origin ? { kind: 'same-origin', host: target.host } : { kind: 'host', host: target.host };
    } catch {
      // An unreadable Location names nothing.
    }
  }
  return { kind: 'hidden' };
}

/** What to tell a person: where GitLab pointed, that nothing went there, and what to check. */
export function redirectMessage(requested: URL, target: RedirectTarget, t: Translate = english): string {
  const where =
    target.kind === 'host' ? target.host : target.kind === 'same-origin' ? t('panel.redirect.same-origin', { host: target.host }) : t('panel.redirect.hidden');
  return t('panel.redirect', { host: requested.host, target: where });
}
