import type { App, PageCtx } from './app.ts';
import { bool, readBody, redirect, sendHtml, sendJson, str, wantsJson, type Ctx } from './http.ts';
import { t } from './i18n.ts';
import { accessTokensPage, type FormValues } from './pages/access-tokens.ts';
import { ciCdPage, type CiOwner } from './pages/ci-cd.ts';
import { deployBase, repositoryPage, type DeployOwner } from './pages/deploy-tokens.ts';
import { dashboardPage, issuesPage, mergeRequestPage, notFoundPage, projectHomePage } from './pages/misc.ts';
import { legacyPersonalTokenPage, sharedPersonalTokensPage } from './pages/personal-tokens.ts';
import type { Session } from './session.ts';
import { uiAtLeast, ValidationError, type Variable, type VariableInput, type VariableOwner } from './state.ts';
import { activeTokensJson, ownerResourceId, tokensPath, type TokenOwner } from './tokens-shared.ts';

/**
 * The Rails side of the local GitLab: HTML pages and the controller endpoints the pages'
 * scripts call. Sessions and CSRF as Rails: page views sign in (first visit), every non-GET
 * needs the session cookie (else 401) and the authenticity token (else 422).
 */
export async function handleRails(app: App, ctx: Ctx): Promise<void> {
  let method = ctx.method === 'HEAD' ? 'GET' : ctx.method;
  if (method === 'GET') {
    const { session, setCookie } = app.sessions.findOrCreate(ctx);
    if (setCookie) ctx.res.setHeader('Set-Cookie', setCookie);
    return routeGet({ app, ctx, session });
  }

  const body = await readBody(ctx);
  // Rack::MethodOverride: classic forms and Rails-UJS links send PUT/PATCH/DELETE as POST + _method.
  if (method === 'POST' && typeof body.data._method === 'string') method = body.data._method.toUpperCase();
  const session = app.sessions.find(ctx);
  if (!session) {
    return sendJson(ctx, 401, { error: 'You need to sign in or sign up before continuing.' });
  }
  if (!app.sessions.verified(session, ctx.req.headers['x-csrf-token'], body.data.authenticity_token)) {
    // ActionController::InvalidAuthenticityToken
    return sendJson(ctx, 422, { error: "Can't verify CSRF token authenticity.", exception: 'ActionController::InvalidAuthenticityToken' });
  }
  return routeWrite({ app, ctx, session }, method, body.data);
}

// ---- routing -------------------------------------------------------------------------------

type Resolved =
  | { kind: 'project'; owner: { kind: 'project'; project: import('./state.ts').Project }; rest: string }
  | { kind: 'group'; owner: { kind: 'group'; group: import('./state.ts').Group }; rest: string };

function resolveNamespaced(app: App, path: string): Resolved | undefined | null {
  const g = /^\/groups\/(.+?)\/-\/(.+)$/.exec(path);
  if (g) {
    const group = app.state.findGroup(decodeURIComponent(g[1]!));
    return group ? { kind: 'group', owner: { kind: 'group', group }, rest: g[2]! } : null;
  }
  const m = /^\/(.+?)\/-\/(.+)$/.exec(path);
  if (m) {
    const project = app.state.findProject(decodeURIComponent(m[1]!));
    return project ? { kind: 'project', owner: { kind: 'project', project }, rest: m[2]! } : null;
  }
  return undefined;
}

function html(p: PageCtx, page: string, status = 200): void {
  // Pages may show a freshly created secret: never cache them.
  sendHtml(p.ctx, status, page, { 'Cache-Control': 'no-store' });
}

function notFound(p: PageCtx): void {
  if (wantsJson(p.ctx)) return sendJson(p.ctx, 404, { message: 'Not Found' });
  html(p, notFoundPage(p), 404);
}

function routeGet(p: PageCtx): void {
  const { app, ctx } = p;
  const { ui, root } = app;
  const path = ctx.path.replace(/\/+$/, '') || '/';

  if (path === '/' || path === '/dashboard/projects') return html(p, dashboardPage(p));
  if (path === '/-/profile/personal_access_tokens') {
    if (uiAtLeast(ui, '16.6')) return redirect(ctx, `${root}/-/user_settings/personal_access_tokens`);
    return html(p, personalPage(p, { kind: 'personal' }));
  }
  if (path === '/-/user_settings/personal_access_tokens' && uiAtLeast(ui, '16.6')) {
    return html(p, uiAtLeast(ui, '17.6') ? sharedPersonalTokensPage(p) : personalPage(p, { kind: 'personal' }));
  }
  if (path === '/-/user_settings/personal_access_tokens/legacy/new' && ui === '18.6') return html(p, legacyPersonalTokenPage(p));
  if (path === '/admin/application_settings/ci_cd') return html(p, ciCdPage(p, { kind: 'instance' }));
  if (path === '/admin/ci/variables') return variablesJson(p, { kind: 'instance' });

  const resolved = resolveNamespaced(app, path);
  if (resolved === null) return notFound(p);
  if (resolved) {
    const { owner, rest } = resolved;
    if (rest === 'settings/access_tokens') return html(p, personalPage(p, owner));
    if (rest === 'settings/repository') return html(p, repositoryPage(p, owner));
    if (rest === 'settings/ci_cd') return html(p, ciCdPage(p, owner));
    if (rest === 'variables') return variablesJson(p, ciOwner(owner));
    if (owner.kind === 'project') {
      if (rest === 'issues') return html(p, issuesPage(p, owner.project));
      const mr = /^merge_requests\/(\d+)$/.exec(rest);
      if (mr) return html(p, mergeRequestPage(p, owner.project, Number(mr[1])));
    }
    return notFound(p);
  }
  const project = app.state.findProject(decodeURIComponent(path.slice(1)));
  if (project) return html(p, projectHomePage(p, project));
  return notFound(p);
}

/** The HAML-form token page; in the full-reload era it shows the token kept in the flash once. */
function personalPage(p: PageCtx, owner: TokenOwner, extra: { errors?: string[]; values?: FormValues } = {}): string {
  const flash = p.session.flash.newToken as { path: string; token: string } | undefined;
  let createdToken: string | undefined;
  if (flash && flash.path === tokensPath(p.app, owner)) {
    createdToken = flash.token;
    delete p.session.flash.newToken;
  }
  return accessTokensPage(p, owner, { createdToken, ...extra });
}

async function routeWrite(p: PageCtx, method: string, body: Record<string, unknown>): Promise<void> {
  const { app, ctx } = p;
  const path = ctx.path.replace(/\/+$/, '');
  const personalBase = uiAtLeast(app.ui, '16.6') ? '/-/user_settings/personal_access_tokens' : '/-/profile/personal_access_tokens';

  if (path === personalBase && method === 'POST') return createAccessToken(p, { kind: 'personal' }, body);
  const personalRevoke = new RegExp(`^${personalBase}/(\\d+)/revoke$`).exec(path);
  if (personalRevoke && method === 'PUT') return revokeAccessToken(p, { kind: 'personal' }, Number(personalRevoke[1]));
  if (path === '/admin/ci/variables' && method === 'PATCH') return updateVariables(p, { kind: 'instance' }, body);

  const resolved = resolveNamespaced(app, path);
  if (resolved) {
    const { owner, rest } = resolved;
    if (rest === 'settings/access_tokens' && method === 'POST') return createAccessToken(p, owner, body);
    const revoke = /^settings\/access_tokens\/(\d+)\/revoke$/.exec(rest);
    if (revoke && method === 'PUT') return revokeAccessToken(p, owner, Number(revoke[1]));
    if (rest === 'settings/repository/deploy_token/create' && method === 'POST') return createDeployToken(p, owner, body);
    const deployRevoke = /^deploy_tokens\/(\d+)\/revoke$/.exec(rest);
    if (deployRevoke && method === 'PUT') return revokeDeployToken(p, owner, Number(deployRevoke[1]));
    if (rest === 'variables' && method === 'PATCH') return updateVariables(p, ciOwner(owner), body);
  }
  return sendJson(ctx, 404, { message: 'Not Found' });
}

// ---- access tokens -------------------------------------------------------------------------

function isXhr(ctx: Ctx): boolean {
  return wantsJson(ctx) || ctx.req.headers['x-requested-with'] === 'XMLHttpRequest';
}

function tokenParams(owner: TokenOwner, body: Record<string, unknown>): FormValues {
  const prefix = owner.kind === 'personal' ? 'personal_access_token' : 'resource_access_token';
  const raw = (body[prefix] ?? body) as Record<string, unknown>;
  const scopes = Array.isArray(raw.scopes) ? raw.scopes.map(str).filter(Boolean) : [];
  const level = Number(raw.access_level);
  return { name: str(raw.name), expiresAt: str(raw.expires_at), accessLevel: Number.isFinite(level) && level > 0 ? level : undefined, scopes };
}

function createAccessToken(p: PageCtx, owner: TokenOwner, body: Record<string, unknown>): void {
  const { app, ctx, session } = p;
  const values = tokenParams(owner, body);
  try {
    const token = app.state.createToken({
      kind: owner.kind,
      resourceId: ownerResourceId(owner),
      name: values.name ?? '',
      scopes: values.scopes ?? [],
      accessLevel: owner.kind === 'personal' ? null : (values.accessLevel ?? 10),
      expiresAt: values.expiresAt || null,
    });
    if (isXhr(ctx)) {
      const active = activeTokensJson(app, owner);
      return sendJson(ctx, 200, { new_token: token.token, token: token.token, active_access_tokens: active, total: active.length });
    }
    // Full-reload era: redirect to the index, which shows the token once (flash).
    session.flash.newToken = { path: tokensPath(app, owner), token: token.token };
    return redirect(ctx, tokensPath(app, owner));
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    if (isXhr(ctx)) return sendJson(ctx, 422, { errors: error.fullMessages });
    return html(p, accessTokensPage(p, owner, { errors: error.fullMessages, values }));
  }
}

function revokeAccessToken(p: PageCtx, owner: TokenOwner, id: number): void {
  const { app, ctx, session } = p;
  const token = app.state.findToken(owner.kind, id);
  if (!token || token.kind !== owner.kind || token.resourceId !== ownerResourceId(owner)) {
    return sendJson(ctx, 404, { message: 'Not Found' });
  }
  app.state.revokeToken(owner.kind, id);
  if (isXhr(ctx)) return sendJson(ctx, 200, { revoked: true });
  session.flash.notice = t(app.locale, 'flash.revoked', { name: token.name });
  return redirect(ctx, tokensPath(app, owner));
}

// ---- deploy tokens -------------------------------------------------------------------------

function createDeployToken(p: PageCtx, owner: DeployOwner, body: Record<string, unknown>): void {
  const { app, ctx } = p;
  const raw = (body.deploy_token ?? body) as Record<string, unknown>;
  const scopes = ['read_repository', 'read_registry', 'write_registry', 'read_package_registry', 'write_package_registry'].filter((s) => bool(raw[s]));
  const registryOff = owner.kind === 'project' && !owner.project.registryEnabled;
  const allowed = registryOff ? scopes.filter((s) => s !== 'read_registry' && s !== 'write_registry') : scopes;
  try {
    const token = app.state.createToken({
      kind: 'deploy',
      resourceId: owner.kind === 'project' ? owner.project.id : owner.group.id,
      resourceType: owner.kind,
      name: str(raw.name),
      username: str(raw.username),
      scopes: allowed,
      expiresAt: str(raw.expires_at) || null,
    });
    if (isXhr(ctx) || ctx.body?.kind === 'json') {
      return sendJson(ctx, 201, {
        id: token.id, name: token.name, username: token.username, expires_at: token.expiresAt,
        token: token.token, scopes: token.scopes, revoked: false,
      });
    }
    // HAML era: render the repository page with the new token (data-page ...:create_deploy_token).
    return html(p, repositoryPage(p, owner, { created: token }));
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    if (isXhr(ctx) || ctx.body?.kind === 'json') return sendJson(ctx, 422, { message: error.fullMessages.join(', ') });
    return html(p, repositoryPage(p, owner, { errors: error.fullMessages }));
  }
}

function revokeDeployToken(p: PageCtx, owner: DeployOwner, id: number): void {
  const { app, ctx, session } = p;
  const token = app.state.findToken('deploy', id);
  const resourceId = owner.kind === 'project' ? owner.project.id : owner.group.id;
  if (!token || token.resourceId !== resourceId || token.resourceType !== owner.kind) return sendJson(ctx, 404, { message: 'Not Found' });
  app.state.revokeToken('deploy', id);
  if (isXhr(ctx)) return sendJson(ctx, 200, { revoked: true });
  session.flash.notice = t(app.locale, 'flash.deploy_revoked', { name: token.name });
  return redirect(ctx, `${deployBase(p, owner)}/settings/repository#js-deploy-tokens`);
}

// ---- CI/CD variables (the endpoint behind data-endpoint) -------------------------------------

function ciOwner(owner: DeployOwner): CiOwner {
  return owner;
}

function stateOwner(owner: CiOwner): VariableOwner {
  if (owner.kind === 'project') return { kind: 'project', id: owner.project.id };
  if (owner.kind === 'group') return { kind: 'group', id: owner.group.id };
  return { kind: 'instance' };
}

/** The controller's serializer: hidden values never leave the server. */
export function railsVariable(v: Variable) {
  return {
    id: v.id, key: v.key, value: v.hidden ? null : v.value, variable_type: v.variable_type,
    protected: v.protected, masked: v.masked, hidden: v.hidden, raw: v.raw,
    environment_scope: v.environment_scope, description: v.description,
  };
}

function variablesJson(p: PageCtx, owner: CiOwner): void {
  const list = p.app.state.listVariables(stateOwner(owner));
  sendJson(p.ctx, 200, { variables: list.map(railsVariable) });
}

function updateVariables(p: PageCtx, owner: CiOwner, body: Record<string, unknown>): void {
  const { app, ctx } = p;
  const attrs = body.variables_attributes;
  const rows: Record<string, unknown>[] = Array.isArray(attrs)
    ? (attrs as Record<string, unknown>[])
    : attrs && typeof attrs === 'object'
      ? Object.values(attrs as Record<string, Record<string, unknown>>)
      : [];
  const changes: VariableInput[] = rows.map((row) => {
    const change: VariableInput = {};
    if (row.id !== undefined && row.id !== null && row.id !== '') change.id = Number(row.id);
    if (row.key !== undefined) change.key = str(row.key);
    if (row.secret_value !== undefined && row.secret_value !== null) change.value = str(row.secret_value);
    if (row.variable_type !== undefined) change.variable_type = str(row.variable_type).toLowerCase() === 'file' ? 'file' : 'env_var';
    for (const flag of ['protected', 'masked', 'hidden', 'raw'] as const) if (row[flag] !== undefined) change[flag] = bool(row[flag]);
    if (row.environment_scope !== undefined) change.environment_scope = str(row.environment_scope);
    if (row.description !== undefined) change.description = row.description === null ? null : str(row.description);
    if (bool(row._destroy)) change._destroy = true;
    return change;
  });
  try {
    const list = app.state.applyVariableChanges(stateOwner(owner), changes);
    return sendJson(ctx, 200, { variables: list.map(railsVariable) });
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    // Rails answers with the model's full messages as a JSON array.
    return sendJson(ctx, 400, error.fullMessages);
  }
}
