// The local GitLab's CI/CD variable forms (generations A-E, docs/gitlab-compatibility.md), driven from
// OUTSIDE Vue exactly as the extension's content script does: from an isolated world (CDP
// Page.createIsolatedWorld), with plain DOM operations only. The assertions are about what GitLab
// would store (the PATCH body) and show (disabled submit, error text, alerts).
//
// A throw-away static harness serves dist/ci-variables.{js,css} and fake endpoints through
// Playwright routing, so these tests need only the built bundle (`npm run build:sandbox`).
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type CDPSession, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { chromiumArgs, findChromium } from '../support/chromium';

const ORIGIN = 'http://gitlab.test';
const DIST = fileURLToPath(new URL('./dist/', import.meta.url));
const CSRF = 'csrf-token-for-tests';
const NORMAL_REGEX = '^[a-zA-Z0-9_+=/@:.~-]{8,}$';
const RAW_REGEX = '^\\S{8,}$';

const AUTH = { auths: { 'registry.example.com': { auth: 'dXNlcjpzZWNyZXQ=' } } };
const COMPACT_JSON = JSON.stringify(AUTH);
const PRETTY_JSON = JSON.stringify(AUTH, null, 2);

type Ui = '15.0' | '15.11' | '16.6' | '17.6' | '18.6';

interface StoredVariable {
  id: number;
  key: string;
  value: string;
  variable_type: 'env_var' | 'file';
  protected: boolean;
  masked: boolean;
  hidden: boolean;
  raw: boolean;
  environment_scope: string;
  description: string | null;
}

interface PatchBody {
  variables_attributes: Array<Record<string, unknown>>;
}

interface PageOptions {
  ui: Ui;
  locale?: 'en' | 'de';
  protectedByDefault?: boolean;
  existing?: StoredVariable[];
  kind?: 'project' | 'group' | 'instance';
}

/** One fake GitLab page with its variables endpoint; records every PATCH body. */
class Harness {
  readonly variables: StoredVariable[];
  readonly patches: PatchBody[] = [];
  readonly csrfHeaders: Array<string | undefined> = [];

  constructor(readonly options: PageOptions) {
    this.variables = [...(options.existing ?? [])];
  }

  get endpoint(): string {
    if (this.options.kind === 'instance') return '/admin/ci/variables';
    if (this.options.kind === 'group') return '/groups/acme/-/variables';
    return '/acme/app/-/variables';
  }

  html(): string {
    const { ui, locale = 'en', protectedByDefault = false, kind = 'project' } = this.options;
    const rawRegex = ui === '15.0' ? null : ui === '15.11' ? NORMAL_REGEX : RAW_REGEX;
    const page =
      kind === 'instance'
        ? 'admin:application_settings:ci_cd'
        : kind === 'group'
          ? 'groups:settings:ci_cd:show'
          : 'projects:settings:ci_cd:show';
    const attrs: Record<string, string> = {
      id: kind === 'instance' ? 'js-instance-variables' : 'js-ci-variables',
      'data-endpoint': this.endpoint,
      'data-project-id': kind === 'project' ? '7' : '',
      'data-project-full-path': kind === 'project' ? 'acme/app' : '',
      'data-group-id': kind === 'group' ? '3' : '',
      'data-group-path': kind === 'group' ? 'acme' : '',
      'data-is-group': String(kind === 'group'),
      'data-maskable-regex': NORMAL_REGEX,
      'data-protected-by-default': String(protectedByDefault),
      'data-ui': ui,
    };
    if (rawRegex) attrs['data-maskable-raw-regex'] = rawRegex;
    const mount = Object.entries(attrs)
      .map(([name, value]) => `${name}="${value.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"`)
      .join(' ');
    const gon = { api_version: 'v4', relative_url_root: '', sandbox: { ui, locale } };
    return `<!doctype html><html lang="${locale}"><head><meta charset="utf-8">
<meta name="csrf-token" content="${CSRF}">
<link rel="stylesheet" href="/assets/sandbox/ci-variables.css">
<script>window.gon = ${JSON.stringify(gon)};</script></head>
<body data-page="${page}"><main><section id="js-cicd-variables-settings"><div ${mount}></div></section></main>
<script type="module" src="/assets/sandbox/ci-variables.js"></script></body></html>`;
  }

  async attach(page: Page): Promise<void> {
    await page.route(`${ORIGIN}/**`, async (route) => {
      const request = route.request();
      const url = new URL(request.url());
      if (url.pathname === '/settings') {
        return route.fulfill({ contentType: 'text/html', body: this.html() });
      }
      if (url.pathname.startsWith('/assets/sandbox/')) {
        const name = url.pathname.slice('/assets/sandbox/'.length);
        const type = name.endsWith('.css') ? 'text/css' : name.endsWith('.svg') ? 'image/svg+xml' : 'text/javascript';
        return route.fulfill({ contentType: type, body: await readFile(DIST + name) });
      }
      if (url.pathname === this.endpoint && request.method() === 'GET') {
        return route.fulfill({ json: { variables: this.variables } });
      }
      if (url.pathname === this.endpoint && request.method() === 'PATCH') {
        const headers = request.headers();
        this.csrfHeaders.push(headers['x-csrf-token']);
        if (headers['x-csrf-token'] !== CSRF) return route.fulfill({ status: 422, json: ['CSRF'] });
        const body = request.postDataJSON() as PatchBody;
        this.patches.push(body);
        const errors: string[] = [];
        for (const entry of body.variables_attributes) {
          const scope = String(entry.environment_scope ?? '*');
          if (this.variables.some((v) => v.key === entry.key && v.environment_scope === scope)) {
            errors.push(`Variables key (${String(entry.key)}) has already been taken`);
          }
        }
        if (errors.length) return route.fulfill({ status: 400, json: errors });
        for (const entry of body.variables_attributes) {
          this.variables.push({
            id: this.variables.length + 1,
            key: String(entry.key),
            value: String(entry.secret_value),
            variable_type: entry.variable_type === 'file' ? 'file' : 'env_var',
            protected: Boolean(entry.protected),
            masked: Boolean(entry.masked),
            hidden: Boolean(entry.hidden),
            raw: Boolean(entry.raw),
            environment_scope: String(entry.environment_scope ?? '*'),
            description: (entry.description as string | undefined) ?? null,
          });
        }
        return route.fulfill({ json: { variables: this.variables } });
      }
      return route.fulfill({ status: 404, body: 'not found' });
    });
  }
}

/**
 * A content-script-like isolated world on the page: it shares the DOM and its events but not
 * the page's JavaScript (no Vue instances, no window.gon). `run` evaluates a function source.
 */
class IsolatedWorld {
  private constructor(
    private readonly cdp: CDPSession,
    private readonly contextId: number,
  ) {}

  static async create(page: Page): Promise<IsolatedWorld> {
    const cdp = await page.context().newCDPSession(page);
    const { frameTree } = await cdp.send('Page.getFrameTree');
    const { executionContextId } = await cdp.send('Page.createIsolatedWorld', {
      frameId: frameTree.frame.id,
      worldName: 'extension-like-filler',
    });
    const world = new IsolatedWorld(cdp, executionContextId);
    await world.run(FILLER_LIBRARY);
    return world;
  }

  async run<T>(expression: string): Promise<T> {
    const result = await this.cdp.send('Runtime.evaluate', {
      expression,
      contextId: this.contextId,
      awaitPromise: true,
      returnByValue: true,
    });
    if (result.exceptionDetails) {
      throw new Error(`isolated world: ${result.exceptionDetails.exception?.description ?? result.exceptionDetails.text}`);
    }
    return result.result.value as T;
  }
}

// The plain DOM operations of docs/gitlab-compatibility.md (driving the Vue app from an
// isolated-world content script), installed once in the isolated world as `window.fill`.
const FILLER_LIBRARY = `
window.fill = {
  q(selector) {
    const el = document.querySelector(selector);
    if (!el) throw new Error('missing ' + selector);
    return el;
  },
  text(selector, value) {
    const el = this.q(selector);
    el.value = value;
    el.dispatchEvent(new Event('input', { bubbles: true }));
    el.dispatchEvent(new Event('change', { bubbles: true }));
  },
  check(selector, wanted) {
    const el = this.q(selector);
    if (el.checked !== wanted) el.click();
  },
  selectIndex(selector, index) {
    const el = this.q(selector);
    el.selectedIndex = index;
    el.dispatchEvent(new Event('change', { bubbles: true }));
  },
  click(selector) {
    this.q(selector).click();
  },
};
true;
`;

const SEL = {
  add: '[data-testid="add-ci-variable-button"]',
  drawer: 'aside.gl-drawer[data-testid="ci-variable-drawer"]',
  drawerKey: '[data-testid="ci-variable-key"] input',
  modalKey: '[data-testid="pipeline-form-ci-variable-key"] input',
  value: 'textarea#ci-variable-value',
  typeSelect: 'select#ci-variable-type',
  typeFileItem: 'li[role="option"][data-testid="listbox-item-FILE"]',
  protectedBox: 'input[data-testid="ci-variable-protected-checkbox"]',
  maskedBox: 'input[data-testid="ci-variable-masked-checkbox"]',
  expandedBox: 'input[data-testid="ci-variable-expanded-checkbox"]',
  visibleRadio: 'input[data-testid="ci-variable-visible-radio"]',
  maskedRadio: 'input[data-testid="ci-variable-masked-radio"]',
  hiddenRadio: 'input[data-testid="ci-variable-masked-and-hidden-radio"]',
  envScope: '[data-testid="environment-scope"]',
  description: '#ci-variable-description',
  confirm: '[data-testid="ci-variable-confirm-button"]',
  modal: '#add-ci-variable',
  modalSave: '[data-testid="ciUpdateOrAddVariableBtn"]',
  alert: '[data-testid="ci-variable-mutation-alert"]',
} as const;

let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  browser = await chromium.launch({ executablePath: findChromium(), headless: true, args: chromiumArgs });
  context = await browser.newContext();
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
});

/** Uncaught errors of the app under test, checked after every test. */
const pageErrors: Error[] = [];
afterEach(() => {
  const errors = pageErrors.splice(0);
  expect(errors.map(String)).toEqual([]);
});

async function openSettings(options: PageOptions): Promise<{ page: Page; harness: Harness; world: IsolatedWorld }> {
  const harness = new Harness(options);
  const page = await context.newPage();
  page.on('pageerror', (error) => pageErrors.push(error));
  await harness.attach(page);
  await page.goto(`${ORIGIN}/settings`);
  await page.waitForSelector(`${SEL.add}`);
  const world = await IsolatedWorld.create(page);
  return { page, harness, world };
}

/** Opens the drawer and waits until its environments query is done (GitLab UI's loading state gone). */
async function openDrawer(page: Page, world: IsolatedWorld): Promise<void> {
  await world.run(`fill.click('${SEL.add}')`);
  await openDrawerSettled(page);
}

const js = (value: unknown) => JSON.stringify(value);

async function submitDisabled(page: Page, selector: string): Promise<boolean> {
  return page.$eval(selector, (button) => (button as HTMLButtonElement).disabled);
}

async function nextPatch(page: Page): Promise<PatchBody> {
  const request = await page.waitForRequest((r) => r.method() === 'PATCH');
  return request.postDataJSON() as PatchBody;
}

describe('generation C (16.6): drawer, native select, checkboxes', () => {
  it('removes the mount element and its data-maskable-* attributes from the live DOM', async () => {
    const { page } = await openSettings({ ui: '16.6' });
    expect(await page.$('#js-ci-variables')).toBeNull();
    expect(await page.$('[data-maskable-regex]')).toBeNull();
    expect(await page.$('[data-maskable-raw-regex]')).toBeNull();
    expect(await page.$('[data-testid="ci-variable-settings"]')).not.toBeNull();
    await page.close();
  });

  it('saves a masked, unexpanded File variable with the exact compact JSON', async () => {
    const { page, harness, world } = await openSettings({ ui: '16.6', protectedByDefault: true });
    await openDrawer(page, world);
    expect(await page.$eval(SEL.protectedBox, (el) => (el as HTMLInputElement).checked)).toBe(true);
    expect(await page.$eval(SEL.expandedBox, (el) => (el as HTMLInputElement).checked)).toBe(true);
    expect(await page.$eval(SEL.envScope, (el) => el.textContent?.trim())).toContain('All (default)');
    expect(await page.$$eval(`${SEL.typeSelect} option`, (os) => os.map((o) => (o as HTMLOptionElement).value))).toEqual([
      'ENV_VAR',
      'FILE',
    ]);

    await world.run(`
      fill.selectIndex('${SEL.typeSelect}', 1);
      fill.text('${SEL.drawerKey}', 'DOCKER_AUTH_CONFIG');
      fill.text('${SEL.value}', ${js(COMPACT_JSON)});
      fill.check('${SEL.maskedBox}', true);
      fill.check('${SEL.expandedBox}', false);
      fill.text('${SEL.description}', 'registry credentials');
    `);
    await page.waitForSelector(`${SEL.confirm}:not([disabled])`);
    expect(await page.$eval(SEL.typeSelect, (el) => (el as HTMLSelectElement).value)).toBe('FILE');

    const patch = nextPatch(page);
    await world.run(`fill.click('${SEL.confirm}')`);
    expect((await patch).variables_attributes).toEqual([
      {
        key: 'DOCKER_AUTH_CONFIG',
        secret_value: COMPACT_JSON,
        variable_type: 'file',
        protected: true,
        masked: true,
        // 16.6 knows no masked-and-hidden (17.4+), so its form sends no `hidden`.
        raw: true,
        environment_scope: '*',
        description: 'registry credentials',
        _destroy: false,
      },
    ]);

    // Stays open, resets, reports success; the table lists the new variable with its value hidden.
    await page.waitForSelector(`${SEL.alert}.gl-alert-success`);
    expect(harness.csrfHeaders).toEqual([CSRF]);
    expect(await page.$(SEL.drawer)).not.toBeNull();
    await expect.poll(() => page.$eval(SEL.value, (el) => (el as HTMLTextAreaElement).value), { message: 'the value field, reset after the save' }).toBe('');
    await expect.poll(() => page.$eval(SEL.drawerKey, (el) => (el as HTMLInputElement).value), { message: 'the key field, reset after the save' }).toBe('');
    await page.waitForSelector('[data-testid="ci-variable-table-row-key"]');
    const row = await page.$eval('[data-testid="ci-variable-table"] tbody tr', (tr) => tr.textContent ?? '');
    expect(row).toContain('DOCKER_AUTH_CONFIG');
    expect(row).toContain('File');
    expect(row).not.toContain('registry.example.com');
    await page.close();
  });

  it('keeps submit disabled with an error for masked values its rule refuses', async () => {
    const { page, world } = await openSettings({ ui: '16.6' });
    await openDrawer(page, world);
    await world.run(`
      fill.selectIndex('${SEL.typeSelect}', 1);
      fill.text('${SEL.drawerKey}', 'DOCKER_AUTH_CONFIG');
      fill.text('${SEL.value}', ${js(PRETTY_JSON)});
      fill.check('${SEL.maskedBox}', true);
      fill.check('${SEL.expandedBox}', false);
    `);
    // Pretty-printed JSON has spaces and newlines: refused even by the raw rule ^\S{8,}$.
    await page.waitForSelector('.invalid-feedback:visible');
    expect(await submitDisabled(page, SEL.confirm)).toBe(true);

    // Compact JSON with Expand CHECKED: the normal rule refuses { } " ,.
    await world.run(`fill.text('${SEL.value}', ${js(COMPACT_JSON)}); fill.check('${SEL.expandedBox}', true);`);
    await page.waitForSelector('.invalid-feedback:visible');
    expect(await submitDisabled(page, SEL.confirm)).toBe(true);

    // Expand unchecked: the raw rule accepts compact JSON.
    await world.run(`fill.check('${SEL.expandedBox}', false);`);
    await page.waitForSelector(`${SEL.confirm}:not([disabled])`);
    expect(await page.$('.invalid-feedback:visible')).toBeNull();

    // An invalid key blocks the submit too, with its own error text.
    await world.run(`fill.text('${SEL.drawerKey}', 'DOCKER-AUTH');`);
    await page.waitForSelector('[data-testid="ci-variable-key-error"]');
    expect(await submitDisabled(page, SEL.confirm)).toBe(true);
    await page.close();
  });

  it('ignores the Expand checkbox when only its checked property changes (no change event)', async () => {
    const { page, world } = await openSettings({ ui: '16.6' });
    await openDrawer(page, world);
    await world.run(`
      fill.selectIndex('${SEL.typeSelect}', 1);
      fill.text('${SEL.drawerKey}', 'PLAIN');
      fill.text('${SEL.value}', 'some value');
      fill.q('${SEL.expandedBox}').checked = false;
    `);
    await page.waitForSelector(`${SEL.confirm}:not([disabled])`);
    const patch = nextPatch(page);
    await world.run(`fill.click('${SEL.confirm}')`);
    const [saved] = (await patch).variables_attributes;
    expect(saved).toMatchObject({ key: 'PLAIN', variable_type: 'file', raw: false, masked: false });
    await page.close();
  });

  it('keeps values written the moment the form appears (the drawer resets only while it is created)', async () => {
    const { page, world } = await openSettings({ ui: '16.6' });
    // A hasty filler: writes the moment the value field appears, in the same task.
    await world.run(`
      new MutationObserver((records, observer) => {
        const textarea = document.querySelector('${SEL.value}');
        if (!textarea) return;
        observer.disconnect();
        fill.text('${SEL.drawerKey}', 'TOO_EARLY');
        fill.text('${SEL.value}', 'written-too-early');
        window.hastyFillerRan = true;
      }).observe(document.body, { childList: true, subtree: true });
      fill.click('${SEL.add}');
    `);
    await openDrawerSettled(page);
    expect(await world.run<boolean>('window.hastyFillerRan === true')).toBe(true);
    expect(await page.$eval(SEL.value, (el) => (el as HTMLTextAreaElement).value)).toBe('written-too-early');
    expect(await page.$eval(SEL.drawerKey, (el) => (el as HTMLInputElement).value)).toBe('TOO_EARLY');
    expect(await submitDisabled(page, SEL.confirm)).toBe(false);
    await page.close();
  });

  it('shows the server error in the drawer alert for a duplicate key', async () => {
    const existing: StoredVariable = {
      id: 1,
      key: 'DOCKER_AUTH_CONFIG',
      value: 'x',
      variable_type: 'file',
      protected: false,
      masked: false,
      hidden: false,
      raw: true,
      environment_scope: '*',
      description: null,
    };
    const { page, harness, world } = await openSettings({ ui: '16.6', existing: [existing] });
    await openDrawer(page, world);
    await world.run(`
      fill.text('${SEL.drawerKey}', 'DOCKER_AUTH_CONFIG');
      fill.text('${SEL.value}', 'value-1234');
    `);
    await page.waitForSelector(`${SEL.confirm}:not([disabled])`);
    await world.run(`fill.click('${SEL.confirm}')`);
    const alert = await page.waitForSelector(`${SEL.alert}.gl-alert-danger`);
    // settled: the alert is rendered with its message, once the save has been answered
    expect(await alert.textContent()).toContain('has already been taken');
    expect(harness.variables).toHaveLength(1);
    await page.close();
  });
});

/**
 * Waits for the drawer of a click made elsewhere, until its environments query has settled:
 * GitLab UI's listbox `loading` state (a spinner in an aria-disabled toggle) is gone.
 */
async function openDrawerSettled(page: Page): Promise<void> {
  await page.waitForSelector(SEL.drawer);
  await page.waitForSelector(`${SEL.envScope} button[data-testid="base-dropdown-toggle"]:not([aria-disabled="true"])`);
  await page.waitForSelector(`${SEL.envScope} .gl-spinner`, { state: 'detached' });
}

describe.each([
  { ui: '17.6' as const, generation: 'D' },
  { ui: '18.6' as const, generation: 'E' },
])('generation $generation ($ui): drawer, listbox, visibility radios', ({ ui }) => {
  it('names the listbox as the facts say and starts with the generation defaults', async () => {
    const { page, world } = await openSettings({ ui });
    await openDrawer(page, world);
    if (ui === '17.6') {
      expect(await page.$('label[for="ci-variable-type"]')).not.toBeNull();
      expect(await page.$eval('#ci-variable-type', (el) => el.tagName)).toBe('BUTTON');
    } else {
      expect(await page.$eval('#ci-variable-type', (el) => el.tagName)).toBe('SPAN');
      expect(await page.$('label[for="ci-variable-type"]')).toBeNull();
    }
    expect(await page.$(SEL.typeSelect)).toBeNull();
    expect(await page.$(`${SEL.drawer} ${SEL.typeFileItem}`)).not.toBeNull();
    const checked = (selector: string) => page.$eval(selector, (el) => (el as HTMLInputElement).checked);
    // Up to 18.5 a new variable starts Visible with Expand checked; 18.6+ Masked, Expand unchecked.
    expect(await checked(SEL.visibleRadio)).toBe(ui === '17.6');
    expect(await checked(SEL.maskedRadio)).toBe(ui === '18.6');
    expect(await checked(SEL.expandedBox)).toBe(ui === '17.6');
    await page.close();
  });

  it('saves a masked File variable chosen through the listbox item and the radio', async () => {
    const { page, world } = await openSettings({ ui });
    await openDrawer(page, world);
    await world.run(`
      fill.click('${SEL.typeFileItem}');
      fill.text('${SEL.drawerKey}', 'DOCKER_AUTH_CONFIG');
      fill.text('${SEL.value}', ${js(COMPACT_JSON)});
      fill.check('${SEL.maskedRadio}', true);
      fill.check('${SEL.expandedBox}', false);
    `);
    // The panel stays closed: the item is selected but not visible.
    await page.waitForSelector(`${SEL.typeFileItem}[aria-selected="true"]`, { state: 'attached' });
    await page.waitForSelector(`${SEL.confirm}:not([disabled])`);
    const patch = nextPatch(page);
    await world.run(`fill.click('${SEL.confirm}')`);
    expect((await patch).variables_attributes[0]).toMatchObject({
      key: 'DOCKER_AUTH_CONFIG',
      secret_value: COMPACT_JSON,
      variable_type: 'file',
      masked: true,
      hidden: false,
      raw: true,
    });
    await page.waitForSelector(`${SEL.alert}.gl-alert-success`);
    await page.close();
  });

  it('refuses pretty-printed JSON when Masked, accepts it when Visible', async () => {
    const { page, world } = await openSettings({ ui });
    await openDrawer(page, world);
    await world.run(`
      fill.click('${SEL.typeFileItem}');
      fill.text('${SEL.drawerKey}', 'DOCKER_AUTH_CONFIG');
      fill.text('${SEL.value}', ${js(PRETTY_JSON)});
      fill.check('${SEL.maskedRadio}', true);
      fill.check('${SEL.expandedBox}', false);
    `);
    await page.waitForSelector('.invalid-feedback:visible');
    expect(await submitDisabled(page, SEL.confirm)).toBe(true);
    await world.run(`fill.check('${SEL.visibleRadio}', true);`);
    await page.waitForSelector(`${SEL.confirm}:not([disabled])`);
    const patch = nextPatch(page);
    await world.run(`fill.click('${SEL.confirm}')`);
    expect((await patch).variables_attributes[0]).toMatchObject({
      secret_value: PRETTY_JSON,
      variable_type: 'file',
      masked: false,
      hidden: false,
    });
    await page.close();
  });

  it('does not take the radio state from the checked property alone', async () => {
    const { page, world } = await openSettings({ ui });
    await openDrawer(page, world);
    // Set the "other" radio's property without events: the model keeps the default visibility.
    const target = ui === '17.6' ? SEL.hiddenRadio : SEL.visibleRadio;
    await world.run(`
      fill.click('${SEL.typeFileItem}');
      fill.text('${SEL.drawerKey}', 'TOKEN_FILE');
      fill.text('${SEL.value}', 'abcdefgh12345');
      fill.q('${target}').checked = true;
    `);
    await page.waitForSelector(`${SEL.confirm}:not([disabled])`);
    const patch = nextPatch(page);
    await world.run(`fill.click('${SEL.confirm}')`);
    expect((await patch).variables_attributes[0]).toMatchObject({
      variable_type: 'file',
      masked: ui === '18.6',
      hidden: false,
    });
    await page.close();
  });
});

describe('generation B (15.11): modal, enum select, raw rule = normal rule', () => {
  it('cannot mask any JSON, saves an unmasked File variable and closes the modal', async () => {
    const { page, harness, world } = await openSettings({ ui: '15.11' });
    // The modal is created on demand: a person's (trusted) click opens it, a scripted one would not.
    await page.click(SEL.add);
    await page.waitForSelector(`${SEL.modal} ${SEL.modalSave}[data-qa-selector="ci_variable_save_button"]`);
    expect(await page.$$eval(`${SEL.typeSelect} option`, (os) => os.map((o) => (o as HTMLOptionElement).value))).toEqual([
      'ENV_VAR',
      'FILE',
    ]);
    await world.run(`
      fill.selectIndex('${SEL.typeSelect}', 1);
      fill.text('${SEL.modalKey}', 'DOCKER_AUTH_CONFIG');
      fill.text('${SEL.value}', ${js(COMPACT_JSON)});
      fill.check('${SEL.maskedBox}', true);
      fill.check('${SEL.expandedBox}', false);
    `);
    await page.waitForSelector('.invalid-feedback:visible');
    expect(await submitDisabled(page, SEL.modalSave)).toBe(true);

    await world.run(`fill.check('${SEL.maskedBox}', false);`);
    await page.waitForSelector(`${SEL.modalSave}:not([disabled])`);
    const patch = nextPatch(page);
    await world.run(`fill.click('${SEL.modalSave}')`);
    expect((await patch).variables_attributes[0]).toMatchObject({
      key: 'DOCKER_AUTH_CONFIG',
      secret_value: COMPACT_JSON,
      variable_type: 'file',
      masked: false,
      raw: true,
    });
    await page.waitForSelector(SEL.modal, { state: 'detached' });
    await page.waitForSelector('[data-testid="ci-variable-table-row-key"]');
    expect(harness.variables.map((v) => v.key)).toEqual(['DOCKER_AUTH_CONFIG']);
    await page.close();
  });
});

describe('generation A (15.0): Vuex-era modal, localized select values', () => {
  it.each([
    { locale: 'en' as const, labels: ['Variable', 'File'] },
    { locale: 'de' as const, labels: ['Variable', 'Datei'] },
  ])('uses the localized labels as option values ($locale) and saves file, raw false', async ({ locale, labels }) => {
    const { page, world } = await openSettings({ ui: '15.0', locale });
    await page.waitForSelector(`${SEL.add}[data-qa-selector="add_ci_variable_button"]`);
    await world.run(`fill.click('${SEL.add}')`);
    await page.waitForSelector(`${SEL.modal} ${SEL.value}`);
    expect(await page.$$eval(`${SEL.typeSelect} option`, (os) => os.map((o) => (o as HTMLOptionElement).value))).toEqual(
      labels,
    );
    expect(await page.$(SEL.expandedBox)).toBeNull();
    expect(await page.$(SEL.description)).toBeNull();
    await world.run(`
      fill.selectIndex('${SEL.typeSelect}', 1);
      fill.text('${SEL.modalKey}', 'DOCKER_AUTH_CONFIG');
      fill.text('${SEL.value}', ${js(COMPACT_JSON)});
    `);
    await page.waitForSelector(`${SEL.modalSave}:not([disabled])`);
    expect(await page.$eval(SEL.typeSelect, (el) => (el as HTMLSelectElement).value)).toBe(labels[1]);
    const patch = nextPatch(page);
    await world.run(`fill.click('${SEL.modalSave}')`);
    expect((await patch).variables_attributes[0]).toMatchObject({
      key: 'DOCKER_AUTH_CONFIG',
      secret_value: COMPACT_JSON,
      variable_type: 'file',
      masked: false,
      raw: false,
    });
    await page.close();
  });
});

// ---- Against the local GitLab server (tests/gitlab-sandbox/server) ----------------------------
// The same fills, end to end: the server renders the page and stores what the app PATCHes.

interface ServerCase {
  ui: Ui;
  /** The best a careful filler can do for compact JSON in this generation. */
  masked: boolean;
  raw: boolean;
}

const SERVER_CASES: ServerCase[] = [
  { ui: '15.0', masked: false, raw: false },
  { ui: '15.11', masked: false, raw: true },
  { ui: '16.6', masked: true, raw: true },
  { ui: '17.6', masked: true, raw: true },
  { ui: '18.6', masked: true, raw: true },
];

/** Fills the form of any generation the way docs/gitlab-compatibility.md prescribes, then submits. */
function fillFileVariableScript(ui: Ui, key: string, value: string, masked: boolean, raw: boolean): string {
  const drawer = ui !== '15.0' && ui !== '15.11';
  const listbox = ui === '17.6' || ui === '18.6';
  return `
    ${listbox ? `fill.click('${SEL.typeFileItem}');` : `fill.selectIndex('${SEL.typeSelect}', 1);`}
    fill.text('${drawer ? SEL.drawerKey : SEL.modalKey}', ${js(key)});
    fill.text('${SEL.value}', ${js(value)});
    ${listbox ? `fill.check('${masked ? SEL.maskedRadio : SEL.visibleRadio}', true);` : `fill.check('${SEL.maskedBox}', ${masked});`}
    ${ui === '15.0' ? '' : `fill.check('${SEL.expandedBox}', ${!raw});`}
  `;
}

describe.each(SERVER_CASES)('local GitLab server, ui $ui', ({ ui, masked, raw }) => {
  // Imported lazily: the server is built by another part of the project.
  type Server = Awaited<ReturnType<typeof import('./server/index.ts').startGitLab>>;
  let gitlab: Server;
  let serverContext: BrowserContext;

  beforeAll(async () => {
    const { startGitLab } = await import('./server/index.ts');
    gitlab = await startGitLab({ ui, locale: 'en', protectedByDefault: false });
    serverContext = await browser.newContext({ ignoreHTTPSErrors: true });
  });

  afterAll(async () => {
    await serverContext?.close();
    await gitlab?.stop();
  });

  async function open(path: string): Promise<{ page: Page; world: IsolatedWorld }> {
    const page = await serverContext.newPage();
    page.on('pageerror', (error) => pageErrors.push(error));
    // The hash expands the collapsed settings section, as on GitLab.
    await page.goto(gitlab.urlFor('127.0.0.1', path));
    await page.waitForSelector(SEL.add);
    return { page, world: await IsolatedWorld.create(page) };
  }

  it('stores a File DOCKER_AUTH_CONFIG with the exact value, masked where the rules allow', async () => {
    const { page, world } = await open('/acme/backend/-/settings/ci_cd#js-cicd-variables-settings');
    // settled: the server renders body[data-page] in the page's HTML, loaded before goto returned
    expect(await page.getAttribute('body', 'data-page')).toBe('projects:settings:ci_cd:show');
    expect(await page.$('[data-maskable-regex]')).toBeNull();
    // A person's click: 15.11 creates its modal on demand, which a scripted click would not open.
    await page.click(SEL.add);
    const drawer = ui !== '15.0' && ui !== '15.11';
    if (drawer) await openDrawerSettled(page);
    else await page.waitForSelector(`${SEL.modal} ${SEL.value}`);
    await world.run(fillFileVariableScript(ui, 'DOCKER_AUTH_CONFIG', COMPACT_JSON, masked, raw));
    const submit = drawer ? SEL.confirm : SEL.modalSave;
    await page.waitForSelector(`${submit}:not([disabled])`);
    await world.run(`fill.click('${submit}')`);
    if (drawer) await page.waitForSelector(`${SEL.alert}.gl-alert-success`);
    else await page.waitForSelector(SEL.modal, { state: 'detached' });
    await page.waitForSelector('[data-testid="ci-variable-table-row-key"]');

    const stored = gitlab.state().variables['project:acme/backend'] ?? [];
    expect(stored).toEqual([
      expect.objectContaining({
        key: 'DOCKER_AUTH_CONFIG',
        value: COMPACT_JSON,
        variable_type: 'file',
        masked,
        raw,
        hidden: false,
        protected: false,
        environment_scope: '*',
      }),
    ]);
    await page.close();
  });

  it('reports a duplicate key as GitLab does', async () => {
    const { page, world } = await open('/acme/backend/-/settings/ci_cd#js-cicd-variables-settings');
    await page.click(SEL.add);
    const drawer = ui !== '15.0' && ui !== '15.11';
    if (drawer) await openDrawerSettled(page);
    else await page.waitForSelector(`${SEL.modal} ${SEL.value}`);
    await world.run(fillFileVariableScript(ui, 'DOCKER_AUTH_CONFIG', 'another-value', false, raw));
    const submit = drawer ? SEL.confirm : SEL.modalSave;
    await page.waitForSelector(`${submit}:not([disabled])`);
    await world.run(`fill.click('${submit}')`);
    const alert = await page.waitForSelector(
      drawer ? `${SEL.alert}.gl-alert-danger` : '[data-testid="ci-variable-error-alert"].gl-alert-danger',
    );
    // settled: the alert is rendered with its message, once the save has been answered
    expect(await alert.textContent()).toContain('has already been taken');
    expect(gitlab.state().variables['project:acme/backend']).toHaveLength(1);
    await page.close();
  });
});

describe('local GitLab server: group and instance pages, German', () => {
  type Server = Awaited<ReturnType<typeof import('./server/index.ts').startGitLab>>;
  const started: Server[] = [];
  let serverContext: BrowserContext;

  beforeAll(async () => {
    serverContext = await browser.newContext({ ignoreHTTPSErrors: true });
  });

  afterAll(async () => {
    await serverContext?.close();
    for (const gitlab of started) await gitlab.stop();
  });

  async function start(ui: Ui, locale: 'en' | 'de'): Promise<Server> {
    const { startGitLab } = await import('./server/index.ts');
    const gitlab = await startGitLab({ ui, locale });
    started.push(gitlab);
    return gitlab;
  }

  async function open(gitlab: Server, path: string): Promise<{ page: Page; world: IsolatedWorld }> {
    const page = await serverContext.newPage();
    page.on('pageerror', (error) => pageErrors.push(error));
    await page.goto(gitlab.urlFor('127.0.0.1', path));
    await page.waitForSelector(SEL.add);
    return { page, world: await IsolatedWorld.create(page) };
  }

  it('17.6 in German: group page, listbox labels localized, testids unchanged', async () => {
    const gitlab = await start('17.6', 'de');
    const { page, world } = await open(gitlab, '/groups/acme/-/settings/ci_cd#ci-variables');
    // settled: the server renders body[data-page] in the page's HTML, loaded before goto returned
    expect(await page.getAttribute('body', 'data-page')).toBe('groups:settings:ci_cd:show');
    // settled: the app renders its Add button with its label (open() waited for the button)
    expect(await page.textContent(SEL.add)).toContain('Variable hinzufügen');
    await world.run(`fill.click('${SEL.add}')`);
    await openDrawerSettled(page);
    // settled: the listbox items are rendered with their labels, and the drawer has settled (above)
    expect(await page.textContent(SEL.typeFileItem)).toContain('Datei');
    await world.run(fillFileVariableScript('17.6', 'DOCKER_AUTH_CONFIG', COMPACT_JSON, true, true));
    await page.waitForSelector(`${SEL.confirm}:not([disabled])`);
    await world.run(`fill.click('${SEL.confirm}')`);
    const alert = await page.waitForSelector(`${SEL.alert}.gl-alert-success`);
    // settled: the alert is rendered with its message, once the save has been answered
    expect(await alert.textContent()).toContain('erfolgreich');
    expect(gitlab.state().variables['group:acme']).toEqual([
      expect.objectContaining({ key: 'DOCKER_AUTH_CONFIG', value: COMPACT_JSON, variable_type: 'file', masked: true, raw: true }),
    ]);
    await page.close();
  });

  it('16.6 admin page: no environment scope, a value written the moment the drawer renders is kept', async () => {
    const gitlab = await start('16.6', 'en');
    const { page, world } = await open(gitlab, '/admin/application_settings/ci_cd#js-ci-cd-variables');
    // settled: the server renders body[data-page] in the page's HTML, loaded before goto returned
    expect(await page.getAttribute('body', 'data-page')).toBe('admin:application_settings:ci_cd');
    expect(await page.$('#js-instance-variables')).toBeNull();
    await world.run(`
      new MutationObserver((records, observer) => {
        if (!document.querySelector('${SEL.value}')) return;
        observer.disconnect();
        fill.text('${SEL.value}', 'written-at-once');
        window.earlyWriteDone = true;
      }).observe(document.body, { childList: true, subtree: true });
      fill.click('${SEL.add}');
    `);
    await page.waitForSelector(SEL.drawer);
    expect(await page.$(SEL.envScope)).toBeNull();
    // The drawer reset its form while it was created, before this write: nothing wipes it later.
    await expect
      .poll(() => world.run<boolean>('window.earlyWriteDone === true'), { message: 'the early write ran' })
      .toBe(true);
    expect(await page.$eval(SEL.value, (el) => (el as HTMLTextAreaElement).value)).toBe('written-at-once');
    await world.run(fillFileVariableScript('16.6', 'DOCKER_AUTH_CONFIG', COMPACT_JSON, true, true));
    await page.waitForSelector(`${SEL.confirm}:not([disabled])`);
    await world.run(`fill.click('${SEL.confirm}')`);
    await page.waitForSelector(`${SEL.alert}.gl-alert-success`);
    expect(gitlab.state().variables.instance).toEqual([
      expect.objectContaining({ key: 'DOCKER_AUTH_CONFIG', value: COMPACT_JSON, variable_type: 'file', masked: true }),
    ]);
    await page.close();
  });

  it('15.0 in German: the select value "Datei" is saved as file', async () => {
    const gitlab = await start('15.0', 'de');
    const { page, world } = await open(gitlab, '/acme/backend/-/settings/ci_cd#js-cicd-variables-settings');
    await world.run(`fill.click('${SEL.add}')`);
    await page.waitForSelector(`${SEL.modal} ${SEL.value}`);
    await world.run(fillFileVariableScript('15.0', 'DOCKER_AUTH_CONFIG', PRETTY_JSON, false, false));
    expect(await page.$eval(SEL.typeSelect, (el) => (el as HTMLSelectElement).value)).toBe('Datei');
    await page.waitForSelector(`${SEL.modalSave}:not([disabled])`);
    await world.run(`fill.click('${SEL.modalSave}')`);
    await page.waitForSelector(SEL.modal, { state: 'detached' });
    await page.waitForSelector('[data-testid="ci-variable-table-row-key"]');
    expect(gitlab.state().variables['project:acme/backend']).toEqual([
      expect.objectContaining({ value: PRETTY_JSON, variable_type: 'file', masked: false, raw: false }),
    ]);
    await page.close();
  });
});
