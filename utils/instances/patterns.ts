import { english, type Translate } from '../i18n';
import type { InstanceAddress } from './address';

/**
 * Match patterns for a GitLab instance. Chrome's match patterns accept a port in the host part
 * (`https://git.example.com:8443/*` matches that port only; checked against Chromium 156:
 * registerContentScripts and permissions both take it), Firefox's do not (a pattern without a
 * port matches every port there). So the port is kept for Chromium, the narrowest grant, and
 * left out for Firefox.
 */
export interface PatternOptions {
  /** Whether the browser's match patterns take a port. */
  keepPort: boolean;
}

export const browserPatternOptions = (): PatternOptions => ({ keepPort: !import.meta.env.FIREFOX });

function schemeAndHost(origin: string, options: PatternOptions): string {
  const url = new URL(origin);
  const port = options.keepPort && url.port !== '' ? `:${url.port}` : '';
  return `${url.protocol}//${url.hostname}${port}`;
}

/** The host permission asked for (and given back) for an instance: its whole origin. */
export function originPermission(origin: string, options: PatternOptions = browserPatternOptions()): string {
  return `${schemeAndHost(origin, options)}/*`;
}

/**
 * Patterns for the page paths of one content script (paths below GitLab's root, as in
 * utils/features/routes.ts) on an instance, below its relative URL root.
 */
export function instanceMatches(
  address: InstanceAddress,
  paths: readonly string[],
  options: PatternOptions = browserPatternOptions(),
): string[] {
  const base = `${schemeAndHost(address.origin, options)}${address.relativeRoot}`;
  return paths.map((path) => `${base}${path}`);
}

/**
 * What the person must know before allowing an address with a port in a browser whose match
 * patterns take none (Firefox): the grant is every port of that host. Null where the grant is
 * that origin alone, or the address has no port (or is not one yet, while it is typed).
 */
export function everyPortNote(address: string, options: PatternOptions = browserPatternOptions(), t: Translate = english): string | null {
  if (options.keepPort || !URL.canParse(address.trim())) return null;
  const url = new URL(address.trim());
  if (url.port === '' || (url.protocol !== 'https:' && url.protocol !== 'http:')) return null;
  // The port as text: a number parameter would be formatted for the language (5,050).
  return t('options.every-port', { origin: url.origin, host: url.hostname, schemeAndHost: `${url.protocol}//${url.hostname}`, port: url.port });
}
