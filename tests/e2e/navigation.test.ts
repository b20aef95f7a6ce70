// Issue 7, "Resilience", end to end: the BUILT extension while GitLab re-renders its sections,
// while the person goes back and forward, hands off from two projects at once, and while Chromium
// stops the extension's service worker in the middle of a hand-off.
//
// Generations: 15.0 (each token is shown by a full page load: token pages only), 15.11 (in place,
// asterisks in the input, modal variable form) and 18.6 (in place, dismissible success alert,
// drawer form, and the back/forward cache). The hand-off tests run on 15.11 and 18.6 (the two
// variable form families, modal and drawer).
import { createServer, request as httpsRequest } from 'node:https';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BrowserContext, type Locator, type Page } from 'playwright-core';
import { startGitLab, type SandboxGitLab, type Token, type Ui } from '../gitlab-sandbox/server/index.ts';
import { makeSelfSignedCert } from '../gitlab-sandbox/server/cert.ts';
import { sandboxRequest, signIn } from '../gitlab-sandbox/server/request.ts';
import { launchWithExtension, type ExtensionBrowser } from '../support/extension';
import { GENERATIONS } from '../support/generations';
import { registerLocalServer } from '../support/secret-ledger';
import { createAccessToken, gitlabUrl, shownTokens, uiAtLeast, waitUntilShown } from '../support/gitlab-user';
import { serviceWorkerSwitch } from '../support/service-worker';
import { expectedJson, gitLabSaveButton, openPanelWith } from '../support/gitlab-variables';

const GENERATE = '[data-docker-auth-config-button]';
const FILLED = '[data-docker-auth-config-status="filled"]';
const STATUS = '[data-docker-auth-config-status]';
const ADD_VARIABLE = '[data-testid="add-ci-variable-button"], [data-qa-selector="add_ci_variable_button"]';
const FORM_VALUE = 'textarea#ci-variable-value';
const PROJECTS = { a: 'acme/backend', b: 'acme/platform/api' } as const;

const COVERED = GENERATIONS.filter((ui) => ['15.0', '15.11', '18.6'].includes(ui));
const HANDOFF_COVERED = GENERATIONS.filter((ui) => ['15.11', '18.6'].includes(ui));

const tokensPage = (gl: SandboxGitLab, project: string) => gitlabUrl(gl, `/${project}/-/settings/access_tokens`);

/** Every page of a context: what it threw into the page ('pageerror'), and how each pageshow went. */
async function watchPages(context: BrowserContext): Promise<string[]> {
  const errors: string[] = [];
  const watch = (page: Page) => page.on('pageerror', (error) => errors.push(`${page.url()}: ${error.message}`));
  context.pages().forEach(watch);
  context.on('page', watch);
  // Main world, every document: the list of its pageshow events (persisted = restored from the
  // bfcache), and how many it had when it was last hidden.
  await context.addInitScript(() => {
    const w = window as unknown as { __shows?: boolean[]; __hiddenAfter?: number };
    addEventListener('pageshow', (event) => {
      w.__shows = [...(w.__shows ?? []), event.persisted];
    });
    addEventListener('pagehide', () => {
      w.__hiddenAfter = (w.__shows ?? []).length;
    });
  });
  return errors;
}

/**
 * Back or forward, and how the document came back: 'bfcache' (the same document, restored) or
 * 'loaded' (a new one). Waits for that document's pageshow (after its load, so after the
 * extension's content scripts started), not for a fixed time.
 */
async function traverse(page: Page, direction: 'back' | 'forward'): Promise<'bfcache' | 'loaded'> {
  // 'commit': a page restored from the bfcache fires no load event.
  if (direction === 'back') await page.goBack({ waitUntil: 'commit' });
  else await page.goForward({ waitUntil: 'commit' });
  const how = await page.waitForFunction(() => {
    const w = window as unknown as { __shows?: boolean[]; __hiddenAfter?: number };
    const shows = w.__shows ?? [];
    // A document hidden before is a restored one: shown again since.
    if (w.__hiddenAfter !== undefined) return shows.length > w.__hiddenAfter && shows.at(-1) === true ? 'bfcache' : false;
    return shows.length > 0 ? 'loaded' : false;
  });
  return (await how.jsonValue()) as 'bfcache' | 'loaded';
}

function newestToken(gl: SandboxGitLab, kind: Token['kind'] = 'project'): Token {
  const token = gl.state().tokens.filter((t) => t.kind === kind).at(-1);
  if (!token) throw new Error(`no ${kind} token stored`);
  return token;
}

/** Creates a project access token in GitLab's UI and waits until GitLab shows it. */
async function createShownToken(page: Page, gl: SandboxGitLab, name: string): Promise<Token> {
  const before = gl.state().tokens.length;
  await createAccessToken(page, gl.ui, 'resource_access_token', name);
  await expect.poll(() => gl.state().tokens.length).toBe(before + 1);
  const token = newestToken(gl);
  await waitUntilShown(page, token.token);
  return token;
}

/** Which tokens GitLab shows, wherever they are. */
const tokensGitLabShows = async (page: Page) => (await shownTokens(page, GENERATE)).all;

/**
 * For each of our buttons, the tokens GitLab shows in the nearest part of the page around it that
 * shows any: [[token]] means one button, sitting with that token and no other.
 */
const tokensNextToButtons = async (page: Page) => (await shownTokens(page, GENERATE)).nextToButtons;

/** The value in GitLab's variable form, or null when the form is not open (never waits). */
const formValue = (page: Page) =>
  page.evaluate((selector) => document.querySelector<HTMLTextAreaElement>(selector)?.value ?? null, FORM_VALUE);

const tokenDialog = (page: Page) => page.getByRole('dialog', { name: 'DOCKER_AUTH_CONFIG' });
const jsonOf = (dialog: Locator) => dialog.getByLabel('DOCKER_AUTH_CONFIG', { exact: true }).inputValue();

/** Opens the token panel and waits until its JSON is built (by the background). */
async function openTokenPanel(page: Page, gl: SandboxGitLab, token: Token): Promise<Locator> {
  await page.locator(GENERATE).click();
  const dialog = tokenDialog(page);
  await expect.poll(() => jsonOf(dialog)).toBe(expectedJson(gl.registryHost, token.username, token.token));
  // settled: the panel renders the captured token (its last four) with itself, from the page, never later
  expect(await dialog.getByLabel('Token', { exact: true }).innerText()).toBe(`…${token.token.slice(-4)}`);
  return dialog;
}

/** The panel's "Fill CI/CD variable", then the tab it opened on the project's CI/CD settings. */
async function fillCiVariable(context: BrowserContext, dialog: Locator, project: string): Promise<Page> {
  const before = new Set(context.pages());
  await dialog.getByRole('button', { name: 'Fill CI/CD variable' }).click();
  return newCiSettingsTab(context, project, before);
}

/** The tab opened (after `before`) on a project's CI/CD settings, found by its address once it has one. */
async function newCiSettingsTab(context: BrowserContext, project: string, before: ReadonlySet<Page>): Promise<Page> {
  const find = () =>
    context.pages().find((page) => !before.has(page) && page.url().startsWith(`https://gitlab.com/${project}/-/settings/ci_cd`));
  await expect.poll(() => find() !== undefined).toBe(true);
  return find()!;
}

/**
 * A pass-through HTTPS proxy in front of the local GitLab (the browser's gitlab.com is mapped to
 * it). It can hold requests for CI/CD settings pages until released: the moment between "the
 * background stored the pending value and opened the tab" and "the CI/CD page asks for it", made
 * as long as a test needs it. (Playwright's context.route does not see the first request of a tab
 * the extension opens with tabs.create: it starts before Playwright attaches to the new tab.)
 * `cacheable` paths are served without GitLab's Cache-Control: no-store (see the bfcache tests).
 */
async function startProxy(gl: SandboxGitLab, options: { cacheable?: RegExp } = {}) {
  const { key, cert } = makeSelfSignedCert();
  const held = new Map<string, () => void>();
  let holding = false;
  const server = createServer({ key, cert }, (request, response) => {
    const path = new URL(request.url ?? '/', 'https://proxy.invalid').pathname;
    const forward = () => {
      const upstream = httpsRequest(
        { host: '127.0.0.1', port: gl.port, method: request.method, path: request.url, headers: request.headers, rejectUnauthorized: false },
        (answer) => {
          const headers = answer.rawHeaders.slice();
          if (options.cacheable?.test(path)) {
            const at = headers.findIndex((name, index) => index % 2 === 0 && name.toLowerCase() === 'cache-control');
            if (at >= 0) headers.splice(at, 2);
          }
          response.writeHead(answer.statusCode ?? 502, headers);
          answer.pipe(response);
        },
      );
      upstream.on('error', () => response.destroy());
      request.pipe(upstream);
    };
    if (holding && request.method === 'GET' && /\/-\/settings\/ci_cd$/.test(path)) held.set(path, forward);
    else forward();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  registerLocalServer(port, `proxy in front of the local GitLab ${gl.ui}`);
  return {
    hostResolverRules: `MAP gitlab.com 127.0.0.1:${port}`,
    /** From now on, CI/CD settings pages wait until release(). */
    hold(): void {
      holding = true;
    },
    async waitForHeld(project: string): Promise<void> {
      await expect.poll(() => held.has(`/${project}/-/settings/ci_cd`)).toBe(true);
    },
    release(): void {
      holding = false;
      for (const forward of held.values()) forward();
      held.clear();
    },
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/** What the extension holds in storage.session, read from one of its own pages (no worker needed). */
async function sessionStorage(browser: { context: BrowserContext; extensionId: string }): Promise<Record<string, unknown>> {
  const page = await browser.context.newPage();
  try {
    await page.goto(`chrome-extension://${browser.extensionId}/options.html`);
    return await page.evaluate(() =>
      (globalThis as unknown as { chrome: { storage: { session: { get(keys: null): Promise<Record<string, unknown>> } } } }).chrome.storage.session.get(null),
    );
  } finally {
    await page.close();
  }
}

/** DOCKER_AUTH_CONFIG of a project as GitLab stored it. */
const storedValue = (gl: SandboxGitLab, project: string) =>
  gl.state().variables[`project:${project}`]?.find((variable) => variable.key === 'DOCKER_AUTH_CONFIG')?.value;

/** Deletes a project's DOCKER_AUTH_CONFIG through the local GitLab's API (not the extension's doing). */
async function removeVariable(gl: SandboxGitLab, project: string): Promise<void> {
  if (storedValue(gl, project) === undefined) return;
  const { cookie, csrf } = await signIn(gl);
  const response = await sandboxRequest(gl, 'DELETE', `/api/v4/projects/${encodeURIComponent(project)}/variables/DOCKER_AUTH_CONFIG`, {
    headers: { Cookie: cookie, 'X-CSRF-Token': csrf },
  });
  if (response.status !== 204) throw new Error(`could not delete the variable: ${response.status}`);
}

/** After a CI/CD page's content script started: no hand-off applied, and its panel offers none. */
async function expectNothingHandedOver(page: Page): Promise<void> {
  // Pressed with the keyboard, not clicked: were GitLab's form opened again (the failure looked
  // for), it would cover the button, and the test would time out instead of saying what it found.
  // (Not a dispatched click: that is what a page script does, and the button ignores it.)
  await page.locator(GENERATE).press('Enter');
  const dialog = tokenDialog(page);
  // The panel asks the background for the registry after the page asked for a hand-off (a storage
  // read only): once the registry is prefilled, that first answer has long arrived.
  await expect.poll(() => dialog.getByLabel('Registry', { exact: true }).inputValue()).not.toBe('');
  expect(await page.locator(STATUS).count(), 'status lines of a fill').toBe(0);
  expect(await formValue(page), "GitLab's variable form").toBeNull();
  // A panel with a pending value has no credential fields (it says "Handed over from the token page").
  expect(await dialog.getByLabel('Token', { exact: true }).count()).toBe(1);
  await dialog.getByRole('button', { name: 'Close' }).click();
}

for (const ui of COVERED) {
  describe(`navigation and re-renders, GitLab ${ui}`, () => {
    let gl: SandboxGitLab;
    let proxy: Awaited<ReturnType<typeof startProxy>>;
    let browser: ExtensionBrowser;
    let errors: string[];
    beforeAll(async () => {
      gl = await startGitLab({ ui });
      proxy = await startProxy(gl);
      browser = await launchWithExtension({ hostResolverRules: proxy.hostResolverRules });
      errors = await watchPages(browser.context);
    });
    afterAll(async () => {
      await browser?.close();
      await proxy?.stop();
      await gl?.stop();
    });

    it('the token section re-rendered: exactly one button, always on the newest token', async () => {
      const page = await browser.context.newPage();
      await page.goto(tokensPage(gl, PROJECTS.a));
      const first = await createShownToken(page, gl, 'first');
      await expect.poll(() => tokensNextToButtons(page)).toEqual([[first.token]]);
      await (await openTokenPanel(page, gl, first)).getByRole('button', { name: 'Close' }).click();

      if (uiAtLeast(ui, '17.6')) {
        // The person dismisses GitLab's success alert: the token is gone, and so is the button.
        await page.locator('[data-testid="success-message"] .gl-dismiss-btn').click();
        await expect.poll(() => tokensGitLabShows(page)).toEqual([]);
        await expect.poll(() => page.locator(GENERATE).count()).toBe(0);
      }
      // A second token (after the dismissal on 18.6), then a third over the one still shown.
      for (const name of ['second', 'third']) {
        const token = await createShownToken(page, gl, name);
        // GitLab shows the new token in place of the old one: wait until only the new one is left.
        await expect.poll(() => tokensGitLabShows(page), { message: 'the tokens GitLab shows' }).toEqual([token.token]);
        await expect.poll(() => tokensNextToButtons(page)).toEqual([[token.token]]);
        const dialog = await openTokenPanel(page, gl, token);
        expect(await jsonOf(dialog)).not.toContain(Buffer.from(`${first.username}:${first.token}`).toString('base64'));
        await dialog.getByRole('button', { name: 'Close' }).click();
      }
      expect(errors).toEqual([]);
      await page.close();
    });

    // 15.0's variables app is 15.11's with another form (modal A and B): one of them is enough.
    it.skipIf(ui === '15.0')("the CI/CD variables app re-rendered: exactly one button, next to GitLab's Add variable", async () => {
      const page = await browser.context.newPage();
      await page.goto(gitlabUrl(gl, '/groups/acme/-/settings/ci_cd#ci-variables'));
      const onlyOneNextToAdd = () =>
        page.evaluate(
          ({ add, ours }) => ({
            adds: document.querySelectorAll(add).length,
            ours: document.querySelectorAll(ours).length,
            nextToAdd: document.querySelector(add)?.nextElementSibling?.matches(ours) ?? false,
          }),
          { add: ADD_VARIABLE, ours: GENERATE },
        );
      await expect.poll(onlyOneNextToAdd).toEqual({ adds: 1, ours: 1, nextToAdd: true });

      // GitLab's form saves a variable: the drawer or modal closes, the table and the count re-render.
      const dialog = await openPanelWith(page, { registry: 'registry.example.com:5050', username: 'ci-puller', secret: 'glpat-Xy9_abcdefghij-KLMN' });
      await dialog.getByRole('button', { name: 'Fill variable form' }).click();
      await page.locator(FILLED).waitFor();
      await gitLabSaveButton(page).click();
      await expect.poll(() => gl.state().variables['group:acme']?.length ?? 0).toBe(1);
      await expect.poll(() => page.locator('[data-testid="ci-variable-table-row-key"]').count()).toBe(1);
      await expect.poll(onlyOneNextToAdd).toEqual({ adds: 1, ours: 1, nextToAdd: true });

      // The whole app re-mounts (as when GitLab's Vue re-creates the section): new header, new Add
      // button, the old ones (with our button in them) thrown away.
      await page.evaluate((add) => {
        type Vm = { $root: Vm; $children: Vm[]; $props: object; constructor: unknown; $options: { render: unknown }; $forceUpdate(): void };
        const w = window as unknown as { __oldAdd?: Element };
        w.__oldAdd = document.querySelector(add)!;
        const root = (document.querySelector('[data-testid="ci-variable-settings"]') as unknown as { __vue__: Vm }).__vue__.$root;
        const app = root.$children[0]!;
        const props = { ...app.$props };
        root.$options.render = (h: (component: unknown, data: object) => unknown) => h(app.constructor, { key: 'remounted', props });
        root.$forceUpdate();
      }, ADD_VARIABLE);
      await expect
        .poll(() => page.evaluate((add) => document.querySelector(add) !== (window as unknown as { __oldAdd?: Element }).__oldAdd, ADD_VARIABLE))
        .toBe(true);
      await expect.poll(onlyOneNextToAdd).toEqual({ adds: 1, ours: 1, nextToAdd: true });
      // The new button works.
      await page.locator(GENERATE).click();
      await tokenDialog(page).getByLabel('Token', { exact: true }).waitFor();
      expect(errors).toEqual([]);
      await page.close();
    });

    it('back and forward over a token page: never two buttons, a button only with a token, no page error', async () => {
      const page = await browser.context.newPage();
      await page.goto(tokensPage(gl, PROJECTS.a));
      const token = await createShownToken(page, gl, 'before leaving');
      await expect.poll(() => tokensNextToButtons(page)).toEqual([[token.token]]);
      await page.goto(gitlabUrl(gl, `/${PROJECTS.a}/-/issues`));
      for (const step of ['back', 'forward', 'back'] as const) {
        await traverse(page, step);
        // After the page is shown: what GitLab shows decides, one button per token or none.
        await page.locator('body[data-page]').waitFor({ state: 'attached' });
        // What GitLab shows and our buttons are read together, each time: GitLab may still render.
        await expect
          .poll(
            async () => {
              const shown = await tokensGitLabShows(page);
              return { buttons: await tokensNextToButtons(page), expected: shown.map((secret) => [secret]) };
            },
            { message: 'one button per token GitLab shows, next to it' },
          )
          .toSatisfy((seen: { buttons: unknown; expected: unknown }) => JSON.stringify(seen.buttons) === JSON.stringify(seen.expected));
      }
      // GitLab shows a token only once: back on the token page (reloaded), there is none, and no button.
      expect(await tokensGitLabShows(page)).toEqual([]);
      // And a new token on the page we came back to gets its one button.
      const next = await createShownToken(page, gl, 'after coming back');
      await expect.poll(() => tokensNextToButtons(page)).toEqual([[next.token]]);
      expect(errors).toEqual([]);
      await page.close();
    });

    if (HANDOFF_COVERED.includes(ui)) {
      it('a hand-off is used once: back on the filled CI/CD page, nothing is filled again and nothing is pending', async () => {
        await removeVariable(gl, PROJECTS.a);
        const page = await browser.context.newPage();
        await page.goto(tokensPage(gl, PROJECTS.a));
        const token = await createShownToken(page, gl, 'handed over once');
        const settings = await fillCiVariable(browser.context, await openTokenPanel(page, gl, token), PROJECTS.a);
        await expect.poll(() => formValue(settings)).toBe(expectedJson(gl.registryHost, token.username, token.token));
        await settings.locator(FILLED).waitFor();
        expect(Object.keys(await sessionStorage(browser)), 'pending hand-offs').toEqual([]);

        // The person leaves without saving, comes back, goes forward and back again.
        await settings.goto(gitlabUrl(gl, `/${PROJECTS.a}/-/issues`));
        expect(await traverse(settings, 'back')).toBe('loaded');
        await expectNothingHandedOver(settings);
        await traverse(settings, 'forward');
        expect(await settings.locator(GENERATE).count()).toBe(0);
        await traverse(settings, 'back');
        await expectNothingHandedOver(settings);
        expect(storedValue(gl, PROJECTS.a)).toBeUndefined();
        expect(errors).toEqual([]);
        await settings.close();
        await page.close();
      });

      it("two projects handing off at the same time: each CI/CD page gets its own project's JSON", async () => {
        await removeVariable(gl, PROJECTS.a);
        await removeVariable(gl, PROJECTS.b);
        const pages = { a: await browser.context.newPage(), b: await browser.context.newPage() };
        const tokens = {} as Record<'a' | 'b', Token>;
        const dialogs = {} as Record<'a' | 'b', Locator>;
        for (const which of ['a', 'b'] as const) {
          await pages[which].goto(tokensPage(gl, PROJECTS[which]));
          tokens[which] = await createShownToken(pages[which], gl, `both ${which}`);
          dialogs[which] = await openTokenPanel(pages[which], gl, tokens[which]);
        }
        const json = (which: 'a' | 'b') => expectedJson(gl.registryHost, tokens[which].username, tokens[which].token);
        expect(json('a')).not.toBe(json('b'));

        // Both CI/CD tabs are open and still loading when both hand-offs have been made.
        const before = new Set(browser.context.pages());
        proxy.hold();
        await dialogs.a.getByRole('button', { name: 'Fill CI/CD variable' }).click();
        await proxy.waitForHeld(PROJECTS.a);
        await dialogs.b.getByRole('button', { name: 'Fill CI/CD variable' }).click();
        await proxy.waitForHeld(PROJECTS.b);
        proxy.release();
        const settingsA = await newCiSettingsTab(browser.context, PROJECTS.a, before);
        const settingsB = await newCiSettingsTab(browser.context, PROJECTS.b, before);

        for (const [which, settings] of [['a', settingsA], ['b', settingsB]] as const) {
          await expect.poll(() => formValue(settings), { message: `${PROJECTS[which]}'s form` }).toBe(json(which));
          await settings.locator(FILLED).waitFor();
          await gitLabSaveButton(settings).click();
          await expect.poll(() => storedValue(gl, PROJECTS[which])).toBe(json(which));
        }
        expect(Object.keys(await sessionStorage(browser)), 'pending hand-offs').toEqual([]);
        expect(errors).toEqual([]);
        for (const page of [settingsA, settingsB, pages.a, pages.b]) await page.close();
      });

      it('the service worker stopped between the hand-off and the CI/CD page: the page still gets it, once', async () => {
        await removeVariable(gl, PROJECTS.a);
        const worker = await serviceWorkerSwitch(browser.context, browser.extensionId);
        const page = await browser.context.newPage();
        await page.goto(tokensPage(gl, PROJECTS.a));
        const token = await createShownToken(page, gl, 'worker restart');
        const json = expectedJson(gl.registryHost, token.username, token.token);
        const dialog = await openTokenPanel(page, gl, token);

        const before = new Set(browser.context.pages());
        proxy.hold();
        await dialog.getByRole('button', { name: 'Fill CI/CD variable' }).click();
        await proxy.waitForHeld(PROJECTS.a);
        // The background answered the panel (stored, tab opened) before it is stopped.
        await dialog.getByRole('region', { name: 'Fill CI/CD variable' }).getByRole('status').waitFor();
        const startsBefore = worker.starts();
        await worker.stop();
        proxy.release();

        const settings = await newCiSettingsTab(browser.context, PROJECTS.a, before);
        await expect.poll(() => formValue(settings)).toBe(json);
        await settings.locator(FILLED).waitFor();
        expect(worker.starts()).toBeGreaterThan(startsBefore); // the CI/CD page's messages woke it
        expect(await settings.locator(STATUS).count()).toBe(1);
        await gitLabSaveButton(settings).click();
        await expect.poll(() => storedValue(gl, PROJECTS.a)).toBe(json);
        await settings.reload();
        await expectNothingHandedOver(settings);

        // Stopped again, the worker wakes for the token panel's messages: the JSON still builds.
        await dialog.getByRole('button', { name: 'Close' }).click();
        const startsAgain = worker.starts();
        await worker.stop();
        await openTokenPanel(page, gl, token);
        expect(worker.starts()).toBeGreaterThan(startsAgain);
        expect(errors).toEqual([]);
        await worker.close();
        await settings.close();
        await page.close();
      });
    }
  });
}

/**
 * The back/forward cache. Playwright turns it off in every browser it launches
 * (--disable-back-forward-cache, so that goBack always sees a load), and GitLab's pages say
 * Cache-Control: no-store, which keeps them out of it anyway. A person's Chromium with a page that
 * can be cached restores the very document, with the extension's content script still in it: this
 * browser has the cache on, and the two pages are served without no-store.
 */
describe.runIf(GENERATIONS.includes('18.6'))('back/forward cache, GitLab 18.6', () => {
  let gl: SandboxGitLab;
  let proxy: Awaited<ReturnType<typeof startProxy>>;
  let browser: ExtensionBrowser;
  let context: BrowserContext;
  let extensionId: string;
  let errors: string[];
  beforeAll(async () => {
    gl = await startGitLab({ ui: '18.6' satisfies Ui });
    proxy = await startProxy(gl, { cacheable: /\/-\/settings\/(access_tokens|ci_cd)$/ });
    browser = await launchWithExtension({ hostResolverRules: proxy.hostResolverRules, backForwardCache: true });
    ({ context, extensionId } = browser);
    errors = await watchPages(context);
  });
  afterAll(async () => {
    await browser?.close(); // the issue 7 guard runs here too
    await proxy?.stop();
    await gl?.stop();
  });

  it('a restored token page keeps its one button on the token GitLab still shows', async () => {
    const page = await context.newPage();
    await page.goto(tokensPage(gl, PROJECTS.a));
    const token = await createShownToken(page, gl, 'cached');
    await expect.poll(() => tokensNextToButtons(page)).toEqual([[token.token]]);
    await page.goto(gitlabUrl(gl, `/${PROJECTS.a}/-/issues`));
    expect(await traverse(page, 'back')).toBe('bfcache');
    expect(await tokensGitLabShows(page)).toEqual([token.token]);
    await expect.poll(() => tokensNextToButtons(page)).toEqual([[token.token]]);
    await traverse(page, 'forward');
    expect(await page.locator(GENERATE).count()).toBe(0);
    expect(await traverse(page, 'back')).toBe('bfcache');
    await expect.poll(() => tokensNextToButtons(page)).toEqual([[token.token]]);
    // The restored page's button still reaches the (possibly restarted) background.
    await openTokenPanel(page, gl, token);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a restored CI/CD page is the filled one, not filled a second time; nothing is pending', async () => {
    const page = await context.newPage();
    await page.goto(tokensPage(gl, PROJECTS.a));
    const token = await createShownToken(page, gl, 'cached hand-off');
    const settings = await fillCiVariable(context, await openTokenPanel(page, gl, token), PROJECTS.a);
    await settings.locator(FILLED).waitFor();
    await settings.goto(gitlabUrl(gl, `/${PROJECTS.a}/-/issues`));
    expect(await traverse(settings, 'back')).toBe('bfcache');
    // The same document, as the person left it: one status line, one button, one form.
    await expect.poll(() => settings.locator(GENERATE).count()).toBe(1);
    expect(await settings.locator(STATUS).count()).toBe(1);
    expect(await settings.locator(FORM_VALUE).count()).toBe(1);
    expect(Object.keys(await sessionStorage({ context, extensionId })), 'pending hand-offs').toEqual([]);
    // Reloaded, it is a new page that finds nothing pending.
    await settings.reload();
    await expectNothingHandedOver(settings);
    expect(storedValue(gl, PROJECTS.a)).toBeUndefined();
    expect(errors).toEqual([]);
    await settings.close();
    await page.close();
  });
});
