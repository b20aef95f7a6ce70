// The local GitLab's CI/CD variables pages BEHAVE as GitLab's own components do
// (docs/gitlab-compatibility.md), not only look like them: the environments dropdown, the drawer's
// reset, the 15.11 modal created on demand, what a save sends, the masked-value feedback and the
// 15.11 feature flag for masking raw values. Driven in Chromium against the local GitLab server,
// WITHOUT the extension. Elements are found by ids and test ids only; texts are asserted only
// where the localized wording is what a person sees.
// Needs the built Vue apps (`npm run build:sandbox`).
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { chromiumArgs, findChromium } from '../support/chromium';
import { startGitLab, type SandboxGitLab, type StartOptions, type Ui } from './server/index.ts';
import { sandboxRequest as req, signIn } from './server/request.ts';

type Locale = 'en' | 'de';

interface Generation {
  gen: 'A' | 'B' | 'C' | 'D' | 'E';
  ui: Ui;
  container: 'modal' | 'drawer';
}

const GENERATIONS: Generation[] = [
  { gen: 'A', ui: '15.0', container: 'modal' },
  { gen: 'B', ui: '15.11', container: 'modal' },
  { gen: 'C', ui: '16.6', container: 'drawer' },
  { gen: 'D', ui: '17.6', container: 'drawer' },
  { gen: 'E', ui: '18.6', container: 'drawer' },
];
const DRAWERS = GENERATIONS.filter((g) => g.container === 'drawer');
const withLocales = (gens: Generation[]) =>
  gens.flatMap((g) => (['en', 'de'] as const).map((locale) => ({ ...g, locale })));

const PROJECT_CI = '/acme/backend/-/settings/ci_cd#js-cicd-variables-settings';
const PROJECT_ENDPOINT = '/acme/backend/-/variables';

const SEL = {
  add: '[data-testid="add-ci-variable-button"]',
  drawer: 'aside.gl-drawer[data-testid="ci-variable-drawer"]',
  modal: '#add-ci-variable',
  drawerKey: '[data-testid="ci-variable-key"] input',
  modalKey: '[data-testid="pipeline-form-ci-variable-key"] input',
  value: 'textarea#ci-variable-value',
  typeSelect: 'select#ci-variable-type',
  typeFileItem: 'li[role="option"][data-testid="listbox-item-FILE"]',
  maskedBox: 'input[data-testid="ci-variable-masked-checkbox"]',
  expandedBox: 'input[data-testid="ci-variable-expanded-checkbox"]',
  maskedRadio: 'input[data-testid="ci-variable-masked-radio"]',
  envScope: '[data-testid="environment-scope"]',
  confirm: '[data-testid="ci-variable-confirm-button"]',
  modalSave: '[data-testid="ciUpdateOrAddVariableBtn"]',
  cancel: '[data-testid="ci-variable-cancel-button"]',
  alert: '[data-testid="ci-variable-mutation-alert"]',
  tableKey: '[data-testid="ci-variable-table-row-key"]',
} as const;
const ENV_TOGGLE = `${SEL.envScope} button[data-testid="base-dropdown-toggle"]`;
const ENV_NOTE = `${SEL.envScope} button[role="menuitem"].dropdown-item[disabled]`;

// What a person reads, per locale (the local GitLab's catalog).
const TEXT = {
  en: {
    all: 'All (default)',
    searchQueryNote: 'Enter a search query to find more environments, or use * to create a wildcard.',
    maxEnvironments: 'Maximum of 30 environments listed. For more environments, enter a search query.',
    minLength: 'The value must have at least 8 characters.',
  },
  de: {
    all: 'Alle (Standard)',
    searchQueryNote: 'Gib einen Suchbegriff ein, um weitere Umgebungen zu finden, oder verwende *, um einen Platzhalter zu erstellen.',
    maxEnvironments: 'Es werden höchstens 30 Umgebungen angezeigt. Gib für weitere Umgebungen einen Suchbegriff ein.',
    minLength: 'Der Wert muss mindestens 8 Zeichen lang sein.',
  },
} as const;

const COMPACT_JSON = JSON.stringify({ auths: { 'registry.example.com': { auth: 'dXNlcjpzZWNyZXQ=' } } });

let browser: Browser;
let context: BrowserContext;
const started: SandboxGitLab[] = [];
const pageErrors: string[] = [];

beforeAll(async () => {
  browser = await chromium.launch({ executablePath: findChromium(), headless: true, args: chromiumArgs });
  context = await browser.newContext({ ignoreHTTPSErrors: true });
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
});

afterEach(async () => {
  for (const page of context.pages()) await page.close();
  for (const gl of started.splice(0)) await gl.stop();
  // Uncaught errors and console errors of the app under test: GitLab raises none in these flows.
  expect(pageErrors.splice(0)).toEqual([]);
});

async function start(options: StartOptions): Promise<SandboxGitLab> {
  const gl = await startGitLab({ locale: 'en', relativeRoot: '', ...options });
  started.push(gl);
  return gl;
}

async function openPage(gl: SandboxGitLab, path = PROJECT_CI): Promise<Page> {
  const page = await context.newPage();
  page.on('pageerror', (error) => pageErrors.push(String(error)));
  page.on('console', (message) => {
    if (message.type() === 'error') pageErrors.push(`console: ${message.text()}`);
  });
  await page.goto(gl.urlFor('127.0.0.1', path));
  await page.waitForSelector(SEL.add);
  return page;
}

/** Opens the add form as a person does (a trusted click) and waits for its value field. */
async function openForm(page: Page, { container }: Generation): Promise<void> {
  await page.click(SEL.add);
  await page.waitForSelector(container === 'drawer' ? `${SEL.drawer} ${SEL.value}` : `${SEL.modal} ${SEL.value}`);
}

/**
 * The drawer's environments query has answered: GitLab UI's loading state is gone (the listbox's
 * `loading` puts a spinner into its toggle and marks it aria-disabled).
 */
async function environmentsLoaded(page: Page): Promise<void> {
  await page.waitForSelector(`${ENV_TOGGLE}:not([aria-disabled="true"])`);
  await expect.poll(() => page.locator(`${SEL.envScope} .gl-spinner`).count(), { message: 'spinner in the environments toggle' }).toBe(0);
}

// Plain DOM operations on the form (the v-model events GitLab's inputs listen to).
async function fillText(page: Page, selector: string, value: string): Promise<void> {
  await page.$eval(
    selector,
    (el, text) => {
      (el as HTMLInputElement).value = text;
      el.dispatchEvent(new Event('input', { bubbles: true }));
      el.dispatchEvent(new Event('change', { bubbles: true }));
    },
    value,
  );
}

async function setChecked(page: Page, selector: string, wanted: boolean): Promise<void> {
  await page.$eval(
    selector,
    (el, checked) => {
      if ((el as HTMLInputElement).checked !== checked) (el as HTMLInputElement).click();
    },
    wanted,
  );
}

async function chooseFileType(page: Page, { gen }: Generation): Promise<void> {
  if (gen === 'D' || gen === 'E') {
    await page.$eval(SEL.typeFileItem, (el) => (el as HTMLElement).click());
    return;
  }
  await page.$eval(SEL.typeSelect, (el) => {
    (el as HTMLSelectElement).selectedIndex = 1;
    el.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

const keySelector = ({ container }: Generation) => (container === 'drawer' ? SEL.drawerKey : SEL.modalKey);
const submitSelector = ({ container }: Generation) => (container === 'drawer' ? SEL.confirm : SEL.modalSave);

/** The masked-value feedback block: the invalid feedback of the value's form group. */
const valueFeedback = (page: Page): Locator =>
  page.locator('.form-group').filter({ has: page.locator(SEL.value) }).locator('.invalid-feedback');

async function submitAndWait(page: Page, generation: Generation): Promise<void> {
  await page.waitForSelector(`${submitSelector(generation)}:not([disabled])`);
  await page.click(submitSelector(generation));
  if (generation.container === 'drawer') await page.waitForSelector(`${SEL.alert}.gl-alert-success`);
  else await page.waitForSelector(SEL.modal, { state: 'detached' });
}

/** Whether the add modal is on screen after the page has rendered `frames` more frames. */
async function modalShownAfterFrames(page: Page, frames: number): Promise<boolean> {
  return page.evaluate(async (count) => {
    for (let i = 0; i < count; i++) await new Promise((resolve) => requestAnimationFrame(resolve));
    const modal = document.getElementById('add-ci-variable');
    return modal !== null && modal.checkVisibility();
  }, frames);
}

/** A scripted click on the Add button, as a content script would make it (no trusted input). */
async function scriptedAddClick(page: Page): Promise<void> {
  await page.evaluate((selector) => (document.querySelector(selector) as HTMLElement).click(), SEL.add);
}

const stored = (gl: SandboxGitLab) => gl.state().variables['project:acme/backend'] ?? [];

describe.each(withLocales(GENERATIONS))('environment scope, generation $gen ($ui, $locale)', (generation) => {
  const { gen, ui, locale } = generation;

  it('has its test id on the form group, a permanently disabled footer item, and nothing selected on a new variable', async () => {
    const gl = await start({ ui, locale });
    gl.setVariable({ project: 'acme/backend' }, { key: 'DEPLOY_TARGET', value: 'staging-host', environment_scope: 'production' });
    const page = await openPage(gl);
    await openForm(page, generation);
    if (generation.container === 'drawer') await environmentsLoaded(page);

    // The test id names the form group around the listbox, not the listbox itself.
    const group = page.locator(SEL.envScope);
    await expect.poll(() => group.getAttribute('role')).toBe('group');
    await expect.poll(() => group.evaluate((el) => el.classList.contains('form-group'))).toBe(true);
    await expect.poll(() => group.locator('[role="listbox"]').count()).toBe(1);
    await expect.poll(() => page.locator(`${SEL.envScope} [data-testid="listbox-item-production"]`).count()).toBe(1);

    // The footer's disabled item is always there; it is a hint, not a loading state.
    const note = page.locator(ENV_NOTE);
    await expect.poll(() => note.count()).toBe(1);
    const searchNote = page.locator(`${ENV_NOTE}[data-testid="search-query-note"]`);
    const newest = gen === 'D' || gen === 'E';
    await expect.poll(() => searchNote.count()).toBe(newest ? 1 : 0);
    await expect.poll(async () => (await note.textContent())?.trim()).toBe(
      newest ? TEXT[locale].searchQueryNote : TEXT[locale].maxEnvironments,
    );

    // New variable: the dropdown's own selection is empty, the toggle says "All (default)".
    await expect.poll(() => page.locator(`${SEL.envScope} [aria-selected="true"]`).count()).toBe(0);
    await expect.poll(async () => (await page.textContent(ENV_TOGGLE))?.trim()).toBe(TEXT[locale].all);

    // ...while the form's model already holds `*`, which is what gets saved.
    await fillText(page, keySelector(generation), 'SCOPE_DEFAULT');
    await fillText(page, SEL.value, 'value-12345678');
    await submitAndWait(page, generation);
    expect(stored(gl).find((v) => v.key === 'SCOPE_DEFAULT')).toMatchObject({ environment_scope: '*' });
  });
});

describe.each(GENERATIONS)('environment scope, generation $gen ($ui): choosing', (generation) => {
  it('selects the chosen environment (aria-selected) and saves it', async () => {
    const gl = await start({ ui: generation.ui });
    gl.setVariable({ project: 'acme/backend' }, { key: 'DEPLOY_TARGET', value: 'staging-host', environment_scope: 'production' });
    const page = await openPage(gl);
    await openForm(page, generation);
    if (generation.container === 'drawer') await environmentsLoaded(page);
    await page.click(ENV_TOGGLE);
    const production = page.locator(`${SEL.envScope} li[role="option"][data-testid="listbox-item-production"]`);
    await production.click();
    await expect.poll(() => production.getAttribute('aria-selected')).toBe('true');
    await expect.poll(() => page.locator(`${SEL.envScope} [aria-selected="true"]`).count()).toBe(1);
    await expect.poll(async () => (await page.textContent(ENV_TOGGLE))?.trim()).toBe('production');
    await fillText(page, keySelector(generation), 'SCOPED_VAR');
    await fillText(page, SEL.value, 'value-12345678');
    await submitAndWait(page, generation);
    expect(stored(gl).find((v) => v.key === 'SCOPED_VAR')).toMatchObject({ environment_scope: 'production' });
  });
});

/**
 * Holds the drawer's environments request (every GET of the variables endpoint after the page's
 * own first one) until `release()`; resolves `held` when one is being held.
 */
async function holdEnvironmentsRequest(page: Page): Promise<{ held: Promise<void>; release: () => void }> {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  let markHeld!: () => void;
  const held = new Promise<void>((resolve) => (markHeld = resolve));
  let seen = 0;
  await page.route(
    (url) => url.pathname === PROJECT_ENDPOINT,
    async (route) => {
      if (route.request().method() !== 'GET' || seen++ === 0) return route.continue();
      markHeld();
      await released;
      await route.continue();
    },
  );
  return { held, release };
}

describe.each(DRAWERS)('drawer, generation $gen ($ui)', (generation) => {
  it('shows GitLab UI\'s loading state in the environments listbox while the environments request runs', async () => {
    const gl = await start({ ui: generation.ui });
    const page = await context.newPage();
    page.on('pageerror', (error) => pageErrors.push(String(error)));
    const { held, release } = await holdEnvironmentsRequest(page);
    await page.goto(gl.urlFor('127.0.0.1', PROJECT_CI));
    await page.click(SEL.add);
    await held;
    await expect.poll(() => page.locator(`${SEL.envScope} .gl-spinner`).count(), { message: 'spinner while loading' }).toBeGreaterThan(0);
    await expect.poll(() => page.locator(`${ENV_TOGGLE}[aria-disabled="true"]`).count(), { message: 'toggle disabled while loading' }).toBe(1);
    // The disabled footer item is there during loading and after it: it says nothing about loading.
    await expect.poll(() => page.locator(ENV_NOTE).count()).toBe(1);
    release();
    await environmentsLoaded(page);
    await expect.poll(() => page.locator(`${SEL.envScope} .gl-spinner`).count(), { message: 'spinner after loading' }).toBe(0);
    await expect.poll(() => page.locator(ENV_NOTE).count()).toBe(1);
  });

  it('keeps what was written as soon as the form rendered: no reset when the environments arrive', async () => {
    const gl = await start({ ui: generation.ui });
    const page = await context.newPage();
    page.on('pageerror', (error) => pageErrors.push(String(error)));
    const { held, release } = await holdEnvironmentsRequest(page);
    await page.goto(gl.urlFor('127.0.0.1', PROJECT_CI));
    await page.click(SEL.add);
    await held;
    await page.waitForSelector(SEL.value);
    await fillText(page, SEL.drawerKey, 'WRITTEN_EARLY');
    await fillText(page, SEL.value, 'early-value-123');
    release();
    await environmentsLoaded(page);
    // The query has settled (and rendered); the form kept the values and saves them.
    // settled: a negative check (no reset), after the environments answer has rendered (above)
    expect(await page.inputValue(SEL.drawerKey)).toBe('WRITTEN_EARLY');
    // settled: as above
    expect(await page.inputValue(SEL.value)).toBe('early-value-123');
    await submitAndWait(page, generation);
    expect(stored(gl).find((v) => v.key === 'WRITTEN_EARLY')).toMatchObject({ value: 'early-value-123' });
  });

  it('resets after a successful save, stays open with the mutation alert, and does not reset again on its own', async () => {
    const gl = await start({ ui: generation.ui });
    gl.setVariable({ project: 'acme/backend' }, { key: 'DEPLOY_TARGET', value: 'staging-host', environment_scope: 'production' });
    const page = await openPage(gl);
    await openForm(page, generation);
    await environmentsLoaded(page);
    await page.click(ENV_TOGGLE);
    await page.click(`${SEL.envScope} [data-testid="listbox-item-production"]`);
    await fillText(page, SEL.drawerKey, 'FIRST_KEY');
    await fillText(page, SEL.value, 'first-value-1');
    await submitAndWait(page, generation);
    expect(await page.locator(SEL.drawer).count()).toBe(1);
    await expect.poll(() => page.inputValue(SEL.drawerKey), { message: 'the key field, reset after the save' }).toBe('');
    await expect.poll(() => page.inputValue(SEL.value), { message: 'the value field, reset after the save' }).toBe('');
    await expect.poll(() => page.locator(`${SEL.envScope} [aria-selected="true"]`).count()).toBe(0);
    // A second entry right after the save is kept: the reset happened once, with the save's answer.
    await fillText(page, SEL.drawerKey, 'SECOND_KEY');
    await fillText(page, SEL.value, 'second-value-2');
    await page.waitForSelector(`${SEL.confirm}:not([disabled])`);
    // settled: a negative check (no second reset): the form took the entry (its submit is enabled, above)
    expect(await page.inputValue(SEL.drawerKey)).toBe('SECOND_KEY');
    // settled: as above
    expect(await page.inputValue(SEL.value)).toBe('second-value-2');
  });
});

describe('generation B (15.11): the modal is created on demand', () => {
  it('opens on a trusted click; a scripted click only creates it (no error), a second scripted click shows it', async () => {
    const gl = await start({ ui: '15.11' });
    const page = await openPage(gl);
    // settled: the app renders its Add button with its attributes (openPage waited for the button)
    expect(await page.getAttribute(SEL.add, 'data-qa-selector')).toBe('add_ci_variable_button');
    expect(await page.locator(SEL.modal).count()).toBe(0);

    // One scripted click: the directive's show event comes before Vue has rendered the modal.
    await scriptedAddClick(page);
    const observations: boolean[] = [];
    for (let check = 0; check < 10; check++) observations.push(await modalShownAfterFrames(page, 2));
    expect(observations, 'modal shown after a single scripted click (checked every two frames)').toEqual(Array(10).fill(false));

    // Vue has rendered meanwhile: the modal exists now, so the next scripted click shows it.
    await scriptedAddClick(page);
    await expect.poll(() => modalShownAfterFrames(page, 1), { message: 'modal shown after the second scripted click' }).toBe(true);

    // Hidden again, it is destroyed: the next open is on demand again.
    await page.click(`${SEL.modal} ${SEL.cancel}`);
    await page.waitForSelector(SEL.modal, { state: 'detached' });
    await scriptedAddClick(page);
    const afterReopen: boolean[] = [];
    for (let check = 0; check < 10; check++) afterReopen.push(await modalShownAfterFrames(page, 2));
    expect(afterReopen, 'modal shown after one scripted click once it was closed').toEqual(Array(10).fill(false));

    // A trusted click (a person's) opens it at once: Vue renders between the two click listeners.
    const fresh = await openPage(gl);
    await fresh.click(SEL.add);
    await expect.poll(() => modalShownAfterFrames(fresh, 1), { message: 'modal shown after a trusted click' }).toBe(true);
    await fresh.waitForSelector(`${SEL.modal} ${SEL.modalSave}[data-qa-selector="ci_variable_save_button"]`);
  });

  it('generation A (15.0) keeps its always-mounted modal: one scripted click opens it', async () => {
    const gl = await start({ ui: '15.0' });
    const page = await openPage(gl);
    await scriptedAddClick(page);
    await expect.poll(() => modalShownAfterFrames(page, 1), { message: 'modal shown after one scripted click' }).toBe(true);
  });
});

describe.each(GENERATIONS)('saving, generation $gen ($ui)', (generation) => {
  const { gen, ui } = generation;

  it('sends the whole variable as one variables_attributes row of PATCH <data-endpoint>', async () => {
    const gl = await start({ ui });
    const page = await openPage(gl);
    await openForm(page, generation);
    if (generation.container === 'drawer') await environmentsLoaded(page);
    await chooseFileType(page, generation);
    await fillText(page, keySelector(generation), 'DOCKER_AUTH_CONFIG');
    await fillText(page, SEL.value, 'plain-value-123');
    if (gen === 'E') await setChecked(page, 'input[data-testid="ci-variable-visible-radio"]', true);
    const patch = page.waitForRequest((request) => request.method() === 'PATCH');
    await submitAndWait(page, generation);
    const request = await patch;
    expect(new URL(request.url()).pathname).toBe(PROJECT_ENDPOINT);
    const expected: Record<string, unknown> = {
      key: 'DOCKER_AUTH_CONFIG',
      secret_value: 'plain-value-123',
      variable_type: 'file',
      protected: false,
      masked: false,
      // Before the Expand checkbox (15.0) every variable was expanded; later the default is expanded up to 18.5.
      raw: gen === 'E',
      environment_scope: '*',
      description: '',
      _destroy: false,
    };
    // Masked and hidden exists from 17.4 on: only its forms send `hidden`.
    if (gen === 'D' || gen === 'E') expected.hidden = false;
    expect((request.postDataJSON() as { variables_attributes: unknown[] }).variables_attributes).toEqual([expected]);
    expect(stored(gl)).toEqual([expect.objectContaining({ key: 'DOCKER_AUTH_CONFIG', value: 'plain-value-123', variable_type: 'file' })]);
  });
});

describe.each(withLocales(GENERATIONS))('masked-value feedback, generation $gen ($ui, $locale)', (generation) => {
  const { gen, ui, locale } = generation;

  it('is always in the DOM and shown by state, in GitLab\'s words', async () => {
    const gl = await start({ ui, locale });
    const page = await openPage(gl);
    await openForm(page, generation);
    const feedback = valueFeedback(page);
    await expect.poll(() => feedback.count(), { message: 'feedback block present before anything is typed' }).toBe(1);
    await expect.poll(() => feedback.isVisible()).toBe(false);

    // Masked (18.6 starts masked), and a value too short for any masking rule.
    if (gen === 'D') await setChecked(page, SEL.maskedRadio, true);
    if (gen === 'A' || gen === 'B' || gen === 'C') await setChecked(page, SEL.maskedBox, true);
    await fillText(page, keySelector(generation), 'SHORT_SECRET');
    await fillText(page, SEL.value, 'short');
    await expect.poll(() => feedback.isVisible(), { message: 'feedback shown for a refused masked value' }).toBe(true);
    // settled: the feedback block is shown with its message (polled above)
    expect((await feedback.textContent())?.trim()).toBe(TEXT[locale].minLength);
    expect(await page.$eval(submitSelector(generation), (button) => (button as HTMLButtonElement).disabled)).toBe(true);

    // A value the rule accepts: the block stays in the DOM, hidden, and the submit is enabled.
    await fillText(page, SEL.value, 'long-enough-value');
    await expect.poll(() => feedback.isVisible(), { message: 'feedback hidden for an accepted value' }).toBe(false);
    expect(await feedback.count()).toBe(1);
    await page.waitForSelector(`${submitSelector(generation)}:not([disabled])`);
  });
});

describe.each([{ flag: true }, { flag: false }])('15.11 with the raw-masking feature flag $flag', ({ flag }) => {
  const B = GENERATIONS.find((g) => g.gen === 'B')!;

  it(flag ? 'lets compact JSON be masked when Expand is unchecked, and stores it' : 'refuses to mask compact JSON (error shown, submit disabled)', async () => {
    const gl = await start({ ui: '15.11', rawMaskedVariablesFlag: flag });
    const page = await openPage(gl);
    await openForm(page, B);
    await chooseFileType(page, B);
    await fillText(page, SEL.modalKey, 'DOCKER_AUTH_CONFIG');
    await fillText(page, SEL.value, COMPACT_JSON);
    await setChecked(page, SEL.maskedBox, true);
    await setChecked(page, SEL.expandedBox, false);
    const feedback = valueFeedback(page);
    if (flag) {
      await expect.poll(() => feedback.isVisible(), { message: 'no masking error with the flag on' }).toBe(false);
      await submitAndWait(page, B);
      expect(stored(gl)).toEqual([
        expect.objectContaining({ key: 'DOCKER_AUTH_CONFIG', value: COMPACT_JSON, variable_type: 'file', masked: true, raw: true }),
      ]);
    } else {
      await expect.poll(() => feedback.isVisible(), { message: 'masking error with the flag off' }).toBe(true);
      expect(await page.$eval(SEL.modalSave, (button) => (button as HTMLButtonElement).disabled)).toBe(true);
      expect(stored(gl)).toEqual([]);
    }
  });

  it(`the page states the raw rule and the server ${flag ? 'accepts' : 'refuses'} a masked raw compact JSON`, async () => {
    const gl = await start({ ui: '15.11', rawMaskedVariablesFlag: flag });
    expect(gl.rawMaskedVariablesFlag).toBe(flag);
    const { cookie, csrf, html } = await signIn(gl, '/acme/backend/-/settings/ci_cd');
    const rawRegex = /data-maskable-raw-regex="([^"]*)"/.exec(html)?.[1];
    expect(rawRegex).toBe(flag ? '^\\S{8,}$' : '^[a-zA-Z0-9_+=/@:.~-]{8,}$');
    const headers = { Cookie: cookie, 'X-CSRF-Token': csrf };
    const body = { key: 'DOCKER_AUTH_CONFIG', value: COMPACT_JSON, variable_type: 'file', masked: true, raw: true };
    const api = await req(gl, 'POST', '/api/v4/projects/42/variables', { headers, body });
    expect(api.status).toBe(flag ? 201 : 400);
    if (!flag) expect(api.json()).toEqual({ message: { value: ['is invalid'] } });
    // Expanded values keep the strict rule either way.
    const expanded = await req(gl, 'POST', '/api/v4/projects/42/variables', { headers, body: { ...body, key: 'EXPANDED', raw: false } });
    expect(expanded.status).toBe(400);
  });
});

describe('the variables table', () => {
  it('lists every variable, also beyond one API page (26 here)', async () => {
    const gl = await start({ ui: '17.6' });
    for (let n = 1; n <= 26; n++) {
      gl.setVariable({ project: 'acme/backend' }, { key: `VAR_${String(n).padStart(2, '0')}`, value: `value-${n}` });
    }
    const page = await openPage(gl);
    await expect.poll(() => page.locator(SEL.tableKey).count(), { message: 'rows in the table' }).toBe(26);
  });
});
