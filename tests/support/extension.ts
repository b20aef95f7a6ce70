import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { chromiumArgs, findChromium } from './chromium';
import { localServerAt, needles } from './secret-ledger';
import { isSessionFile, needleSearcher, profileFiles, savedFormStates } from './secrets-at-rest';

/** The production build that `npm run build` writes; the tests load exactly what users install. */
export const BUILT_EXTENSION = resolve(import.meta.dirname, '../../.output/chrome-mv3');

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  /** The Chromium profile directory: tests scan it for secrets at rest. */
  profileDir: string;
  openExtensionPage(path: 'popup.html' | 'options.html'): Promise<Page>;
  /** Every request the pages and the extension's service worker made so far ("METHOD url"). */
  requests(): readonly string[];
  /**
   * Declares that GitLab's OWN page holds `secret` in a field of its own, with the extension not
   * involved (e.g. the token GitLab shows on an instance the extension was removed from), so that
   * Chromium's session files may keep it in that page's saved form state; see guardProblems.
   * Nowhere else, and no other secret. `why` is printed with every hit it excuses.
   */
  allowInGitLabFormState(secret: string, why: string): void;

  /**
   * Closes the browser, then checks (unless launched with `noGuard`) that nothing it handled is at
   * rest in its profile and that it asked no one but the extension and the local test servers:
   * throws an Error naming every file and needle, and every URL, when it finds any (issue 7).
   */
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
    /**
     * Keep Chromium's back/forward cache on, as a person's browser has it (Playwright turns it
     * off so that going back always loads the page again).
     */
    backForwardCache?: boolean;
    /**
     * Turns the guard in close() off; the value says why (the bench and the screenshot tools do
     * not test, and a finding must not cost a long measurement). Tests never set it.
     */
    noGuard?: string;
    /**
     * The browser's UI language, e.g. 'de' or 'ja': what browser.i18n.getUILanguage() answers, so
     * the extension pages speak it. Chromium on Linux reads it from the environment (LANGUAGE;
     * `--lang` is ignored there, tried), and only when it has that language's pack (Debian: the
     * chromium-l10n package); otherwise it stays in English, and this throws rather than let a
     * test pass in the wrong language.
     */
    lang?: string;
  } = {},
): Promise<ExtensionBrowser> {
  const extensionDir = options.extensionDir ?? BUILT_EXTENSION;
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`No built extension at ${extensionDir}: run \`npm run build\` first.`);
  }
  if (options.noGuard !== undefined && !options.noGuard.trim()) throw new Error('noGuard needs the reason why the guard is off.');
  const ownsProfile = options.profileDir === undefined;
  const profileDir = options.profileDir ?? mkdtempSync(join(tmpdir(), 'dac-profile-'));
  const args = [
    ...chromiumArgs,
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
  ];
  if (options.lang) args.push(`--lang=${options.lang}`); // other systems' way; harmless on Linux
  if (options.hostResolverRules) args.push(`--host-resolver-rules=${options.hostResolverRules}`, '--ignore-certificate-errors');
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: findChromium(),
    headless: true,
    ignoreHTTPSErrors: true,
    ignoreDefaultArgs: options.backForwardCache ? ['--disable-back-forward-cache'] : undefined,
    args,
    env: options.lang ? { ...process.env, LANGUAGE: options.lang } : undefined,
  });
  // Pages, their frames and workers, and the extension's service worker (Playwright reports its
  // requests on the context too). Listening starts as soon as the context exists.
  const requests: string[] = [];
  context.on('request', (request) => requests.push(`${request.method()} ${request.url()}`));
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  if (options.lang) await expectUiLanguage(context, extensionId, options.lang);
  let closing: Promise<void> | undefined;
  const allowedInForms = new Map<string, string>();
  return {
    context,
    extensionId,
    profileDir,
    async openExtensionPage(path) {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${path}`);
      return page;
    },
    requests: () => [...requests],
    allowInGitLabFormState(secret, why) {
      if (!why.trim()) throw new Error('allowInGitLabFormState needs the reason.');
      allowedInForms.set(secret, why);
    },
    close() {
      closing ??= (async () => {
        await context.close(); // Chromium flushes what it keeps to disk before it exits
        const excused: string[] = [];
        const problems =
          options.noGuard === undefined ? guardProblems(profileDir, requests, extensionId, options.hostResolverRules, allowedInForms, excused) : [];
        if (excused.length > 0) {
          console.warn(`[issue 7 guard] allowed as declared (GitLab's own form state, Chromium's session files):\n${excused.map((e) => `  ${e}`).join('\n')}`);
        }
        // A profile of our own goes, unless KEEP_PROFILE=1 keeps it for a look (the caller's is theirs).
        const keep = ownsProfile && problems.length > 0 && Boolean(process.env.KEEP_PROFILE);
        if (ownsProfile && !keep) rmSync(profileDir, { recursive: true, force: true });
        if (problems.length > 0) {
          const where = !ownsProfile || keep ? `profile at ${profileDir}` : 'KEEP_PROFILE=1 keeps the profile for a look';
          throw new Error(`The extension browser's guard failed (issue 7: nothing at rest, nothing sent elsewhere):\n${problems.join('\n')}\n(${where})`);
        }
      })();
      return closing;
    },
  };
}

/** Fails loudly when Chromium did not take `--lang` (no language pack for it): the UI would be English. */
async function expectUiLanguage(context: BrowserContext, extensionId: string, lang: string): Promise<void> {
  const page = await context.newPage();
  try {
    await page.goto(`chrome-extension://${extensionId}/popup.html`);
    const ui = await page.evaluate(() => (globalThis as unknown as { chrome: { i18n: { getUILanguage(): string } } }).chrome.i18n.getUILanguage());
    if (ui.toLowerCase().split('-')[0] !== lang.toLowerCase().split('-')[0]) {
      await context.close();
      throw new Error(
        `Chromium was started with --lang=${lang} but its UI language is ${ui}: it has no language pack for ${lang}. ` +
          'Install them (Debian: `apt-get install -y chromium-l10n`).',
      );
    }
  } finally {
    if (!page.isClosed()) await page.close().catch(() => undefined);
  }
}

/**
 * Issue 7 after every flow. "Nothing at rest": the whole profile, as Chromium left it (extension
 * storage, IndexedDB, Local and Session Storage, caches, service worker storage, logs, History,
 * session files...), holds none of the secrets the test process handled (secret-ledger.ts), in
 * any form it knows. "Nothing sent elsewhere": every request went where `allowedDestination` allows.
 *
 * No standing exception, not even for Chromium's session files (Sessions/Session_*, Tabs_*).
 * They keep the values of a page's form fields to restore the tab, about a second after they
 * change, saved or not; no flag or preference of Chromium 156 stops that (there is no
 * --disable-restore-session-state; session.restore_on_startup does not, tried). Blink leaves out
 * fields marked autocomplete="off" (tried), and the extension marks GitLab's value field so before
 * it fills it: a hit in GitLab's form state after the extension filled it means that did not hold.
 * A hit inside a page's saved form state names the page, to say where it came from.
 *
 * The one way around it is declared by the test, per secret (allowInGitLabFormState): GitLab's own
 * page showing a token with the extension not involved, as any web page's field would be kept. It
 * excuses that secret only inside the saved form state of a page of a GitLab in use (a mapped
 * host of a local GitLab), never in a title, a URL, an extension page or any other file.
 */
function guardProblems(
  profileDir: string,
  requests: readonly string[],
  extensionId: string,
  hostResolverRules: string | undefined,
  allowedInForms: ReadonlyMap<string, string>,
  excused: string[],
): string[] {
  const problems: string[] = [];
  const rules = parseHostResolverRules(hostResolverRules);
  const isGitLabPage = (url: string) => /^https?:\/\//.test(url) && allowedDestination(url, extensionId, rules);
  const search = needleSearcher(needles());
  const hits = new Set<string>();
  for (const { relativePath, content } of profileFiles(profileDir)) {
    const forms = isSessionFile(relativePath) ? savedFormStates(content) : [];
    let rest = content;
    if (forms.length > 0) {
      rest = Buffer.from(content);
      for (const { start, end, url } of forms) {
        for (const { label, needle } of search(content.subarray(start, end))) {
          const hit = `${relativePath}: ${label}, in the form state Chromium saved for ${url}`;
          const why = isGitLabPage(url) ? allowedInForms.get(needle.secret) : undefined;
          if (why === undefined) hits.add(hit);
          else if (!excused.includes(`${hit} (${why})`)) excused.push(`${hit} (${why})`);
        }
        rest.fill(0, start, end);
      }
    }
    for (const { label } of search(rest)) hits.add(`${relativePath}: ${label}`);
  }
  if (hits.size > 0) {
    problems.push(`Secrets at rest in the browser profile (${hits.size}):`, ...[...hits].map((hit) => `  ${hit}`));
  }
  const elsewhere = new Map<string, number>();
  for (const request of requests) {
    const url = request.slice(request.indexOf(' ') + 1);
    if (!allowedDestination(url, extensionId, rules)) elsewhere.set(request, (elsewhere.get(request) ?? 0) + 1);
  }
  if (elsewhere.size > 0) {
    problems.push(
      `Requests to somewhere other than the extension itself and the local test servers (${elsewhere.size}):`,
      ...[...elsewhere].map(([request, count]) => `  ${request}${count > 1 ? ` (${count}×)` : ''}`),
    );
  }
  return problems;
}

/** One MAP rule of --host-resolver-rules: a host pattern (glob, optional :port) and where it goes. */
export interface HostMapping {
  pattern: RegExp;
  port: string | null;
  /** The replacement as given, e.g. 127.0.0.1:43125; null for EXCLUDE. */
  target: string | null;
}

/** Chromium's `MAP pattern replacement` / `EXCLUDE pattern` rules, in order (the first match wins). */
export function parseHostResolverRules(rules: string | undefined): HostMapping[] {
  if (!rules) return [];
  return rules.split(',').flatMap((rule) => {
    const parts = rule.trim().split(/\s+/);
    const kind = parts[0]?.toUpperCase();
    if ((kind !== 'MAP' || parts.length !== 3) && (kind !== 'EXCLUDE' || parts.length !== 2)) return [];
    const [, hostPattern = '', target = null] = parts;
    const colon = hostPattern.lastIndexOf(':');
    const hasPort = colon > -1 && !hostPattern.endsWith(']') && /^\d+$/.test(hostPattern.slice(colon + 1));
    const host = hasPort ? hostPattern.slice(0, colon) : hostPattern;
    const glob = host.toLowerCase().replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*');
    return [{ pattern: new RegExp(`^${glob}$`), port: hasPort ? hostPattern.slice(colon + 1) : null, target: kind === 'MAP' ? target : null }];
  });
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

/**
 * Where a test browser may send a request, and why:
 * - the extension's own files (chrome-extension://<its id>/): packaged with it, read from disk;
 * - data: and blob: URLs: made in the browser's memory, no one is asked;
 * - chrome: and chrome-untrusted: pages (a test opens chrome://extensions to do what a person does
 *   there): the browser's own UI, served from inside the browser;
 * - a local test server this process started (the local GitLab, the test registry; they call
 *   registerLocalServer): on loopback at its port, or under a host name the browser's resolver
 *   rules send to it (MAP gitlab.com 127.0.0.1:<its port>): that IS the GitLab in use.
 * Anything else fails: another extension, a host that is not mapped (it would go to the real
 * internet), a mapping to something that is not our server, a loopback port we did not open.
 */
export function allowedDestination(url: string, extensionId: string, rules: readonly HostMapping[]): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  switch (parsed.protocol) {
    case 'chrome-extension:':
      return parsed.host === extensionId;
    case 'data:':
    case 'blob:':
    case 'chrome:':
    case 'chrome-untrusted:':
      return true;
    case 'http:':
    case 'https:':
    case 'ws:':
    case 'wss:':
      break;
    default:
      return false;
  }
  const secure = parsed.protocol === 'https:' || parsed.protocol === 'wss:';
  const port = parsed.port || (secure ? '443' : '80');
  const host = parsed.hostname.toLowerCase();
  const rule = rules.find((r) => r.pattern.test(host) && (r.port === null || r.port === port));
  if (rule) return rule.target !== null && isLocalServer(rule.target, port);
  return LOOPBACK.has(host) && isLocalServer(`${host}:${port}`, port);
}

function isLocalServer(target: string, requestPort: string): boolean {
  const colon = target.lastIndexOf(':');
  const hasPort = colon > -1 && !target.endsWith(']');
  const host = hasPort ? target.slice(0, colon) : target;
  const port = hasPort ? target.slice(colon + 1) : requestPort; // a MAP without a port keeps the URL's
  return LOOPBACK.has(host.toLowerCase()) && localServerAt(`127.0.0.1:${port}`) !== undefined;
}
