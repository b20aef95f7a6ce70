import { z } from 'zod/mini';
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

const IGNORED = 'the runner then ignores the whole variable, with no error in the job log';

function problem(severity: Problem['severity'], registry: string | null, message: string): Problem {
  return { severity, registry, message: registry === null ? message : `${registry}: ${message}` };
}

function inspectKey(key: string): Problem[] {
  const normalised = normaliseRegistry(key);
  if (!normalised.ok) return [problem('error', key, `the key is not a registry. ${normalised.error}`)];
  if (key === DOCKER_HUB_KEY || normalised.value === DOCKER_HUB_KEY) return [];
  if (key.includes('://') || key.includes('/')) {
    return [
      problem(
        'warning',
        key,
        `the key has a scheme or path; older runners match host[:port] only. Use "${normalised.value}".`,
      ),
    ];
  }
  if (key !== normalised.value) {
    return [problem('warning', key, `runners compare host names in lower case. Use "${normalised.value}".`)];
  }
  return [];
}

function inspectEntry(key: string, value: unknown): InspectedEntry {
  const problems = inspectKey(key);
  const result: InspectedEntry = { registry: key, username: null, secret: null, problems };
  const entry = EntrySchema.safeParse(value);
  if (!entry.success) {
    problems.push(problem('error', key, `the entry must be an object like {"auth":"…"}; ${IGNORED}.`));
    return result;
  }
  const { auth, username, password } = entry.data;
  if (auth === undefined) {
    if (typeof username === 'string' && typeof password === 'string') {
      result.username = username;
      result.secret = maskSecret(password);
      problems.push(
        problem('warning', key, 'uses "username"/"password" without "auth": the runner reads it, Docker CLI 28.3+ does not. Regenerate it to write "auth".'),
      );
    } else {
      problems.push(problem('error', key, `has no "auth"; ${IGNORED}.`));
    }
    return result;
  }
  if (typeof auth !== 'string' || auth === '') {
    problems.push(problem('error', key, `"auth" must be a non-empty string; ${IGNORED}.`));
    return result;
  }
  const decoded = base64DecodeUtf8(auth);
  if (!decoded) {
    problems.push(problem('error', key, `"auth" is not valid base64; ${IGNORED}. Regenerate this entry.`));
    return result;
  }
  if (decoded.hadLineBreaks) {
    problems.push(problem('warning', key, '"auth" contains line breaks (base64 wrapped at 76 columns). Regenerate it without them.'));
  }
  const colon = decoded.text.indexOf(':');
  if (colon === -1) {
    problems.push(problem('error', key, `"auth" decodes to text without ":" between username and token; ${IGNORED}.`));
    return result;
  }
  const name = decoded.text.slice(0, colon);
  result.username = name;
  result.secret = maskSecret(decoded.text.slice(colon + 1));
  if (name === '') problems.push(problem('error', key, `"auth" has an empty username; ${IGNORED}.`));
  return result;
}

/** Reads a DOCKER_AUTH_CONFIG the way the runner does and says what it would make of it. */
export function inspectDockerAuthConfig(text: string): Inspection {
  const topLevel: Problem[] = [];
  const finish = (entries: InspectedEntry[], parsed: DockerAuthConfigObject | null): Inspection => {
    const problems = [...topLevel, ...entries.flatMap((entry) => entry.problems)];
    return { ok: !problems.some((p) => p.severity === 'error'), entries, problems, maskable: /^\S{8,}$/.test(text), parsed };
  };

  if (text.trim() === '') {
    topLevel.push(problem('error', null, 'The value is empty. Paste a DOCKER_AUTH_CONFIG such as {"auths":{"registry.example.com":{"auth":"…"}}}.'));
    return finish([], null);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    topLevel.push(problem('error', null, `Not valid JSON (${reason}); ${IGNORED}.`));
    return finish([], null);
  }
  const example = '{"auths":{"registry.example.com":{"auth":"…"}}}';
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    topLevel.push(problem('error', null, `The value must be a JSON object such as ${example}.`));
    return finish([], null);
  }
  const config = DockerAuthConfigSchema.safeParse(json);
  if (!config.success || Array.isArray(config.data.auths)) {
    topLevel.push(problem('error', null, `"auths" must be an object with one member per registry, such as ${example}.`));
    return finish([], null);
  }
  if (/\s/.test(text)) {
    topLevel.push(problem('warning', null, 'The value has spaces or line breaks, so GitLab cannot mask it. Use the compact form.'));
  }
  for (const member of ['credsStore', 'credHelpers']) {
    if (member in config.data) {
      topLevel.push(
        problem('error', null, `"${member}" runs a credential helper program on the runner host: newer runners refuse it and Docker Hub pulls break. Remove it and keep "auths".`),
      );
    }
  }
  const auths = config.data.auths;
  if (auths === undefined) {
    topLevel.push(problem('error', null, 'There is no "auths" object, so the runner finds no credentials.'));
    return finish([], json as DockerAuthConfigObject);
  }
  const entries = Object.entries(auths).map(([key, value]) => inspectEntry(key, value));
  if (entries.length === 0) topLevel.push(problem('warning', null, '"auths" is empty: no registry gets credentials.'));
  const seen = new Map<string, string>();
  for (const { registry } of entries) {
    const normalised = normaliseRegistry(registry);
    if (!normalised.ok) continue;
    const other = seen.get(normalised.value);
    if (other !== undefined) {
      topLevel.push(problem('warning', null, `"${other}" and "${registry}" are the same registry; the runner uses only one of them. Keep one.`));
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
