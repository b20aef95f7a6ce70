import { z } from 'zod/mini';
import { english, type Translate } from '../i18n';
import { base64DecodeUtf8 } from './base64';
import { maskSecret } from './mask';
import { DOCKER_HUB_KEY, normaliseRegistry } from './registry-key';

export interface Problem {
  /** error: the runner ignores the whole variable (or the entry cannot work); warning: works, but fragile. */
  severity: 'error' | 'warning';
  /** The `auths` key the problem belongs to; null for the value as a whole. */
  registry: string | null;
  message: string;
}

export interface InspectedEntry {
  registry: string;
  username: string | null;
  secret: string | null;
  problems: Problem[];
}

export interface Inspection {
  /** true when the runner would use every entry. */
  ok: boolean;
  entries: InspectedEntry[];
  /** Every problem, the value's own and each entry's, in display order. */
  problems: Problem[];
  /** GitLab can mask it (with Expand variable reference off): one line, no spaces, 8+ characters. */
  maskable: boolean;
  /** The parsed value, for merging; null when it is not a usable JSON object. */
  parsed: DockerAuthConfigObject | null;
}

// The shape the runner reads. Unknown members are kept (loose): merging must not drop them.
// zod/mini: the engine also runs in content scripts, whose size is budgeted.
const AuthsSchema = z.record(z.string(), z.unknown());
export const DockerAuthConfigSchema = z.looseObject({ auths: z.optional(AuthsSchema) });
export type DockerAuthConfigObject = z.infer<typeof DockerAuthConfigSchema>;

const EntrySchema = z.looseObject({
  auth: z.optional(z.unknown()),
  username: z.optional(z.unknown()),
  password: z.optional(z.unknown()),
});

// JSON examples go into sentences as parameters: their braces are not message syntax.
const VALUE_EXAMPLE = '{"auths":{"registry.example.com":{"auth":"…"}}}';
const ENTRY_EXAMPLE = '{"auth":"…"}';

function problemOf(t: Translate) {
  return (severity: Problem['severity'], registry: string | null, message: string): Problem => ({
    severity,
    registry,
    message: registry === null ? message : t('inspect.entry-problem', { registry, problem: message }),
  });
}

function inspectKey(key: string, t: Translate): Problem[] {
  const problem = problemOf(t);
  const normalised = normaliseRegistry(key, t);
  if (!normalised.ok) return [problem('error', key, t('inspect.key-not-registry', { reason: normalised.error }))];
  if (key === DOCKER_HUB_KEY || normalised.value === DOCKER_HUB_KEY) return [];
  if (key.includes('://') || key.includes('/')) {
    return [
      problem('warning', key, t('inspect.key-scheme-or-path', { key: normalised.value })),
    ];
  }
  if (key !== normalised.value) {
    return [problem('warning', key, t('inspect.key-case', { key: normalised.value }))];
  }
  return [];
}

function inspectEntry(key: string, value: unknown, t: Translate): InspectedEntry {
  const problem = problemOf(t);
  const problems = inspectKey(key, t);
  const result: InspectedEntry = { registry: key, username: null, secret: null, problems };
  const entry = EntrySchema.safeParse(value);
  if (!entry.success) {
    problems.push(problem('error', key, t('inspect.entry-not-object', { example: ENTRY_EXAMPLE })));
    return result;
  }
  const { auth, username, password } = entry.data;
  if (auth === undefined) {
    if (typeof username === 'string' && typeof password === 'string') {
      result.username = username;
      result.secret = maskSecret(password);
      problems.push(problem('warning', key, t('inspect.username-password')));
    } else {
      problems.push(problem('error', key, t('inspect.no-auth')));
    }
    return result;
  }
  if (typeof auth !== 'string' || auth === '') {
    problems.push(problem('error', key, t('inspect.auth-not-string')));
    return result;
  }
  const decoded = base64DecodeUtf8(auth);
  if (!decoded) {
    problems.push(problem('error', key, t('inspect.auth-not-base64')));
    return result;
  }
  if (decoded.hadLineBreaks) {
    problems.push(problem('warning', key, t('inspect.auth-line-breaks')));
  }
  const colon = decoded.text.indexOf(':');
  if (colon === -1) {
    problems.push(problem('error', key, t('inspect.auth-no-colon')));
    return result;
  }
  const name = decoded.text.slice(0, colon);
  result.username = name;
  result.secret = maskSecret(decoded.text.slice(colon + 1));
  if (name === '') problems.push(problem('error', key, t('inspect.auth-empty-username')));
  return result;
}

/** Reads a DOCKER_AUTH_CONFIG the way the runner does and says what it would make of it. */
export function inspectDockerAuthConfig(text: string, t: Translate = english): Inspection {
  const problem = problemOf(t);
  const topLevel: Problem[] = [];
  const finish = (entries: InspectedEntry[], parsed: DockerAuthConfigObject | null): Inspection => {
    const problems = [...topLevel, ...entries.flatMap((entry) => entry.problems)];
    return { ok: !problems.some((p) => p.severity === 'error'), entries, problems, maskable: /^\S{8,}$/.test(text), parsed };
  };

  if (text.trim() === '') {
    topLevel.push(problem('error', null, t('inspect.empty', { example: VALUE_EXAMPLE })));
    return finish([], null);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    topLevel.push(problem('error', null, t('inspect.not-json', { reason })));
    return finish([], null);
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    topLevel.push(problem('error', null, t('inspect.not-object', { example: VALUE_EXAMPLE })));
    return finish([], null);
  }
  const config = DockerAuthConfigSchema.safeParse(json);
  if (!config.success || Array.isArray(config.data.auths)) {
    topLevel.push(problem('error', null, t('inspect.auths-not-object', { example: VALUE_EXAMPLE })));
    return finish([], null);
  }
  if (/\s/.test(text)) {
    topLevel.push(problem('warning', null, t('inspect.not-compact')));
  }
  for (const member of ['credsStore', 'credHelpers']) {
    if (member in config.data) {
      topLevel.push(problem('error', null, t('inspect.credential-helper', { member })));
    }
  }
  const auths = config.data.auths;
  if (auths === undefined) {
    topLevel.push(problem('error', null, t('inspect.no-auths')));
    return finish([], json as DockerAuthConfigObject);
  }
  const entries = Object.entries(auths).map(([key, value]) => inspectEntry(key, value, t));
  if (entries.length === 0) topLevel.push(problem('warning', null, t('inspect.auths-empty')));
  const seen = new Map<string, string>();
  for (const { registry } of entries) {
    const normalised = normaliseRegistry(registry);
    if (!normalised.ok) continue;
    const other = seen.get(normalised.value);
    if (other !== undefined) {
      topLevel.push(problem('warning', null, t('inspect.same-registry', { first: other, second: registry })));
    } else {
      seen.set(normalised.value, registry);
    }
  }
  // The original object, not zod's copy: zod puts known members first, merging keeps their order.
  return finish(entries, json as DockerAuthConfigObject);
}

/** Registry, username and a masked secret per entry: safe to show anywhere. */
export function describeDockerAuthConfig(text: string): Array<Pick<InspectedEntry, 'registry' | 'username' | 'secret'>> {
  return inspectDockerAuthConfig(text).entries.map(({ registry, username, secret }) => ({ registry, username, secret }));
}
