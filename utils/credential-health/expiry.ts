import { english, matchLocale, type Translate } from '../i18n';
import { isCalendarDate } from './description';

/**
 * Expiry as a person reads it, in their language: "in 94 days" by Intl.RelativeTimeFormat, the
 * day by Intl.DateTimeFormat (English keeps GitLab's YYYY-MM-DD, as the variable's description
 * writes it). GitLab tokens stop working at the start of their expiry day, UTC
 * (docs/gitlab-compatibility.md, "Credential health"); days are counted in UTC days.
 */

const DAY_MS = 24 * 60 * 60 * 1000;

export type ExpiryState = 'none' | 'valid' | 'expiring' | 'expired' | 'revoked';

export interface Expiry {
  state: ExpiryState;
  /** "expires 2027-03-01, in 94 days", "expired 3 days ago", "revoked", "does not expire". */
  text: string;
  /** Whole days until expiry (negative: since); null when it does not expire. */
  days: number | null;
}

/** The day of `expiresAt` (a date or a timestamp, as GitLab's APIs give it), or null. */
export function expiryDay(expiresAt: string | null | undefined): string | null {
  if (!expiresAt) return null;
  const day = expiresAt.slice(0, 10);
  return isCalendarDate(day) ? day : null;
}

/** The language `t` speaks, as its catalogue names itself (English for one that does not, e.g. the pseudo-locale). */
const localeOf = (t: Translate) => matchLocale(t('panel.locale')) ?? 'en';

const dayText = (day: string, locale: string) =>
  locale === 'en' ? day : new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`));

export function describeExpiry(
  input: { expiresAt: string | null | undefined; revoked?: boolean },
  now: Date,
  warnDays: number,
  t: Translate = english,
): Expiry {
  if (input.revoked) return { state: 'revoked', text: t('health.revoked'), days: null };
  const day = expiryDay(input.expiresAt);
  if (day === null) return { state: 'none', text: t('health.no-expiry'), days: null };
  const locale = localeOf(t);
  const relative = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  const days = Math.round((Date.parse(`${day}T00:00:00Z`) - today) / DAY_MS);
  const date = dayText(day, locale);
  if (days <= 0) {
    return { state: 'expired', text: days === 0 ? t('health.expired-today', { date }) : t('health.expired', { ago: relative.format(days, 'day') }), days };
  }
  const state = days <= warnDays ? 'expiring' : 'valid';
  return { state, text: t('health.expires', { date, when: relative.format(days, 'day') }), days };
}
