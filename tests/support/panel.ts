import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import type { SandboxGitLab, Token } from '../gitlab-sandbox/server/index.ts';
import { CATALOGUES } from '../../utils/i18n/catalogues';
import { translator, type Locale, type Translate } from '../../utils/i18n';

/**
 * What the panels say on a GitLab page in `locale` (they follow the page's `<html lang>`): tests
 * name buttons and read outcomes through it, so one test reads the same on every locale.
 */
export const panelText = (locale: Locale = 'en'): Translate => translator(locale, CATALOGUES[locale]);

/** The extension's button next to a token GitLab shows (or next to GitLab's Add variable button). */
export const GENERATE = '[data-docker-auth-config-button]';

/** The newest token of a kind the local GitLab issued. */
export function newestToken(gl: SandboxGitLab, kind: Token['kind']): Token {
  const token = gl.state().tokens.filter((t) => t.kind === kind).at(-1);
  if (!token) throw new Error(`no ${kind} token stored`);
  return token;
}

/** Clicks the button and returns the token panel once it is prefilled. */
export async function openTokenPanel(page: Page, locale: Locale = 'en'): Promise<Locator> {
  const t = panelText(locale);
  await page.locator(GENERATE).click();
  const dialog = page.getByRole('dialog', { name: 'DOCKER_AUTH_CONFIG' });
  await dialog.waitFor();
  // Prefilled once the background has answered (a deploy token's username is there at once).
  await expect.poll(() => dialog.getByLabel(t('panel.registry'), { exact: true }).inputValue(), { message: 'Registry prefilled by the background' }).not.toBe('');
  await expect.poll(() => dialog.getByLabel(t('panel.username'), { exact: true }).inputValue(), { message: 'Username prefilled by the background' }).not.toBe('');
  return dialog;
}

/**
 * The JSON the panel shows (exactly what it would save). The background builds it after the
 * fields change, so it lags behind them: poll it (`expect.poll(() => panelJson(dialog))`).
 */
export const panelJson = (dialog: Locator) => dialog.getByLabel('DOCKER_AUTH_CONFIG', { exact: true }).inputValue();

/**
 * Presses Verify and waits until the panel says `verdict` (valid, invalid...). The previous
 * verdict stays on screen until the new answer replaces it, so it is polled, never read once.
 */
export async function expectVerdict(dialog: Locator, verdict: string, locale: Locale = 'en'): Promise<void> {
  await dialog.getByRole('button', { name: panelText(locale)('panel.verify') }).click();
  await expect
    .poll(() => dialog.locator('[data-verdict]').getAttribute('data-verdict'), { message: `Verify's answer (${verdict} expected)` })
    .toBe(verdict);
}
