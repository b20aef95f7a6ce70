import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import background from '../../../entrypoints/background';
import { ciSettingsUrl, HANDOFF_TTL_MS, putHandoff, takeHandoff } from '../../../utils/background/handoff';
import { addStoredInstance } from '../../../utils/instances/store';
import type { HandoffTarget } from '../../../utils/messaging/protocol';

// The hand-off from a token page to the CI/CD settings page it opens, through the background's
// messages as content scripts send them (issue 13, items 1 and 4). The fake browser plays the
// browser's part: it keeps storage.session and the alarms while the service worker is stopped,
// and it fires an alarm that is due (advanceTo) after waking the worker, as an MV3 browser does.

type Envelope = { ok: boolean; response?: unknown; error?: string };
type Sender = { url: string; tab?: { id: number } };

const T0 = Date.UTC(2026, 10, 26, 9, 0, 0);
const TOKEN_PAGE = 'https://gitlab.com/acme/backend/-/settings/access_tokens';
const SETTINGS_PAGE = 'https://gitlab.com/acme/backend/-/settings/ci_cd';
const target: HandoffTarget = {
  location: { origin: 'https://gitlab.com', relativeRoot: '' },
  owner: 'project',
  fullPath: 'acme/backend',
};
const JSON_VALUE = '{"auths":{"registry.gitlab.com":{"auth":"dTpz"}}}';

async function ask(message: unknown, sender: Sender): Promise<Envelope> {
  return new Promise((resolve) => {
    // Chromium's listener gets sendResponse as its third argument (the fake's types say two).
    const trigger = fakeBrowser.runtime.onMessage.trigger as (...args: unknown[]) => Promise<unknown>;
    void trigger(message, sender, (answer: Envelope) => resolve(answer));
  });
}

/** The service worker starts: the background's main, as the browser runs it on every start. */
function startWorker(): void {
  // Not under test here, and not in WXT's fake browser: the events the instance code listens to.
  const noEvent = { addListener() {} };
  Object.assign(fakeBrowser.permissions, { onAdded: noEvent, onRemoved: noEvent });
  background.main();
}

/** The worker is stopped: its listeners and memory are gone; storage.session and alarms stay. */
function stopWorker(): void {
  fakeBrowser.runtime.onMessage.removeAllListeners();
  fakeBrowser.alarms.onAlarm.removeAllListeners();
  fakeBrowser.tabs.onRemoved.removeAllListeners();
}

/** The clock moves to `time`; each alarm due by then fires once (the browser wakes the worker for it). */
async function advanceTo(time: number): Promise<void> {
  vi.setSystemTime(time);
  for (const alarm of [...(await fakeBrowser.alarms.getAll())]) {
    if (alarm.scheduledTime > time) continue;
    await fakeBrowser.alarms.clear(alarm.name);
    if (!(fakeBrowser.alarms.onAlarm as unknown as { hasListeners(): boolean }).hasListeners()) startWorker();
    await fakeBrowser.alarms.onAlarm.trigger(alarm);
  }
}

/** A tab is closed: the browser's tabs.onRemoved (the fake's tabs.remove looks the tab's id up as a window's). */
const closeTab = (tabId: number) => fakeBrowser.tabs.onRemoved.trigger(tabId, { isWindowClosing: false, windowId: 0 });

const session = () => fakeBrowser.storage.session.get();
/** The values waiting in storage.session, by their JSON. */
const pendingValues = async () => ((await session()) as { pendingHandoffs?: Array<{ json: string }> }).pendingHandoffs?.map((pending) => pending.json) ?? [];
/** storage.session once the background has settled: polled, it writes after the event. */
const expectSessionEmpty = () => vi.waitFor(async () => expect(await session()).toEqual({}));

/** The token page's tab, then "Fill CI/CD variable" from it; answers the tab the background opened. */
async function handOff(handoffTarget = target, json = JSON_VALUE, tokenPage = TOKEN_PAGE) {
  const tokenTab = await fakeBrowser.tabs.create({ url: tokenPage });
  const answer = await ask({ type: 'handoff-put', target: handoffTarget, json, registry: 'registry.gitlab.com' }, { url: tokenPage, tab: { id: tokenTab.id! } });
  expect(answer).toEqual({ ok: true, response: { ok: true, message: 'Opened the CI/CD settings in a new tab.' } });
  const opened = (await fakeBrowser.tabs.query({})).filter((tab) => tab.url?.includes('/-/settings/ci_cd')).at(-1)!;
  return { tokenTab, opened };
}

/** The CI/CD page's content script asks for its value. */
async function take(sender: Sender, handoffTarget = target): Promise<unknown> {
  const answer = await ask({ type: 'handoff-take', target: handoffTarget }, sender);
  expect(answer.ok).toBe(true);
  return answer.response;
}

describe('hand-off of a generated value to the CI/CD settings page', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.useFakeTimers({ toFake: ['Date'], now: T0 });
    startWorker();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('opens the CI/CD settings, is taken once by that page, and lives in session storage only', async () => {
    const { opened } = await handOff();
    expect(opened.url).toBe(`${SETTINGS_PAGE}#js-cicd-variables-settings`);
    expect(await fakeBrowser.storage.local.get()).toEqual({});
    const page = { url: opened.url!, tab: { id: opened.id! } };
    expect(await take(page, { ...target, fullPath: 'acme/other' })).toBeNull();
    expect(await take(page)).toEqual({ json: JSON_VALUE, registry: 'registry.gitlab.com' });
    expect(await take(page)).toBeNull();
    expect(await session()).toEqual({});
    // Nothing is left to wake the service worker for.
    expect(await fakeBrowser.alarms.getAll()).toEqual([]);
  });

  it('is bound to the tab it opened and that page: another tab, or another page in that tab, gets nothing', async () => {
    const { opened, tokenTab } = await handOff();
    const otherTab = await fakeBrowser.tabs.create({ url: SETTINGS_PAGE });
    expect(await take({ url: SETTINGS_PAGE, tab: { id: otherTab.id! } })).toBeNull();
    expect(await take({ url: SETTINGS_PAGE, tab: { id: tokenTab.id! } })).toBeNull();
    expect(await take({ url: 'https://gitlab.com/acme/backend/-/settings/ci_cd/other', tab: { id: opened.id! } })).toBeNull();
    expect(await take({ url: SETTINGS_PAGE })).toBeNull();
    // GitLab may answer with the path's own spelling: paths route case-insensitively.
    expect(await take({ url: 'https://gitlab.com/Acme/Backend/-/settings/ci_cd#js-cicd-variables-settings', tab: { id: opened.id! } })).toEqual({
      json: JSON_VALUE,
      registry: 'registry.gitlab.com',
    });
  });

  it('keeps the values of two pages apart: each page takes its own, whoever handed off last', async () => {
    const other: HandoffTarget = { ...target, fullPath: 'acme/platform/api' };
    const a = await handOff(target, '{"auths":{"a":{}}}');
    const b = await handOff(other, '{"auths":{"b":{}}}', 'https://gitlab.com/acme/platform/api/-/settings/access_tokens');
    expect(await take({ url: b.opened.url!, tab: { id: b.opened.id! } }, other)).toEqual({ json: '{"auths":{"b":{}}}', registry: 'registry.gitlab.com' });
    // The value still waiting keeps its expiry alarm.
    expect((await fakeBrowser.alarms.getAll()).map((alarm) => alarm.scheduledTime)).toEqual([T0 + HANDOFF_TTL_MS]);
    expect(await take({ url: a.opened.url!, tab: { id: a.opened.id! } })).toEqual({ json: '{"auths":{"a":{}}}', registry: 'registry.gitlab.com' });
    expect(await session()).toEqual({});
  });

  it('a newer value for the same page replaces the older one, and its tab gets nothing', async () => {
    const other: HandoffTarget = { ...target, fullPath: 'acme/platform/api' };
    await handOff(other, '{"auths":{"other":{}}}', 'https://gitlab.com/acme/platform/api/-/settings/access_tokens');
    const older = await handOff(target, '{"auths":{"old":{}}}');
    vi.setSystemTime(T0 + 10_000); // another press, after the wait between two from one page
    const newer = await handOff(target, '{"auths":{"new":{}}}');
    // The older value's alarm goes with it; the other page's value keeps its own.
    expect((await fakeBrowser.alarms.getAll()).map((alarm) => alarm.scheduledTime).sort()).toEqual([T0 + HANDOFF_TTL_MS, T0 + 10_000 + HANDOFF_TTL_MS]);
    expect(await take({ url: older.opened.url!, tab: { id: older.opened.id! } })).toBeNull();
    expect(await take({ url: newer.opened.url!, tab: { id: newer.opened.id! } })).toEqual({ json: '{"auths":{"new":{}}}', registry: 'registry.gitlab.com' });
  });

  it('is wiped at its expiry, five minutes on, even when nothing else happens', async () => {
    await handOff();
    expect(HANDOFF_TTL_MS).toBe(5 * 60 * 1000);
    const alarms = await fakeBrowser.alarms.getAll();
    expect(alarms.length).toBe(1);
    expect(alarms[0]!.scheduledTime).toBeLessThanOrEqual(T0 + HANDOFF_TTL_MS);
    await advanceTo(T0 + HANDOFF_TTL_MS - 1000);
    expect(await session()).not.toEqual({});
    await advanceTo(T0 + HANDOFF_TTL_MS);
    await expectSessionEmpty();
  });

  it("one value's expiry wipes that value only: another page's, made later, stays until its own", async () => {
    await handOff(target, '{"auths":{"first":{}}}');
    vi.setSystemTime(T0 + 60_000);
    const other: HandoffTarget = { ...target, fullPath: 'acme/platform/api' };
    const later = await handOff(other, '{"auths":{"later":{}}}', 'https://gitlab.com/acme/platform/api/-/settings/access_tokens');
    await advanceTo(T0 + HANDOFF_TTL_MS);
    await vi.waitFor(async () => expect(await pendingValues()).toEqual(['{"auths":{"later":{}}}']));
    expect(await take({ url: later.opened.url!, tab: { id: later.opened.id! } }, other)).toEqual({ json: '{"auths":{"later":{}}}', registry: 'registry.gitlab.com' });
  });

  it('is wiped by its alarm also when the alarm fires a moment before the clock reads its time', async () => {
    await handOff();
    const [alarm] = await fakeBrowser.alarms.getAll();
    vi.setSystemTime(alarm!.scheduledTime - 500);
    await fakeBrowser.alarms.onAlarm.trigger(alarm!);
    await expectSessionEmpty();
  });

  it('is wiped at its expiry after the service worker was stopped: the alarm wakes it', async () => {
    await handOff();
    stopWorker();
    await advanceTo(T0 + HANDOFF_TTL_MS);
    await expectSessionEmpty();
  });

  it('a worker that starts at (or after) the expiry wipes it at once, even without an alarm', async () => {
    await handOff();
    stopWorker();
    await fakeBrowser.alarms.clearAll();
    vi.setSystemTime(T0 + HANDOFF_TTL_MS);
    startWorker();
    await expectSessionEmpty();
  });

  it('a worker that starts before the expiry keeps it, with its alarm', async () => {
    await handOff();
    stopWorker();
    await fakeBrowser.alarms.clearAll();
    vi.setSystemTime(T0 + 60_000);
    startWorker();
    await vi.waitFor(async () => expect((await fakeBrowser.alarms.getAll()).map((alarm) => alarm.scheduledTime)).toEqual([T0 + HANDOFF_TTL_MS]));
    expect(await session()).not.toEqual({});
  });

  it('is not given once its five minutes are up, even when no alarm has wiped it yet', async () => {
    const { opened } = await handOff();
    await fakeBrowser.alarms.clearAll();
    vi.setSystemTime(T0 + HANDOFF_TTL_MS);
    expect(await take({ url: opened.url!, tab: { id: opened.id! } })).toBeNull();
    await expectSessionEmpty();
  });

  it('a hand-off made when an older one for another page is just up wipes the older one from the session', async () => {
    await handOff(target, '{"auths":{"old":{}}}');
    await fakeBrowser.alarms.clearAll();
    vi.setSystemTime(T0 + HANDOFF_TTL_MS);
    const other: HandoffTarget = { ...target, fullPath: 'acme/platform/api' };
    await handOff(other, '{"auths":{"new":{}}}', 'https://gitlab.com/acme/platform/api/-/settings/access_tokens');
    expect(await pendingValues()).toEqual(['{"auths":{"new":{}}}']);
  });

  it('is wiped when the tab opened for it closes', async () => {
    const { opened, tokenTab } = await handOff();
    await closeTab(tokenTab.id!);
    expect(await session()).not.toEqual({});
    await closeTab(opened.id!);
    await expectSessionEmpty();
  });

  it("closing one value's tab leaves another page's value in place", async () => {
    const first = await handOff(target, '{"auths":{"first":{}}}');
    const other: HandoffTarget = { ...target, fullPath: 'acme/platform/api' };
    const second = await handOff(other, '{"auths":{"second":{}}}', 'https://gitlab.com/acme/platform/api/-/settings/access_tokens');
    await closeTab(first.opened.id!);
    await vi.waitFor(async () => expect(await pendingValues()).toEqual(['{"auths":{"second":{}}}']));
    expect(await take({ url: second.opened.url!, tab: { id: second.opened.id! } }, other)).toMatchObject({ json: '{"auths":{"second":{}}}' });
  });

  it.each<[string, HandoffTarget]>([
    ['another GitLab with the same path', { ...target, location: { origin: 'https://gitlab.example.com', relativeRoot: '' } }],
    ['the same host under another relative root', { ...target, location: { origin: 'https://gitlab.com', relativeRoot: '/gitlab' } }],
    ['a group with the same path as the project', { ...target, owner: 'group' }],
  ])('is not given to %s, and stays for its own page', async (_, other) => {
    const { opened } = await handOff(target, '{"auths":{"a":{}}}');
    const sender = { url: opened.url!, tab: { id: opened.id! } };
    // Refused outright (another GitLab than the page's) or answered with nothing: never the value.
    const answer = await ask({ type: 'handoff-take', target: other }, sender);
    expect(answer.ok ? answer.response : null).toBeNull();
    expect(await take(sender)).toEqual({ json: '{"auths":{"a":{}}}', registry: 'registry.gitlab.com' });
  });

  it('is not given to another GitLab whose page the opened tab went on to, at the same path', async () => {
    await addStoredInstance({ origin: 'https://gitlab.example.com', relativeRoot: '' });
    const { opened } = await handOff(target, '{"auths":{"a":{}}}');
    const elsewhere = { ...target, location: { origin: 'https://gitlab.example.com', relativeRoot: '' } };
    // The same tab, now on another GitLab's CI/CD settings with the same path: it may ask, and gets nothing.
    expect(await take({ url: 'https://gitlab.example.com/acme/backend/-/settings/ci_cd', tab: { id: opened.id! } }, elsewhere)).toBeNull();
    expect(await take({ url: opened.url!, tab: { id: opened.id! } })).toEqual({ json: '{"auths":{"a":{}}}', registry: 'registry.gitlab.com' });
  });

  it('is not given to the same page read under another relative root (a project "gitlab/acme" is not "acme" under /gitlab)', async () => {
    const atRoot: HandoffTarget = { location: { origin: 'https://git.example.com', relativeRoot: '' }, owner: 'project', fullPath: 'gitlab/acme' };
    const underRoot: HandoffTarget = { location: { origin: 'https://git.example.com', relativeRoot: '/gitlab' }, owner: 'project', fullPath: 'acme' };
    const tab = 41;
    await putHandoff(atRoot, '{"auths":{"a":{}}}', 'registry.example.com', async () => tab);
    const page = { tabId: tab, url: 'https://git.example.com/gitlab/acme/-/settings/ci_cd' };
    expect(await takeHandoff(underRoot, page)).toBeNull();
    expect(await takeHandoff(atRoot, page)).toEqual({ json: '{"auths":{"a":{}}}', registry: 'registry.example.com' });
  });

  it('finds the project whatever the case of its path (GitLab paths ignore case)', async () => {
    const { opened } = await handOff(target, '{"auths":{}}');
    expect(await take({ url: opened.url!, tab: { id: opened.id! } }, { ...target, fullPath: 'Acme/Backend' })).toEqual({
      json: '{"auths":{}}',
      registry: 'registry.gitlab.com',
    });
  });

  it('opens the settings page with the variables section expanded, under a relative root too', () => {
    expect(ciSettingsUrl(target)).toBe('https://gitlab.com/acme/backend/-/settings/ci_cd#js-cicd-variables-settings');
    expect(
      ciSettingsUrl({ location: { origin: 'https://git.example.com', relativeRoot: '/gitlab' }, owner: 'group', fullPath: 'acme/platform' }),
    ).toBe('https://git.example.com/gitlab/groups/acme/platform/-/settings/ci_cd#ci-variables');
  });

  it('never builds an address that leaves the GitLab, whatever it is given', () => {
    for (const bad of [
      { ...target, location: { origin: 'https://gitlab.com', relativeRoot: '/..' } },
      { ...target, fullPath: 'acme/../../evil/x' },
      { ...target, fullPath: '../..' },
      { ...target, location: { origin: 'https://gitlab.com', relativeRoot: '@evil.example' } },
    ]) {
      expect(() => ciSettingsUrl(bad), JSON.stringify(bad)).toThrow(/Refused|Invalid URL/);
    }
  });
});
