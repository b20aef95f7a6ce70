import { english, type Translate } from '../i18n';
import type { AuthEntry } from './build';
import { inspectDockerAuthConfig, type Problem } from './inspect';
import { normaliseRegistry } from './registry-key';

export type MergeOutcome =
  | {
      ok: true;
      json: string;
      added: string[];
      replaced: string[];
      unchanged: string[];
      /** Problems of the merged value (for example another registry's broken entry). */
      problems: Problem[];
    }
  | { ok: false; error: string };

function sameRegistry(a: string, b: string): boolean {
  const left = normaliseRegistry(a);
  const right = normaliseRegistry(b);
  return left.ok && right.ok ? left.value === right.value : a === b;
}

/**
 * Merges new entries into an existing DOCKER_AUTH_CONFIG. Other registries and other members are
 * kept as they are, in their order; an entry for the same registry (also when spelled with a
 * scheme or in upper case) is replaced in place under the new key; new registries are appended.
 * The result is compact JSON.
 */
export function mergeIntoDockerAuthConfig(existing: string, additions: readonly AuthEntry[], t: Translate = english): MergeOutcome {
  if (existing.trim() === '') return { ok: false, error: t('merge.no-existing') };
  const inspection = inspectDockerAuthConfig(existing, t);
  const parsed = inspection.parsed;
  // Nothing is parsed only after a problem of the value as a whole was found: it says why.
  if (parsed === null) return { ok: false, error: t('merge.unreadable', { reason: inspection.problems[0]!.message }) };
  const auths: Array<[string, unknown]> = Object.entries(parsed.auths ?? {});
  const added: string[] = [];
  const replaced: string[] = [];
  const unchanged: string[] = [];
  for (const { key, auth } of additions) {
    const index = auths.findIndex(([existingKey]) => sameRegistry(existingKey, key));
    const value = { auth };
    if (index === -1) {
      auths.push([key, value]);
      added.push(key);
      continue;
    }
    const [oldKey, oldValue] = auths[index]!;
    if (oldKey === key && JSON.stringify(oldValue) === JSON.stringify(value)) {
      unchanged.push(key);
    } else {
      auths[index] = [key, value];
      replaced.push(oldKey === key ? key : `${oldKey} → ${key}`);
    }
  }
  // Written member by member, so that "auths" and its registries keep the order they had.
  const member = (key: string, valueJson: string) => `${JSON.stringify(key)}:${valueJson}`;
  const authsJson = `{${auths.map(([key, value]) => member(key, JSON.stringify(value))).join(',')}}`;
  const members = Object.entries(parsed).map(([key, value]) =>
    member(key, key === 'auths' ? authsJson : JSON.stringify(value)),
  );
  if (!('auths' in parsed)) members.push(member('auths', authsJson));
  const json = `{${members.join(',')}}`;
  return { ok: true, json, added, replaced, unchanged, problems: inspectDockerAuthConfig(json, t).problems };
}
