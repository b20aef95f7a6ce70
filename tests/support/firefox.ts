import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { needles } from './secret-ledger';
import { decodeMozLz4, needleSearcher, profileFiles } from './secrets-at-rest';

/** The production Firefox build that `npm run build` writes (`wxt zip -b firefox --mv3`). */
export const BUILT_FIREFOX_EXTENSION = resolve(import.meta.dirname, '../../.output/firefox-mv3');

/**
 * The moz-extension:// host of the extension. Firefox picks a random one per profile; the
 * `extensions.webextensions.uuids` preference fixes it so tests can open the popup's page.
 */
const EXTENSION_UUID = '6f1d1a52-3c0e-4d4b-9d33-0b8f2a5c7e10';

/** Where Debian's firefox-esr is (FIREFOX_PATH first). Test tools never download a browser. */
export function findFirefox(): string {
  const fromEnv = process.env.FIREFOX_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`FIREFOX_PATH=${fromEnv} does not exist.`);
  }
  for (const candidate of ['/usr/bin/firefox-esr', '/usr/bin/firefox']) {
    if (existsSync(candidate)) return candidate;
  }
  for (const name of ['firefox-esr', 'firefox']) {
    try {
      const found = execFileSync('which', [name], { encoding: 'utf8' }).trim();
      if (found) return found;
    } catch {
      // not on PATH; try the next name
    }
  }
  throw new Error('No Firefox found for the Firefox tests. Install one (Debian: `apt-get install -y firefox-esr`) or point FIREFOX_PATH at it.');
}

export interface FirefoxWithExtension {
  browser: Browser;
  /** moz-extension://<uuid> */
  extensionOrigin: string;
  /** Opens one of the extension's pages in a new tab, as the toolbar popup or options would show it. */
  openExtensionPage(path: 'popup.html' | 'options.html'): Promise<Page>;
  /**
   * Scans the whole profile now for every secret the test process handled
   * (tests/support/secret-ledger.ts), the session store decoded from mozLz4 first, and throws
   * naming each file and secret found (issue 7). Returns what the session store holds, so a test
   * can wait until Firefox has written a page's form fields before it scans. Firefox rewrites its
   * session store (every 200 ms here) rather than appending to it, and a clean quit keeps no tabs:
   * the scan that matters is the one while GitLab's filled page is open.
   */
  scanNow(): Promise<{ sessionStore: string }>;
  /** Closes Firefox and scans its profile once more (see scanNow). */
  close(): Promise<{ sessionStore: string }>;
}

/**
 * Headless Firefox, driven through WebDriver BiDi (puppeteer-core), with the built extension
 * installed as a temporary add-on. Every host name resolves to 127.0.0.1, so https://gitlab.com/
 * is the local GitLab listening on port 443; no request can reach anything else.
 */
export async function launchFirefoxWithExtension(
  options: {
    extensionDir?: string;
    /**
     * Answer the extension's permissions.request with "allow" as a person would: Firefox's
     * permission prompt cannot be answered over WebDriver BiDi, and this preference is
     * Mozilla's own switch for that in tests. The click, the request, the grant, the
     * registration and the content scripts stay real.
     */
    grantOptionalPermissions?: boolean;
  } = {},
): Promise<FirefoxWithExtension> {
  const extensionDir = options.extensionDir ?? BUILT_FIREFOX_EXTENSION;
  const manifestPath = join(extensionDir, 'manifest.json');
  if (!existsSync(manifestPath)) throw new Error(`No Firefox build at ${extensionDir}: run \`npm run build\` first.`);
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { browser_specific_settings: { gecko: { id: string } } };
  const addonId = manifest.browser_specific_settings.gecko.id;
  const profileDir = mkdtempSync(join(tmpdir(), 'dac-firefox-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    userDataDir: profileDir,
    executablePath: findFirefox(),
    headless: true,
    // The local GitLab's certificate is self-signed.
    acceptInsecureCerts: true,
    // WebDriver BiDi refuses to navigate a tab to moz-extension:// pages unless the remote agent
    // is allowed system access; this is how a test opens the popup's page in a tab.
    args: ['-remote-allow-system-access'],
    extraPrefsFirefox: {
      'network.dns.forceResolve': '127.0.0.1',
      'extensions.webextensions.uuids': JSON.stringify({ [addonId]: EXTENSION_UUID }),
      ...(options.grantOptionalPermissions && { 'extensions.webextOptionalPermissionPrompts': false }),
      // Session store writes as often as Chromium's session files, so that scans see form state.
      'browser.sessionstore.interval': 200,
    },
  });
  try {
    const installed = await browser.installExtension(extensionDir);
    if (installed !== addonId) throw new Error(`Firefox installed ${installed}, expected ${addonId}`);
  } catch (error) {
    await browser.close();
    rmSync(profileDir, { recursive: true, force: true });
    throw error;
  }
  const extensionOrigin = `moz-extension://${EXTENSION_UUID}`;
  return {
    browser,
    extensionOrigin,
    async openExtensionPage(path) {
      const page = await browser.newPage();
      await navigateWithoutWaiting(page, `${extensionOrigin}/${path}`);
      await page.waitForSelector('body > *');
      return page;
    },
    scanNow: async () => scanFirefoxProfile(profileDir),
    async close() {
      await browser.close();
      try {
        return scanFirefoxProfile(profileDir);
      } finally {
        rmSync(profileDir, { recursive: true, force: true });
      }
    },
  };
}

/**
 * Nothing at rest in a Firefox profile. Not scanned decoded: IndexedDB values (snappy), where
 * Firefox keeps storage.local; the extension's storage code is the one the Chromium guard
 * checks, and what it stores holds no secret. Traffic is not recorded here: every host name
 * resolves to 127.0.0.1, so nothing can leave the machine.
 */
function scanFirefoxProfile(profileDir: string): { sessionStore: string } {
  const search = needleSearcher(needles());
  const hits = new Set<string>();
  let sessionStore = '';
  for (const { relativePath, content } of profileFiles(profileDir)) {
    for (const { label } of search(content)) hits.add(`${relativePath}: ${label}`);
    const decoded = decodeMozLz4(content);
    if (decoded === null) continue;
    if (/sessionstore/.test(relativePath)) sessionStore += decoded.toString('utf8');
    for (const { label } of search(decoded)) hits.add(`${relativePath} (decoded): ${label}`);
  }
  if (hits.size > 0) {
    throw new Error(`Secrets at rest in the Firefox profile (issue 7):\n${[...hits].map((hit) => `  ${hit}`).join('\n')}`);
  }
  return { sessionStore };
}

/**
 * Starts a navigation and returns once the new document is interactive. Puppeteer's goto() waits
 * for a navigation event that Firefox does not report when the tab switches to the extension's
 * process, so it would time out although the page loaded.
 */
async function navigateWithoutWaiting(page: Page, url: string): Promise<void> {
  const frame = page.mainFrame() as unknown as { browsingContext: { navigate(url: string, wait: 'interactive'): Promise<void> } };
  await frame.browsingContext.navigate(url, 'interactive');
}

/** The extension's in-page panel (an open shadow root): `>>>` pierces it. */
export const IN_PANEL = (selector: string) => `>>> [role="dialog"] ${selector}`;
