import type { App } from './app.ts';
import { originOf } from './app.ts';
import { bool, readBody, sendJson, str, type Ctx } from './http.ts';
import { supportsHidden, uiAtLeast, ValidationError, type Group, type Project, type Token, type User, type Variable, type VariableInput, type VariableOwner } from './state.ts';

/** Who is calling the REST API: alice through her session, or the owner of a token. */
interface Caller {
  user: User;
  token?: Token;
}

/**
 * The subset of GitLab's REST API (v4) the extension uses. Authentication as GitLab does it:
 * a PRIVATE-TOKEN / Bearer token with the api scope (read_api for GETs), or the session cookie
 * (for non-GET only together with a valid X-CSRF-Token; otherwise the session is ignored, so
 * the request is unauthenticated: 401).
 */
export async function handleApi(app: App, ctx: Ctx, apiPath: string): Promise<void> {
  const body = ctx.method === 'GET' || ctx.method === 'HEAD' ? {} : (await readBody(ctx)).data;
  const params = { ...Object.fromEntries(ctx.query), ...body } as Record<string, unknown>;
  const caller = authenticate(app, ctx, params);
  if (caller === 'forbidden') return sendJson(ctx, 403, { error: 'insufficient_scope', error_description: 'The request requires higher privileges than provided by the access token.', scope: 'api' });
  const segments = apiPath.split('/').filter(Boolean).map(decodeURIComponent);
  return route(app, ctx, caller, segments, params);
}

function authenticate(app: App, ctx: Ctx, params: Record<string, unknown>): Caller | undefined | 'forbidden' {
  const header = ctx.req.headers['private-token'];
  const bearer = /^Bearer\s+(.+)$/i.exec(String(ctx.req.headers.authorization ?? ''))?.[1];
  const secret = (typeof header === 'string' && header) || bearer || str(params.private_token);
  if (secret) {
    const token = app.state.findBySecret(secret);
    if (!token || token.kind === 'deploy' || !app.state.isLive(token)) return undefined;
    const readOnly = ctx.method === 'GET' || ctx.method === 'HEAD';
    if (!token.scopes.includes('api') && !(readOnly && token.scopes.includes('read_api'))) return 'forbidden';
    const user = app.state.findUser(token.userId!);
    return user ? { user, token } : undefined;
  }
  const session = app.sessions.find(ctx);
  if (!session) return undefined;
  if (ctx.method !== 'GET' && ctx.method !== 'HEAD' && !app.sessions.verified(session, ctx.req.headers['x-csrf-token'], undefined)) {
    return undefined;
  }
  return { user: app.state.findUser(session.userId)! };
}

const E401 = { message: '401 Unauthorized' };
const E403 = { message: '403 Forbidden' };

function route(app: App, ctx: Ctx, caller: Caller | undefined, s: string[], params: Record<string, unknown>): void {
  const m = ctx.method === 'HEAD' ? 'GET' : ctx.method;
  const [a, b, c, d, e] = s;

  if (!caller) {
    // Private projects and groups are invisible to anonymous callers; the rest wants a login.
    if (m === 'GET' && a === 'projects' && s.length === 2) return sendJson(ctx, 404, { message: '404 Project Not Found' });
    if (m === 'GET' && a === 'groups' && s.length === 2) return sendJson(ctx, 404, { message: '404 Group Not Found' });
    return sendJson(ctx, 401, E401);
  }

  if (a === 'user' && s.length === 1 && m === 'GET') return sendJson(ctx, 200, userJson(app, ctx, caller.user, true));
  if (a === 'version' && s.length === 1 && m === 'GET') return sendJson(ctx, 200, { version: `${app.ui}.0`, revision: 'sandbox' });
  if (a === 'personal_access_tokens' && b === 'self' && s.length === 2 && m === 'GET') {
    if (!caller.token) return sendJson(ctx, 401, E401);
    return sendJson(ctx, 200, tokenJson(app, caller.token));
  }
  if (a === 'users' && s.length === 1 && m === 'GET') {
    // GET /users?username=: an exact, case-insensitive match, as an array (empty when none).
    const wanted = str(params.username).toLowerCase();
    const found = wanted ? app.state.users.filter((u) => u.username.toLowerCase() === wanted) : app.state.users.filter((u) => !u.bot);
    return sendJson(ctx, 200, found.map((u) => userJson(app, ctx, u, false)));
  }
  if (a === 'users' && b && s.length === 2 && m === 'GET') {
    const user = app.state.findUser(Number(b));
    return user ? sendJson(ctx, 200, userJson(app, ctx, user, false)) : sendJson(ctx, 404, { message: '404 User Not Found' });
  }
  if (a === 'admin' && b === 'ci' && c === 'variables') {
    if (!caller.user.admin) return sendJson(ctx, 403, E403);
    return variables(app, ctx, { kind: 'instance' }, d, m, params);
  }

  if (a === 'projects' && b) {
    const project = app.state.findProject(b);
    if (!project || !canSeeProject(app, caller, project)) return sendJson(ctx, 404, { message: '404 Project Not Found' });
    if (s.length === 2 && m === 'GET') return sendJson(ctx, 200, projectJson(app, ctx, project));
    if (c === 'access_tokens' && s.length === 3 && m === 'GET') {
      // GitLab answers a role that may not read them with `unauthorized!`: 401, not 403.
      if (accessLevel(app, caller, project) < 40) return sendJson(ctx, 401, E401);
      return sendList(ctx, app.state.tokens.filter((t) => t.kind === 'project' && t.resourceId === project.id).map((t) => tokenJson(app, t)), params);
    }
    if (c === 'deploy_tokens' && s.length === 3 && m === 'GET') {
      // Project deploy tokens: at least Maintainer.
      if (accessLevel(app, caller, project) < 40) return sendJson(ctx, 403, E403);
      return sendList(ctx, deployTokensJson(app, 'project', project.id), params);
    }
    if (c === 'members' && d === 'all' && e && s.length === 5 && m === 'GET') return member(app, ctx, project, Number(e));
    if (c === 'variables') {
      if (accessLevel(app, caller, project) < 40) return sendJson(ctx, 403, E403);
      return variables(app, ctx, { kind: 'project', id: project.id }, d, m, params);
    }
    return sendJson(ctx, 404, { error: '404 Not Found' });
  }

  if (a === 'groups' && b) {
    const group = app.state.findGroup(b);
    if (!group || !canSeeGroup(app, caller, group)) return sendJson(ctx, 404, { message: '404 Group Not Found' });
    if (s.length === 2 && m === 'GET') return sendJson(ctx, 200, groupJson(app, ctx, group));
    if (c === 'access_tokens' && s.length === 3 && m === 'GET') {
      // Group access tokens: the Owner role (a Maintainer gets GitLab's `unauthorized!`, 401).
      if (!caller.user.admin && callerLevelInGroup(app, caller, group) < 50) return sendJson(ctx, 401, E401);
      return sendList(ctx, app.state.tokens.filter((t) => t.kind === 'group' && t.resourceId === group.id).map((t) => tokenJson(app, t)), params);
    }
    if (c === 'deploy_tokens' && s.length === 3 && m === 'GET') {
      // Group deploy tokens: at least Maintainer to list them.
      if (!caller.user.admin && callerLevelInGroup(app, caller, group) < 40) return sendJson(ctx, 403, E403);
      return sendList(ctx, deployTokensJson(app, 'group', group.id), params);
    }
    if (c === 'variables') {
      if (!caller.user.admin && callerLevelInGroup(app, caller, group) < 40) return sendJson(ctx, 403, E403);
      return variables(app, ctx, { kind: 'group', id: group.id }, d, m, params);
    }
    return sendJson(ctx, 404, { error: '404 Not Found' });
  }
  return sendJson(ctx, 404, { error: '404 Not Found' });
}

// ---- permissions: alice administers everything; a bot only its own project or group ---------

function ancestors(app: App, group: Group): Group[] {
  const out = [group];
  let g: Group | undefined = group;
  while (g?.parentId) {
    g = app.state.findGroup(g.parentId);
    if (g) out.push(g);
  }
  return out;
}

function callerLevelInGroup(app: App, caller: Caller, group: Group): number {
  if (caller.user.admin) return 50;
  const t = caller.token;
  // A non-admin session user (setSessionRole): that role everywhere.
  if (!t && caller.user.memberLevel) return caller.user.memberLevel;
  if (t?.kind === 'group' && ancestors(app, group).some((g) => g.id === t.resourceId)) return t.accessLevel ?? 0;
  return 0;
}

function accessLevel(app: App, caller: Caller, project: Project): number {
  if (caller.user.admin) return 50;
  const t = caller.token;
  if (t?.kind === 'project' && t.resourceId === project.id) return t.accessLevel ?? 0;
  return callerLevelInGroup(app, caller, app.state.groupOf(project));
}

function canSeeProject(app: App, caller: Caller, project: Project): boolean {
  return accessLevel(app, caller, project) > 0;
}

function canSeeGroup(app: App, caller: Caller, group: Group): boolean {
  return callerLevelInGroup(app, caller, group) > 0;
}

// ---- serializers -----------------------------------------------------------------------------

function webUrl(app: App, ctx: Ctx, path: string): string {
  return `${originOf(ctx)}${app.root}/${path}`;
}

function userJson(app: App, ctx: Ctx, user: User, self: boolean) {
  return {
    id: user.id, username: user.username, name: user.name, state: 'active', locked: false, bot: user.bot,
    avatar_url: null, web_url: webUrl(app, ctx, user.username),
    ...(self ? { is_admin: user.admin, email: `${user.username}@example.test` } : {}),
  };
}

function projectJson(app: App, ctx: Ctx, project: Project) {
  const group = app.state.groupOf(project);
  return {
    id: project.id, name: project.name, path: project.path,
    name_with_namespace: `${group.name} / ${project.name}`, path_with_namespace: project.fullPath,
    default_branch: 'main', visibility: 'private', web_url: webUrl(app, ctx, project.fullPath),
    http_url_to_repo: `${webUrl(app, ctx, project.fullPath)}.git`,
    namespace: { id: group.id, name: group.name, path: group.path, kind: 'group', full_path: group.fullPath },
    container_registry_enabled: project.registryEnabled,
    container_registry_access_level: project.registryEnabled ? 'enabled' : 'disabled',
    container_registry_image_prefix: app.state.registryPrefix(project),
  };
}

function groupJson(app: App, ctx: Ctx, group: Group) {
  return {
    id: group.id, name: group.name, path: group.path, full_path: group.fullPath,
    full_name: ancestors(app, group).reverse().map((g) => g.name).join(' / '),
    parent_id: group.parentId, visibility: 'private', web_url: webUrl(app, ctx, `groups/${group.fullPath}`),
  };
}

function tokenJson(app: App, token: Token) {
  return {
    id: token.id, name: token.name, revoked: token.revoked, created_at: token.createdAt, scopes: token.scopes,
    user_id: token.userId, last_used_at: null, active: app.state.isLive(token), expires_at: token.expiresAt,
    ...(token.kind === 'personal' ? {} : { access_level: token.accessLevel }),
  };
}

/** GET …/deploy_tokens: expires_at as a timestamp, `expired` and `revoked` as GitLab gives them. */
function deployTokensJson(app: App, resourceType: 'project' | 'group', resourceId: number) {
  return app.state.tokens
    .filter((t) => t.kind === 'deploy' && t.resourceType === resourceType && t.resourceId === resourceId)
    .map((t) => ({
      id: t.id, name: t.name, username: t.username,
      expires_at: t.expiresAt ? `${t.expiresAt.slice(0, 10)}T00:00:00.000Z` : null,
      revoked: t.revoked, expired: !t.revoked && !app.state.isLive(t), scopes: t.scopes,
    }));
}

function member(app: App, ctx: Ctx, project: Project, userId: number): void {
  const user = app.state.findUser(userId);
  let level = 0;
  if (user && !user.bot) level = 50; // alice owns the seeded groups
  if (user?.bot) {
    const token = app.state.tokens.find((t) => t.userId === user.id);
    if (token && ((token.kind === 'project' && token.resourceId === project.id) ||
      (token.kind === 'group' && ancestors(app, app.state.groupOf(project)).some((g) => g.id === token.resourceId)))) {
      level = token.accessLevel ?? 0;
    }
  }
  if (!user || !level) return sendJson(ctx, 404, { message: '404 Not found' });
  return sendJson(ctx, 200, { ...userJson(app, ctx, user, false), access_level: level, expires_at: null });
}

function variableJson(app: App, v: Variable, owner: VariableOwner) {
  return {
    variable_type: v.variable_type, key: v.key, value: v.hidden ? null : v.value, protected: v.protected,
    masked: v.masked, ...(supportsHidden(app.ui) ? { hidden: v.hidden } : {}), raw: v.raw,
    ...(owner.kind === 'instance' ? {} : { environment_scope: v.environment_scope }),
    ...(uiAtLeast(app.ui, '16.6') ? { description: v.description } : {}),
  };
}

// ---- variables -------------------------------------------------------------------------------

function variableInput(app: App, params: Record<string, unknown>): VariableInput {
  const input: VariableInput = {};
  if (params.key !== undefined) input.key = str(params.key);
  if (params.value !== undefined) input.value = str(params.value);
  if (params.variable_type !== undefined) input.variable_type = str(params.variable_type) === 'file' ? 'file' : 'env_var';
  if (params.protected !== undefined) input.protected = bool(params.protected);
  if (params.masked !== undefined) input.masked = bool(params.masked);
  if (params.raw !== undefined) input.raw = bool(params.raw);
  if (params.environment_scope !== undefined) input.environment_scope = str(params.environment_scope);
  if (params.description !== undefined) input.description = params.description === null ? null : str(params.description);
  if (supportsHidden(app.ui) && bool(params.masked_and_hidden)) {
    input.masked = true;
    input.hidden = true;
  }
  return input;
}

function scopeFilter(params: Record<string, unknown>): string | undefined {
  const filter = params['filter[environment_scope]'] ?? (params.filter as Record<string, unknown> | undefined)?.environment_scope;
  return filter === undefined ? undefined : str(filter);
}

function variables(app: App, ctx: Ctx, owner: VariableOwner, key: string | undefined, m: string, params: Record<string, unknown>): void {
  const state = app.state;
  const fail = (error: unknown) => {
    if (!(error instanceof ValidationError)) throw error;
    return sendJson(ctx, 400, { message: error.fields });
  };
  if (!key) {
    if (m === 'GET') {
      const all = state.listVariables(owner).map((v) => variableJson(app, v, owner));
      const { items, headers } = paginate(ctx, all, params);
      return sendJson(ctx, 200, items, headers);
    }
    if (m === 'POST') {
      if (!params.key || params.value === undefined) return sendJson(ctx, 400, { error: params.key ? 'value is missing' : 'key is missing' });
      try {
        return sendJson(ctx, 201, variableJson(app, state.createVariable(owner, variableInput(app, params)), owner));
      } catch (error) {
        return fail(error);
      }
    }
    return sendJson(ctx, 405, { message: '405 Method Not Allowed' });
  }
  const scope = scopeFilter(params);
  const found = state.findVariable(owner, key, scope);
  if (!found) return sendJson(ctx, 404, { message: '404 Variable Not Found' });
  if (m === 'GET') return sendJson(ctx, 200, variableJson(app, found, owner));
  if (m === 'PUT') {
    try {
      const input = variableInput(app, params);
      delete input.hidden; // only new variables can become hidden
      if (found.hidden) input.masked = true;
      const updated = state.updateVariable(owner, key, scope ?? found.environment_scope, input)!;
      return sendJson(ctx, 200, variableJson(app, updated, owner));
    } catch (error) {
      return fail(error);
    }
  }
  if (m === 'DELETE') {
    state.deleteVariable(owner, key, scope ?? found.environment_scope);
    ctx.res.writeHead(204, { 'Cache-Control': 'no-store' });
    ctx.res.end();
    return;
  }
  return sendJson(ctx, 405, { message: '405 Method Not Allowed' });
}

// ---- pagination ------------------------------------------------------------------------------

const DEFAULT_PER_PAGE = 20;
const MAX_PER_PAGE = 100;

function positiveInt(value: unknown, fallback: number): number {
  const n = Number.parseInt(str(value), 10);
  return Number.isFinite(n) && n >= 1 ? n : fallback;
}

/** A list endpoint's answer, one page of it, as GitLab paginates every REST list (tokens included). */
function sendList<T>(ctx: Ctx, all: T[], params: Record<string, unknown>): void {
  const { items, headers } = paginate(ctx, all, params);
  sendJson(ctx, 200, items, headers);
}

/**
 * GitLab's offset pagination of list endpoints: 20 per page unless `per_page` (at most 100),
 * `page` from 1; X-Page, X-Per-Page, X-Next-Page / X-Prev-Page (empty at the ends), X-Total,
 * X-Total-Pages, and a Link header with absolute URLs on the host, port and relative root the
 * request came to, keeping its other query parameters.
 */
export function paginate<T>(ctx: Ctx, all: T[], params: Record<string, unknown>): { items: T[]; headers: Record<string, string> } {
  const perPage = Math.min(MAX_PER_PAGE, positiveInt(params.per_page, DEFAULT_PER_PAGE));
  const page = positiveInt(params.page, 1);
  const totalPages = Math.max(1, Math.ceil(all.length / perPage));
  const items = all.slice((page - 1) * perPage, page * perPage);
  const next = page < totalPages ? page + 1 : null;
  const prev = page > 1 ? Math.min(page - 1, totalPages) : null;
  // The path as received (relative root included), on the origin the caller used.
  const requestUrl = new URL(ctx.req.url ?? '/', originOf(ctx));
  const urlFor = (target: number) => {
    const query = new URLSearchParams(requestUrl.searchParams);
    query.set('page', String(target));
    query.set('per_page', String(perPage));
    return `${requestUrl.origin}${requestUrl.pathname}?${query.toString()}`;
  };
  const links = [
    ...(next ? [`<${urlFor(next)}>; rel="next"`] : []),
    ...(prev ? [`<${urlFor(prev)}>; rel="prev"`] : []),
    `<${urlFor(1)}>; rel="first"`,
    `<${urlFor(totalPages)}>; rel="last"`,
  ];
  return {
    items,
    headers: {
      'X-Page': String(page),
      'X-Per-Page': String(perPage),
      'X-Next-Page': next ? String(next) : '',
      'X-Prev-Page': prev ? String(prev) : '',
      'X-Total': String(all.length),
      'X-Total-Pages': String(totalPages),
      Link: links.join(', '),
    },
  };
}
