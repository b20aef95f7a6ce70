import type { BrowserContext, CDPSession } from 'playwright-core';
import { expect } from 'vitest';

/**
 * Stops the extension's service worker as Chromium does when it idles: through the DevTools
 * protocol's ServiceWorker domain, on a CDP session attached to a plain page of the same profile
 * (launchPersistentContext gives no browser-level CDP session). ServiceWorker.enable reports every
 * worker's version (workerVersionUpdated); ServiceWorker.stopWorker with the extension worker's
 * versionId stops exactly that worker, and the same events say when it has stopped and when
 * something (a message, an alarm) woke it again. Tried and not used, in headless Debian Chromium:
 * Target.closeTarget on the worker's target (it kept running), and ServiceWorker.stopAllWorkers
 * right after enable (nothing stopped before the domain had reported the workers). Playwright's own
 * Worker object does not notice the stop, hence the events.
 */
export async function serviceWorkerSwitch(context: BrowserContext, extensionId: string) {
  const control = await context.newPage();
  const cdp: CDPSession = await context.newCDPSession(control);
  const script = `chrome-extension://${extensionId}/background.js`;
  let latest: { versionId: string; runningStatus: string; status: string } | null = null;
  let starts = 0;
  cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
    for (const version of versions) {
      if (version.scriptURL !== script) continue;
      if (latest?.runningStatus !== 'running' && version.runningStatus === 'running') starts += 1;
      latest = version;
    }
  });
  await cdp.send('ServiceWorker.enable');
  const state = () => latest && `${latest.runningStatus}/${latest.status}`;
  return {
    /** How many times the worker has come up since the switch was made. */
    starts: () => starts,
    state,
    async stop(): Promise<void> {
      // Never while it is still installing: a stopped install is not what an idle stop is.
      await expect.poll(state).toBe('running/activated');
      await cdp.send('ServiceWorker.stopWorker', { versionId: latest!.versionId });
      await expect.poll(state).toBe('stopped/activated');
    },
    close: () => control.close(),
  };
}
