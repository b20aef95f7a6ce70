import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { handleApi } from './api.ts';
import type { App } from './app.ts';
import { serveAsset } from './assets.ts';
import { makeSelfSignedCert } from './cert.ts';
import { parseCookies, send, sendJson, type Ctx } from './http.ts';
import { handleJwtAuth } from './jwt.ts';
import { handleRails } from './rails.ts';
import { Sessions } from './session.ts';
import { registerLocalServer, rememberAuthsIn } from '../../support/secret-ledger.ts';
import {
  GitLabState, UIS, type CreateTokenInput, type Locale, type SandboxState, type Token, type Ui,
  type Variable, type VariableInput, type VariableOwner,
} from './state.ts';

export type { Locale, SandboxState, Token, Ui, Variable, VariableOwner } from './state.ts';
export { HOSTILE_NAMES, UIS } from './state.ts';

export interface StartOptions {
  ui?: Ui;
  locale?: Locale;
  relativeRoot?: '' | '/gitlab';
  port?: number;
  /** data-protected-by-default on the CI/CD variable mount element. */
  protectedByDefault?: boolean;
  /** Host[:port] of the container registry (container_registry_image_prefix). */
  registryHost?: string;
  /** Also seed group `acme/hostile` and project `acme/hostile/app` whose names are markup (HOSTILE_NAMES). */
  hostileNames?: boolean;
  /**
   * GitLab's feature flag `ci_remove_character_limitation_raw_masked_var` (default off, env
   * GITLAB_RAW_MASKED_VARIABLES_FLAG=1). Matters on 15.11 only: when on, the page states
   * data-maskable-raw-regex="^\S{8,}$", the form lets a raw value matching it be masked and the
   * server accepts it. 15.0 has no raw rule; 16.6+ always use ^\S{8,}$ for raw values.
   */
  rawMaskedVariablesFlag?: boolean;
}

/** Owner of variables in the test helpers: a project or group by id or full path, or the instance. */
export type OwnerRef = { project: string | number } | { group: string | number } | 'instance';

export interface SandboxGitLab {
  port: number;
  ui: Ui;
  locale: Locale;
  relativeRoot: '' | '/gitlab';
  registryHost: string;
  rawMaskedVariablesFlag: boolean;
  /** https://<host>:<port><root><path>; path starts with '/'. */
  urlFor(host: string, path: string): string;
  /** A deep copy of everything stored (variables exactly as saved, tokens with usernames). */
  state(): SandboxState;
  stop(): Promise<void>;
  /** Creates a token without the UI (kind project/group need resourceId). */
  createTokenDirectly(input: CreateTokenInput): Token;
  revokeToken(kind: Token['kind'], id: number): boolean;
  /** Creates or replaces (same key and scope) a variable without the UI or validation shortcuts. */
  setVariable(owner: OwnerRef, variable: VariableInput & { key: string; value: string }): Variable;
  setProjectRegistryEnabled(project: string | number, enabled: boolean): void;
  /**
   * The signed-in user's role: null (default) keeps alice an administrator; 40 makes her a
   * non-admin Maintainer of every group and project (she reads variables, lists project access
   * tokens and deploy tokens, but GitLab answers 401 to group access token lists, which need Owner).
   */
  setSessionRole(level: number | null): void;
  /** Every request GitLab received since it started (or since the last clear), as `METHOD /path?query` below the root. */
  requests(): string[];
  clearRequests(): void;
}

function envUi(): Ui {
  const v = process.env.GITLAB_UI;
  if (!v) return '17.6';
  if (!(UIS as readonly string[]).includes(v)) throw new Error(`GITLAB_UI=${v}: expected one of ${UIS.join(', ')}`);
  return v as Ui;
}

function envLocale(): Locale {
  const v = process.env.GITLAB_LOCALE ?? 'en';
  if (v !== 'en' && v !== 'de' && v !== 'ja') throw new Error(`GITLAB_LOCALE=${v}: expected en, de or ja`);
  return v;
}

function envFlag(name: string): boolean {
  const v = (process.env[name] ?? '').toLowerCase();
  if (v === '' || v === '0' || v === 'false' || v === 'off') return false;
  if (v === '1' || v === 'true' || v === 'on') return true;
  throw new Error(`${name}=${v}: expected 1/true/on or 0/false/off`);
}

function envRoot(): '' | '/gitlab' {
  const v = (process.env.GITLAB_RELATIVE_ROOT ?? '').replace(/\/+$/, '');
  if (v !== '' && v !== '/gitlab') throw new Error(`GITLAB_RELATIVE_ROOT=${v}: expected '' or /gitlab`);
  return v;
}

/**
 * Starts the local GitLab on 127.0.0.1 over HTTPS with a fresh self-signed certificate.
 * It answers for any Host header: tests map gitlab.com (or gitlab.example.test) onto it
 * with Chromium's --host-resolver-rules.
 */
export async function startGitLab(options: StartOptions = {}): Promise<SandboxGitLab> {
  const ui = options.ui ?? envUi();
  const locale = options.locale ?? envLocale();
  const root = options.relativeRoot ?? envRoot();
  const registryHost = options.registryHost ?? 'registry.gitlab.com';
  const rawMaskedVariablesFlag = options.rawMaskedVariablesFlag ?? envFlag('GITLAB_RAW_MASKED_VARIABLES_FLAG');
  const state = new GitLabState(ui, registryHost, rawMaskedVariablesFlag);
  if (options.hostileNames) state.addHostileNamespaces();
  const app: App = {
    ui, locale, root, registryHost, state, rawMaskedVariablesFlag,
    protectedByDefault: options.protectedByDefault ?? false,
    sessions: new Sessions(root || '/'),
  };

  const { key, cert } = makeSelfSignedCert();
  const received: string[] = [];
  const server: Server = createServer({ key, cert }, (req, res) => {
    received.push(`${(req.method ?? 'GET').toUpperCase()} ${(req.url ?? '/').slice(root.length) || '/'}`);
    handle(app, req, res).catch((error: unknown) => {
      console.error('[local GitLab]', error);
      if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain' });
      res.end('500 Internal Server Error');
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  registerLocalServer(port, `local GitLab ${ui}`); // the e2e guard lets test browsers reach it (issue 7)

  const ownerOf = (ref: OwnerRef): VariableOwner => {
    if (ref === 'instance') return { kind: 'instance' };
    if ('project' in ref) {
      const p = state.findProject(ref.project);
      if (!p) throw new Error(`no project ${ref.project}`);
      return { kind: 'project', id: p.id };
    }
    const g = state.findGroup(ref.group);
    if (!g) throw new Error(`no group ${ref.group}`);
    return { kind: 'group', id: g.id };
  };

  return {
    port, ui, locale, relativeRoot: root, registryHost, rawMaskedVariablesFlag,
    urlFor: (host, path) => `https://${host}:${port}${root}${path.startsWith('/') ? path : `/${path}`}`,
    state: () => state.snapshot(),
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
    createTokenDirectly: (input) => state.createToken(input),
    revokeToken: (kind, id) => state.revokeToken(kind, id),
    setVariable: (ref, variable) => {
      rememberAuthsIn(variable.value, `${variable.key} set by a test`); // the e2e guard scans for them
      const owner = ownerOf(ref);
      const scope = variable.environment_scope ?? '*';
      const existing = state.findVariable(owner, variable.key, owner.kind === 'instance' ? undefined : scope);
      if (existing) return state.updateVariable(owner, variable.key, existing.environment_scope, variable)!;
      return state.createVariable(owner, variable);
    },
    setProjectRegistryEnabled: (ref, enabled) => {
      const p = state.findProject(ref);
      if (!p) throw new Error(`no project ${ref}`);
      p.registryEnabled = enabled;
    },
    setSessionRole: (level) => {
      const alice = state.currentUser;
      alice.admin = level === null;
      alice.memberLevel = level ?? undefined;
    },
    requests: () => [...received],
    clearRequests: () => void received.splice(0),
  };
}

async function handle(app: App, req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse): Promise<void> {
  const url = new URL(req.url ?? '/', 'https://local');
  const ctx: Ctx = {
    req, res, method: (req.method ?? 'GET').toUpperCase(), path: url.pathname, query: url.searchParams,
    cookies: parseCookies(req.headers.cookie),
  };
  if (app.root) {
    if (ctx.path !== app.root && !ctx.path.startsWith(`${app.root}/`)) {
      res.writeHead(404, { 'Content-Type': 'text/plain' });
      res.end('Not Found (outside the relative URL root)');
      return;
    }
    ctx.path = ctx.path.slice(app.root.length) || '/';
  }
  const path = ctx.path;
  if (path === '/favicon.ico') return send(ctx, 204, '');
  if (path.startsWith('/assets/sandbox/')) return serveAsset(ctx, path.slice('/assets/sandbox/'.length));
  if (path === '/__sandbox/state') return sendJson(ctx, 200, app.state.snapshot());
  if (path === '/api/v4' || path.startsWith('/api/v4/')) return handleApi(app, ctx, path.slice('/api/v4'.length));
  if (path === '/jwt/auth') return handleJwtAuth(app, ctx);
  return handleRails(app, ctx);
}
