/**
 * Message patterns, a small subset of ICU MessageFormat that every catalogue is written in:
 * - `{name}`: a parameter, inserted as given (numbers formatted for the language by Intl);
 * - `{name, plural, one {…} other {…}}`: the form Intl.PluralRules picks for the number (`=0`,
 *   `=1`… exact matches first), inside which `#` is that number, formatted for the language.
 * Whole sentences are translated with their parameters in place, so no language has to follow
 * English word order, and no sentence is built from translated fragments.
 */
export type MessageParams = Readonly<Record<string, string | number>>;

interface Cursor {
  text: string;
  at: number;
}

const pluralRulesCache = new Map<string, Intl.PluralRules>();
const numberFormatCache = new Map<string, Intl.NumberFormat>();

function pluralRules(locale: string): Intl.PluralRules {
  let rules = pluralRulesCache.get(locale);
  if (!rules) pluralRulesCache.set(locale, (rules = new Intl.PluralRules(locale)));
  return rules;
}

export function formatNumber(locale: string, value: number): string {
  let format = numberFormatCache.get(locale);
  if (!format) numberFormatCache.set(locale, (format = new Intl.NumberFormat(locale)));
  return format.format(value);
}

/** Reads up to the `}` that closes the current level (or the end), formatting as it goes. */
function formatUntilClose(cursor: Cursor, locale: string, params: MessageParams, hash: number | null): string {
  let out = '';
  while (cursor.at < cursor.text.length) {
    const char = cursor.text[cursor.at]!;
    if (char === '}') return out;
    if (char === '#' && hash !== null) {
      out += formatNumber(locale, hash);
      cursor.at++;
    } else if (char === '{') {
      cursor.at++;
      out += formatArgument(cursor, locale, params);
    } else {
      out += char;
      cursor.at++;
    }
  }
  return out;
}

/** Skips a `{…}` block without formatting it (a plural form that was not chosen). */
function skipBlock(cursor: Cursor): void {
  let depth = 0;
  for (; cursor.at < cursor.text.length; cursor.at++) {
    const char = cursor.text[cursor.at];
    if (char === '{') depth++;
    else if (char === '}' && --depth === 0) {
      cursor.at++;
      return;
    }
  }
  throw new SyntaxError('Unclosed plural form.');
}

function formatArgument(cursor: Cursor, locale: string, params: MessageParams): string {
  const head = /^\s*([A-Za-z_][\w]*)\s*(?:,\s*plural\s*,)?/.exec(cursor.text.slice(cursor.at));
  if (!head) throw new SyntaxError(`Bad argument at ${cursor.at}.`);
  const name = head[1]!;
  cursor.at += head[0].length;
  if (!(name in params)) throw new RangeError(`Missing parameter "${name}".`);
  const value = params[name]!;
  if (!head[0].includes('plural')) {
    if (cursor.text[cursor.at] !== '}') throw new SyntaxError(`Expected "}" after {${name}.`);
    cursor.at++;
    return typeof value === 'number' ? formatNumber(locale, value) : value;
  }
  if (typeof value !== 'number') throw new TypeError(`Parameter "${name}" must be a number for plural.`);
  const category = pluralRules(locale).select(value);
  let chosen: string | null = null;
  let fallback: string | null = null;
  for (;;) {
    const selector = /^\s*(=\d+|zero|one|two|few|many|other)\s*\{/.exec(cursor.text.slice(cursor.at));
    if (!selector) break;
    const key = selector[1]!;
    const start = cursor.at + selector[0].length - 1;
    const matches = key === `=${value}` || (chosen === null && key === category);
    if (matches && (chosen === null || key.startsWith('='))) {
      cursor.at = start + 1;
      chosen = formatUntilClose(cursor, locale, params, value);
      cursor.at++;
    } else if (key === 'other' && fallback === null && chosen === null) {
      cursor.at = start + 1;
      fallback = formatUntilClose(cursor, locale, params, value);
      cursor.at++;
    } else {
      cursor.at = start;
      skipBlock(cursor);
    }
  }
  if (cursor.text.slice(cursor.at).trimStart()[0] !== '}') throw new SyntaxError(`Expected "}" to close the plural of ${name}.`);
  cursor.at = cursor.text.indexOf('}', cursor.at) + 1;
  const result = chosen ?? fallback;
  if (result === null) throw new SyntaxError(`The plural of ${name} has no "other" form.`);
  return result;
}

/** Formats `pattern` for `locale`. Throws on a malformed pattern or a missing parameter: the catalogue tests run every message. */
export function formatMessage(locale: string, pattern: string, params: MessageParams = {}): string {
  const cursor: Cursor = { text: pattern, at: 0 };
  const out = formatUntilClose(cursor, locale, params, null);
  if (cursor.at < pattern.length) throw new SyntaxError(`Unexpected "}" at ${cursor.at}.`);
  return out;
}

/** The parameter names a pattern uses (plural ones included), for checking translations against English. */
export function parametersOf(pattern: string): string[] {
  const names = new Set<string>();
  for (const match of pattern.matchAll(/\{\s*([A-Za-z_]\w*)\s*(?:,\s*plural\s*,|\})/g)) names.add(match[1]!);
  return [...names].sort();
}
