import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { chromiumArgs, findChromium } from './chromium';

/** The production build that `npm run build` writes; the tests load exactly what users install. */
export const BUILT_EXTENSION = resolve(import.meta.dirname, '../../.output/chrome-mv3');

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  /** The Chromium profile directory: tests scan it for secrets at rest. */
  profileDir: string;
  openExtensionPage(path: 'popup.html' | 'options.html'): Promise<Page>;
  close(): Promise<void>;
}

/**
 * Headless Chromium with the built extension loaded. `hostResolverRules` maps host names such as
 * gitlab.com to the local GitLab, so the shipped manifest's content scripts run on it.
 */
export async function launchWithExtension(
  options: {
    hostResolverRules?: string;
    /**
     * Reuse this profile directory, e.g. to restart the browser with what the extension stored,
     * registered and was granted. The caller owns it: close() leaves it in place.
     */
    profileDir?: string;
    /** Load the extension from here instead of the build (the bench loads a snapshot of it). */
    extensionDir?: string;
  } = {},
): Promise<ExtensionBrowser> {
  const extensionDir = options.extensionDir ?? BUILT_EXTENSION;
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`No built extension at ${extensionDir}: run \`npm run build\` first.`);
  }
  const ownsProfile = options.profileDir === undefined;
  const profileDir = options.profileDir ?? mkdtempSync(join(tmpdir(), 'dac-profile-'));
  const args = [
    ...chromiumArgs,
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
  ];
  if (options.hostResolverRules) args.push(`--host-resolver-rules=${options.hostResolverRules}`, '--ignore-certificate-errors');
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: findChromium(),
    headless: true,
    ignoreHTTPSErrors: true,
    args,
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    extensionId,
    profileDir,
    async openExtensionPage(path) {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${path}`);
      return page;
    },
    async close() {
      await context.close();
      if (ownsProfile) rmSync(profileDir, { recursive: true, force: true });
    },
  };
}
