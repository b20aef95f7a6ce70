import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { browserLanguage } from '../../../components/browser-language';
import { CATALOGUES } from '../../../utils/i18n/catalogues';

// The extension pages speak the browser's UI language when we have it, English otherwise.
describe("the extension pages' language", () => {
  it.each([
    ['de', 'de'],
    ['de-AT', 'de'],
    ['ja', 'ja'],
    ['pt', 'pt-BR'],
    ['zh-CN', 'zh-CN'],
    ['zh-TW', 'en'],
    ['nl', 'en'],
    ['en-GB', 'en'],
  ] as const)('a browser in %s gets %s', async (ui, locale) => {
    const language = await browserLanguage(ui);
    expect(language.locale).toBe(locale);
    expect(language.t('popup.view.build')).toBe(CATALOGUES[locale]['popup.view.build']);
  });

  it("asks the browser for its UI language (browser.i18n.getUILanguage), not the page's navigator", async () => {
    vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('ja');
    expect((await browserLanguage()).locale).toBe('ja');
  });
});
