import { z } from 'zod/mini';
import { inspectDockerAuthConfig, mergeIntoDockerAuthConfig, type AuthEntry } from '../docker-auth-config';
import { english, type Translate } from '../i18n';
import type { ExistingVariable, VariableScope, VariablesSaveResult } from '../messaging/protocol';
import { DEFAULT_VARIABLE_KEY, type ProtectChoice } from '../instances/settings';
import { describeApiFailure, GitLabApiError, type GitLabApi } from './gitlab-api';

/**
 * DOCKER_AUTH_CONFIG as a CI/CD variable through GitLab's REST API (docs/gitlab-compatibility.md,
 * "CI/CD variables through the API"): look it up in a scope by its key (GitLab lists variables 20
 * to a page, so a list would miss one on a later page), create it (type File, raw, masked when GitLab's rule for unexpanded values accepts it,
 * protected as the GitLab's Protect setting says: GitLab's default for new variables, on or off),
 * merge into it, or replace it. The variable's key is the GitLab's setting (DOCKER_AUTH_CONFIG
 * unless changed); the background reads it by the sender's origin. Every answer is checked with
 * zod before it is used.
 */
export const VARIABLE_KEY = DEFAULT_VARIABLE_KEY;
const ENVIRONMENT_SCOPE = '*';
/** GitLab's rule for masked values with expansion off, from ~16.0 on (15.9 had it behind a default-off flag). */
const RAW_MASK_RULE = /^\S{8,}$/;

const VariableSchema = z.object({
  key: z.string(),
  value: z.nullable(z.optional(z.string())),
  variable_type: z.optional(z.string()),
  protected: z.optional(z.boolean()),
  masked: z.optional(z.boolean()),
  hidden: z.optional(z.boolean()),
  environment_scope: z.optional(z.string()),
});
type Variable = z.infer<typeof VariableSchema>;
const VersionSchema = z.object({ version: z.string() });

/** The reads and writes this module needs, so that its logic is tested without a GitLab. */
export interface VariableStore {
  /** The variable by key (environment scope `*` where scopes exist); GitLab answers 404 when absent. */
  show(): Promise<unknown>;
  create(value: string, options: Record<string, unknown>): Promise<unknown>;
  update(value: string, options: Record<string, unknown>): Promise<unknown>;
  version(): Promise<unknown>;
}

export function variableStore(api: GitLabApi, scope: VariableScope, key: string = VARIABLE_KEY, t: Translate = english): VariableStore {
  const filter = { environment_scope: ENVIRONMENT_SCOPE };
  const version = () => api.version();
  if (scope.owner === 'instance') {
    const resource = api.instanceVariables;
    return {
      show: () => resource.show(key),
      create: (value, options) => resource.create(key, value, options as never),
      update: (value, options) => resource.edit(key, value, options as never),
      version,
    };
  }
  if (scope.fullPath === null) throw new Error(t('save.no-scope'));
  const id = scope.fullPath;
  const resource = scope.owner === 'project' ? api.projectVariables : api.groupVariables;
  return {
    show: () => resource.show(id, key, { filter }),
    create: (value, options) => resource.create(id, key, value, { ...options, environmentScope: ENVIRONMENT_SCOPE } as never),
    update: (value, options) => resource.edit(id, key, value, { ...options, filter } as never),
    version,
  };
}


function describeExisting(variable: Variable): NonNullable<ExistingVariable> {
  return {
    hidden: variable.hidden === true || variable.value === null,
    variableType: variable.variable_type ?? 'env_var',
    protected: variable.protected ?? false,
    masked: variable.masked ?? false,
  };
}

/**
 * The variable `key` of the scope (environment scope `*`), read directly by key, or null when
 * GitLab answers that the variable is not found. Throws a sentence for the person.
 */
export async function lookupVariable(store: VariableStore, scope: VariableScope, key: string = VARIABLE_KEY, t: Translate = english): Promise<ExistingVariable> {
  let answer: unknown;
  try {
    answer = await store.show();
  } catch (error) {
    // GitLab says which thing it did not find: "404 Variable Not Found" is an absent variable,
    // "404 Project Not Found" (or Group) a path that moved or that the person cannot see.
    if (error instanceof GitLabApiError && error.status === 404 && /Variable/i.test(error.message)) return null;
    throw new Error(describeApiFailure(error, t(`panel.what.variables.${scope.owner}`), 'read', t));
  }
  const parsed = VariableSchema.safeParse(answer);
  if (!parsed.success) throw new Error(t(`save.unknown-answer.${scope.owner}`));
  const found = parsed.data;
  // The filter is GitLab's; a GitLab that ignored it would answer with another scope's variable.
  if (found.key !== key || (found.environment_scope ?? ENVIRONMENT_SCOPE) !== ENVIRONMENT_SCOPE) return null;
  return describeExisting(found);
}

/** [major, minor] of GitLab, or null when it cannot be told. */
async function gitLabVersion(store: VariableStore): Promise<[number, number] | null> {
  try {
    const parsed = VersionSchema.safeParse(await store.version());
    const match = parsed.success ? /^(\d+)\.(\d+)/.exec(parsed.data.version) : null;
    return match ? [Number(match[1]), Number(match[2])] : null;
  } catch {
    return null;
  }
}

const atLeast = (version: [number, number] | null, major: number, minor: number) =>
  version !== null && (version[0] > major || (version[0] === major && version[1] >= minor));

/**
 * Masked only where GitLab's rule for unexpanded values accepts the value: 16.x+, or a GitLab
 * whose page showed such a rule when its version is unknown. The page's pattern itself is never
 * compiled here: a pattern that backtracks badly would stall the background for every tab. The
 * rule checked is GitLab's own (^\S{8,}$); should a GitLab refuse it, the save says so.
 * 15.x checks even unexpanded values with the strict rule, which JSON never meets.
 */
export function decideMasked(json: string, version: [number, number] | null, pageRawRule: string | null): boolean {
  const hasRawRule = version === null ? pageRawRule !== null : atLeast(version, 16, 0);
  return hasRawRule && RAW_MASK_RULE.test(json);
}

const isTaken = (error: unknown) => error instanceof GitLabApiError && error.status === 400 && error.message.includes('has already been taken');
const isValueRefused = (error: unknown) => error instanceof GitLabApiError && error.status === 400 && /value/.test(error.message);

/** The new entries of `json` (built by the panel) as the merge wants them. */
function entriesOf(json: string): AuthEntry[] | null {
  const inspection = inspectDockerAuthConfig(json);
  const auths = inspection.parsed?.auths;
  if (!inspection.ok || !auths) return null;
  return Object.entries(auths).map(([key, value]) => ({ key, username: '', auth: String((value as { auth?: unknown }).auth ?? '') }));
}

export interface SaveInput {
  scope: VariableScope;
  mode: 'create' | 'merge' | 'replace';
  json: string;
  registry: string;
  protectedByDefault: boolean | null;
  maskableRawRegex: string | null;
  /** The variable's key: the GitLab's setting (DOCKER_AUTH_CONFIG unless changed). */
  key?: string;
  /** The GitLab's Protect setting for new variables: GitLab's default, or on / off. */
  protect?: ProtectChoice;
  /** The saved token named with its expiry (utils/credential-health/description.ts), when GitLab's API told which it is. */
  tokenDescription?: string | null;
}

/** Protect for a NEW variable: the setting when it says on/off, else GitLab's default (off when unknown). */
export function decideProtected(protect: ProtectChoice, protectedByDefault: boolean | null): boolean {
  if (protect === 'on') return true;
  if (protect === 'off') return false;
  return protectedByDefault ?? false;
}

export async function saveVariable(store: VariableStore, input: SaveInput, t: Translate = english): Promise<VariablesSaveResult> {
  const owner = input.scope.owner;
  const key = input.key ?? VARIABLE_KEY;
  const savingIn = () => t(`panel.what.variable-in.${owner}`, { key });
  const version = await gitLabVersion(store);
  const isProtected = decideProtected(input.protect ?? 'gitlab', input.protectedByDefault);
  const failed = (message: string): VariablesSaveResult => ({ outcome: 'failed', message, existing: null, masked: false, protected: isProtected });
  const entries = entriesOf(input.json);
  if (entries === null) return failed(t('save.invalid-value', { key }));
  // Description: GitLab 16.2+ (older releases would ignore it, the form has no such field).
  // raw (Expand variable reference off) came with 15.7; before it every variable was expanded,
  // as GitLab's 15.0 form saves it too. Unknown version: send it (older releases ignore it).
  const raw = version === null || atLeast(version, 15, 7) ? { raw: true } : {};
  const description = atLeast(version, 16, 2) ? { description: input.tokenDescription ?? `Registry credentials for ${input.registry}` } : {};

  if (input.mode === 'create') {
    let masked = decideMasked(input.json, version, input.maskableRawRegex);
    const create = () =>
      store.create(input.json, { variableType: 'file', ...raw, masked, protected: isProtected, ...description });
    try {
      try {
        await create();
      } catch (error) {
        // GitLab's own validation has the last word on masking: save it visible instead.
        if (!masked || !isValueRefused(error)) throw error;
        masked = false;
        await create();
      }
    } catch (error) {
      if (isTaken(error)) {
        const existing = await lookupVariable(store, input.scope, key, t).catch(() => null);
        return {
          outcome: 'exists',
          message: t(`save.exists.${owner}`, { key }),
          existing: existing ?? { hidden: false, variableType: 'env_var', protected: false, masked: false },
          masked,
          protected: isProtected,
        };
      }
      return failed(describeApiFailure(error, savingIn(), 'save', t));
    }
    const settings = t(`save.settings.${masked ? 'masked' : 'visible'}${isProtected ? '-protected' : ''}`);
    return {
      outcome: 'saved',
      message: t(`save.created.${owner}`, { key, settings }),
      existing: null,
      masked,
      protected: isProtected,
    };
  }

  // merge / replace: the variable exists; read it first.
  let current: Variable;
  try {
    const parsed = VariableSchema.safeParse(await store.show());
    if (!parsed.success) return failed(t('save.unknown-form'));
    current = parsed.data;
  } catch (error) {
    return failed(describeApiFailure(error, t(`panel.what.variable-of.${owner}`, { key }), 'read', t));
  }
  const existing = describeExisting(current);
  let value = input.json;
  let summary = t(`save.replaced.${owner}`, { key });
  if (input.mode === 'merge') {
    if (existing.hidden || typeof current.value !== 'string') {
      return failed(t('save.hidden', { key }));
    }
    const merged = mergeIntoDockerAuthConfig(current.value, entries);
    if (!merged.ok) return failed(merged.error);
    value = merged.json;
    const changed = [...merged.added, ...merged.replaced];
    summary = changed.length ? t(`save.merged.${owner}`, { key, registries: changed.join(', ') }) : t(`save.merged-nothing.${owner}`, { key });
  }
  // Expansion off: `$` in a value must never be read as a variable reference. The rest of the
  // variable (type, protection, masking) is left as its owner set it: the Protect setting is
  // for new variables.
  try {
    // A merge names the new token only when it is known (a renewal); otherwise the owner's description stays.
    await store.update(value, { ...raw, ...(input.mode === 'replace' || input.tokenDescription ? description : {}) });
  } catch (error) {
    if (isValueRefused(error) && existing.masked) {
      return failed(t('save.masked-refused'));
    }
    return failed(describeApiFailure(error, savingIn(), 'save', t));
  }
  return { outcome: 'saved', message: summary, existing: null, masked: existing.masked, protected: existing.protected };
}
