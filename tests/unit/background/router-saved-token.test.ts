// The token behind a DOCKER_AUTH_CONFIG, as the background reads it for each message that names
// one: credential health and its hint on the CI/CD page, and the description written with a
// hand-off or a save (issue 15). A stand-in GitLab behind `fetch` answers as GitLab does
// (docs/gitlab-compatibility.md, "Credential health" and "Registry check").
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { listenForContentScripts } from '../../../utils/background/router';
import { DEFAULT_SETTINGS } from '../../../utils/instances/settings';
import { addStoredInstance, saveInstanceSettings } from '../../../utils/instances/store';
import { ask, fakeGitLab, type Route } from './fake-gitlab';

const ORIGIN = 'https://gitlab.example.test';
const LOCATION = { origin: ORIGIN, relativeRoot: '' };
const CI_PAGE = `${ORIGIN}/acme/backend/-/settings/ci_cd`;
const GROUP_CI_PAGE = `${ORIGIN}/groups/acme/-/settings/ci_cd`;
const API = '/api/v4';
const PROJECT = `${API}/projects/acme%2Fbackend`;
const REGISTRY = 'registry.example.test';
const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');
const b64url = (text: string) => Buffer.from(text, 'utf8').toString('base64url');

/** A DOCKER_AUTH_CONFIG with Docker Hub's entry first, then this GitLab's registry with a deploy token. */
const TWO_REGISTRIES = JSON.stringify({
  auths: {
    'https://index.docker.io/v1/': { auth: b64('alice:dckr_pat_hub') },
    [REGISTRY]: { auth: b64('gitlab+deploy-token-5:gldt-pullsecret') },
  },
});
const DEPLOY_TOKENS = [
  { id: 5, name: 'ci-pull', username: 'gitlab+deploy-token-5', expires_at: null, revoked: false, expired: false, scopes: ['read_registry'] },
];
/** GitLab's registry token for a credential that may pull `path`. */
const registryToken = (path: string) => ({
  token: `e30.${b64url(JSON.stringify({ aud: 'container_registry', iss: 'gitlab-issuer', access: [{ type: 'repository', name: path, actions: ['pull'] }] }))}.sig`,
});
const variable = (value: string, description: string | null = null) => ({
  key: 'DOCKER_AUTH_CONFIG',
  value,
  variable_type: 'file',
  protected: false,
  masked: false,
  hidden: false,
  raw: true,
  environment_scope: '*',
  description,
});

beforeEach(async () => {
  fakeBrowser.reset();
  await addStoredInstance(LOCATION);
  listenForContentScripts();
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

const withRegistrySetting = () => saveInstanceSettings(ORIGIN, { ...DEFAULT_SETTINGS, registry: REGISTRY });
const health = (scope = { owner: 'project', fullPath: 'acme/backend' }) => ({ type: 'credential-health', location: LOCATION, scope });

describe('credential-health: the token in the saved variable, checked against GitLab', () => {
  const projectGitLab = (extra: Record<string, Route> = {}) =>
    fakeGitLab({
      [`GET ${PROJECT}/variables/DOCKER_AUTH_CONFIG`]: { status: 200, body: variable(TWO_REGISTRIES) },
      [`GET ${PROJECT}/deploy_tokens`]: { status: 200, body: DEPLOY_TOKENS },
      'GET /jwt/auth': { status: 200, body: registryToken('acme/backend') },
      ...extra,
    });

  it("names the deploy token and asks GitLab's registry whether it may pull this project's images", async () => {
    await withRegistrySetting();
    const seen = projectGitLab();
    const answer = await ask(health(), CI_PAGE);
    expect(answer.ok).toBe(true);
    const { state, entries } = answer.response as { state: string; entries: Array<Record<string, unknown>> };
    expect(state).toBe('checked');
    expect(entries.map((entry) => [entry.registry, entry.verdict])).toEqual([
      ['https://index.docker.io/v1/', 'not-checked'],
      [REGISTRY, 'valid'],
    ]);
    expect(entries[1]).toMatchObject({
      identity: 'ci-pull (deploy token)',
      health: 'ok',
      verdictText: "Valid: GitLab accepts these credentials for the registry. It grants pull on this project's images.",
    });
    // Only this GitLab's registry entry is sent, to this GitLab, with the project named and no session.
    const registryChecks = seen.filter((request) => request.url.pathname === '/jwt/auth');
    expect(registryChecks.map((request) => [request.url.origin, request.url.searchParams.get('scope'), request.credentials])).toEqual([
      [ORIGIN, 'repository:acme/backend:pull', 'omit'],
    ]);
  });

  it("without a registry set in the options, takes the project's own registry from GitLab", async () => {
    projectGitLab({ [`GET ${PROJECT}`]: { status: 200, body: { id: 42, container_registry_image_prefix: `${REGISTRY}/acme/backend` } } });
    const answer = await ask(health(), CI_PAGE);
    const { entries } = answer.response as { entries: Array<Record<string, unknown>> };
    expect(entries.map((entry) => [entry.registry, entry.verdict, entry.health])).toEqual([
      ['https://index.docker.io/v1/', 'not-checked', 'unknown'],
      [REGISTRY, 'valid', 'ok'],
    ]);
  });

  it("in a group, asks the registry about the credentials alone: a group has no project's images to pull", async () => {
    await withRegistrySetting();
    const seen = fakeGitLab({
      [`GET ${API}/groups/acme/variables/DOCKER_AUTH_CONFIG`]: { status: 200, body: variable(TWO_REGISTRIES) },
      [`GET ${API}/groups/acme/deploy_tokens`]: { status: 200, body: DEPLOY_TOKENS },
      'GET /jwt/auth': { status: 200, body: { token: 'e30.e30.sig' } },
    });
    const answer = await ask(health({ owner: 'group', fullPath: 'acme' }), GROUP_CI_PAGE);
    const { entries } = answer.response as { entries: Array<Record<string, unknown>> };
    expect(entries[1]).toMatchObject({ identity: 'ci-pull (deploy token)', verdict: 'valid', health: 'ok' });
    const registryCheck = seen.find((request) => request.url.pathname === '/jwt/auth')!;
    expect([...registryCheck.url.searchParams.keys()]).toEqual(['service']);
  });
});

describe('credential-hint: the line under the variable on the CI/CD page', () => {
  it('says when the token named in the description expires', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(Date.UTC(2026, 10, 26, 9, 0, 0));
    fakeGitLab({
      [`GET ${PROJECT}/variables/DOCKER_AUTH_CONFIG`]: { status: 200, body: variable(TWO_REGISTRIES, 'ci-pull (deploy token), expires 2026-11-30') },
    });
    const answer = await ask({ type: 'credential-hint', location: LOCATION, scope: { owner: 'project', fullPath: 'acme/backend' } }, CI_PAGE);
    vi.useRealTimers();
    expect(answer).toEqual({
      ok: true,
      response: { text: 'DOCKER_AUTH_CONFIG: 2 registries; its token expires 2026-11-30, in 4 days. Open the panel to check and renew.', warning: true },
    });
  });
});

describe("the description written with the variable names the token of this GitLab's registry entry (issue 15)", () => {
  const TOKEN_PAGE = `${ORIGIN}/acme/backend/-/settings/access_tokens`;
  const target = { location: LOCATION, owner: 'project', fullPath: 'acme/backend' };

  it('a hand-off carries it to the CI/CD page it opens', async () => {
    await withRegistrySetting();
    fakeGitLab({ [`GET ${PROJECT}/deploy_tokens`]: { status: 200, body: DEPLOY_TOKENS } });
    const tokenTab = await fakeBrowser.tabs.create({ url: TOKEN_PAGE });
    const put = await ask({ type: 'handoff-put', target, json: TWO_REGISTRIES, registry: REGISTRY }, TOKEN_PAGE, tokenTab.id);
    expect(put).toEqual({ ok: true, response: { ok: true, message: 'Opened the CI/CD settings in a new tab.' } });
    const opened = (await fakeBrowser.tabs.query({})).find((tab) => tab.url?.includes('/-/settings/ci_cd'))!;
    expect(await ask({ type: 'handoff-take', target }, opened.url, opened.id)).toEqual({
      ok: true,
      response: { json: TWO_REGISTRIES, registry: REGISTRY, description: 'ci-pull (deploy token)' },
    });
  });

  it('a save through the API writes it', async () => {
    await withRegistrySetting();
    const seen = fakeGitLab({
      [`GET ${API}/version`]: { status: 200, body: { version: '17.6.0-ee', revision: 'abc' } },
      [`GET ${PROJECT}/deploy_tokens`]: { status: 200, body: DEPLOY_TOKENS },
      [`POST ${PROJECT}/variables`]: { status: 201, body: { key: 'DOCKER_AUTH_CONFIG' } },
    });
    const answer = await ask(
      {
        type: 'variables-save',
        location: LOCATION,
        scope: { owner: 'project', fullPath: 'acme/backend' },
        csrfToken: 'csrf-from-the-page',
        mode: 'create',
        json: TWO_REGISTRIES,
        registry: REGISTRY,
        protectedByDefault: null,
        maskableRawRegex: null,
      },
      CI_PAGE,
    );
    expect(answer).toMatchObject({ ok: true, response: { outcome: 'saved' } });
    const post = seen.find((request) => request.method === 'POST')!;
    expect(post.body).toMatchObject({ key: 'DOCKER_AUTH_CONFIG', value: TWO_REGISTRIES, description: 'ci-pull (deploy token)' });
  });
});
