// Issue 13, item 5: a match pattern's `*` also matches the query string, so
// `/acme/backend/-/issues?x=/-/settings/access_tokens` matched the token pages' patterns and got
// their script, which watched the page while it loaded. The BUILT extension, on pages served by a
// server of this test that keeps each document loading (half sent) until the test lets it end: the
// content scripts start at document_start and watch GitLab's markup while it is parsed, so a
// script that runs on a page shows as a live MutationObserver in its world at that moment.
import type { ServerResponse } from 'node:http';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeSelfSignedCert } from '../gitlab-sandbox/server/cert.ts';
import { launchWithExtension, type ExtensionBrowser } from '../support/extension';
import { registerLocalServer } from '../support/secret-ledger';

/** GitLab's data-page for each path the server answers (what GitLab would render there). */
const DATA_PAGES: Record<string, string> = {
  '/acme/backend/-/settings/access_tokens': 'projects:settings:access_tokens:index',
  '/acme/backend/-/settings/ci_cd': 'projects:settings:ci_cd:show',
  '/acme/backend/-/issues': 'projects:issues:index',
  '/acme/backend/-/merge_requests/1': 'projects:merge_requests:show',
};

/** Answers every page with its head and the start of its body, then holds it until release(). */
async function startLoadingPages() {
  const { key, cert } = makeSelfSignedCert();
  const held = new Set<ServerResponse>();
  const server: Server = createServer({ key, cert }, (request, response) => {
    const path = new URL(request.url ?? '/', 'https://held.invalid').pathname;
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
    // Enough bytes that Chromium starts parsing before the rest comes.
    response.write(
      `<!doctype html><html><head><title>${path}</title></head><body data-page="${DATA_PAGES[path] ?? 'root:index'}">` +
        `<div id="parsed">${' '.repeat(4096)}</div>`,
    );
    held.add(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  registerLocalServer(port, 'pages held half-loaded (unserved-pages test)');
  return {
    hostResolverRules: `MAP gitlab.com 127.0.0.1:${port}`,
    release(): void {
      for (const response of held) response.end('</body></html>');
      held.clear();
    },
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/**
 * What the extension does on a page while it loads: its content-script worlds (CDP execution
 * contexts of origin chrome-extension://<id>) and the MutationObservers alive in them
 * (Runtime.queryObjects collects garbage first: an observer still watching is reachable).
 */
async function whileLoading(browser: ExtensionBrowser, url: string): Promise<{ worlds: number; observers: number; page: Page }> {
  const page = await browser.context.newPage();
  const cdp: CDPSession = await browser.context.newCDPSession(page);
  const worlds: number[] = [];
  cdp.on('Runtime.executionContextCreated', ({ context }) => {
    if (context.origin === `chrome-extension://${browser.extensionId}`) worlds.push(context.id);
  });
  cdp.on('Runtime.executionContextsCleared', () => {
    worlds.length = 0;
  });
  await cdp.send('Runtime.enable');
  await page.goto(url, { waitUntil: 'commit' });
  // document_start scripts run before the body is parsed: once it is, any of ours has started.
  await page.waitForFunction(() => document.getElementById('parsed') !== null && document.readyState === 'loading');
  let observers = 0;
  for (const contextId of worlds) {
    const prototype = await cdp.send('Runtime.evaluate', { expression: 'MutationObserver.prototype', contextId });
    const found = await cdp.send('Runtime.queryObjects', { prototypeObjectId: prototype.result.objectId! });
    const count = await cdp.send('Runtime.callFunctionOn', {
      objectId: found.objects.objectId!,
      functionDeclaration: 'function () { return this.length; }',
      returnByValue: true,
    });
    observers += count.result.value as number;
  }
  expect(await page.evaluate(() => document.readyState), 'the page was still loading while counted').toBe('loading');
  await cdp.detach();
  return { worlds: worlds.length, observers, page };
}

describe('content scripts on pages they do not serve', () => {
  let pages: Awaited<ReturnType<typeof startLoadingPages>>;
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    pages = await startLoadingPages();
    browser = await launchWithExtension({ hostResolverRules: pages.hostResolverRules });
  });
  afterAll(async () => {
    pages?.release();
    await browser?.close();
    await pages?.stop();
  });

  it('the control: each script runs and watches its own pages while they load, with a query too', async () => {
    for (const path of ['/acme/backend/-/settings/access_tokens', '/acme/backend/-/settings/access_tokens?page=2', '/acme/backend/-/settings/ci_cd']) {
      const seen = await whileLoading(browser, `https://gitlab.com${path}`);
      expect(seen.worlds, path).toBe(1);
      expect(seen.observers, path).toBeGreaterThanOrEqual(1);
      pages.release();
      await seen.page.close();
    }
  });

  it('a page that names a served route in its query gets no script, no observer and no button', async () => {
    for (const path of [
      '/acme/backend/-/issues?x=/-/settings/access_tokens',
      '/acme/backend/-/issues?x=/-/settings/ci_cd',
      '/acme/backend/-/merge_requests/1?from=/-/settings/repository',
    ]) {
      const seen = await whileLoading(browser, `https://gitlab.com${path}`);
      expect({ worlds: seen.worlds, observers: seen.observers }, path).toEqual({ worlds: 0, observers: 0 });
      pages.release();
      await seen.page.waitForLoadState('load');
      expect(await seen.page.locator('[data-docker-auth-config-button]').count(), path).toBe(0);
      await seen.page.close();
    }
  });
});
