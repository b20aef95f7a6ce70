import { describe, expect, it } from 'vitest';
import { CATALOGUES } from '../../../utils/i18n/catalogues';
import { formatMessage, parametersOf } from '../../../utils/i18n/format';
import { LOCALES, type Locale } from '../../../utils/i18n/locales';
import { en, type MessageId } from '../../../utils/i18n/messages/en';
import { PSEUDO_CATALOGUE } from '../../../utils/i18n/pseudo';
import { technicalIn } from '../../support/i18n';

const ids = Object.keys(en) as MessageId[];

/** Messages whose English is already right in every language (only parameters, punctuation, DOCKER_AUTH_CONFIG). */
const SAME_AS_ENGLISH_ALLOWED: ReadonlySet<MessageId> = new Set(['inspect.entry-problem', 'popup.title', 'health.token']);
/** Words a language writes as English does, as GitLab's own translation of it does (German "Registry", "Token"). */
const SAME_AS_ENGLISH_IN: Partial<Record<Locale, readonly MessageId[]>> = {
  // Western languages also separate a list's parts with ", ".
  de: ['popup.field.registry', 'popup.field.token', 'panel.registry', 'panel.token', 'panel.list-separator'],
  es: ['popup.field.token', 'popup.problem.error', 'panel.token', 'panel.list-separator'],
  'pt-BR': ['popup.field.token', 'panel.token', 'panel.list-separator'],
  fr: ['panel.list-separator'],
  ru: ['panel.list-separator'],
  ko: ['panel.list-separator'],
};

const sampleParams = (pattern: string) =>
  Object.fromEntries(parametersOf(pattern).map((name) => [name, /count|position|entry/.test(name) ? 3 : `‹${name}›`]));

describe.each(LOCALES.filter((locale) => locale !== 'en'))('the %s catalogue', (locale) => {
  const catalogue = CATALOGUES[locale];

  it('has every English message and no other', () => {
    expect(Object.keys(catalogue).sort()).toEqual([...ids].sort());
  });

  it('uses the same parameters as English in every message', () => {
    for (const id of ids) expect(parametersOf(catalogue[id]), id).toEqual(parametersOf(en[id]));
  });

  it('formats every message, with every plural form its language has', () => {
    for (const id of ids) {
      for (const count of [0, 1, 2, 3, 5, 21, 1000]) {
        const params = { ...sampleParams(en[id]), ...(parametersOf(en[id]).includes('count') ? { count } : {}) };
        const text = formatMessage(locale, catalogue[id], params);
        expect(text, id).not.toMatch(/[{}#]/u.test(en[id].replace(/\{[^{}]*\}/g, '')) ? /^$/ : /[{}]|#(?!\w)/);
      }
    }
  });

  it('translates every message (none left in English)', () => {
    const same = new Set([...SAME_AS_ENGLISH_ALLOWED, ...(SAME_AS_ENGLISH_IN[locale] ?? [])]);
    for (const id of ids) if (!same.has(id)) expect(catalogue[id], id).not.toBe(en[id]);
  });

  it('keeps the technical text of every message exactly as English writes it', () => {
    for (const id of ids) expect(technicalIn(catalogue[id]), id).toEqual(technicalIn(en[id]));
  });
});

describe('the pseudo-locale', () => {
  it('changes every letter of every message but keeps parameters and technical text', () => {
    for (const id of ids) {
      expect(parametersOf(PSEUDO_CATALOGUE[id]), id).toEqual(parametersOf(en[id]));
      expect(technicalIn(PSEUDO_CATALOGUE[id]), id).toEqual(technicalIn(en[id]));
      expect(PSEUDO_CATALOGUE[id], id).toMatch(/^⟦.*⟧$/s);
    }
  });
});
