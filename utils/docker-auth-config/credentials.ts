/**
 * Input hygiene for what people type or paste as a username and a token. Each check returns the
 * value to use, or a message that says what is wrong and how to fix it. Notes tell the user about
 * harmless fixes we made (for example a trailing newline removed from a pasted token).
 */
import type { Checked } from './checked';

// C0 controls, DEL and C1 controls: never part of a token or a username.
const CONTROL_CHARACTER = /[\u0000-\u001f\u007f-\u009f]/;
const INNER_WHITESPACE = /\s/;

function describeCharacter(char: string): string {
  if (char === ' ') return 'a space';
  if (char === '\t') return 'a tab';
  if (char === '\n' || char === '\r') return 'a line break';
  return `the invisible character U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

function trimmedWithNote(raw: string, what: string): { value: string; notes: string[] } {
  const value = raw.trim();
  if (value.length === raw.length) return { value, notes: [] };
  const leading = raw.slice(0, raw.length - raw.trimStart().length);
  const trailing = raw.slice(raw.trimEnd().length);
  const removed = value === '' ? raw : leading + trailing;
  const kind = /[\r\n]/.test(removed) ? 'spaces and line breaks' : 'spaces';
  const count = removed.length;
  return { value, notes: [`Removed ${kind} around the ${what} (${count} character${count === 1 ? '' : 's'}).`] };
}

export function checkUsername(raw: string): Checked<string> {
  const { value, notes } = trimmedWithNote(raw, 'username');
  if (value === '') {
    return {
      ok: false,
      error:
        'Enter a username. Any non-blank name works for personal, project and group access tokens; a deploy token needs its own username (gitlab+deploy-token-…).',
    };
  }
  if (value.includes(':')) {
    return {
      ok: false,
      error: 'A username cannot contain ":" (the registry reads everything after the first ":" as the token). Remove the ":".',
    };
  }
  const control = value.match(CONTROL_CHARACTER);
  if (control) {
    return {
      ok: false,
      error: `The username contains ${describeCharacter(control[0])}. Type it again without it.`,
    };
  }
  return { ok: true, value, notes };
}

export function checkSecret(raw: string): Checked<string> {
  const { value, notes } = trimmedWithNote(raw, 'token');
  if (value === '') return { ok: false, error: 'Enter the token (or password) for this registry.' };
  const inner = value.match(INNER_WHITESPACE) ?? value.match(CONTROL_CHARACTER);
  if (inner) {
    const position = value.indexOf(inner[0]) + 1;
    return {
      ok: false,
      error: `The token contains ${describeCharacter(inner[0])} at character ${position}; tokens have none. Copy the token again from where it was shown, in one piece.`,
    };
  }
  return { ok: true, value, notes };
}
