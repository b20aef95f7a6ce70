import { describe, expect, it } from 'vitest';
import { formatMessage, parametersOf } from '../../../utils/i18n/format';
import { matchLocale, resolveLocale } from '../../../utils/i18n/locales';

const removed = 'Removed {count, plural, one {# character} other {# characters}} from {field}.';

describe('formatMessage', () => {
  it('puts parameters in place, numbers formatted for the language', () => {
    expect(formatMessage('en', 'Entry {entry} of {host}', { entry: 1200, host: 'r.example.com' })).toBe('Entry 1,200 of r.example.com');
    expect(formatMessage('de', 'Eintrag {entry}', { entry: 1200 })).toBe('Eintrag 1.200');
  });

  it("picks the plural form the language's own rules choose", () => {
    expect(formatMessage('en', removed, { count: 1, field: 'x' })).toBe('Removed 1 character from x.');
    expect(formatMessage('en', removed, { count: 2, field: 'x' })).toBe('Removed 2 characters from x.');
    // Russian has one/few/many: 1, 3 and 5 take three different forms.
    const ru = '{n, plural, one {# символ} few {# символа} many {# символов} other {# символа}}';
    expect([1, 3, 5, 21].map((n) => formatMessage('ru', ru, { n }))).toEqual(['1 символ', '3 символа', '5 символов', '21 символ']);
    // French counts 0 and 1 as "one".
    const fr = '{n, plural, one {# caractère} other {# caractères}}';
    expect([0, 1, 2].map((n) => formatMessage('fr', fr, { n }))).toEqual(['0 caractère', '1 caractère', '2 caractères']);
    // Japanese has one form only, "other".
    expect(formatMessage('ja', '{n, plural, other {#文字}}', { n: 1 })).toBe('1文字');
  });

  it('prefers an exact =N form over the category, wherever it is written', () => {
    const pattern = '{n, plural, one {one #} =1 {exactly one} other {# more}}';
    expect(formatMessage('en', pattern, { n: 1 })).toBe('exactly one');
    expect(formatMessage('en', pattern, { n: 4 })).toBe('4 more');
  });

  it('keeps text without syntax as it is, apostrophes and # outside plurals included', () => {
    expect(formatMessage('en', "the registry's host # 1")).toBe("the registry's host # 1");
  });

  it('refuses a missing parameter and malformed patterns, so a broken translation cannot ship', () => {
    expect(() => formatMessage('en', 'Hello {name}')).toThrow(/Missing parameter "name"/);
    expect(() => formatMessage('en', 'Hello {name')).toThrow();
    expect(() => formatMessage('en', 'Hello }')).toThrow();
    expect(() => formatMessage('en', '{n, plural, one {#}}', { n: 2 })).toThrow(/no "other"/);
    expect(() => formatMessage('en', '{n, plural, other {#}}', { n: 'two' })).toThrow(/must be a number/);
  });
});

describe('parametersOf', () => {
  it('lists every parameter once, plural ones too', () => {
    expect(parametersOf(removed)).toEqual(['count', 'field']);
    expect(parametersOf('"{host}" and "{host}"')).toEqual(['host']);
  });
});

describe('matchLocale and resolveLocale', () => {
  it("reads GitLab's Rails locales and browsers' BCP 47 tags alike", () => {
    expect(['de', 'de_DE', 'de-AT', 'pt_BR', 'pt-PT', 'zh_CN', 'zh-Hans-CN', 'ja', 'ko-KR', 'ru', 'fr-CA', 'es-419', 'EN-us'].map(matchLocale)).toEqual([
      'de', 'de', 'de', 'pt-BR', 'pt-BR', 'zh-CN', 'zh-CN', 'ja', 'ko', 'ru', 'fr', 'es', 'en',
    ]);
  });

  it('does not pass Traditional Chinese or unsupported languages off as something else', () => {
    expect(['zh_TW', 'zh-HK', 'zh-Hant', 'it', 'uk', '', null, undefined].map(matchLocale)).toEqual([null, null, null, null, null, null, null, null]);
  });

  it("takes the page's language, then the browser's, then English", () => {
    expect(resolveLocale(['ja', 'de'])).toBe('ja');
    expect(resolveLocale(['zh_TW', 'de-DE'])).toBe('de');
    expect(resolveLocale(['it', 'uk'])).toBe('en');
    expect(resolveLocale([])).toBe('en');
  });
});
