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
): LoadHint {
  if (variable.hidden || variable.value === null) return { text: `${key}: hidden, GitLab does not show it to check`, warning: false };
  const count = registryCount(variable.value);
  const what = count === null ? 'not readable JSON' : `${count} ${count === 1 ? 'registry' : 'registries'}`;
  const described = parseDescription(variable.description);
  const expiry = describeExpiry({ expiresAt: described.expiresAt }, now, warnDays);
  if (expiry.state === 'expired' || expiry.state === 'expiring') {
    return { text: `${key}: ${what}; its token ${expiry.text}. Open the panel to check and renew.`, warning: true };
  }
  return { text: `${key}: ${what}`, warning: count === null };
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
