// Screenshots of the local GitLab (tests/gitlab-sandbox) with the BUILT extension on it, one set
// per UI generation, for tests/gitlab-sandbox/README.md ("Screenshots"):
//
//   npx wxt build && npm run build:sandbox && npx tsx tests/tools/sandbox-screenshots.ts
//
// Writes docs/sandbox/<ui>/{project-token,deploy-token,ci-variables}.png, and for 17.6 also
// docs/sandbox/17.6/project-token-de.png and docs/token-panel.png. Waits on selectors and
// conditions only. `SANDBOX_UIS=15.0,17.6` limits the generations (default: all of UIS).
import { mkdirSync, statSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { startGitLab, UIS, type Locale, type SandboxGitLab, type Ui } from '../gitlab-sandbox/server/index.ts';
import { launchWithExtension, type ExtensionBrowser } from '../support/extension';
import { createAccessToken, createDeployToken, gitlabUrl, waitUntilShown } from '../support/gitlab-user';

const ROOT = resolve(import.meta.dirname, '../..');
const DOCS = resolve(ROOT, 'docs');
const VIEWPORT = { width: 1100, height: 800 };
const MAX_BYTES = 120 * 1024;

const GENERATE = '[data-docker-auth-config-button]';
/** GitLab's display of a new project/group token, per generation (docs/gitlab-compatibility.md, "Token pages"). */
const NEW_TOKEN_INPUT = '#new-access-token, #created-personal-access-token';
const NEW_TOKEN_DISPLAY =
  '[data-testid="access-token-section"], #js-new-access-token-app, .created-personal-access-token-container';
const DEPLOY_USER_INPUT = 'input[name="deploy-token-user"], input#deploy-token-user';
/** The alert (15.11+) or server-rendered container (15.0) around a new deploy token. */
const deployDisplay = (page: Page) =>
  page.locator('.created-deploy-token-container, .gl-alert').filter({ has: page.locator(DEPLOY_USER_INPUT) });
const ADD_VARIABLE = '[data-testid="add-ci-variable-button"]';
const VARIABLE_FORM = '#add-ci-variable, [data-testid="ci-variable-drawer"]';

const written: string[] = [];

interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Page (document) coordinates of a locator's first match, or null when it is not rendered. */
async function rectOf(page: Page, locator: Locator): Promise<Rect | null> {
  if ((await locator.count()) === 0) return null;
  const box = await locator.first().boundingBox();
  if (!box || box.width === 0 || box.height === 0) return null;
  const scroll = await page.evaluate(() => ({ x: window.scrollX, y: window.scrollY }));
  return { x: box.x + scroll.x, y: box.y + scroll.y, width: box.width, height: box.height };
}

/**
 * Saves the part of the page that holds all the given elements: GitLab's content column (its
 * full width) from the top of `top` (default: the highest element) down to the lowest element,
 * plus a margin below.
 */
async function shootRegion(page: Page, file: string, parts: Locator[], options: { top?: Locator; margin?: number } = {}) {
  const margin = options.margin ?? 16;
  const rects = (await Promise.all(parts.map((part) => rectOf(page, part)))).filter((r): r is Rect => r !== null);
  if (rects.length === 0) throw new Error(`${file}: none of the elements to show is rendered`);
  const column = await rectOf(page, page.locator('.content-wrapper'));
  const top = options.top ? await rectOf(page, options.top) : null;
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  const left = column?.x ?? Math.max(0, Math.min(...rects.map((r) => r.x)) - margin);
  const right = Math.max(column ? column.x + column.width : 0, ...rects.map((r) => r.x + r.width + margin));
  const y = top?.y ?? Math.max(0, Math.min(...rects.map((r) => r.y)) - margin);
  const bottom = Math.min(height, Math.max(...rects.map((r) => r.y + r.height)) + margin);
  await save(page, file, { x: left, y, width: Math.min(right, VIEWPORT.width) - left, height: bottom - y });
}

/** `clip` in document coordinates, or in viewport coordinates with `inViewport` (for fixed overlays). */
async function save(page: Page, file: string, clip?: Rect, inViewport = false) {
  const path = resolve(DOCS, file);
  mkdirSync(resolve(path, '..'), { recursive: true });
  await page.screenshot({ path, clip, fullPage: clip !== undefined && !inViewport, animations: 'disabled', caret: 'hide' });
  const bytes = statSync(path).size;
  written.push(`${relative(ROOT, path)}  ${(bytes / 1024).toFixed(1)} KB${bytes > MAX_BYTES ? '  (over 120 KB)' : ''}`);
}

async function withGitLab(ui: Ui, locale: Locale, run: (gl: SandboxGitLab, page: Page, browser: ExtensionBrowser) => Promise<void>) {
  const gl = await startGitLab({ ui, locale });
  let browser: ExtensionBrowser | undefined;
  try {
    browser = await launchWithExtension({ hostResolverRules: `MAP gitlab.com 127.0.0.1:${gl.port}` });
    const page = await browser.context.newPage();
    await page.setViewportSize(VIEWPORT);
    await run(gl, page, browser);
  } finally {
    await browser?.close();
    await gl.stop();
  }
}

/** Creates a project access token in GitLab's form and waits for its display and our button. */
async function projectTokenPage(gl: SandboxGitLab, page: Page) {
  await page.goto(gitlabUrl(gl, '/acme/backend/-/settings/access_tokens'));
  await page.locator('#resource_access_token_name').waitFor({ state: 'attached' });
  await createAccessToken(page, gl.ui, 'resource_access_token', 'registry-read');
  await page.locator(NEW_TOKEN_INPUT).first().waitFor();
  await page.locator(GENERATE).waitFor();
  // GitLab's app has rendered the secret (in its input, or its older copy button on 15.x).
  const secret = gl.state().tokens.filter((t) => t.kind === 'project').at(-1)!.token;
  await waitUntilShown(page, secret);
}

async function shootProjectToken(gl: SandboxGitLab, page: Page, file: string) {
  await projectTokenPage(gl, page);
  await page.evaluate(() => window.scrollTo(0, 0));
  // GitLab's form group around the token input holds its "save it" description too.
  const group = page.locator('.form-group').filter({ has: page.locator(NEW_TOKEN_INPUT) });
  await shootRegion(page, file, [page.locator(NEW_TOKEN_DISPLAY), group, page.locator(NEW_TOKEN_INPUT), page.locator(GENERATE)], {
    top: page.locator('.content-wrapper'),
  });
}

async function shootDeployToken(gl: SandboxGitLab, page: Page, file: string) {
  await createDeployToken(page, gl, '/acme/backend', 'registry-read');
  await page.locator(DEPLOY_USER_INPUT).first().waitFor();
  await page.locator(GENERATE).waitFor();
  const token = gl.state().tokens.filter((t) => t.kind === 'deploy').at(-1)!;
  await page.waitForFunction(
    ({ selector, username }) => (document.querySelector(selector) as HTMLInputElement | null)?.value === username,
    { selector: DEPLOY_USER_INPUT, username: token.username },
  );
  const section = page.locator('#js-deploy-tokens');
  await section.scrollIntoViewIfNeeded();
  await shootRegion(page, file, [deployDisplay(page), page.locator(DEPLOY_USER_INPUT), page.locator('input[name="deploy-token"], input#deploy-token'), page.locator(GENERATE)], {
    top: section,
    margin: 2, // the next heading follows the alert closely
  });
}

async function shootCiVariables(gl: SandboxGitLab, page: Page, file: string) {
  await page.goto(gitlabUrl(gl, '/acme/backend/-/settings/ci_cd#js-cicd-variables-settings'));
  const add = page.locator(ADD_VARIABLE);
  await add.waitFor();
  await page.waitForFunction((selector) => {
    const button = document.querySelector<HTMLButtonElement>(selector);
    return button !== null && !button.disabled;
  }, ADD_VARIABLE);
  await add.click();
  const form = page.locator(VARIABLE_FORM).first();
  await form.waitFor();
  // The modal renders its content lazily: wait for the Type control inside it.
  await form.locator('#ci-variable-type, [data-testid="base-dropdown-toggle"]').first().waitFor();
  // The viewport; with the drawer (right side) without GitLab's sidebar, the modal needs it all.
  const drawer = (await page.locator('[data-testid="ci-variable-drawer"]').count()) > 0;
  const column = await page.locator('.content-wrapper').boundingBox();
  const x = drawer ? (column?.x ?? 0) : 0;
  await save(page, file, { x, y: 0, width: VIEWPORT.width - x, height: VIEWPORT.height }, true);
}

async function shootTokenPanel(page: Page, file: string) {
  await page.locator(GENERATE).click();
  const dialog = page.getByRole('dialog', { name: 'DOCKER_AUTH_CONFIG' });
  await dialog.waitFor();
  const registry = dialog.getByLabel('Registry', { exact: true });
  const username = dialog.getByLabel('Username', { exact: true });
  const json = dialog.getByLabel('DOCKER_AUTH_CONFIG', { exact: true });
  for (const field of [registry, username, json]) {
    await field.waitFor();
    await page.waitForFunction((el) => (el as HTMLInputElement).value !== '', await field.elementHandle());
  }
  const rect = await rectOf(page, dialog);
  if (!rect) throw new Error('the panel is not rendered');
  const pad = 12;
  await save(page, file, { x: Math.max(0, rect.x - pad), y: Math.max(0, rect.y - pad), width: rect.width + 2 * pad, height: rect.height + 2 * pad });
}

const only = process.env.SANDBOX_UIS?.split(',').map((ui) => ui.trim());
const uis = UIS.filter((ui) => !only || only.includes(ui));

for (const ui of uis) {
  console.log(`GitLab ${ui} …`);
  await withGitLab(ui, 'en', async (gl, page) => {
    await shootProjectToken(gl, page, `sandbox/${ui}/project-token.png`);
    if (ui === '17.6') await shootTokenPanel(page, 'token-panel.png');
    await shootDeployToken(gl, page, `sandbox/${ui}/deploy-token.png`);
    await shootCiVariables(gl, page, `sandbox/${ui}/ci-variables.png`);
  });
  if (ui === '17.6') {
    await withGitLab(ui, 'de', async (gl, page) => {
      await shootProjectToken(gl, page, `sandbox/${ui}/project-token-de.png`);
    });
  }
}

console.log(written.join('\n'));
if (written.some((line) => line.endsWith('(over 120 KB)'))) process.exitCode = 1;
