/**
 * The address of a self-managed GitLab as a person types it: `https://gitlab.example.com` or,
 * when GitLab is served below a relative URL root, `https://example.com/gitlab`. Pure: the
 * options page and the popup check what they are given here before asking for any permission.
 */
import { english, type Translate } from '../i18n';

export interface InstanceAddress {
  /** Scheme, host and port as the browser spells them, e.g. `https://git.example.com:8443`. */
  origin: string;
  /** '' or the path GitLab is served under, e.g. '/gitlab' (no trailing slash). */
  relativeRoot: string;
}

export type AddressCheck = { ok: true; value: InstanceAddress; warning: string | null } | { ok: false; error: string };

export const GITLAB_COM_ORIGIN = 'https://gitlab.com';

// Segments of a relative URL root: what GitLab accepts in `relative_url_root`, already
// percent-encoded as the URL parser gives it. No `*`: it would be a wildcard in a match pattern.
const ROOT_SEGMENT = /^[A-Za-z0-9._~%-]+$/;

/** The warning shown wherever a plain http:// GitLab is added or listed. */
export const insecureWarning = (t: Translate = english) => t('address.insecure');

/** Whether an origin is gitlab.com itself (built in, its access comes with the extension). */
export function isGitLabCom(origin: string): boolean {
  try {
    const host = new URL(origin).hostname;
    return host === 'gitlab.com' || host === 'www.gitlab.com';
  } catch {
    return false;
  }
}

/**
 * Checks a typed GitLab address. `added` are the origins already in the list; one entry per
 * origin, because the browser grants access per origin and removing an entry gives it back.
 */
export function checkInstanceAddress(raw: string, added: readonly string[] = [], t: Translate = english): AddressCheck {
  const input = raw.trim();
  if (input === '') return { ok: false, error: t('address.empty') };
  if (/\s/.test(input)) return { ok: false, error: t('address.spaces') };
  if (!/^[a-z][a-z0-9+.-]*:/i.test(input)) {
    return { ok: false, error: t('address.no-scheme') };
  }
  let url: URL;
  try {
    url = new URL(input);
  } catch {
    return { ok: false, error: t('address.not-url', { input }) };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return { ok: false, error: t('address.bad-scheme', { scheme: url.protocol }) };
  }
  if (url.username !== '' || url.password !== '' || /^[a-z]+:\/\/[^/?#]*@/i.test(input)) {
    return { ok: false, error: t('address.credentials') };
  }
  if (url.search !== '' || url.hash !== '' || input.includes('?') || input.includes('#')) {
    return { ok: false, error: t('address.query') };
  }
  if (url.hostname === '') return { ok: false, error: t('address.missing-host') };

  const segments = url.pathname.split('/').filter((segment) => segment !== '');
  if (segments.includes('-') || segments.some((segment) => !ROOT_SEGMENT.test(segment))) {
    return { ok: false, error: t('address.page-inside') };
  }
  const relativeRoot = segments.map((segment) => `/${segment}`).join('');
  const origin = url.origin;

  if (isGitLabCom(origin)) {
    return { ok: false, error: t('address.gitlab-com') };
  }
  if (added.includes(origin)) return { ok: false, error: t('address.already-added', { origin }) };
  return { ok: true, value: { origin, relativeRoot }, warning: url.protocol === 'http:' ? insecureWarning(t) : null };
}

/** The address as shown to people: origin and relative root. */
export const addressText = (address: InstanceAddress) => `${address.origin}${address.relativeRoot}`;
