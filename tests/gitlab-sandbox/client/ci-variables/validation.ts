// The form's own validation, per GitLab's rules (docs/gitlab-compatibility.md): the key must be a word, and a
// masked value must match the masking rule that applies to the variable's expansion setting.
import type { PageConfig } from './config';

const KEY_PATTERN = /^\w+$/;

/** Both masking rules ask for at least 8 characters. */
export const MASK_MIN_LENGTH = 8;

export function isKeyValid(key: string): boolean {
  return KEY_PATTERN.test(key);
}

/**
 * Expansion on (raw false) → the normal rule; expansion off (raw) → the raw rule where the page
 * has one (16.x: `^\S{8,}$`), else the normal rule (15.0 has no raw rule at all).
 */
export function maskRegexFor(config: PageConfig, raw: boolean): RegExp {
  const source = raw && config.maskableRawRegex ? config.maskableRawRegex : config.maskableRegex;
  return new RegExp(source);
}

export function isMaskable(config: PageConfig, value: string, raw: boolean): boolean {
  return maskRegexFor(config, raw).test(value);
}

/** Distinct characters of `value` the rule refuses (for the error text), e.g. `{ } " , space`. */
export function unsupportedCharacters(config: PageConfig, value: string, raw: boolean): string[] {
  const source = maskRegexFor(config, raw).source;
  // A single character is allowed when the rule, with its length bound dropped, accepts it.
  const single = new RegExp(source.replace(/\{\d+,\d*\}/, '+'));
  const refused = new Set<string>();
  for (const char of value) {
    if (!single.test(char)) refused.add(char === ' ' ? '␣' : char === '\n' ? '↵' : char);
  }
  return [...refused];
}
