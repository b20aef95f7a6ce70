import { describe, expect, it } from 'vitest';
import { translator } from '../../../utils/i18n';
import { CATALOGUES } from '../../../utils/i18n/catalogues';
import { LOCALES } from '../../../utils/i18n/locales';
import { PSEUDO_CATALOGUE } from '../../../utils/i18n/pseudo';
import { badInputs } from '../../support/bad-inputs';
import { plainEnglishLeft, technicalIn } from '../../support/i18n';

// The README's bad-input table, in every language: each bad input is refused with a message in
// that language that still names the value at fault exactly as typed.
const englishRows = badInputs();

describe.each(LOCALES.filter((locale) => locale !== 'en'))('bad input in %s', (locale) => {
  const rows = badInputs(translator(locale, CATALOGUES[locale]));

  it('refuses every input of the table, in that language, naming what is at fault as English does', () => {
    expect(rows.map((row) => [row.field, row.input])).toEqual(englishRows.map((row) => [row.field, row.input]));
    rows.forEach((row, index) => {
      const english = englishRows[index]!;
      const what = `${row.field} ${JSON.stringify(row.input)}`;
      expect(row.message, what).not.toMatch(/^\((accepted|no problem)\)$/);
      expect(row.message, what).not.toBe(english.message);
      expect(technicalIn(row.message), what).toEqual(technicalIn(english.message));
    });
  });
});

describe('bad input in the pseudo-locale', () => {
  it('leaves no English word in any message: every one comes from the catalogue', () => {
    for (const row of badInputs(translator('en', PSEUDO_CATALOGUE))) {
      // The JSON parser's own reason ("Unexpected end of JSON input") is the browser's words, quoted as such.
      const parserReason = /\(([^()]*JSON[^()]*)\)/.exec(row.message)?.[1] ?? '';
      expect(plainEnglishLeft(row.message, [row.input, parserReason]), `${row.field} ${JSON.stringify(row.input)}: ${row.message}`).toEqual([]);
    }
  });
});
