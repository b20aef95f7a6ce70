import { z } from 'zod/mini';
import { browser, storage } from '#imports';
import { HandoffTargetSchema, type HandoffTarget } from '../messaging/protocol';

/**
 * Generated DOCKER_AUTH_CONFIGs on their way from token pages to CI/CD settings pages, one per
 * target page (two projects may hand off at the same time, each to its own new tab). They live in
 * storage.session (memory only, reachable by the background alone) and are wiped when taken,
 * replaced by a newer one for the same page, when the tab opened for them closes, or five minutes
 * after they were made, whichever comes first.
 *
 * The five minutes hold while nothing else happens too: each value has a browser alarm at its
 * expiry. An MV3 service worker is stopped after about 30 s of idleness, and a timer of its own
 * would die with it; an alarm belongs to the browser, survives the stop and wakes the worker to
 * purge. A worker that starts also purges what expired and sets the alarms again.
 *
 * A value is bound to the tab opened for it and to that tab's page: only a content script in that
 * tab, on that CI/CD settings page, can take it (the router passes the sender's tab and URL).
 */
export const HANDOFF_TTL_MS = 5 * 60 * 1000;

/** Alarm names: one per value, by the id of the tab opened for it. */
const ALARM_PREFIX = 'handoff-expiry:';

const PendingSchema = z.object({
  target: HandoffTargetSchema,
  json: z.string(),
  registry: z.string(),
  expiresAt: z.number(),
  /** The tab opened for this value. */
  tabId: z.number(),
  /** The path of the page opened in that tab (lower case: GitLab routes paths case-insensitively). */
  pagePath: z.string(),
  /** The variable's description naming the token (issue 15), or null. */
  description: z.optional(z.nullable(z.string())),
});
type Pending = z.infer<typeof PendingSchema>;
const PendingListSchema = z.array(PendingSchema);

const pendingItem = storage.defineItem<Pending[] | null>('session:pendingHandoffs', { fallback: null });

const sameTarget = (a: HandoffTarget, b: HandoffTarget) =>
  a.location.origin === b.location.origin &&
  a.location.relativeRoot === b.location.relativeRoot &&
  a.owner === b.owner &&
  a.fullPath.toLowerCase() === b.fullPath.toLowerCase();

// One read-and-write of the list at a time: two hand-offs answered at once must not lose one.
let queue: Promise<unknown> = Promise.resolve();
function serially<T>(task: () => Promise<T>): Promise<T> {
  const run = queue.then(task, task);
  queue = run.catch(() => undefined);
  return run;
}

/** Every stored pending value, expired ones included. */
async function stored(): Promise<Pending[]> {
  const parsed = PendingListSchema.safeParse(await pendingItem.getValue());
  return parsed.success ? parsed.data : [];
}

async function keep(pending: Pending[]): Promise<void> {
  if (pending.length > 0) await pendingItem.setValue(pending);
  else await pendingItem.removeValue();
}

const alarmName = (pending: Pending) => `${ALARM_PREFIX}${pending.tabId}`;

async function arm(pending: Pending): Promise<void> {
  await browser.alarms.create(alarmName(pending), { when: pending.expiresAt });
}

async function disarm(gone: readonly Pending[]): Promise<void> {
  await Promise.all(gone.map((pending) => browser.alarms.clear(alarmName(pending))));
}

/** Keeps only `rest` of `all`, and takes the alarms of the others away. */
async function keepOnly(all: readonly Pending[], rest: Pending[]): Promise<void> {
  if (rest.length === all.length) return;
  await keep(rest);
  await disarm(all.filter((pending) => !rest.includes(pending)));
}

/**
 * The path a tab shows for a URL, as a content script's `sender.url` gives it: lower case, since
 * GitLab routes paths case-insensitively (it may redirect to the path's own spelling).
 */
const pagePathOf = (url: string): string | null => {
  try {
    return new URL(url).pathname.toLowerCase();
  } catch {
    return null;
  }
};

/**
 * Settings URL of the target with its variables section expanded. Checked after it is built: it
 * must stay on the target's origin, below its relative root (the router has checked the path and
 * the root already; this holds whatever a caller passes).
 */
export function ciSettingsUrl(target: HandoffTarget): string {
  const root = `${target.location.origin}${target.location.relativeRoot}`;
  const path = target.fullPath.split('/').map(encodeURIComponent).join('/');
  const text =
    target.owner === 'project'
      ? `${root}/${path}/-/settings/ci_cd#js-cicd-variables-settings`
      : `${root}/groups/${path}/-/settings/ci_cd#ci-variables`;
  const url = new URL(text);
  const expectedStart = `${target.location.relativeRoot}/${target.owner === 'group' ? 'groups/' : ''}${path}/-/settings/ci_cd`;
  if (url.origin !== target.location.origin || url.pathname !== expectedStart) {
    throw new Error('Refused: the CI/CD settings address would leave this GitLab.');
  }
  return url.href;
}

/**
 * Opens the target's CI/CD settings with `openTab` (which answers the new tab's id) and keeps the
 * value for that tab until it is taken, the tab closes, or it expires. A newer value for the same
 * page replaces the older one. The tab is opened inside the serial section, so that the tab's own
 * request to take the value is answered only after the value is stored.
 */
export function putHandoff(
  target: HandoffTarget,
  json: string,
  registry: string,
  openTab: (url: string) => Promise<number>,
  now: () => number = Date.now,
  description: string | null = null,
): Promise<void> {
  return serially(async () => {
    const url = ciSettingsUrl(target);
    const tabId = await openTab(url);
    const created = now();
    const all = await stored();
    const others = all.filter((pending) => pending.expiresAt > created && !sameTarget(pending.target, target) && pending.tabId !== tabId);
    const pending: Pending = { target, json, registry, expiresAt: created + HANDOFF_TTL_MS, tabId, pagePath: pagePathOf(url)!, description };
    await keep([...others, pending]);
    await disarm(all.filter((entry) => !others.includes(entry) && entry.tabId !== tabId));
    await arm(pending);
  });
}

/** Who asks for a value: the sender's tab and page, as the browser names them (never the message). */
export interface HandoffTaker {
  tabId: number | undefined;
  url: string | undefined;
}

/**
 * The pending value for exactly this page, once; null when there is none, it expired, or the
 * asking page is not the one opened for it (another tab, or another page in that tab).
 */
export function takeHandoff(
  target: HandoffTarget,
  taker: HandoffTaker,
  now = Date.now(),
): Promise<{ json: string; registry: string; description?: string } | null> {
  return serially(async () => {
    const all = await stored();
    const alive = all.filter((pending) => pending.expiresAt > now);
    const path = taker.url === undefined ? null : pagePathOf(taker.url);
    const found = alive.find(
      (pending) => sameTarget(pending.target, target) && pending.tabId === taker.tabId && path !== null && pending.pagePath === path,
    );
    // Written back when one was taken or had expired: nothing stays longer than it may.
    await keepOnly(all, alive.filter((pending) => pending !== found));
    if (!found) return null;
    // The description only when the token was identified at the hand-off (issue 15).
    return { json: found.json, registry: found.registry, ...(found.description ? { description: found.description } : {}) };
  });
}

/** Wipes every value whose time is up at `now`. */
export function purgeExpiredHandoffs(now = Date.now()): Promise<void> {
  return serially(async () => {
    const all = await stored();
    await keepOnly(all, all.filter((pending) => pending.expiresAt > now));
  });
}

/** Wipes the value of a tab that was closed. */
export function forgetHandoffOfTab(tabId: number): Promise<void> {
  return serially(async () => {
    const all = await stored();
    await keepOnly(all, all.filter((pending) => pending.tabId !== tabId));
  });
}

/**
 * Call once when the background starts (every service worker start): purges at each value's
 * alarm and when its tab closes, and at once what expired while the worker was stopped; then sets
 * the alarms of the values left again (the browser keeps alarms across worker restarts; this is
 * for the case it did not).
 */
export function watchHandoffExpiry(): Promise<void> {
  browser.alarms.onAlarm.addListener((alarm) => {
    // An alarm may fire a moment before the clock reads its time: its own time counts.
    if (alarm.name.startsWith(ALARM_PREFIX)) void purgeExpiredHandoffs(Math.max(Date.now(), alarm.scheduledTime));
  });
  // tabs.onRemoved needs no "tabs" permission: it gives the tab's id only.
  browser.tabs.onRemoved.addListener((tabId) => void forgetHandoffOfTab(tabId));
  return serially(async () => {
    const all = await stored();
    const alive = all.filter((pending) => pending.expiresAt > Date.now());
    await keepOnly(all, alive);
    await Promise.all(alive.map(arm));
  });
}
