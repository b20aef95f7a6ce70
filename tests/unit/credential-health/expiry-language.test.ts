import { describe, expect, it } from 'vitest';
import { describeExpiry, loadHint } from '../../../utils/credential-health';
import { translator } from '../../../utils/i18n';
import { CATALOGUES } from '../../../utils/i18n/catalogues';

// Issue 17: a token's expiry is said in the panel's language, its day and "in 94 days" by Intl in
// that language (not English words around a translated sentence); the hint's count by its plural rules.

const NOW = new Date('2026-11-27T15:00:00Z');
const inLanguage = (locale: 'de' | 'ja' | 'ru' | 'en') => translator(locale, CATALOGUES[locale]);

describe('expiry in the panel language', () => {
  it('German, Japanese and Russian: the sentence, the day and the days to go in that language', () => {
    expect(describeExpiry({ expiresAt: '2027-03-01' }, NOW, 30, inLanguage('de')).text).toBe('läuft ab am 01.03.2027, in 94 Tagen');
    expect(describeExpiry({ expiresAt: '2027-03-01' }, NOW, 30, inLanguage('ja')).text).toBe('有効期限 2027/03/01 (94 日後)');
    expect(describeExpiry({ expiresAt: '2026-11-24' }, NOW, 30, inLanguage('de')).text).toBe('abgelaufen vor 3 Tagen');
    expect(describeExpiry({ expiresAt: '2026-11-24' }, NOW, 30, inLanguage('ru')).text).toBe('истёк 3 дня назад');
    expect(describeExpiry({ expiresAt: null, revoked: true }, NOW, 30, inLanguage('ja')).text).toBe('取り消し済み');
  });

  it('English keeps GitLab\'s day as the description writes it', () => {
    expect(describeExpiry({ expiresAt: '2027-03-01' }, NOW, 30, inLanguage('en')).text).toBe('expires 2027-03-01, in 94 days');
  });

  it("the hint beside the button counts registries by the language's plural rules", () => {
    const value = (count: number) => JSON.stringify({ auths: Object.fromEntries(Array.from({ length: count }, (_, i) => [`r${i}.example.com`, { auth: 'eDp5' }])) });
    const hint = (count: number) => loadHint('DOCKER_AUTH_CONFIG', { hidden: false, value: value(count), description: null }, NOW, 30, inLanguage('ru')).text;
    expect([1, 2, 5].map(hint)).toEqual(['DOCKER_AUTH_CONFIG: 1 реестр', 'DOCKER_AUTH_CONFIG: 2 реестра', 'DOCKER_AUTH_CONFIG: 5 реестров']);
  });
});
