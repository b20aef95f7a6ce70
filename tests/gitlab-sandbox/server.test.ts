import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGitLab, UIS, type SandboxGitLab } from './server/index.ts';
import { sandboxRequest as req, signIn } from './server/request.ts';

// HTTP-level behaviour of the local GitLab (no browser): sessions and CSRF as Rails, the REST
// API, the registry token endpoint, the variables endpoint and the page shells per generation.

const basic = (user: string, secret: string) => ({ Authorization: `Basic ${Buffer.from(`${user}:${secret}`).toString('base64')}` });
const JWT = '/jwt/auth?service=container_registry&scope=repository:acme/backend:pull';

describe('local GitLab: sessions, CSRF, API, registry auth (17.6)', () => {
  let gl: SandboxGitLab;
  let cookie: string;
  let csrf: string;
  beforeAll(async () => {
    gl = await startGitLab({ ui: '17.6', locale: 'en', relativeRoot: '' });
    ({ cookie, csrf } = await signIn(gl, '/acme/backend/-/settings/ci_cd'));
  });
  afterAll(() => gl.stop());

  it('signs in on the first page view with a Secure HttpOnly _gitlab_session and a csrf meta tag', async () => {
    const res = await req(gl, 'GET', '/acme/backend/-/settings/access_tokens');
    const setCookie = String(res.headers['set-cookie']);
    expect(setCookie).toMatch(/^_gitlab_session=\w+; path=\/; secure; HttpOnly/);
    expect(res.text).toMatch(/<meta name="csrf-param" content="authenticity_token">/);
    expect(res.text).toMatch(/<meta name="csrf-token" content="[^"]+">/);
    expect(res.headers['cache-control']).toBe('no-store');
    // A second view with the cookie keeps the session.
    const again = await req(gl, 'GET', '/', { headers: { Cookie: cookie } });
    expect(again.headers['set-cookie']).toBeUndefined();
    expect(again.text).toContain(`content="${csrf}"`);
  });

  it('refuses Rails writes without the session (401) or without the CSRF token (422)', async () => {
    const body = { variables_attributes: [{ key: 'A_KEY', secret_value: 'value', variable_type: 'env_var', environment_scope: '*' }] };
    expect((await req(gl, 'PATCH', '/acme/backend/-/variables', { body })).status).toBe(401);
    expect((await req(gl, 'PATCH', '/acme/backend/-/variables', { body, headers: { Cookie: cookie } })).status).toBe(422);
    expect((await req(gl, 'PATCH', '/acme/backend/-/variables', { body, headers: { Cookie: cookie, 'X-CSRF-Token': 'wrong' } })).status).toBe(422);
    const form = `authenticity_token=nope&resource_access_token%5Bname%5D=x&resource_access_token%5Bscopes%5D%5B%5D=api`;
    const formRes = await req(gl, 'POST', '/acme/backend/-/settings/access_tokens', { body: form, headers: { Cookie: cookie, 'Content-Type': 'application/x-www-form-urlencoded' } });
    expect(formRes.status).toBe(422);
    expect(gl.state().tokens).toHaveLength(0);
    expect(gl.state().variables['project:acme/backend'] ?? []).toHaveLength(0);
  });

  it('refuses API writes without a CSRF token (the session is then ignored: 401); GET with the cookie works', async () => {
    const body = { key: 'B_KEY', value: 'value' };
    expect((await req(gl, 'POST', '/api/v4/projects/42/variables', { body })).status).toBe(401);
    expect((await req(gl, 'POST', '/api/v4/projects/42/variables', { body, headers: { Cookie: cookie } })).status).toBe(401);
    expect((await req(gl, 'GET', '/api/v4/user', { headers: { Cookie: cookie } })).json()).toMatchObject({ id: 1, username: 'alice' });
    expect((await req(gl, 'GET', '/api/v4/user')).status).toBe(401);
    const ok = await req(gl, 'POST', '/api/v4/projects/42/variables', { body, headers: { Cookie: cookie, 'X-CSRF-Token': csrf } });
    expect(ok.status).toBe(201);
    expect(ok.headers['cache-control']).toBe('no-store');
  });

  it('answers a duplicate key in one environment scope with 400 "has already been taken" (Rails and API)', async () => {
    const headers = { Cookie: cookie, 'X-CSRF-Token': csrf };
    const row = { key: 'DOCKER_AUTH_CONFIG', secret_value: '{"auths":{}}', variable_type: 'file', protected: false, masked: false, raw: true, environment_scope: '*', _destroy: false };
    const first = await req(gl, 'PATCH', '/acme/backend/-/variables', { headers, body: { variables_attributes: [row] } });
    expect(first.status).toBe(200);
    expect(first.json().variables).toContainEqual(expect.objectContaining({ key: 'DOCKER_AUTH_CONFIG', value: '{"auths":{}}', variable_type: 'file', raw: true }));
    const dup = await req(gl, 'PATCH', '/acme/backend/-/variables', { headers, body: { variables_attributes: [row] } });
    expect(dup.status).toBe(400);
    expect(dup.json()).toEqual(['Variables (DOCKER_AUTH_CONFIG) has already been taken']);
    // Another scope is fine.
    const other = await req(gl, 'PATCH', '/acme/backend/-/variables', { headers, body: { variables_attributes: [{ ...row, environment_scope: 'production' }] } });
    expect(other.status).toBe(200);
    const api = await req(gl, 'POST', '/api/v4/projects/acme%2Fbackend/variables', { headers, body: { key: 'DOCKER_AUTH_CONFIG', value: 'x', environment_scope: '*' } });
    expect(api.status).toBe(400);
    expect(api.json()).toEqual({ message: { key: ['(DOCKER_AUTH_CONFIG) has already been taken'] } });
    const stored = gl.state().variables['project:acme/backend']!.filter((v) => v.key === 'DOCKER_AUTH_CONFIG');
    expect(stored.map((v) => v.environment_scope).sort()).toEqual(['*', 'production']);
  });

  it('applies the generation\'s masking rules and key rule', async () => {
    const headers = { Cookie: cookie, 'X-CSRF-Token': csrf };
    const json = '{"auths":{"registry.gitlab.com":{"auth":"dXNlcjpzZWNyZXQ="}}}';
    const expanded = await req(gl, 'POST', '/api/v4/groups/acme/variables', { headers, body: { key: 'M1', value: json, masked: true, raw: false } });
    expect(expanded.status).toBe(400);
    expect(expanded.json()).toEqual({ message: { value: ['is invalid'] } });
    const raw = await req(gl, 'POST', '/api/v4/groups/acme/variables', { headers, body: { key: 'M1', value: json, masked: true, raw: true } });
    expect(raw.status).toBe(201);
    const hidden = await req(gl, 'POST', '/api/v4/groups/acme/variables', { headers, body: { key: 'M2', value: json, masked_and_hidden: true, raw: true } });
    expect(hidden.json()).toMatchObject({ masked: true, hidden: true, value: null });
    const rails = await req(gl, 'GET', '/groups/acme/-/variables', { headers: { Cookie: cookie } });
    expect(rails.json().variables.find((v: { key: string }) => v.key === 'M2')).toMatchObject({ hidden: true, value: null });
    expect(gl.state().variables['group:acme']!.find((v) => v.key === 'M2')!.value).toBe(json);
    const badKey = await req(gl, 'PATCH', '/admin/ci/variables', { headers, body: { variables_attributes: [{ key: 'BAD-KEY', secret_value: 'x', variable_type: 'env_var' }] } });
    expect(badKey.status).toBe(400);
    const pretty = await req(gl, 'PATCH', '/admin/ci/variables', { headers, body: { variables_attributes: [{ key: 'PRETTY', secret_value: '{ "a": 1 }', masked: true, raw: true }] } });
    expect(pretty.status).toBe(400);
    expect(pretty.json()[0]).toMatch(/value is invalid/);
  });

  it('updates with PUT :key?filter[environment_scope]', async () => {
    const headers = { Cookie: cookie, 'X-CSRF-Token': csrf };
    const res = await req(gl, 'PUT', '/api/v4/projects/42/variables/DOCKER_AUTH_CONFIG?filter[environment_scope]=production', { headers, body: { value: 'new-value', variable_type: 'file' } });
    expect(res.status).toBe(200);
    const stored = gl.state().variables['project:acme/backend']!.filter((v) => v.key === 'DOCKER_AUTH_CONFIG');
    expect(stored.find((v) => v.environment_scope === 'production')!.value).toBe('new-value');
    expect(stored.find((v) => v.environment_scope === '*')!.value).toBe('{"auths":{}}');
    const one = await req(gl, 'GET', '/api/v4/projects/42/variables/DOCKER_AUTH_CONFIG?filter[environment_scope]=production', { headers: { Cookie: cookie } });
    expect(one.json()).toMatchObject({ key: 'DOCKER_AUTH_CONFIG', value: 'new-value', environment_scope: 'production' });
  });

  it('serves projects, tokens, users and members as the REST API does', async () => {
    const h = { headers: { Cookie: cookie } };
    expect((await req(gl, 'GET', '/api/v4/projects/acme%2Fbackend', h)).json()).toMatchObject({
      id: 42, path_with_namespace: 'acme/backend', web_url: 'https://gitlab.com/acme/backend',
      container_registry_enabled: true, container_registry_image_prefix: 'registry.gitlab.com/acme/backend',
    });
    expect((await req(gl, 'GET', '/api/v4/projects/44', h)).json()).toMatchObject({ container_registry_enabled: false, container_registry_image_prefix: null });
    expect((await req(gl, 'GET', '/api/v4/projects/999', h)).json()).toEqual({ message: '404 Project Not Found' });
    expect((await req(gl, 'GET', '/api/v4/groups/acme%2Fplatform', h)).json()).toMatchObject({ id: 11, full_path: 'acme/platform', parent_id: 10 });

    const token = gl.createTokenDirectly({ kind: 'project', resourceId: 42, name: 'registry', scopes: ['read_registry'], accessLevel: 20 });
    const list = (await req(gl, 'GET', '/api/v4/projects/42/access_tokens', h)).json();
    expect(list).toEqual([expect.objectContaining({ id: token.id, user_id: token.userId, scopes: ['read_registry'], active: true, revoked: false, access_level: 20 })]);
    const bot = (await req(gl, 'GET', `/api/v4/users/${token.userId}`, h)).json();
    expect(bot).toMatchObject({ id: token.userId, bot: true });
    expect(bot.username).toMatch(/^project_42_bot_[0-9a-f]{32}$/);
    expect((await req(gl, 'GET', `/api/v4/projects/42/members/all/${token.userId}`, h)).json()).toMatchObject({ username: bot.username, access_level: 20 });
    expect((await req(gl, 'GET', `/api/v4/projects/43/members/all/${token.userId}`, h)).status).toBe(404);
  });

  it('credential health (issue 15): users by username, deploy token lists, and token lists by role', async () => {
    const h = { headers: { Cookie: cookie } };
    const token = gl.createTokenDirectly({ kind: 'group', resourceId: 11, name: 'group-pull', scopes: ['read_registry'], accessLevel: 20, expiresAt: '2027-03-01' });
    expect((await req(gl, 'GET', `/api/v4/users?username=${encodeURIComponent(token.username.toUpperCase())}`, h)).json()).toEqual([
      expect.objectContaining({ id: token.userId, username: token.username, bot: true }),
    ]);
    expect((await req(gl, 'GET', '/api/v4/users?username=nobody', h)).json()).toEqual([]);
    const deploy = gl.createTokenDirectly({ kind: 'deploy', resourceId: 42, resourceType: 'project', name: 'pull', scopes: ['read_registry'], expiresAt: '2020-01-01' });
    expect((await req(gl, 'GET', '/api/v4/projects/acme%2Fbackend/deploy_tokens', h)).json()).toEqual([
      { id: deploy.id, name: 'pull', username: deploy.username, expires_at: '2020-01-01T00:00:00.000Z', revoked: false, expired: true, scopes: ['read_registry'] },
    ]);
    expect((await req(gl, 'GET', '/api/v4/groups/acme%2Fplatform/access_tokens', h)).json()).toEqual([
      expect.objectContaining({ name: 'group-pull', user_id: token.userId, expires_at: '2027-03-01', active: true }),
    ]);
    // A Maintainer reads group variables and lists deploy tokens, but group access tokens need
    // Owner: GitLab refuses with its `unauthorized!`, 401 (lib/api/resource_access_tokens.rb).
    gl.setSessionRole(40);
    try {
      expect((await req(gl, 'GET', '/api/v4/groups/acme%2Fplatform/access_tokens', h)).status).toBe(401);
      expect((await req(gl, 'GET', '/api/v4/groups/acme/deploy_tokens', h)).status).toBe(200);
      expect((await req(gl, 'GET', '/api/v4/projects/42/access_tokens', h)).status).toBe(200);
      expect((await req(gl, 'GET', '/api/v4/groups/acme/variables', h)).status).toBe(200);
      gl.setSessionRole(30);
      expect((await req(gl, 'GET', '/api/v4/projects/42/deploy_tokens', h)).status).toBe(403);
      expect((await req(gl, 'GET', '/api/v4/projects/42/access_tokens', h)).status).toBe(401);
    } finally {
      gl.setSessionRole(null);
    }
  });

  it('accepts PRIVATE-TOKEN with the api scope and answers personal_access_tokens/self', async () => {
    const pat = gl.createTokenDirectly({ kind: 'personal', name: 'cli', scopes: ['api'] });
    const self = await req(gl, 'GET', '/api/v4/personal_access_tokens/self', { headers: { 'PRIVATE-TOKEN': pat.token } });
    expect(self.json()).toMatchObject({ id: pat.id, name: 'cli', scopes: ['api'], user_id: 1, active: true });
    // A token authenticates writes without CSRF.
    const created = await req(gl, 'POST', '/api/v4/admin/ci/variables', { headers: { 'PRIVATE-TOKEN': pat.token }, body: { key: 'INSTANCE_VAR', value: 'v' } });
    expect(created.status).toBe(201);
    const registryOnly = gl.createTokenDirectly({ kind: 'personal', name: 'reg', scopes: ['read_registry'] });
    expect((await req(gl, 'GET', '/api/v4/user', { headers: { 'PRIVATE-TOKEN': registryOnly.token } })).status).toBe(403);
    gl.revokeToken('personal', pat.id);
    expect((await req(gl, 'GET', '/api/v4/user', { headers: { 'PRIVATE-TOKEN': pat.token } })).status).toBe(401);
    // A project bot cannot see another project.
    const bot = gl.createTokenDirectly({ kind: 'project', resourceId: 43, name: 'api', scopes: ['api'], accessLevel: 40 });
    expect((await req(gl, 'GET', '/api/v4/projects/43', { headers: { 'PRIVATE-TOKEN': bot.token } })).status).toBe(200);
    expect((await req(gl, 'GET', '/api/v4/projects/42', { headers: { 'PRIVATE-TOKEN': bot.token } })).status).toBe(404);
    expect((await req(gl, 'GET', '/api/v4/admin/ci/variables', { headers: { 'PRIVATE-TOKEN': bot.token } })).status).toBe(403);
  });

  it('/jwt/auth: 200 for a live registry token, 401 for revoked, expired, wrong or badly named credentials', async () => {
    const pat = gl.createTokenDirectly({ kind: 'personal', name: 'pull', scopes: ['read_registry'] });
    const ok = await req(gl, 'GET', JWT, { headers: basic('anything', pat.token) });
    expect(ok.status).toBe(200);
    expect(ok.json().token).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);
    const payload = JSON.parse(Buffer.from(ok.json().token.split('.')[1], 'base64url').toString());
    expect(payload.access).toEqual([{ type: 'repository', name: 'acme/backend', actions: ['pull'] }]);
    expect((await req(gl, 'GET', JWT, { headers: basic('', pat.token) })).status).toBe(401);
    expect((await req(gl, 'GET', JWT, { headers: basic('alice', 'glpat-wrongwrongwrongwrong') })).status).toBe(401);
    expect((await req(gl, 'GET', JWT)).status).toBe(401);

    const noScope = gl.createTokenDirectly({ kind: 'personal', name: 'user', scopes: ['read_user'] });
    expect((await req(gl, 'GET', JWT, { headers: basic('alice', noScope.token) })).status).toBe(401);
    const expired = gl.createTokenDirectly({ kind: 'personal', name: 'old', scopes: ['read_registry'], expiresAt: '2020-01-01' });
    expect((await req(gl, 'GET', JWT, { headers: basic('alice', expired.token) })).status).toBe(401);

    const projectToken = gl.createTokenDirectly({ kind: 'project', resourceId: 42, name: 'bot', scopes: ['read_registry'], accessLevel: 20 });
    expect((await req(gl, 'GET', JWT, { headers: basic('whatever', projectToken.token) })).status).toBe(200);
    gl.revokeToken('project', projectToken.id);
    expect((await req(gl, 'GET', JWT, { headers: basic('whatever', projectToken.token) })).status).toBe(401);

    const deploy = gl.createTokenDirectly({ kind: 'deploy', resourceId: 42, resourceType: 'project', name: 'd', scopes: ['read_registry'] });
    expect(deploy.username).toBe(`gitlab+deploy-token-${deploy.id}`);
    expect((await req(gl, 'GET', JWT, { headers: basic(deploy.username, deploy.token) })).status).toBe(200);
    expect((await req(gl, 'GET', JWT, { headers: basic('alice', deploy.token) })).status).toBe(401);
    const named = gl.createTokenDirectly({ kind: 'deploy', resourceId: 10, resourceType: 'group', name: 'g', username: 'puller', scopes: ['read_registry'] });
    expect((await req(gl, 'GET', JWT, { headers: basic('puller', named.token) })).status).toBe(200);
    expect((await req(gl, 'GET', JWT, { headers: basic('Puller', named.token) })).status).toBe(401);
  });

  it('answers the XHR token form with JSON (new_token, active_access_tokens with user_id) or 422 errors', async () => {
    const headers = { Cookie: cookie, 'X-CSRF-Token': csrf, 'X-Requested-With': 'XMLHttpRequest', Accept: 'application/json', 'Content-Type': 'application/x-www-form-urlencoded' };
    const bad = await req(gl, 'POST', '/groups/acme/-/settings/access_tokens', { headers, body: 'resource_access_token%5Bname%5D=x' });
    expect(bad.status).toBe(422);
    expect(bad.json().errors).toContain("Scopes can't be blank");
    const ok = await req(gl, 'POST', '/groups/acme/-/settings/access_tokens', { headers, body: 'resource_access_token%5Bname%5D=x&resource_access_token%5Bscopes%5D%5B%5D=read_registry&resource_access_token%5Baccess_level%5D=20' });
    const data = ok.json();
    expect(data.new_token).toMatch(/^glpat-[\w-]{20}$/);
    expect(data.total).toBe(data.active_access_tokens.length);
    expect(data.active_access_tokens[0]).toMatchObject({ name: 'x', scopes: ['read_registry'], access_level: 20 });
    expect(typeof data.active_access_tokens[0].user_id).toBe('number');
  });

  it('exposes everything stored at /__sandbox/state', async () => {
    const state = (await req(gl, 'GET', '/__sandbox/state')).json();
    expect(state.variables['project:acme/backend'].length).toBeGreaterThan(0);
    expect(state.tokens[0]).toHaveProperty('username');
    expect(state.tokens[0]).toHaveProperty('revoked');
  });
});

describe('REST API: variable lists are paginated, one variable is read by key', () => {
  // 26 variables: one more page than GitLab's default page size of 20.
  const seed = (gl: SandboxGitLab, owner: Parameters<SandboxGitLab['setVariable']>[0]) => {
    for (let n = 1; n <= 26; n++) gl.setVariable(owner, { key: `VAR_${String(n).padStart(2, '0')}`, value: `value-${n}` });
  };
  const keys = (res: { json(): Array<{ key: string }> }) => res.json().map((v) => v.key);
  const linkRels = (link: unknown) =>
    Object.fromEntries(
      String(link ?? '')
        .split(', ')
        .filter(Boolean)
        .map((part) => {
          const [, url, rel] = /^<([^>]+)>; rel="(\w+)"$/.exec(part) ?? [];
          return [rel, url];
        }),
    );

  it('answers 20 per page with X-* and Link headers on the caller\'s own host and relative root', async () => {
    const gl = await startGitLab({ ui: '17.6', locale: 'en', relativeRoot: '/gitlab' });
    try {
      seed(gl, { project: 'acme/backend' });
      const { cookie } = await signIn(gl, '/');
      const h = { headers: { Cookie: cookie }, host: 'gitlab.example.test' };
      const first = await req(gl, 'GET', '/api/v4/projects/42/variables', h);
      expect(first.status).toBe(200);
      expect(keys(first)).toEqual(Array.from({ length: 20 }, (_, i) => `VAR_${String(i + 1).padStart(2, '0')}`));
      expect(first.headers).toMatchObject({
        'x-page': '1', 'x-per-page': '20', 'x-next-page': '2', 'x-prev-page': '', 'x-total': '26', 'x-total-pages': '2',
      });
      const base = 'https://gitlab.example.test/gitlab/api/v4/projects/42/variables';
      expect(linkRels(first.headers.link)).toEqual({
        next: `${base}?page=2&per_page=20`,
        first: `${base}?page=1&per_page=20`,
        last: `${base}?page=2&per_page=20`,
      });

      const second = await req(gl, 'GET', '/api/v4/projects/42/variables?page=2', h);
      expect(keys(second)).toEqual(['VAR_21', 'VAR_22', 'VAR_23', 'VAR_24', 'VAR_25', 'VAR_26']);
      expect(second.headers).toMatchObject({ 'x-page': '2', 'x-next-page': '', 'x-prev-page': '1', 'x-total': '26' });
      expect(Object.keys(linkRels(second.headers.link)).sort()).toEqual(['first', 'last', 'prev']);

      const all = await req(gl, 'GET', '/api/v4/projects/42/variables?per_page=100', h);
      expect(keys(all)).toHaveLength(26);
      expect(all.headers).toMatchObject({ 'x-per-page': '100', 'x-next-page': '', 'x-total-pages': '1' });
      // per_page is capped at 100.
      expect((await req(gl, 'GET', '/api/v4/projects/42/variables?per_page=500', h)).headers['x-per-page']).toBe('100');
    } finally {
      await gl.stop();
    }
  });

  it('paginates group and instance variables the same way', async () => {
    const gl = await startGitLab({ ui: '16.6', locale: 'en', relativeRoot: '' });
    try {
      seed(gl, { group: 'acme' });
      seed(gl, 'instance');
      const { cookie } = await signIn(gl, '/');
      for (const path of ['/api/v4/groups/10/variables', '/api/v4/admin/ci/variables']) {
        const first = await req(gl, 'GET', path, { headers: { Cookie: cookie } });
        expect(keys(first), path).toHaveLength(20);
        expect(first.headers['x-next-page'], path).toBe('2');
        expect(linkRels(first.headers.link).next, path).toBe(`https://gitlab.com${path}?page=2&per_page=20`);
        const second = await req(gl, 'GET', `${path}?page=2`, { headers: { Cookie: cookie } });
        expect(keys(second), path).toHaveLength(6);
        expect(second.headers['x-next-page'], path).toBe('');
      }
    } finally {
      await gl.stop();
    }
  });

  it('reads one variable by key (filter[environment_scope]), 404 "Variable Not Found" when absent', async () => {
    const gl = await startGitLab({ ui: '17.6', locale: 'en', relativeRoot: '' });
    try {
      gl.setVariable({ project: 42 }, { key: 'DOCKER_AUTH_CONFIG', value: '{"auths":{}}', variable_type: 'file', environment_scope: '*' });
      gl.setVariable({ group: 'acme' }, { key: 'GROUP_VAR', value: 'group-value' });
      gl.setVariable('instance', { key: 'INSTANCE_VAR', value: 'instance-value' });
      const { cookie } = await signIn(gl, '/');
      const h = { headers: { Cookie: cookie } };
      const one = await req(gl, 'GET', '/api/v4/projects/42/variables/DOCKER_AUTH_CONFIG?filter[environment_scope]=*', h);
      expect(one.status).toBe(200);
      expect(one.json()).toMatchObject({ key: 'DOCKER_AUTH_CONFIG', value: '{"auths":{}}', variable_type: 'file', environment_scope: '*' });
      const notFound = { message: '404 Variable Not Found' };
      const otherScope = await req(gl, 'GET', '/api/v4/projects/42/variables/DOCKER_AUTH_CONFIG?filter[environment_scope]=production', h);
      expect([otherScope.status, otherScope.json()]).toEqual([404, notFound]);
      const absent = await req(gl, 'GET', '/api/v4/projects/42/variables/NOPE?filter[environment_scope]=*', h);
      expect([absent.status, absent.json()]).toEqual([404, notFound]);

      expect((await req(gl, 'GET', '/api/v4/groups/10/variables/GROUP_VAR', h)).json()).toMatchObject({ key: 'GROUP_VAR', value: 'group-value' });
      const groupAbsent = await req(gl, 'GET', '/api/v4/groups/acme/variables/NOPE', h);
      expect([groupAbsent.status, groupAbsent.json()]).toEqual([404, notFound]);
      expect((await req(gl, 'GET', '/api/v4/admin/ci/variables/INSTANCE_VAR', h)).json()).toMatchObject({ key: 'INSTANCE_VAR', value: 'instance-value' });
      const instanceAbsent = await req(gl, 'GET', '/api/v4/admin/ci/variables/NOPE', h);
      expect([instanceAbsent.status, instanceAbsent.json()]).toEqual([404, notFound]);
    } finally {
      await gl.stop();
    }
  });
});

describe('local GitLab: page shells per generation', () => {
  for (const ui of UIS) {
    it(`${ui}: data-page, body data and the CI/CD mount elements`, async () => {
      const gl = await startGitLab({ ui, locale: 'en', relativeRoot: '', protectedByDefault: true });
      try {
        const project = (await req(gl, 'GET', '/acme/backend/-/settings/ci_cd')).text;
        expect(project).toContain('data-page="projects:settings:ci_cd:show"');
        expect(project).toContain('data-project-id="42"');
        expect(project.includes('<body') && /<body[^>]*data-project-full-path=/.test(project)).toBe(ui >= '16.6' || ui === '17.6' || ui === '18.6');
        expect(project).toMatch(/<div id="js-ci-variables"\s+data-endpoint="\/acme\/backend\/-\/variables"/);
        expect(project).toContain('data-maskable-regex="^[a-zA-Z0-9_+=/@:.~-]{8,}$"');
        expect(project).toContain('data-protected-by-default="true"');
        expect(project).toContain(`data-ui="${ui}"`);
        expect(project).toContain('id="js-cicd-variables-settings"');
        expect(project).toContain('src="/assets/sandbox/ci-variables.js"');
        const raw = /data-maskable-raw-regex="([^"]*)"/.exec(project)?.[1];
        expect(raw).toBe(ui === '15.0' ? undefined : ui === '15.11' ? '^[a-zA-Z0-9_+=/@:.~-]{8,}$' : '^\\S{8,}$');
        expect(project).toContain(`window.gon={"api_version":"v4","relative_url_root":"","gitlab_url":"https://gitlab.com","current_username":"alice"`);

        const group = (await req(gl, 'GET', '/groups/acme/platform/-/settings/ci_cd')).text;
        expect(group).toContain('data-page="groups:settings:ci_cd:show"');
        expect(group).toMatch(/<div id="js-ci-variables"\s+data-endpoint="\/groups\/acme\/platform\/-\/variables"/);
        expect(group).toContain('data-group-path="acme/platform"');
        expect(group).toContain('data-is-group="true"');
        expect(group).toContain('id="ci-variables"');
        const admin = (await req(gl, 'GET', '/admin/application_settings/ci_cd')).text;
        expect(admin).toContain('data-page="admin:application_settings:ci_cd"');
        expect(admin).toMatch(/<div id="js-instance-variables"\s+data-endpoint="\/admin\/ci\/variables"/);
        expect(admin).toContain('id="js-ci-cd-variables"');

        const pat = await req(gl, 'GET', '/-/profile/personal_access_tokens');
        if (ui === '15.0' || ui === '15.11') {
          expect(pat.text).toContain('data-page="profiles:personal_access_tokens:index"');
          expect((await req(gl, 'GET', '/-/user_settings/personal_access_tokens')).status).toBe(404);
        } else {
          expect(pat.status).toBe(302);
          expect(pat.headers.location).toBe('/-/user_settings/personal_access_tokens');
          expect((await req(gl, 'GET', '/-/user_settings/personal_access_tokens')).text).toContain('data-page="user_settings:personal_access_tokens:index"');
        }
        const legacy = await req(gl, 'GET', '/-/user_settings/personal_access_tokens/legacy/new');
        expect(legacy.status).toBe(ui === '18.6' ? 200 : 404);
        expect((await req(gl, 'GET', '/groups/acme/-/settings/access_tokens')).text).toContain('data-page="groups:settings:access_tokens:index"');
        expect((await req(gl, 'GET', '/acme/backend/-/settings/repository')).text).toContain('data-page="projects:settings:repository:show"');
        expect((await req(gl, 'GET', '/acme/backend/-/issues')).text).toContain('data-page="projects:issues:index"');
        expect((await req(gl, 'GET', '/acme/backend/-/merge_requests/1')).text).toContain('data-page="projects:merge_requests:show"');
      } finally {
        await gl.stop();
      }
    });
  }

  it('hides the read_registry scope of deploy tokens when the registry is disabled', async () => {
    const gl = await startGitLab({ ui: '15.0', locale: 'en', relativeRoot: '' });
    try {
      expect((await req(gl, 'GET', '/acme/backend/-/settings/repository')).text).toContain('id="deploy_token_read_registry"');
      expect((await req(gl, 'GET', '/acme/no-registry/-/settings/repository')).text).not.toContain('id="deploy_token_read_registry"');
      gl.setProjectRegistryEnabled(42, false);
      expect((await req(gl, 'GET', '/acme/backend/-/settings/repository')).text).not.toContain('id="deploy_token_read_registry"');
    } finally {
      await gl.stop();
    }
  });

  it('is a Japanese GitLab with locale ja: <html lang="ja">, GitLab\'s Japanese labels, English where GitLab has no translation', async () => {
    const gl = await startGitLab({ ui: '18.6', locale: 'ja' });
    try {
      const { html } = await signIn(gl, '/acme/backend/-/settings/ci_cd');
      expect(html).toContain('<html lang="ja"');
      expect(html).toContain('"locale":"ja"');
      expect(html).toContain('CI/CD設定');
      expect(html).toContain('変数');
      // Not every string: GitLab's Japanese translation is partial too, the rest falls back to English.
      expect(html).toContain('Customize your pipeline configuration.');
    } finally {
      await gl.stop();
    }
  });

  it('serves everything under the relative root /gitlab (cookie path, gon, endpoints)', async () => {
    const gl = await startGitLab({ ui: '16.6', locale: 'de', relativeRoot: '/gitlab' });
    try {
      expect(gl.urlFor('gitlab.com', '/acme/backend')).toBe(`https://gitlab.com:${gl.port}/gitlab/acme/backend`);
      const { cookie, csrf, html } = await signIn(gl, '/acme/backend/-/settings/ci_cd');
      expect(html).toContain('<html lang="de"');
      expect(html).toContain('"relative_url_root":"/gitlab"');
      expect(html).toMatch(/data-endpoint="\/gitlab\/acme\/backend\/-\/variables"/);
      expect(html).toContain('Variablen');
      const first = await req(gl, 'GET', '/');
      expect(String(first.headers['set-cookie'])).toContain('path=/gitlab;');
      const patch = await req(gl, 'PATCH', '/acme/backend/-/variables', { headers: { Cookie: cookie, 'X-CSRF-Token': csrf }, body: { variables_attributes: [{ key: 'K', secret_value: 'v' }] } });
      expect(patch.status).toBe(200);
      expect((await req(gl, 'GET', '/api/v4/projects/42', { headers: { Cookie: cookie } })).json().web_url).toBe('https://gitlab.com/gitlab/acme/backend');
    } finally {
      await gl.stop();
    }
  });
});
