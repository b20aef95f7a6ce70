// Issue 13, item 1: an unused hand-off (here: a personal token's value sent to a mistyped project
// path, whose tab shows GitLab's 404 and never takes it) must not outlive its five minutes, nor the
// tab opened for it, even while nothing else happens and after the service worker was stopped.
// The BUILT extension against the local GitLab; what the extension holds is read from one of its
// own pages (storage.session and its alarms; that wakes no worker).
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGitLab, type SandboxGitLab } from '../gitlab-sandbox/server/index.ts';
import { launchWithExtension, type ExtensionBrowser } from '../support/extension';
import { GENERATIONS } from '../support/generations';
import { createPersonalToken } from '../support/gitlab-user';
import { GENERATE, openTokenPanel } from '../support/panel';
import { serviceWorkerSwitch } from '../support/service-worker';

const UI = GENERATIONS.at(-1)!;
const FIVE_MINUTES = 5 * 60 * 1000;
const MISTYPED = 'acme/no-such-project';

interface Held {
  session: Record<string, unknown>;
  alarms: Array<{ name: string; scheduledTime: number }>;
}
type Chrome = {
  storage: { session: { get(keys: null): Promise<Record<string, unknown>>; set(items: Record<string, unknown>): Promise<void> } };
  alarms: { getAll(): Promise<Array<{ name: string; scheduledTime: number }>>; create(name: string, info: { when: number }): Promise<void> };
};

/** What the extension holds: storage.session and its alarms, read from its options page. */
async function held(browser: ExtensionBrowser): Promise<Held> {
  const page = await browser.context.newPage();
  try {
    await page.goto(`chrome-extension://${browser.extensionId}/options.html`);
    return await page.evaluate(async () => {
      const chrome = (globalThis as unknown as { chrome: Chrome }).chrome;
      return { session: await chrome.storage.session.get(null), alarms: await chrome.alarms.getAll() };
    });
  } finally {
    await page.close();
  }
}

/** Pending hand-offs as stored (the list the background keeps in storage.session). */
const pendingOf = (h: Held) => (h.session.pendingHandoffs ?? []) as Array<{ expiresAt: number; json: string }>;

/** A personal token's panel sends its value to a project path that does not exist; answers the tab it opened. */
async function handOffToNowhere(context: BrowserContext, page: Page): Promise<Page> {
  const dialog = await openTokenPanel(page);
  await dialog.getByLabel('Path', { exact: true }).fill(MISTYPED);
  const before = new Set(context.pages());
  await dialog.getByRole('button', { name: 'Fill CI/CD variable' }).click();
  const opened = () => context.pages().find((other) => !before.has(other) && other.url().includes(`/${MISTYPED}/-/settings/ci_cd`));
  await expect.poll(() => opened() !== undefined).toBe(true);
  return opened()!;
}

describe(`an unused hand-off (GitLab ${UI})`, () => {
  let gl: SandboxGitLab;
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    gl = await startGitLab({ ui: UI, locale: 'en' });
    browser = await launchWithExtension({ hostResolverRules: `MAP gitlab.com 127.0.0.1:${gl.port}` });
  });
  afterAll(async () => {
    await browser?.close();
    await gl?.stop();
  });

  it('has an alarm at its expiry, at most five minutes on, and goes when the tab opened for it closes', async () => {
    const page = await browser.context.newPage();
    await createPersonalToken(page, gl, 'expiry-tab');
    await page.locator(GENERATE).waitFor();
    const settings = await handOffToNowhere(browser.context, page);
    const openedBy = Date.now();

    const pending = await held(browser);
    expect(pendingOf(pending), 'pending hand-offs').toHaveLength(1);
    const { expiresAt } = pendingOf(pending)[0]!;
    expect(expiresAt).toBeLessThanOrEqual(openedBy + FIVE_MINUTES);
    expect(pending.alarms.map((alarm) => alarm.scheduledTime), 'alarms of the extension').toEqual([expiresAt]);

    await settings.close();
    await expect.poll(async () => JSON.stringify(await held(browser))).toBe(JSON.stringify({ session: {}, alarms: [] }));
    await page.close();
  });

  it('is wiped by its alarm while the service worker is stopped: the alarm wakes it', async () => {
    const page = await browser.context.newPage();
    await createPersonalToken(page, gl, 'expiry-alarm');
    await page.locator(GENERATE).waitFor();
    await handOffToNowhere(browser.context, page);
    const { alarms } = await held(browser);
    expect(alarms).toHaveLength(1);

    const worker = await serviceWorkerSwitch(browser.context, browser.extensionId);
    try {
      await worker.stop();
      const startsBefore = worker.starts();
      // Five minutes are not waited for: the clock is moved on instead. The value's expiry and its
      // alarm are set to a moment from now (an unpacked extension's alarms may fire that soon).
      const options = await browser.context.newPage();
      await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
      await options.evaluate(async (name) => {
        const chrome = (globalThis as unknown as { chrome: Chrome }).chrome;
        const when = Date.now() + 1000;
        const { pendingHandoffs } = (await chrome.storage.session.get(null)) as { pendingHandoffs: Array<{ expiresAt: number }> };
        await chrome.storage.session.set({ pendingHandoffs: pendingHandoffs.map((pending) => ({ ...pending, expiresAt: when })) });
        await chrome.alarms.create(name, { when });
      }, alarms[0]!.name);
      await options.close();
      expect(worker.state(), 'the worker, after the clock was moved on').toBe('stopped/activated');

      await expect.poll(async () => JSON.stringify(await held(browser))).toBe(JSON.stringify({ session: {}, alarms: [] }));
      expect(worker.starts(), 'times the worker was woken').toBeGreaterThan(startsBefore);
    } finally {
      await worker.close();
    }
    await page.close();
  });
});
