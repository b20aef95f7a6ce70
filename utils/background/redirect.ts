/**
 * Requests to GitLab never follow a redirect: a 307 or 308 to another host would resend the
 * method, the body (a DOCKER_AUTH_CONFIG) and X-CSRF-Token or the Basic credentials there. Every
 * fetch of the background uses `redirect: 'manual'`, and an answer that redirects is a failure.
 *
 * With 'manual', the browser answers an opaque redirect (Fetch standard): status 0, no headers, so
 * the address it pointed to is hidden, same origin or not. Where a Location is visible after all,
 * its host is named; otherwise the message says it cannot be known.
 */
export function redirectTarget(response: Response, requested: URL): string | null {
  const isRedirect = response.type === 'opaqueredirect' || (response.status >= 300 && response.status < 400);
  if (!isRedirect) return null;
  const location = response.headers.get('location');
  if (location) {
    try {
      const target = new URL(location, requested);
      return target.origin === requested.origin ? `another address on ${target.host}` : target.host;
    } catch {
      // An unreadable Location names nothing.
    }
  }
  return 'an address the browser does not reveal';
}

/** What to tell a person: where GitLab pointed, that nothing went there, and what to check. */
export const redirectMessage = (requested: URL, target: string) =>
  `${requested.host} answered with a redirect to ${target}. The extension does not follow redirects, so nothing was sent there. ` +
  'Check that this GitLab is used at the address it is served at (https, host and relative URL root).';
