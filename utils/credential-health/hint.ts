import { english, type Translate } from '../i18n';
import { parseDescription } from './description';
import { describeExpiry } from './expiry';

/**
 * The one line shown next to the injected button on page load, from the variable alone (one API
 * read, no registry check): how many registries it holds, and a warning when its description says
 * the token expires within the warning window or has expired.
 */
export interface LoadHint {
  text: string;
  warning: boolean;
}

export function loadHint(
  key: string,
  variable: { hidden: boolean; value: string | null; description: string | null },
  now: Date,
  warnDays: number,
  t: Translate = english,
): LoadHint {
  if (variable.hidden || variable.value === null) return { text: t('hint.hidden', { key }), warning: false };
  const count = registryCount(variable.value);
  const described = parseDescription(variable.description);
  const expiry = describeExpiry({ expiresAt: described.expiresAt }, now, warnDays, t);
  if (expiry.state === 'expired' || expiry.state === 'expiring') {
    const text = count === null ? t('hint.unreadable-expiring', { key, expiry: expiry.text }) : t('hint.registries-expiring', { key, count, expiry: expiry.text });
    return { text, warning: true };
  }
  return { text: count === null ? t('hint.unreadable', { key }) : t('hint.registries', { key, count }), warning: count === null };
}

function registryCount(value: string): number | null {
  try {
    const parsed: unknown = JSON.parse(value);
    const auths = (parsed as { auths?: unknown } | null)?.auths;
    return typeof auths === 'object' && auths !== null && !Array.isArray(auths) ? Object.keys(auths).length : null;
  } catch {
    return null;
  }
}
