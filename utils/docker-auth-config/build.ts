import { english, type Translate } from '../i18n';
import { base64EncodeUtf8 } from './base64';
import { checkSecret, checkUsername } from './credentials';
import { normaliseRegistry } from './registry-key';

/** One registry's credentials as a person entered them (or as a page provided them). */
export interface CredentialInput {
  registry: string;
  username: string;
  secret: string;
}

export type CredentialField = keyof CredentialInput;
export type FieldMessages = Partial<Record<CredentialField, string>>;
export type FieldNotes = Record<CredentialField, string[]>;

/** A checked entry, ready to be written: the `auths` key and its `auth`. */
export interface AuthEntry {
  key: string;
  username: string;
  auth: string;
}

/** What became of one input: errors and notes by field; the entry when every field is fine. */
export interface EntryOutcome {
  errors: FieldMessages;
  notes: FieldNotes;
  entry: AuthEntry | null;
}

export type BuildOutcome =
  | { ok: true; json: string; entries: AuthEntry[]; outcomes: EntryOutcome[] }
  | { ok: false; json: null; entries: null; outcomes: EntryOutcome[] };

/** `auth` exactly as `printf '%s:%s' "$USER" "$TOKEN" | base64 | tr -d '\n'` prints it. */
export function encodeAuth(username: string, secret: string): string {
  return base64EncodeUtf8(`${username}:${secret}`);
}

/**
 * Compact JSON with the keys in the order given. Written by hand rather than through an object
 * so that the order can never be changed by JavaScript's ordering of integer-like keys.
 */
export function serialiseAuths(entries: ReadonlyArray<Pick<AuthEntry, 'key' | 'auth'>>): string {
  const members = entries.map(({ key, auth }) => `${JSON.stringify(key)}:{"auth":${JSON.stringify(auth)}}`);
  return `{"auths":{${members.join(',')}}}`;
}

function checkOne(input: CredentialInput, t: Translate): EntryOutcome {
  const registry = normaliseRegistry(input.registry, t);
  const username = checkUsername(input.username, t);
  const secret = checkSecret(input.secret, t);
  const errors: FieldMessages = {};
  if (!registry.ok) errors.registry = registry.error;
  if (!username.ok) errors.username = username.error;
  if (!secret.ok) errors.secret = secret.error;
  const notes: FieldNotes = {
    registry: registry.ok ? registry.notes : [],
    username: username.ok ? username.notes : [],
    secret: secret.ok ? secret.notes : [],
  };
  const entry =
    registry.ok && username.ok && secret.ok
      ? { key: registry.value, username: username.value, auth: encodeAuth(username.value, secret.value) }
      : null;
  return { errors, notes, entry };
}

/**
 * Builds DOCKER_AUTH_CONFIG from one or more registries. The same registry twice with the same
 * credentials is written once; with different credentials it is an error on the later one,
 * never a silent overwrite.
 */
export function buildDockerAuthConfig(inputs: readonly CredentialInput[], t: Translate = english): BuildOutcome {
  const outcomes = inputs.map((input) => checkOne(input, t));
  const firstByKey = new Map<string, { index: number; auth: string }>();
  const entries: AuthEntry[] = [];
  outcomes.forEach((outcome, index) => {
    const entry = outcome.entry;
    if (!entry) return;
    const earlier = firstByKey.get(entry.key);
    if (!earlier) {
      firstByKey.set(entry.key, { index, auth: entry.auth });
      entries.push(entry);
    } else if (earlier.auth === entry.auth) {
      outcome.notes.registry.push(t('build.note.same-entry', { entry: earlier.index + 1 }));
    } else {
      outcome.errors.registry = t('build.conflict', { registry: entry.key, entry: earlier.index + 1 });
      outcome.entry = null;
    }
  });
  const failed = inputs.length === 0 || outcomes.some((outcome) => Object.keys(outcome.errors).length > 0);
  if (failed) return { ok: false, json: null, entries: null, outcomes };
  return { ok: true, json: serialiseAuths(entries), entries, outcomes };
}
