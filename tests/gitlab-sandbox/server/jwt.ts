import { createHmac, randomBytes } from 'node:crypto';
import type { App } from './app.ts';
import { sendJson, type Ctx } from './http.ts';
import type { Group, Token } from './state.ts';

const SIGNING_KEY = randomBytes(32);

/**
 * GitLab's registry token endpoint, GET /jwt/auth?service=container_registry&scope=...
 * HTTP Basic username:secret. 200 with a token when the secret is a live token that may use
 * the registry (read_registry, write_registry or api) and the username is acceptable:
 * any non-blank name for personal/project/group tokens, exactly its own for deploy tokens.
 * The token's `access` says what the credential may do with the requested repository.
 */
export function handleJwtAuth(app: App, ctx: Ctx): void {
  if (ctx.query.get('service') !== 'container_registry') return sendJson(ctx, 404, { message: '404 Not Found' });
  const credentials = basic(String(ctx.req.headers.authorization ?? ''));
  const token = credentials && app.state.findBySecret(credentials.password);
  if (!credentials || !token || !acceptable(app, token, credentials.username)) {
    return sendJson(
      ctx,
      401,
      { errors: [{ code: 'UNAUTHORIZED', message: 'HTTP Basic: Access denied. If a password was provided for Git authentication, the password was incorrect or you\'re required to use a token instead of a password.' }] },
      { 'WWW-Authenticate': 'Basic realm="GitLab"' },
    );
  }
  const access = requestedAccess(app, token, ctx.query.getAll('scope'));
  const now = Math.floor(Date.now() / 1000);
  const jwt = sign({ iss: 'gitlab-issuer', aud: 'container_registry', sub: credentials.username, iat: now, nbf: now - 5, exp: now + 300, jti: randomBytes(8).toString('hex'), access });
  return sendJson(ctx, 200, { token: jwt });
}

function basic(header: string): { username: string; password: string } | undefined {
  const m = /^Basic\s+(.+)$/i.exec(header);
  if (!m) return undefined;
  const decoded = Buffer.from(m[1]!, 'base64').toString('utf8');
  const i = decoded.indexOf(':');
  if (i < 0) return undefined;
  return { username: decoded.slice(0, i), password: decoded.slice(i + 1) };
}

function acceptable(app: App, token: Token, username: string): boolean {
  if (!app.state.isLive(token)) return false;
  if (!token.scopes.some((s) => s === 'read_registry' || s === 'write_registry' || s === 'api')) return false;
  if (token.kind === 'deploy') return username === token.username;
  return username.trim() !== '';
}

/** Grants pull (and push with write scopes) on repositories of the token's own project or group. */
function requestedAccess(app: App, token: Token, scopes: string[]) {
  const out: { type: string; name: string; actions: string[] }[] = [];
  for (const scope of scopes) {
    const m = /^repository:([^:]+):(.+)$/.exec(scope);
    if (!m) continue;
    const name = m[1]!;
    const wanted = m[2]!.split(',');
    const project = app.state.projects.find((p) => name === p.fullPath || name.startsWith(`${p.fullPath}/`));
    if (!project || !project.registryEnabled || !covers(app, token, project.id)) {
      out.push({ type: 'repository', name, actions: [] });
      continue;
    }
    const canPull = token.kind === 'personal' || token.kind === 'deploy' || (token.accessLevel ?? 0) >= 20;
    const canPush = token.scopes.includes('write_registry') || (token.scopes.includes('api') && token.kind !== 'deploy');
    const actions = wanted.filter((a) => (a === 'pull' && canPull) || (a === 'push' && canPush && (token.accessLevel ?? 30) >= 30));
    out.push({ type: 'repository', name, actions });
  }
  return out;
}

function covers(app: App, token: Token, projectId: number): boolean {
  if (token.kind === 'personal') return true;
  if (token.resourceType === 'project') return token.resourceId === projectId;
  // Group-level tokens reach the projects of the group and of its subgroups.
  let group: Group | undefined = app.state.groupOf(app.state.findProject(projectId)!);
  while (group) {
    if (group.id === token.resourceId) return true;
    group = group.parentId ? app.state.findGroup(group.parentId) : undefined;
  }
  return false;
}

function b64url(data: Buffer | string): string {
  return Buffer.from(data).toString('base64url');
}

function sign(payload: object): string {
  const head = b64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }));
  const body = b64url(JSON.stringify(payload));
  const sig = createHmac('sha256', SIGNING_KEY).update(`${head}.${body}`).digest();
  return `${head}.${body}.${b64url(sig)}`;
}
