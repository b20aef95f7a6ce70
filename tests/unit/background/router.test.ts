// Every message a content script sends the background, answered against a stand-in GitLab behind
// `fetch`: what the panel reads back, and what GitLab receives.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { listenForContentScripts } from '../../../utils/background/router';
import { DEFAULT_SETTINGS } from '../../../utils/instances/settings';
import { addStoredInstance, saveInstanceSettings } from '../../../utils/instances/store';
import { ask, fakeGitLab, variablesSaveRequest, type Answer, type Route, type SeenRequest } from './fake-gitlab';

const GITLAB = { origin: 'https://gitlab.com', relativeRoot: '' };
const TOKEN_PAGE = 'https://gitlab.com/acme/backend/-/settings/access_tokens';
const CI_PAGE = 'https://gitlab.com/acme/backend/-/settings/ci_cd';
const API = '/api/v4';
const PROJECT = `${API}/projects/acme%2Fbackend`;
const JSON_VALUE = '{"auths":{"registry.example.com":{"auth":"dXNlcjpzZWNyZXQ="}}}';
const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');

beforeEach(() => {
  fakeBrowser.reset();
  listenForContentScripts();
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('token-context: registry and username for a token just shown', () => {
  const request = {
    type: 'token-context',
    location: GITLAB,
    owner: 'project',
    scope: 'project',
    projectId: '42',
    groupId: null,
    fullPath: 'acme/backend',
  };

  it("names the bot user of the newest active token, and the project's registry", async () => {
    const seen = fakeGitLab({
      [`GET ${API}/projects/42`]: { status: 200, body: { id: 42, container_registry_image_prefix: 'registry.gitlab.com/acme/backend' } },
      // Unordered, as GitLab may list them: inactive, revoked, older and undated tokens around the newest active one.
      [`GET ${API}/projects/42/access_tokens`]: {
        status: 200,
        body: [
          { id: 3, user_id: 30, active: true, revoked: false },
          { id: 12, user_id: 120, active: false, revoked: false },
          { id: 8, user_id: 80, active: true, revoked: false },
          { id: 11, user_id: 110, active: true, revoked: true },
          { id: 5, user_id: 50 },
        ],
      },
      [`GET ${API}/users/80`]: { status: 200, body: { id: 80, username: 'project_42_bot_8f3e' } },
    });
    const answer = await ask(request, TOKEN_PAGE);
    expect(answer).toEqual({
      ok: true,
      response: {
        registry: { value: 'registry.gitlab.com', source: "Prefilled from this project's container registry, from the GitLab API.", problem: null },
        username: { value: 'project_42_bot_8f3e', source: "Prefilled from the token's bot user, from the GitLab API.", problem: null },
      },
    });
    // Read with the person's GitLab session, from the page's own GitLab only.
    expect(seen.map((r) => [r.method, r.url.origin, r.credentials])).toEqual(Array(3).fill(['GET', 'https://gitlab.com', 'include']));
  });

  it('falls back to a default bot name when every token is inactive or revoked, and says so', async () => {
    fakeGitLab({
      [`GET ${API}/projects/42`]: { status: 200, body: { container_registry_image_prefix: 'registry.gitlab.com/acme/backend' } },
      [`GET ${API}/projects/42/access_tokens`]: { status: 200, body: [{ id: 3, user_id: 30, active: false }, { id: 4, user_id: 40, revoked: true }] },
    });
    const answer = await ask(request, TOKEN_PAGE);
    expect((answer.response as { username: unknown }).username).toEqual({
      value: 'project_42_bot',
      source: 'Prefilled from a default.',
      problem: "The token's bot user was not found. Any non-blank username works with project access tokens.",
    });
  });

  it("reads a group token's bot user from the group's tokens", async () => {
    const seen = fakeGitLab({
      [`GET ${API}/groups/10/access_tokens`]: { status: 200, body: [{ id: 2, user_id: 20, active: true }] },
      [`GET ${API}/users/20`]: { status: 200, body: { username: 'group_10_bot_a1b2' } },
    });
    const answer = await ask({ ...request, owner: 'group', scope: 'group', projectId: null, groupId: '10', fullPath: 'acme' }, 'https://gitlab.com/groups/acme/-/settings/access_tokens');
    expect(answer.response).toMatchObject({
      registry: { value: 'registry.gitlab.com', source: "Prefilled from GitLab.com's registry." },
      username: { value: 'group_10_bot_a1b2' },
    });
    expect(seen.map((r) => r.url.pathname)).toEqual([`${API}/groups/10/access_tokens`, `${API}/users/20`]);
  });

  it("says so when GitLab describes the project in a form the extension does not know, and still prefills", async () => {
    fakeGitLab({
      [`GET ${API}/projects/42`]: { status: 200, body: { container_registry_image_prefix: 42 } },
      [`GET ${API}/projects/42/access_tokens`]: { status: 200, body: [] },
    });
    const { registry } = (await ask(request, TOKEN_PAGE)).response as { registry: { value: string; problem: string } };
    expect(registry.value).toBe('registry.gitlab.com');
    expect(registry.problem).toMatch(/^Could not read this project's registry: .+\. Enter the registry host yourself if the one below is wrong\.$/s);
  });

  it("prefills the registry host set for this GitLab in the options page, over the project's", async () => {
    await saveInstanceSettings('https://gitlab.com', { ...DEFAULT_SETTINGS, registry: 'mirror.example.com:5050' });
    fakeGitLab({
      [`GET ${API}/projects/42`]: { status: 200, body: { container_registry_image_prefix: 'registry.gitlab.com/acme/backend' } },
      [`GET ${API}/projects/42/access_tokens`]: { status: 200, body: [] },
    });
    expect((await ask(request, TOKEN_PAGE)).response).toMatchObject({
      registry: { value: 'mirror.example.com:5050', source: 'Prefilled from your setting for this GitLab.', problem: null },
    });
  });

  it('remembers the registry a project named, for the tokens of pages that name none on the same GitLab', async () => {
    await addStoredInstance({ origin: 'https://git.example.com', relativeRoot: '' });
    const location = { origin: 'https://git.example.com', relativeRoot: '' };
    fakeGitLab({
      [`GET ${API}/projects/42`]: { status: 200, body: { container_registry_image_prefix: 'registry.example.com:5050/acme/backend' } },
      [`GET ${API}/projects/42/access_tokens`]: { status: 200, body: [] },
      [`GET ${API}/user`]: { status: 200, body: { username: 'alice' } },
    });
    await ask({ ...request, location }, 'https://git.example.com/acme/backend/-/settings/access_tokens');
    const personal = { ...request, location, owner: 'personal', scope: 'personal', projectId: null, fullPath: null };
    const answer = await ask(personal, 'https://git.example.com/-/user_settings/personal_access_tokens');
    expect(answer.response).toMatchObject({
      registry: { value: 'registry.example.com:5050', source: 'Prefilled from the registry last seen on this GitLab.', problem: null },
    });
  });

  it("takes a personal token's username from the signed-in user", async () => {
    fakeGitLab({ [`GET ${API}/user`]: { status: 200, body: { username: 'alice' } } });
    const answer = await ask(
      { ...request, owner: 'personal', scope: 'personal', projectId: null, fullPath: null },
      'https://gitlab.com/-/user_settings/personal_access_tokens',
    );
    expect(answer.response).toMatchObject({ username: { value: 'alice', source: 'Prefilled from your GitLab username.', problem: null } });
  });
});

describe('verify-credentials: asks GitLab whether the token may pull', () => {
  const request = {
    type: 'verify-credentials',
    location: GITLAB,
    username: 'project_42_bot',
    secret: 'glpat-secret0000000001',
    projectPath: 'acme/backend',
  };

  it('sends the credentials, and only them (no session cookie), to the GitLab the token came from', async () => {
    const seen = fakeGitLab({ [`GET /jwt/auth`]: { status: 200, body: { token: 'x.y.z' } } });
    expect(await ask(request, TOKEN_PAGE)).toEqual({
      ok: true,
      response: { verdict: 'valid', message: 'Valid: GitLab accepts these credentials for the registry.' },
    });
    expect(seen).toHaveLength(1);
    const [sent] = seen as [SeenRequest];
    expect(sent.url.origin).toBe('https://gitlab.com');
    expect(Object.fromEntries(sent.url.searchParams)).toEqual({ service: 'container_registry', scope: 'repository:acme/backend:pull' });
    expect(sent.headers.Authorization).toBe(`Basic ${b64('project_42_bot:glpat-secret0000000001')}`);
    expect(sent.credentials).toBe('omit');
    expect(sent.cache).toBe('no-store');
  });

  it('asks under the relative URL root, and without a scope when no project is known', async () => {
    // The root is the one stored for that GitLab (added in the options page), never the page's word alone.
    await addStoredInstance({ origin: 'https://git.example.com', relativeRoot: '/gitlab' });
    const seen = fakeGitLab({ [`GET /gitlab/jwt/auth`]: { status: 200, body: {} } });
    const answer = await ask(
      { ...request, location: { origin: 'https://git.example.com', relativeRoot: '/gitlab' }, projectPath: null },
      'https://git.example.com/gitlab/-/user_settings/personal_access_tokens',
    );
    expect(answer.response).toMatchObject({ verdict: 'valid' });
    expect(seen[0]!.url.href).toBe('https://git.example.com/gitlab/jwt/auth?service=container_registry');
  });

  const invalid =
    'Invalid: GitLab refuses these credentials (wrong, revoked or expired token, a missing read_registry scope, or a deploy token with another username).';
  it.each([
    [401, { verdict: 'invalid', message: invalid }],
    [403, { verdict: 'invalid', message: invalid }],
    [
      404,
      {
        verdict: 'unknown',
        message:
          "Could not verify: this GitLab has no registry token endpoint (404), so its container registry is probably turned off. Ask its administrator, or check the registry address.",
      },
    ],
    [500, { verdict: 'unknown', message: 'GitLab could not verify them (500). Try again later.' }],
  ])('GitLab answers %i: says so', async (status, expected) => {
    fakeGitLab({ [`GET /jwt/auth`]: { status, body: {} } });
    expect((await ask(request, TOKEN_PAGE)).response).toEqual(expected);
  });

  it('says when GitLab cannot be reached', async () => {
    fakeGitLab({ [`GET /jwt/auth`]: 'unreachable' });
    expect((await ask(request, TOKEN_PAGE)).response).toEqual({
      verdict: 'unknown',
      message: 'Could not reach GitLab to verify. Check your connection and try again.',
    });
  });

  it('never sends a token to another GitLab than the page it came from', async () => {
    const seen = fakeGitLab({});
    const answer = await ask({ ...request, location: { origin: 'https://evil.example', relativeRoot: '' } }, TOKEN_PAGE);
    expect(answer).toEqual({ ok: false, error: 'Refused: the request names another GitLab than the page it came from.' });
    expect(seen).toEqual([]);
  });
});

// handoff-put and handoff-take: tests/unit/background/handoff.test.ts (bound to the tab and page it opened)
// and router-trust.test.ts (another GitLab, paths, rate limits).

describe('handoff-put: the browser opens no tab', () => {
  it('says so instead of keeping a value no page can take', async () => {
    vi.spyOn(fakeBrowser.tabs, 'create').mockResolvedValue({} as Awaited<ReturnType<typeof fakeBrowser.tabs.create>>);
    const answer = await ask(
      { type: 'handoff-put', target: { location: GITLAB, owner: 'project', fullPath: 'acme/backend' }, json: JSON_VALUE, registry: 'registry.example.com' },
      TOKEN_PAGE,
      7,
    );
    expect(answer).toEqual({ ok: false, error: 'The browser opened no tab for the CI/CD settings.' });
    expect(await fakeBrowser.storage.session.get()).toEqual({});
  });
});

describe('build-config: the value built in the background for the CI/CD page', () => {
  it('answers the JSON and the key the registry became', async () => {
    const answer = await ask(
      { type: 'build-config', location: GITLAB, registry: 'https://Registry.Example.com/v2/', username: 'user', secret: 'secret' },
      CI_PAGE,
    );
    expect(answer).toEqual({ ok: true, response: { json: JSON_VALUE, key: 'registry.example.com', errors: {} } });
  });

  it('answers what is wrong with each field', async () => {
    const answer = await ask({ type: 'build-config', location: GITLAB, registry: 'ftp://r.example.com', username: 'a:b', secret: '' }, CI_PAGE);
    expect(answer).toEqual({
      ok: true,
      response: {
        json: null,
        key: null,
        errors: {
          registry: expect.stringMatching(/^"ftp:\/\/" is not a registry address/),
          username: expect.stringMatching(/^A username cannot contain ":"/),
          secret: 'Enter the token (or password) for this registry.',
        },
      },
    });
  });
});

describe('variables-lookup: is there a DOCKER_AUTH_CONFIG already?', () => {
  const request = { type: 'variables-lookup', location: GITLAB, scope: { owner: 'project', fullPath: 'acme/backend' } };

  const BY_KEY = `GET ${PROJECT}/variables/DOCKER_AUTH_CONFIG`;
  // GitLab keeps one variable per key AND environment scope: the read names the scope.
  const inScope = (answer: Answer, other: Answer = { status: 404, body: { message: '404 Variable Not Found' } }): Route => (r) =>
    r.url.searchParams.get('filter[environment_scope]') === '*' ? answer : other;

  it('reads it by key and scope * (GitLab lists 20 a page): describes it, or answers null when GitLab says it is absent', async () => {
    const seen = fakeGitLab({
      [BY_KEY]: inScope(
        { status: 200, body: { key: 'DOCKER_AUTH_CONFIG', value: null, variable_type: 'file', protected: true, masked: true, hidden: true, environment_scope: '*' } },
        { status: 200, body: { key: 'DOCKER_AUTH_CONFIG', value: 'x', variable_type: 'env_var', environment_scope: 'production' } },
      ),
    });
    expect(await ask(request, CI_PAGE)).toEqual({ ok: true, response: { hidden: true, variableType: 'file', protected: true, masked: true } });
    expect(seen.map((r) => `${r.method} ${r.url.pathname}`)).toEqual([BY_KEY]);
    fakeGitLab({ [BY_KEY]: { status: 404, body: { message: '404 Variable Not Found' } } });
    expect(await ask(request, CI_PAGE)).toEqual({ ok: true, response: null });
  });

  it.each([
    [401, 'GitLab did not accept your session when reading the CI/CD variables of this project (401). Sign in again and reload the page.'],
    [403, 'GitLab did not allow reading the CI/CD variables of this project (403): your role may not permit it.'],
    [502, 'GitLab failed while reading the CI/CD variables of this project (502). Try again in a moment.'],
  ])('GitLab answers %i: says what happened and what to do', async (status, error) => {
    fakeGitLab({ [BY_KEY]: { status, body: { message: `${status}` } } });
    expect(await ask(request, CI_PAGE)).toEqual({ ok: false, error });
  });

  it('a project GitLab does not find (404 for the project, not the variable) is said, not taken for "no variable"', async () => {
    fakeGitLab({ [BY_KEY]: { status: 404, body: { message: '404 Project Not Found' } } });
    expect(await ask(request, CI_PAGE)).toEqual({
      ok: false,
      error: 'GitLab did not find the CI/CD variables of this project (404): it may have moved, or you cannot see it.',
    });
  });

  it('says when GitLab cannot be reached, and when its answer has an unknown shape', async () => {
    fakeGitLab({ [BY_KEY]: 'unreachable' });
    expect(await ask(request, CI_PAGE)).toEqual({
      ok: false,
      error: 'Could not reach GitLab to read the CI/CD variables of this project. Check your connection and reload the page.',
    });
    fakeGitLab({ [BY_KEY]: { status: 200, body: { unexpected: true } } });
    expect(await ask(request, CI_PAGE)).toEqual({
      ok: false,
      error: 'Could not read the CI/CD variables of this project: GitLab answered in a form the extension does not know.',
    });
  });
});

describe('variables-save: DOCKER_AUTH_CONFIG through the API', () => {
  const request = (overrides: Record<string, unknown> = {}) => variablesSaveRequest(JSON_VALUE, overrides);
  const version = (v: string) => ({ [`GET ${API}/version`]: { status: 200, body: { version: v, revision: 'abc' } } });
  const created = { status: 201, body: { key: 'DOCKER_AUTH_CONFIG' } };
  const writes = (seen: SeenRequest[]) => seen.filter((r) => r.method !== 'GET');

  it('creates a File variable, raw and masked, with the page\'s CSRF token and the session', async () => {
    const seen = fakeGitLab({ ...version('17.6.0-ee'), [`POST ${PROJECT}/variables`]: created });
    expect(await ask(request(), CI_PAGE)).toEqual({
      ok: true,
      response: {
        outcome: 'saved',
        message: 'Saved DOCKER_AUTH_CONFIG in this project: type File, masked, not protected.',
        existing: null,
        masked: true,
        protected: false,
      },
    });
    const [post] = writes(seen) as [SeenRequest];
    expect(post.body).toEqual({
      key: 'DOCKER_AUTH_CONFIG',
      value: JSON_VALUE,
      variable_type: 'file',
      raw: true,
      masked: true,
      protected: false,
      description: 'Registry credentials for registry.example.com',
      environment_scope: '*',
    });
    expect(post.headers['X-CSRF-Token']).toBe('csrf-from-the-page');
    // GitLab reads the body as JSON only when the request says it is JSON.
    expect(post.headers['content-type']).toBe('application/json');
    expect(post.credentials).toBe('include');
    // Neither the value sent nor GitLab's answers may land in the browser's disk cache.
    expect(seen.map((r) => r.cache)).toEqual(['no-store', 'no-store']);
    // Reads carry no CSRF token: only requests that change something need it.
    expect(seen.filter((r) => r.method === 'GET').map((r) => r.headers['X-CSRF-Token'])).toEqual([undefined]);
  });

  it.each([
    // Unknown version: "raw" is sent anyway (older releases ignore it); masked only with the page's rule.
    ['unknown', null, { raw: true, masked: false }, ['description']],
    ['15.0', '15.0.0', { masked: false }, ['raw', 'description']],
    ['15.7', '15.7.0', { raw: true, masked: false }, ['description']],
    ['16.1', '16.1.3', { raw: true, masked: true }, ['description']],
    ['16.2', '16.2.0', { raw: true, masked: true, description: 'Registry credentials for registry.example.com' }, []],
  ])('on GitLab %s sends what that release understands', async (_, v, expected, absent) => {
    const seen = fakeGitLab({
      ...(v === null ? { [`GET ${API}/version`]: { status: 404, body: { message: '404 Not Found' } } } : version(v)),
      [`POST ${PROJECT}/variables`]: created,
    });
    await ask(request(), CI_PAGE);
    const [post] = writes(seen) as [SeenRequest];
    expect(post.body).toMatchObject(expected);
    for (const member of absent) expect(post.body).not.toHaveProperty(member);
  });

  it('masks with the version unknown when the page showed a rule for unexpanded values', async () => {
    const seen = fakeGitLab({ [`GET ${API}/version`]: { status: 200, body: { unexpected: 1 } }, [`POST ${PROJECT}/variables`]: created });
    const answer = await ask(request({ maskableRawRegex: '^\\S{8,}$' }), CI_PAGE);
    expect(answer.response).toMatchObject({ outcome: 'saved', masked: true });
    expect(writes(seen)[0]!.body).toMatchObject({ raw: true, masked: true });
  });

  it('saves it visible when GitLab refuses to mask the value, and says so', async () => {
    const seen = fakeGitLab({
      ...version('16.6.0'),
      [`POST ${PROJECT}/variables`]: (r) => ((r.body as { masked: boolean }).masked ? { status: 400, body: { message: { value: ['is invalid'] } } } : created),
    });
    expect((await ask(request(), CI_PAGE)).response).toEqual({
      outcome: 'saved',
      message: 'Saved DOCKER_AUTH_CONFIG in this project: type File, visible (GitLab cannot mask it here), not protected.',
      existing: null,
      masked: false,
      protected: false,
    });
    expect(writes(seen).map((r) => (r.body as { masked: boolean }).masked)).toEqual([true, false]);
  });

  it('answers "add to it or replace it" when the variable exists already, and changes nothing', async () => {
    const seen = fakeGitLab({
      ...version('17.6.0'),
      [`POST ${PROJECT}/variables`]: { status: 400, body: { message: { key: ['(DOCKER_AUTH_CONFIG) has already been taken'] } } },
      [`GET ${PROJECT}/variables/DOCKER_AUTH_CONFIG`]: {
        status: 200,
        body: { key: 'DOCKER_AUTH_CONFIG', value: '{"auths":{}}', variable_type: 'file', protected: true, masked: false, environment_scope: '*' },
      },
    });
    expect((await ask(request(), CI_PAGE)).response).toEqual({
      outcome: 'exists',
      message: 'A DOCKER_AUTH_CONFIG exists in this project already: add to it or replace it.',
      existing: { hidden: false, variableType: 'file', protected: true, masked: false },
      masked: true,
      protected: false,
    });
    expect(writes(seen)).toHaveLength(1);
  });

  it('adds to the existing value, other registries kept, without touching its other settings', async () => {
    const existing = `{"auths":{"other.example.com":{"auth":"${b64('a:b')}"}}}`;
    const seen = fakeGitLab({
      ...version('17.6.0'),
      // GitLab keeps one variable per key AND environment scope: without the filter it may answer 409.
      [`GET ${PROJECT}/variables/DOCKER_AUTH_CONFIG`]: (r) =>
        r.url.searchParams.get('filter[environment_scope]') === '*'
          ? {
              status: 200,
              body: { key: 'DOCKER_AUTH_CONFIG', value: existing, variable_type: 'file', protected: true, masked: false, environment_scope: '*' },
            }
          : { status: 409, body: { message: "There are multiple variables with provided parameters. Please use 'filter[environment_scope]'" } },
      [`PUT ${PROJECT}/variables/DOCKER_AUTH_CONFIG`]: { status: 200, body: { key: 'DOCKER_AUTH_CONFIG' } },
    });
    expect((await ask(request({ mode: 'merge' }), CI_PAGE)).response).toEqual({
      outcome: 'saved',
      message: 'Added registry.example.com to DOCKER_AUTH_CONFIG, other registries kept in this project.',
      existing: null,
      masked: false,
      protected: true,
    });
    const [put] = writes(seen) as [SeenRequest];
    expect(put.body).toEqual({
      value: `{"auths":{"other.example.com":{"auth":"${b64('a:b')}"},"registry.example.com":{"auth":"dXNlcjpzZWNyZXQ="}}}`,
      raw: true,
      filter: { environment_scope: '*' },
    });
    expect(put.headers['X-CSRF-Token']).toBe('csrf-from-the-page');
  });

  it('refuses to put a value GitLab cannot mask into a masked variable, and says what to do', async () => {
    fakeGitLab({
      ...version('15.11.0'),
      [`GET ${PROJECT}/variables/DOCKER_AUTH_CONFIG`]: {
        status: 200,
        body: { key: 'DOCKER_AUTH_CONFIG', value: 'glpat-old-value-0001', variable_type: 'env_var', protected: false, masked: true },
      },
      [`PUT ${PROJECT}/variables/DOCKER_AUTH_CONFIG`]: { status: 400, body: { message: { value: ['is invalid'] } } },
    });
    expect((await ask(request({ mode: 'replace' }), CI_PAGE)).response).toEqual({
      outcome: 'failed',
      message:
        'GitLab refused the new value because the existing variable is masked and GitLab cannot mask this value here. Unmask the variable in GitLab first, or replace it there.',
      existing: null,
      masked: false,
      protected: false,
    });
  });

  it.each([
    [401, 'GitLab did not accept your session when saving DOCKER_AUTH_CONFIG in this project (401). Sign in again and reload the page.'],
    [403, 'GitLab did not allow saving DOCKER_AUTH_CONFIG in this project (403): your role may not permit it.'],
    [500, 'GitLab failed while saving DOCKER_AUTH_CONFIG in this project (500). Try again in a moment.'],
    [422, 'GitLab refused to save DOCKER_AUTH_CONFIG in this project (422): {"value":["is too long"]}'],
  ])('a create answered %i fails with what happened and what to do', async (status, message) => {
    fakeGitLab({ ...version('17.6.0'), [`POST ${PROJECT}/variables`]: { status, body: { message: { value: ['is too long'] } } } });
    expect((await ask(request(), CI_PAGE)).response).toMatchObject({ outcome: 'failed', message });
  });

  it('says when GitLab cannot be reached to save', async () => {
    fakeGitLab({ ...version('17.6.0'), [`POST ${PROJECT}/variables`]: 'unreachable' });
    expect((await ask(request(), CI_PAGE)).response).toMatchObject({
      outcome: 'failed',
      message: 'Could not reach GitLab to save DOCKER_AUTH_CONFIG in this project. Check your connection and reload the page.',
    });
  });

  it("names a refusal without a JSON message by GitLab's status text", async () => {
    fakeGitLab({
      ...version('17.6.0'),
      [`POST ${PROJECT}/variables`]: { status: 409, statusText: 'Conflict', body: '<html>…</html>', contentType: 'text/html' },
    });
    expect((await ask(request(), CI_PAGE)).response).toMatchObject({
      outcome: 'failed',
      message: 'GitLab refused to save DOCKER_AUTH_CONFIG in this project (409): Conflict',
    });
  });

  it("saves under the GitLab's relative URL root, in a group", async () => {
    await addStoredInstance({ origin: 'https://git.example.com', relativeRoot: '/gitlab' });
    const seen = fakeGitLab({
      [`GET /gitlab${API}/version`]: { status: 200, body: { version: '17.6.0' } },
      [`POST /gitlab${API}/groups/acme/variables`]: created,
    });
    const answer = await ask(
      request({ location: { origin: 'https://git.example.com', relativeRoot: '/gitlab' }, scope: { owner: 'group', fullPath: 'acme' } }),
      'https://git.example.com/gitlab/groups/acme/-/settings/ci_cd',
    );
    expect(answer.response).toMatchObject({ outcome: 'saved', message: expect.stringMatching(/in this group: /) });
    expect(seen.map((r) => r.url.origin)).toEqual(['https://git.example.com', 'https://git.example.com']);
  });
});
