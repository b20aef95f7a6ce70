import { isCalendarDate } from './description';

/**
 * Expiry as a person reads it. GitLab tokens stop working at the start of their expiry day, UTC
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

const relative = new Intl.RelativeTimeFormat('en', { numeric: 'auto' });

export function describeExpiry(input: { expiresAt: string | null | undefined; revoked?: boolean }, now: Date, warnDays: number): Expiry {
  if (input.revoked) return { state: 'revoked', text: 'revoked', days: null };
  const day = expiryDay(input.expiresAt);
  if (day === null) return { state: 'none', text: 'does not expire', days: null };
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  const days = Math.round((Date.parse(`${day}T00:00:00Z`) - today) / DAY_MS);
  if (days <= 0) return { state: 'expired', text: days === 0 ? `expired today (${day})` : `expired ${relative.format(days, 'day')}`, days };
  const state = days <= warnDays ? 'expiring' : 'valid';
  return { state, text: `expires ${day}, ${relative.format(days, 'day')}`, days };
}
