/**
 * Input hygiene for what people type or paste as a username and a token. Each check returns the
 * value to use, or a message that says what is wrong and how to fix it. Notes tell the user about
 * harmless fixes we made (for example a trailing newline removed from a pasted token).
 */
import { english, type MessageId, type Translate } from '../i18n';
import type { Checked } from './checked';

// C0 controls, DEL and C1 controls: never part of a token or a username.
const CONTROL_CHARACTER = /[\u0000-\u001f\u007f-\u009f]/;
const INNER_WHITESPACE = /\s/;

/** Which sentence names a character: each kind has a whole sentence of its own in every language. */
function characterKind(char: string): 'space' | 'tab' | 'line-break' | 'control' {
  if (char === ' ') return 'space';
  if (char === '\t') return 'tab';
  if (char === '\n' || char === '\r') return 'line-break';
  return 'control';
}

const codePoint = (char: string) => `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

function trimmedWithNote(raw: string, field: 'username' | 'token', t: Translate): { value: string; notes: string[] } {
  const value = raw.trim();
  if (value.length === raw.length) return { value, notes: [] };
  const leading = raw.slice(0, raw.length - raw.trimStart().length);
  const trailing = raw.slice(raw.trimEnd().length);
  const removed = value === '' ? raw : leading + trailing;
  const id: MessageId = /[\r\n]/.test(removed) ? `${field}.note.trimmed-line-breaks` : `${field}.note.trimmed-spaces`;
  return { value, notes: [t(id, { count: removed.length })] };
}

export function checkUsername(raw: string, t: Translate = english): Checked<string> {
  const { value, notes } = trimmedWithNote(raw, 'username', t);
  if (value === '') return { ok: false, error: t('username.empty') };
  if (value.includes(':')) return { ok: false, error: t('username.colon') };
  const control = value.match(CONTROL_CHARACTER);
  if (control) {
    // Spaces inside a username are allowed: only tabs, line breaks and invisible characters are not.
    const kind = characterKind(control[0]);
    return { ok: false, error: kind === 'control' ? t('username.control', { code: codePoint(control[0]) }) : t(`username.${kind === 'tab' ? 'tab' : 'line-break'}`) };
  }
  return { ok: true, value, notes };
}

export function checkSecret(raw: string, t: Translate = english): Checked<string> {
  const { value, notes } = trimmedWithNote(raw, 'token', t);
  if (value === '') return { ok: false, error: t('token.empty') };
  const inner = value.match(INNER_WHITESPACE) ?? value.match(CONTROL_CHARACTER);
  if (inner) {
    const position = value.indexOf(inner[0]) + 1;
    const kind = characterKind(inner[0]);
    return { ok: false, error: kind === 'control' ? t('token.control', { code: codePoint(inner[0]), position }) : t(`token.${kind}`, { position }) };
  }
  return { ok: true, value, notes };
}
