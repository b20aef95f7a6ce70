import { randomBytes } from 'node:crypto';
import { rememberIssuedToken } from '../../support/secret-ledger.ts';

/** The GitLab generations the local GitLab can imitate (see docs/gitlab-compatibility.md). */
export const UIS = ['15.0', '15.11', '16.6', '17.6', '18.6'] as const;
export type Ui = (typeof UIS)[number];
export type Locale = 'en' | 'de' | 'ja';

/** Generation order, for "from this release on" rules. */
export function uiAtLeast(ui: Ui, min: Ui): boolean {
  return UIS.indexOf(ui) >= UIS.indexOf(min);
}

export interface User {
  id: number;
  username: string;
  name: string;
  bot: boolean;
  admin: boolean;
  /** A non-admin session user's role in every group and project (setSessionRole); undefined for admins and bots. */
  memberLevel?: number;
}

export interface Group {
  id: number;
  name: string;
  path: string;
  fullPath: string;
  parentId: number | null;
}

export interface Project {
  id: number;
  name: string;
  path: string;
  fullPath: string;
  groupId: number;
  registryEnabled: boolean;
}

export type TokenKind = 'personal' | 'project' | 'group' | 'deploy';

export interface Token {
  /** Personal/project/group tokens share one id sequence (one table in GitLab); deploy tokens another. */
  id: number;
  kind: TokenKind;
  name: string;
  token: string;
  /** The owning user (alice for personal tokens, the bot for project/group tokens); null for deploy tokens. */
  userId: number | null;
  /** The username the registry sees: the owner's, or the deploy token's own. */
  username: string;
  resourceId: number | null;
  /** What resourceId names: a project or a group (null for personal tokens). */
  resourceType: 'project' | 'group' | null;
  scopes: string[];
  accessLevel: number | null;
  expiresAt: string | null;
  revoked: boolean;
  createdAt: string;
}

export type VariableType = 'env_var' | 'file';

export interface Variable {
  id: number;
  key: string;
  value: string;
  variable_type: VariableType;
  protected: boolean;
  masked: boolean;
  hidden: boolean;
  raw: boolean;
  environment_scope: string;
  description: string | null;
}

export type VariableOwner = { kind: 'project'; id: number } | { kind: 'group'; id: number } | { kind: 'instance' };

export interface SandboxState {
  users: User[];
  groups: Group[];
  projects: Project[];
  tokens: Token[];
  /** Keys: `instance`, `group:<full path>`, `project:<full path>`; values exactly as stored. */
  variables: Record<string, Variable[]>;
}

export const MASKABLE_REGEX = '^[a-zA-Z0-9_+=/@:.~-]{8,}$';
export const MASKABLE_RAW_REGEX = '^\\S{8,}$';
export const KEY_REGEX = /^\w+$/;

/**
 * Whether raw (not expanded) values are masked by the relaxed rule ^\S{8,}$. It came in 15.9
 * behind the default-off feature flag `ci_remove_character_limitation_raw_masked_var`, so 15.11
 * applies it only with that flag on (startGitLab's `rawMaskedVariablesFlag`); from ~16.x it is
 * the rule. 15.0 predates it.
 */
export function rawRuleApplies(ui: Ui, rawMaskedVariablesFlag: boolean): boolean {
  if (uiAtLeast(ui, '16.6')) return true;
  return ui === '15.11' && rawMaskedVariablesFlag;
}

/** The rule a masked value must meet: the strict rule, or the raw rule for raw values where it applies. */
export function maskableRegexFor(ui: Ui, raw: boolean, rawMaskedVariablesFlag = false): RegExp {
  return new RegExp(raw && rawRuleApplies(ui, rawMaskedVariablesFlag) ? MASKABLE_RAW_REGEX : MASKABLE_REGEX);
}

/** Masked-and-hidden variables exist from 17.4 on. */
export function supportsHidden(ui: Ui): boolean {
  return uiAtLeast(ui, '17.6');
}

const URL_SAFE = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
function urlSafe(n: number): string {
  const bytes = randomBytes(n);
  let out = '';
  for (const b of bytes) out += URL_SAFE[b & 63];
  return out;
}

/**
 * Display names that are markup (issue 7). GitLab stores project, group and token names as typed
 * and escapes them wherever it renders them (HAML, Vue text); paths never contain such characters.
 */
export const HOSTILE_NAMES = {
  img: '<img src=x onerror=window.__pwned=1>',
  script: '"><script>window.__pwned=2</script>',
} as const;

export const ACCESS_LEVELS: Record<number, string> = { 10: 'Guest', 20: 'Reporter', 30: 'Developer', 40: 'Maintainer', 50: 'Owner' };

export interface CreateTokenInput {
  kind: TokenKind;
  resourceId?: number | null;
  /** Deploy tokens only (project and group tokens know it from their kind). */
  resourceType?: 'project' | 'group' | null;
  name: string;
  scopes: string[];
  accessLevel?: number | null;
  expiresAt?: string | null;
  /** Deploy tokens only: blank means gitlab+deploy-token-<id>. */
  username?: string | null;
}

export type VariableInput = Partial<Omit<Variable, 'id'>> & { id?: number; _destroy?: boolean };

/** A validation failure, worded the way GitLab's models word it. */
export class ValidationError extends Error {
  constructor(
    /** attribute -> messages, as the API returns them */
    readonly fields: Record<string, string[]>,
    /** full messages, as the Rails controllers return them */
    readonly fullMessages: string[],
  ) {
    super(fullMessages.join(', '));
  }
}

/** The whole in-memory GitLab: users, namespaces, tokens, CI/CD variables. */
export class GitLabState {
  users: User[] = [];
  groups: Group[] = [];
  projects: Project[] = [];
  tokens: Token[] = [];
  variables = new Map<string, Variable[]>();
  private nextUserId = 100;
  private nextPatId = 1;
  private nextDeployId = 1;
  private nextVariableId = 1;

  constructor(
    readonly ui: Ui,
    readonly registryHost: string,
    /** GitLab's feature flag ci_remove_character_limitation_raw_masked_var (matters on 15.11 only). */
    readonly rawMaskedVariablesFlag = false,
  ) {
    this.users.push({ id: 1, username: 'alice', name: 'Alice Admin', bot: false, admin: true });
    this.groups.push({ id: 10, name: 'Acme', path: 'acme', fullPath: 'acme', parentId: null });
    this.groups.push({ id: 11, name: 'Platform', path: 'platform', fullPath: 'acme/platform', parentId: 10 });
    this.projects.push({ id: 42, name: 'Backend', path: 'backend', fullPath: 'acme/backend', groupId: 10, registryEnabled: true });
    this.projects.push({ id: 43, name: 'API', path: 'api', fullPath: 'acme/platform/api', groupId: 11, registryEnabled: true });
    this.projects.push({ id: 44, name: 'No Registry', path: 'no-registry', fullPath: 'acme/no-registry', groupId: 10, registryEnabled: false });
  }

  /**
   * Opt-in (startGitLab({ hostileNames: true })): group `acme/hostile` named HOSTILE_NAMES.img and
   * its project `acme/hostile/app` named HOSTILE_NAMES.script (name_with_namespace carries both).
   */
  addHostileNamespaces(): { group: Group; project: Project } {
    const group: Group = { id: 12, name: HOSTILE_NAMES.img, path: 'hostile', fullPath: 'acme/hostile', parentId: 10 };
    const project: Project = { id: 45, name: HOSTILE_NAMES.script, path: 'app', fullPath: 'acme/hostile/app', groupId: 12, registryEnabled: true };
    this.groups.push(group);
    this.projects.push(project);
    return { group, project };
  }

  get currentUser(): User {
    return this.users[0]!;
  }

  // ---- lookups -----------------------------------------------------------------------------

  /** By numeric id or (URL-decoded) full path, as the API's :id accepts both. */
  findProject(idOrPath: string | number): Project | undefined {
    const s = String(idOrPath);
    return /^\d+$/.test(s) ? this.projects.find((p) => p.id === Number(s)) : this.projects.find((p) => p.fullPath === s);
  }

  findGroup(idOrPath: string | number): Group | undefined {
    const s = String(idOrPath);
    return /^\d+$/.test(s) ? this.groups.find((g) => g.id === Number(s)) : this.groups.find((g) => g.fullPath === s);
  }

  findUser(id: number): User | undefined {
    return this.users.find((u) => u.id === id);
  }

  groupOf(project: Project): Group {
    return this.findGroup(project.groupId)!;
  }

  registryPrefix(project: Project): string | null {
    return project.registryEnabled ? `${this.registryHost}/${project.fullPath}` : null;
  }

  // ---- tokens ------------------------------------------------------------------------------

  createToken(input: CreateTokenInput): Token {
    const errors: string[] = [];
    if (!input.name.trim()) errors.push("Name can't be blank");
    if (input.scopes.length === 0) errors.push("Scopes can't be blank");
    if (errors.length) throw new ValidationError({}, errors);
    const createdAt = new Date().toISOString();
    if (input.kind === 'deploy') {
      const id = this.nextDeployId++;
      const username = input.username?.trim() || `gitlab+deploy-token-${id}`;
      const token: Token = {
        id, kind: 'deploy', name: input.name, token: `gldt-${urlSafe(20)}`, userId: null, username,
        resourceId: input.resourceId ?? null, resourceType: input.resourceType ?? 'project', scopes: input.scopes, accessLevel: null,
        expiresAt: input.expiresAt || null, revoked: false, createdAt,
      };
      this.tokens.push(token);
      rememberIssuedToken(token); // the e2e guard scans browser profiles for it (issue 7)
      return token;
    }
    let user = this.currentUser;
    if (input.kind === 'project' || input.kind === 'group') {
      // Resource access tokens belong to a bot user created with the token.
      user = {
        id: this.nextUserId++,
        username: `${input.kind}_${input.resourceId}_bot_${randomBytes(16).toString('hex')}`,
        name: input.name,
        bot: true,
        admin: false,
      };
      this.users.push(user);
    }
    const token: Token = {
      id: this.nextPatId++, kind: input.kind, name: input.name, token: `glpat-${urlSafe(20)}`,
      userId: user.id, username: user.username, resourceId: input.resourceId ?? null,
      resourceType: input.kind === 'personal' ? null : input.kind, scopes: input.scopes,
      accessLevel: input.kind === 'personal' ? null : (input.accessLevel ?? 40),
      expiresAt: input.expiresAt || null, revoked: false, createdAt,
    };
    this.tokens.push(token);
    rememberIssuedToken(token);
    return token;
  }

  findToken(kind: TokenKind, id: number): Token | undefined {
    return this.tokens.find((t) => (t.kind === 'deploy') === (kind === 'deploy') && t.id === id);
  }

  revokeToken(kind: TokenKind, id: number): boolean {
    const token = this.findToken(kind, id);
    if (!token) return false;
    token.revoked = true;
    return true;
  }

  /** Not revoked and not past its expiry date (GitLab tokens expire at the start of that day, UTC). */
  isLive(token: Token): boolean {
    if (token.revoked) return false;
    if (token.expiresAt && new Date(`${token.expiresAt.slice(0, 10)}T00:00:00Z`).getTime() <= Date.now()) return false;
    return true;
  }

  findBySecret(secret: string): Token | undefined {
    return this.tokens.find((t) => t.token === secret);
  }

  activeTokens(kind: TokenKind, resourceId: number | null): Token[] {
    return this.tokens.filter((t) => t.kind === kind && (kind === 'personal' || t.resourceId === resourceId) && this.isLive(t));
  }

  // ---- CI/CD variables ---------------------------------------------------------------------

  ownerKey(owner: VariableOwner): string {
    if (owner.kind === 'instance') return 'instance';
    const path = owner.kind === 'project' ? this.findProject(owner.id)!.fullPath : this.findGroup(owner.id)!.fullPath;
    return `${owner.kind}:${path}`;
  }

  listVariables(owner: VariableOwner): Variable[] {
    const key = this.ownerKey(owner);
    if (!this.variables.has(key)) this.variables.set(key, []);
    return this.variables.get(key)!;
  }

  /**
   * Applies a batch of changes all-or-nothing, like the Rails `variables_attributes` update:
   * rows with an id change (or `_destroy`) that variable, rows without one are created.
   */
  applyVariableChanges(owner: VariableOwner, changes: VariableInput[]): Variable[] {
    const current = this.listVariables(owner);
    let next = current.map((v) => ({ ...v }));
    const touched: Variable[] = [];
    for (const change of changes) {
      if (change.id !== undefined && change.id !== null) {
        const existing = next.find((v) => v.id === Number(change.id));
        if (!existing) throw new ValidationError({ base: ['not found'] }, ['Variables not found']);
        if (change._destroy) {
          next = next.filter((v) => v !== existing);
          continue;
        }
        Object.assign(existing, this.cleanVariable(owner, { ...existing, ...definedOnly(change) }, existing.id));
        touched.push(existing);
      } else if (!change._destroy) {
        const created = this.cleanVariable(owner, change, this.nextVariableId++);
        next.push(created);
        touched.push(created);
      }
    }
    this.validateVariables(owner, next, touched);
    current.splice(0, current.length, ...next);
    return current;
  }

  createVariable(owner: VariableOwner, input: VariableInput): Variable {
    const all = this.applyVariableChanges(owner, [{ ...input, id: undefined }]);
    return all[all.length - 1]!;
  }

  updateVariable(owner: VariableOwner, key: string, scope: string | undefined, input: VariableInput): Variable | undefined {
    const existing = this.findVariable(owner, key, scope);
    if (!existing) return undefined;
    this.applyVariableChanges(owner, [{ ...input, id: existing.id }]);
    return this.listVariables(owner).find((v) => v.id === existing.id);
  }

  findVariable(owner: VariableOwner, key: string, scope?: string): Variable | undefined {
    return this.listVariables(owner).find((v) => v.key === key && (scope === undefined || v.environment_scope === scope));
  }

  deleteVariable(owner: VariableOwner, key: string, scope?: string): boolean {
    const list = this.listVariables(owner);
    const index = list.findIndex((v) => v.key === key && (scope === undefined || v.environment_scope === scope));
    if (index < 0) return false;
    list.splice(index, 1);
    return true;
  }

  private cleanVariable(owner: VariableOwner, input: VariableInput, id: number): Variable {
    const masked = Boolean(input.masked);
    return {
      id,
      key: String(input.key ?? ''),
      value: String(input.value ?? ''),
      variable_type: input.variable_type === 'file' ? 'file' : 'env_var',
      protected: Boolean(input.protected),
      masked,
      hidden: supportsHidden(this.ui) && masked && Boolean(input.hidden),
      raw: Boolean(input.raw),
      // Instance variables have no environment scope.
      environment_scope: owner.kind === 'instance' ? '*' : String(input.environment_scope || '*'),
      description: input.description === undefined || input.description === '' ? null : input.description,
    };
  }

  private validateVariables(owner: VariableOwner, all: Variable[], touched: Variable[]): void {
    const fields: Record<string, string[]> = {};
    const full: string[] = [];
    const add = (field: string, message: string, fullMessage: string) => {
      (fields[field] ??= []).push(message);
      full.push(fullMessage);
    };
    for (const v of touched) {
      if (!v.key) add('key', "can't be blank", "Variables key can't be blank");
      else if (v.key.length > 255) add('key', 'is too long (maximum is 255 characters)', 'Variables key is too long (maximum is 255 characters)');
      else if (!KEY_REGEX.test(v.key)) add('key', "can contain only letters, digits and '_'.", "Variables key can contain only letters, digits and '_'.");
      if (v.masked && !maskableRegexFor(this.ui, v.raw, this.rawMaskedVariablesFlag).test(v.value)) add('value', 'is invalid', 'Variables value is invalid');
      const sameKey = all.filter((o) => o.key === v.key && o.environment_scope === v.environment_scope);
      if (v.key && sameKey.length > 1 && !(fields.key ?? []).some((m) => m.includes(v.key))) {
        add('key', `(${v.key}) has already been taken`, `Variables (${v.key}) has already been taken`);
      }
    }
    void owner;
    if (full.length) throw new ValidationError(fields, full);
  }

  snapshot(): SandboxState {
    const variables: Record<string, Variable[]> = {};
    for (const [key, list] of this.variables) variables[key] = list.map((v) => ({ ...v }));
    return {
      users: this.users.map((u) => ({ ...u })),
      groups: this.groups.map((g) => ({ ...g })),
      projects: this.projects.map((p) => ({ ...p })),
      tokens: this.tokens.map((t) => ({ ...t, scopes: [...t.scopes] })),
      variables,
    };
  }
}

function definedOnly<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
