import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { translator, type Locale } from '../../utils/i18n';
import { CATALOGUES } from '../../utils/i18n/catalogues';
import { launchWithExtension, type ExtensionBrowser } from '../support/extension';
import { rememberSecret } from '../support/secret-ledger';

// Issue 17: the popup, the options page and the privacy page speak the browser's language. The
// built extension in Chromium started with --lang (its UI language, browser.i18n.getUILanguage),
// German and Japanese; a person sees labels, live messages, the engine's bad-input messages and
// the page's own lang and title in that language. The expected texts are the catalogue's, so a
// page that fell back to English (or loaded the wrong catalogue) fails here.
const TOKEN = 'glpat-languagelanguage12';
rememberSecret(TOKEN, 'token typed into the popup in German and Japanese', { username: 'alice' });

describe.each(['de', 'ja'] as const satisfies readonly Locale[])('extension pages with the browser in %s', (locale) => {
  const t = translator(locale, CATALOGUES[locale]);
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await launchWithExtension({ lang: locale });
  });
  afterAll(() => browser?.close());

  it('the popup: tabs, fields, a bad registry and the built JSON in that language', async () => {
    const popup = await browser.openExtensionPage('popup.html');
    await expect.poll(() => popup.locator('html').getAttribute('lang'), { message: "the popup's lang" }).toBe(locale);
    await expect.poll(() => popup.title(), { message: "the popup's title" }).toBe(t('popup.title'));
    await expect
      .poll(() => popup.getByRole('tab').allTextContents(), { message: 'the tabs' })
      .toEqual([t('popup.view.build'), t('popup.view.inspect')]);

    const registry = popup.getByLabel(t('popup.field.registry'), { exact: true });
    await registry.fill('registry.example.com:99999');
    await registry.blur();
    await expect
      .poll(() => popup.locator('[data-field-error="registry"]').innerText(), { message: 'the bad-port message' })
      .toBe(t('registry.bad-port', { port: '99999' }));

    await registry.fill('registry.example.com');
    await popup.getByLabel(t('popup.field.username'), { exact: true }).fill('alice');
    await popup.getByLabel(t('popup.field.token'), { exact: true }).fill(TOKEN);
    await expect
      .poll(() => popup.locator('#panel-build p.hint[role="status"]').innerText(), { message: 'the line under the JSON' })
      .toBe(t('popup.result.ready', { count: 1 }));
    await expect.poll(() => popup.getByRole('button', { name: t('copy.button'), exact: true }).isEnabled(), { message: 'Copy' }).toBe(true);

    await popup.getByRole('tab', { name: t('popup.view.inspect') }).click();
    await popup.getByLabel(t('popup.existing'), { exact: true }).fill('{"auths":{"registry.example.com":{}}}');
    await expect
      .poll(() => popup.getByRole('region', { name: t('popup.inspection') }).getByRole('status').innerText(), { message: 'the inspection' })
      .toBe(`${t('popup.inspection.ignored')}${locale === 'ja' ? '' : ' '}${t('popup.inspection.maskable')}`);
  });

  it('the options page: headings, the list, the add form and its refusal in that language', async () => {
    const options = await browser.openExtensionPage('options.html');
    await expect.poll(() => options.locator('html').getAttribute('lang'), { message: "the options page's lang" }).toBe(locale);
    await expect.poll(() => options.title(), { message: "the options page's title" }).toBe(t('options.title'));
    await options.getByRole('heading', { level: 1, name: t('options.heading') }).waitFor();
    await options.getByRole('list', { name: t('options.instances') }).waitFor();
    await expect
      .poll(() => options.locator('li.instance[data-origin="https://gitlab.com"] .badge').innerText(), { message: 'gitlab.com, built in' })
      .toBe(t('options.built-in'));

    await options.getByLabel(t('options.address'), { exact: true }).fill('gitlab.example.com');
    await options.getByRole('button', { name: t('options.add'), exact: true }).click();
    await expect
      .poll(() => options.locator('#instance-url-error').innerText(), { message: 'the address refused' })
      .toBe(t('address.no-scheme'));
  });

  it('the privacy page says, in that language, that the statement is in English', async () => {
    const options = await browser.openExtensionPage('options.html');
    const opened = browser.context.waitForEvent('page');
    await options.getByRole('link', { name: t('options.privacy-link') }).click();
    const privacy = await opened;
    await expect.poll(() => privacy.title(), { message: "the privacy page's title" }).toBe(t('privacy.title'));
    await expect.poll(() => privacy.locator('main > p.note').innerText(), { message: 'the note' }).toBe(t('privacy.english-only'));
    await expect.poll(() => privacy.locator('main > [lang="en"] h1').count(), { message: 'the statement, marked English' }).toBe(1);
  });
});
