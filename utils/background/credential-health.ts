import { z } from 'zod/mini';
import { base64DecodeUtf8, normaliseRegistry } from '../docker-auth-config';
import {
  clueOf,
  describeExpiry,
  describeToken,
  expiryDay,
  loadHint,
  type DescribedToken,
  type Expiry,
} from '../credential-health';
import { english, type Translate } from '../i18n';
import type { CredentialHealth, CredentialHint, EntryHealth, GitLabLocation, VariableScope } from '../messaging/protocol';
import { describeApiFailure, GitLabApiError, type GitLabApi } from './gitlab-api';
import { RENEW_FRAGMENT } from '../gitlab/token-form';
import type { RegistryVerdict } from './verify';

/**
 * Credential health (issue 15; docs/gitlab-compatibility.md, "Credential health"). On page load
 * the variable is read once (the hint). When the panel opens, each entry of the variable is
 * identified through GitLab's API with the person's session (deploy tokens by their username,
 * project and group access tokens by their bot user) and checked at this GitLab's /jwt/auth
 * (./verify.ts). A token is only ever sent to the GitLab it is stored in, and only to /jwt/auth:
 * personal access tokens are not looked up with the token itself (GET
 * /personal_access_tokens/self needs a token with an API scope, which a registry read token has
 * not), so they stay "unknown" beyond the registry's verdict. Entries for other registries are
 * not checked: nothing is sent to other hosts.
 */


const VariableSchema = z.object({
  key: z.string(),
  value: z.nullable(z.optional(z.string())),
  hidden: z.optional(z.boolean()),
  description: z.optional(z.nullable(z.string())),
  environment_scope: z.optional(z.string()),
});

// GitLab's answers (docs/gitlab-compatibility.md, "Credential health"), checked before use.
const DeployTokensSchema = z.array(
  z.object({
    name: z.string(),
    username: z.string(),
    expires_at: z.nullable(z.string()),
    revoked: z.optional(z.boolean()),
    expired: z.optional(z.boolean()),
    scopes: z.array(z.string()),
  }),
);
const AccessTokensSchema = z.array(
  z.object({
    name: z.string(),
    user_id: z.number(),
    expires_at: z.nullable(z.string()),
    revoked: z.optional(z.boolean()),
    active: z.optional(z.boolean()),
    scopes: z.array(z.string()),
  }),
);
const UsersSchema = z.array(z.object({ id: z.number(), username: z.string() }));

/** The reads this module needs, so that its logic is tested without a GitLab. */
export interface HealthReads {
  /** The variable by key (environment scope `*`); throws GitLab's 404 when absent. */
  variable(): Promise<unknown>;
  deployTokens(owner: 'project' | 'group', fullPath: string): Promise<unknown>;
  usersByUsername(username: string): Promise<unknown>;
  accessTokens(owner: 'project' | 'group', id: string): Promise<unknown>;
  /** This GitLab's registry host (settings, project, memory), or null when not known. */
  registry(): Promise<string | null>;
  verify(username: string, secret: string): Promise<RegistryVerdict>;
}

export function healthReads(
  api: GitLabApi,
  show: () => Promise<unknown>,
  registry: () => Promise<string | null>,
  verify: (username: string, secret: string) => Promise<RegistryVerdict>,
): HealthReads {
  const path = (fullPath: string) => encodeURIComponent(fullPath);
  return {
    variable: show,
    deployTokens: (owner, fullPath) => api.getAll(`${owner}s/${path(fullPath)}/deploy_tokens`),
    usersByUsername: (username) => api.get(`users?username=${encodeURIComponent(username)}`),
    accessTokens: (owner, id) => api.getAll(`${owner}s/${encodeURIComponent(id)}/access_tokens`),
    registry,
    verify,
  };
}

const isNotFound = (error: unknown) => error instanceof GitLabApiError && error.status === 404 && /Variable/i.test(error.message);

async function readVariable(reads: HealthReads, key: string) {
  let answer: unknown;
  try {
    answer = await reads.variable();
  } catch (error) {
    if (isNotFound(error)) return null;
    throw error;
  }
  const parsed = VariableSchema.safeParse(answer);
  if (!parsed.success || parsed.data.key !== key || (parsed.data.environment_scope ?? '*') !== '*') return null;
  return parsed.data;
}

/** The hint on page load: one read of the variable, nothing else. */
export async function credentialHint(
  reads: Pick<HealthReads, 'variable'>,
  key: string,
  now: Date,
  warnDays: number,
  t: Translate = english,
): Promise<CredentialHint> {
  const variable = await readVariable(reads as HealthReads, key);
  if (variable === null) return null;
  return loadHint(
    key,
    { hidden: variable.hidden === true || variable.value == null, value: variable.value ?? null, description: variable.description ?? null },
    now,
    warnDays,
    t,
  );
}

interface RawEntry {
  registry: string;
  username: string | null;
  secret: string | null;
}

/** The entries with their credentials in clear, as the runner reads them (`auth`, else username + password). */
export function rawEntries(value: string): RawEntry[] | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(value);
  } catch {
    return null;
  }
  const auths = (parsed as { auths?: unknown } | null)?.auths;
  if (typeof auths !== 'object' || auths === null || Array.isArray(auths)) return null;
  return Object.entries(auths as Record<string, unknown>).map(([registry, entry]) => {
    const fields = (typeof entry === 'object' && entry !== null ? entry : {}) as Record<string, unknown>;
    if (typeof fields.auth === 'string') {
      const decoded = base64DecodeUtf8(fields.auth)?.text ?? '';
      const colon = decoded.indexOf(':');
      return colon > 0 ? { registry, username: decoded.slice(0, colon), secret: decoded.slice(colon + 1) } : { registry, username: null, secret: null };
    }
    if (typeof fields.username === 'string' && typeof fields.password === 'string') return { registry, username: fields.username, secret: fields.password };
    return { registry, username: null, secret: null };
  });
}

const sameRegistry = (a: string, b: string) => {
  const left = normaliseRegistry(a);
  const right = normaliseRegistry(b);
  return left.ok && right.ok && left.value === right.value;
};

/** A token GitLab listed, as this module needs it. */
interface FoundToken extends DescribedToken {
  revoked: boolean;
  scopes: string[];
}

/** A token GitLab listed, or what is known without it (the kind from the username) and what was skipped. */
type Identified = { token: FoundToken } | { token: null; kind: EntryHealth['kind']; identity: string; skipped: string | null };

/** Why a listing was skipped, for the person: 401 (GitLab's answer) or 403 is a role that may not list tokens. */
function skippedBecause(error: unknown, what: string, owner: 'project' | 'group', t: Translate): string {
  if (error instanceof GitLabApiError && (error.status === 403 || error.status === 401)) {
    return t(`health.skipped-role.${owner}`, { what, status: String(error.status) });
  }
  return t('health.skipped', { failure: describeApiFailure(error, what, 'read', t) });
}

async function identify(reads: HealthReads, scope: VariableScope, username: string, secret: string, t: Translate): Promise<Identified> {
  const clue = clueOf(username, secret);
  if (clue.kind === 'deploy') {
    if (scope.owner === 'instance' || scope.fullPath === null) {
      return { token: null, kind: 'deploy', identity: t('health.deploy-no-list'), skipped: null };
    }
    try {
      const listed = DeployTokensSchema.parse(await reads.deployTokens(scope.owner, scope.fullPath)).find((token) => token.username === username);
      if (!listed) return { token: null, kind: 'deploy', identity: t(`health.deploy-foreign.${scope.owner}`), skipped: null };
      return {
        token: {
          name: listed.name,
          kind: 'deploy',
          expiresAt: expiryDay(listed.expires_at),
          revoked: listed.revoked === true,
          scopes: listed.scopes,
        },
      };
    } catch (error) {
      return {
        token: null,
        kind: 'deploy',
        identity: t('health.kind.deploy'),
        skipped: skippedBecause(error, t(`panel.what.deploy-tokens.${scope.owner}`), scope.owner, t),
      };
    }
  }
  if (clue.kind === 'project' || clue.kind === 'group') {
    const label = t(`health.kind.${clue.kind}`);
    let userId: number;
    try {
      const user = UsersSchema.parse(await reads.usersByUsername(username)).find((candidate) => candidate.username === username);
      if (!user) return { token: null, kind: clue.kind, identity: t('health.bot-gone', { kind: label }), skipped: null };
      userId = user.id;
    } catch (error) {
      return { token: null, kind: clue.kind, identity: label, skipped: t('health.skipped', { failure: describeApiFailure(error, t('panel.what.bot-user'), 'read', t) }) };
    }
    try {
      const listed = AccessTokensSchema.parse(await reads.accessTokens(clue.kind, clue.resourceId)).find((token) => token.user_id === userId);
      if (!listed) return { token: null, kind: clue.kind, identity: t(`health.not-listed.${clue.kind}`), skipped: null };
      return {
        token: {
          name: listed.name,
          kind: clue.kind,
          expiresAt: expiryDay(listed.expires_at),
          revoked: listed.revoked === true,
          scopes: listed.scopes,
        },
      };
    } catch (error) {
      return { token: null, kind: clue.kind, identity: label, skipped: skippedBecause(error, t(`panel.what.access-tokens.${clue.kind}`), clue.kind, t) };
    }
  }
  return {
    token: null,
    kind: 'unknown',
    identity: t('health.unknown-kind'),
    skipped: null,
  };
}

function healthOf(expiry: Expiry | null, readRegistry: boolean | null, verdict: EntryHealth['verdict'], pull: boolean | null): EntryHealth['health'] {
  if (verdict === 'invalid' || expiry?.state === 'expired' || expiry?.state === 'revoked' || readRegistry === false || pull === false) return 'error';
  if (expiry?.state === 'expiring') return 'warning';
  if (verdict === 'valid') return 'ok';
  return 'unknown';
}

const REGISTRY_SCOPES = ['read_registry', 'write_registry', 'api'];

async function checkEntry(
  reads: HealthReads,
  scope: VariableScope,
  entry: RawEntry,
  ownRegistry: string | null,
  now: Date,
  warnDays: number,
  t: Translate,
): Promise<EntryHealth> {
  const base = { registry: entry.registry, username: entry.username };
  if (entry.username === null || entry.secret === null) {
    return {
      ...base,
      kind: 'unknown',
      identity: t('health.no-credentials'),
      expiry: null,
      readRegistry: null,
      verdict: 'not-checked',
      verdictText: t('health.no-credentials-verdict'),
      skipped: null,
      health: 'error',
    };
  }
  if (ownRegistry === null || !sameRegistry(entry.registry, ownRegistry)) {
    return {
      ...base,
      kind: 'unknown',
      identity: t('health.other-registry'),
      expiry: null,
      readRegistry: null,
      verdict: 'not-checked',
      verdictText: ownRegistry === null ? t('health.registry-unknown') : t('health.other-host'),
      skipped: null,
      health: 'unknown',
    };
  }
  const [identified, verdict] = await Promise.all([identify(reads, scope, entry.username, entry.secret, t), reads.verify(entry.username, entry.secret)]);
  const token = identified.token;
  const expiry = token ? describeExpiry({ expiresAt: token.expiresAt, revoked: token.revoked }, now, warnDays, t) : null;
  const readRegistry = token ? token.scopes.some((scope) => REGISTRY_SCOPES.includes(scope)) : null;
  let verdictText = verdict.message;
  if (verdict.verdict === 'valid' && verdict.pull === false) verdictText = t('health.no-pull');
  if (verdict.verdict === 'valid' && verdict.pull === true) verdictText = t('health.pull', { verdict: verdict.message });
  const known = identified.token
    ? { kind: identified.token.kind, identity: t('health.token', { name: identified.token.name, kind: t(`health.kind.${identified.token.kind}`) }), skipped: null }
    : { kind: identified.kind, identity: identified.identity, skipped: identified.skipped };
  return {
    ...base,
    ...known,
    expiry: expiry?.text ?? null,
    readRegistry,
    verdict: verdict.verdict,
    verdictText,
    health: healthOf(expiry, readRegistry, verdict.verdict, verdict.pull),
  };
}

/** GitLab's access tokens page of the project or group, with the fragment that asks the token page to prepare its form. */
export function renewUrl(location: GitLabLocation, scope: VariableScope): string | null {
  if (scope.owner === 'instance' || scope.fullPath === null) return null;
  const path = scope.fullPath.split('/').map(encodeURIComponent).join('/');
  const url = new URL(`${location.origin}${location.relativeRoot}/${scope.owner === 'group' ? 'groups/' : ''}${path}/-/settings/access_tokens#${RENEW_FRAGMENT}`);
  return url.origin === location.origin ? url.href : null;
}

/** Every entry of the variable identified and checked (the panel's list). */
export async function checkCredentialHealth(
  reads: HealthReads,
  location: GitLabLocation,
  scope: VariableScope,
  key: string,
  now: Date,
  warnDays: number,
  t: Translate = english,
): Promise<CredentialHealth> {
  const renew = renewUrl(location, scope);
  let variable;
  try {
    variable = await readVariable(reads, key);
  } catch (error) {
    return { state: 'unreadable', message: describeApiFailure(error, t('panel.what.variable', { key }), 'read', t), entries: [], renewUrl: renew };
  }
  if (variable === null) return { state: 'absent', message: null, entries: [], renewUrl: renew };
  if (variable.hidden === true || typeof variable.value !== 'string') {
    return {
      state: 'hidden',
      message: t('health.hidden', { key }),
      entries: [],
      renewUrl: renew,
    };
  }
  const entries = rawEntries(variable.value);
  if (entries === null) {
    return { state: 'unreadable', message: t('health.unreadable', { key }), entries: [], renewUrl: renew };
  }
  const ownRegistry = await reads.registry();
  const checked = await Promise.all(entries.map((entry) => checkEntry(reads, scope, entry, ownRegistry, now, warnDays, t)));
  return { state: 'checked', message: null, entries: checked, renewUrl: renew };
}

/** The description a save writes for a token it could identify (null: keep the generic one). */
export async function describeSavedToken(
  reads: HealthReads,
  scope: VariableScope,
  credentials: { username: string; secret: string } | null,
): Promise<string | null> {
  if (credentials === null) return null;
  // The description is GitLab's stored data, read back by parseDescription: always English.
  // identify turns every failed read into "not identified" itself, so nothing here throws.
  const identified = await identify(reads, scope, credentials.username, credentials.secret, english);
  return identified.token ? describeToken(identified.token) : null;
}
