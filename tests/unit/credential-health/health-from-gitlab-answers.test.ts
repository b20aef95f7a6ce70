// Credential health as the panel gets it from GitLab's own answers (docs/gitlab-compatibility.md,
// "Credential health" and "CI/CD variables through the API"): the reads the background builds
// (healthReads, over the session API and the variable store) against the stand-in GitLab behind
// `fetch`, and the variable values a person may have stored. check.test.ts covers the logic with
// the reads faked; this file covers what GitLab is asked and what each of its answers becomes.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { checkCredentialHealth, credentialHint, healthReads } from '../../../utils/background/credential-health';
import { gitLabApi } from '../../../utils/background/gitlab-api';
import { variableStore } from '../../../utils/background/variables';
import type { VariableScope } from '../../../utils/messaging/protocol';
import { fakeGitLab, type Route } from '../background/fake-gitlab';

const NOW = new Date('2026-11-27T15:00:00Z');
const LOCATION = { origin: 'https://gitlab.example.test', relativeRoot: '' };
const REGISTRY = 'registry.gitlab.example.test';
const KEY = 'DOCKER_AUTH_CONFIG';
const API = '/api/v4';
const PROJECT: VariableScope = { owner: 'project', fullPath: 'acme/backend' };
const GROUP: VariableScope = { owner: 'group', fullPath: 'acme' };
const INSTANCE: VariableScope = { owner: 'instance', fullPath: null };
const VARIABLE_PATH = {
  project: `${API}/projects/acme%2Fbackend/variables/${KEY}`,
  group: `${API}/groups/acme/variables/${KEY}`,
  instance: `${API}/admin/ci/variables/${KEY}`,
};
const b64 = (text: string) => Buffer.from(text).toString('base64');
const VALID = { verdict: 'valid' as const, message: 'Valid: GitLab accepts these credentials for the registry.', pull: true };

/** A variable as GET …/variables/:key answers it (project and group variables carry their scope; instance ones have none). */
const variableAnswer = (value: string, more: Record<string, unknown> = {}): Route => ({
  status: 200,
  body: { key: KEY, value, variable_type: 'file', protected: false, masked: false, hidden: false, raw: true, environment_scope: '*', description: null, ...more },
});

/** The panel's health check as the router runs it: this GitLab's API with the session, the registry known. */
function checkWith(scope: VariableScope, routes: Record<string, Route>) {
  const seen = fakeGitLab(routes);
  const api = gitLabApi(LOCATION);
  const verify = vi.fn(async () => VALID);
  const reads = healthReads(api, () => variableStore(api, scope, KEY).show(), async () => REGISTRY, verify);
  return { seen, verify, reads, health: () => checkCredentialHealth(reads, LOCATION, scope, KEY, NOW, 30) };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("the tokens are looked up where GitLab lists them", () => {
  it("a deploy token: in the deploy tokens of the project, named by its full path", async () => {
    const value = JSON.stringify({ auths: { [REGISTRY]: { auth: b64('gitlab+deploy-token-3:gldt-secret') } } });
    const { seen, health } = checkWith(PROJECT, {
      [`GET ${VARIABLE_PATH.project}`]: variableAnswer(value),
      [`GET ${API}/projects/acme%2Fbackend/deploy_tokens`]: {
        status: 200,
        body: [{ id: 3, name: 'pull', username: 'gitlab+deploy-token-3', expires_at: null, revoked: false, expired: false, scopes: ['read_registry'] }],
      },
    });
    expect((await health()).entries[0]).toMatchObject({ kind: 'deploy', identity: 'pull (deploy token)', readRegistry: true, health: 'ok' });
    expect(seen.map((request) => request.url.pathname)).toEqual([VARIABLE_PATH.project, `${API}/projects/acme%2Fbackend/deploy_tokens`]);
  });

  it('a project access token: its bot user by username, then the tokens of the project its name carries', async () => {
    const value = JSON.stringify({ auths: { [REGISTRY]: { auth: b64('project_42_bot_abc:glpat-secret-one') } } });
    const { seen, health } = checkWith(PROJECT, {
      [`GET ${VARIABLE_PATH.project}`]: variableAnswer(value),
      [`GET ${API}/users`]: (request) => ({ status: 200, body: [{ id: 101, username: request.url.searchParams.get('username') }] }),
      [`GET ${API}/projects/42/access_tokens`]: {
        status: 200,
        body: [{ id: 7, name: 'registry-read-token', user_id: 101, expires_at: '2027-03-01', revoked: false, active: true, scopes: ['read_registry'] }],
      },
    });
    const [entry] = (await health()).entries;
    expect(entry).toMatchObject({ kind: 'project', identity: 'registry-read-token (project access token)', expiry: 'expires 2027-03-01, in 94 days', health: 'ok' });
    const users = seen.find((request) => request.url.pathname === `${API}/users`);
    expect(users?.url.searchParams.get('username')).toBe('project_42_bot_abc');
    expect(seen.map((request) => request.url.pathname)).toContain(`${API}/projects/42/access_tokens`);
  });

  it("a group access token: the group's tokens by the group id in the bot's name", async () => {
    const value = JSON.stringify({ auths: { [REGISTRY]: { auth: b64('group_10_bot_abc:glpat-secret') } } });
    const { seen, health } = checkWith(GROUP, {
      [`GET ${VARIABLE_PATH.group}`]: variableAnswer(value),
      [`GET ${API}/users`]: { status: 200, body: [{ id: 55, username: 'group_10_bot_abc' }] },
      [`GET ${API}/groups/10/access_tokens`]: {
        status: 200,
        body: [{ id: 8, name: 'ci-pull', user_id: 55, expires_at: null, revoked: false, active: true, scopes: ['read_registry'] }],
      },
    });
    expect((await health()).entries[0]).toMatchObject({ kind: 'group', identity: 'ci-pull (group access token)', health: 'ok' });
    expect(seen.map((request) => request.url.pathname)).toEqual([VARIABLE_PATH.group, `${API}/users`, `${API}/groups/10/access_tokens`]);
  });
});

describe('when GitLab does not list the tokens', () => {
  const groupToken = JSON.stringify({ auths: { [REGISTRY]: { auth: b64('group_10_bot_abc:glpat-secret') } } });
  const listing = (answer: Route) =>
    checkWith(GROUP, {
      [`GET ${VARIABLE_PATH.group}`]: variableAnswer(groupToken),
      [`GET ${API}/users`]: { status: 200, body: [{ id: 55, username: 'group_10_bot_abc' }] },
      [`GET ${API}/groups/10/access_tokens`]: answer,
    });

  it("a role that may not list access tokens gets GitLab's 401 there: said as the role, the registry verdict still shown", async () => {
    // GitLab's resource access tokens API answers `unauthorized!` (401) to a member without the right role.
    const { health } = listing({ status: 401, body: { message: '401 Unauthorized' } });
    const [entry] = (await health()).entries;
    expect(entry).toMatchObject({ kind: 'group', verdict: 'valid', health: 'ok' });
    expect(entry!.skipped).toBe(
      "Token details skipped: GitLab does not let your role list the group's access tokens (401); that needs the Owner role on the group. The registry check below still ran.",
    );
  });

  it('GitLab failing is said as a failure to try again, not as a missing role', async () => {
    const { health } = listing({ status: 500, body: { message: '500 Internal Server Error' } });
    const [entry] = (await health()).entries;
    expect(entry).toMatchObject({ kind: 'group', verdict: 'valid', health: 'ok' });
    expect(entry!.skipped).toBe("Token details skipped: GitLab failed while reading the group's access tokens (500). Try again in a moment.");
  });
});

describe('the variable as GitLab answers it', () => {
  it('absent (404 "Variable Not Found"): the panel says so, and the page-load hint says nothing', async () => {
    const { health, reads } = checkWith(PROJECT, { [`GET ${VARIABLE_PATH.project}`]: { status: 404, body: { message: '404 Variable Not Found' } } });
    expect(await health()).toMatchObject({ state: 'absent', message: null, entries: [] });
    expect(await credentialHint(reads, KEY, NOW, 30)).toBeNull();
  });

  it('a read GitLab refuses with "variables" in its message (409: several scopes) is unreadable, never "absent"', async () => {
    // GitLab answers 409 when the key exists in several environment scopes and the filter is not applied
    // (lib/api/helpers/variables_helpers.rb): the variable exists, so creating one would be wrong.
    const message = "409 Conflict: There are multiple variables with provided parameters. Please use 'filter[environment_scope]'";
    const { health } = checkWith(GROUP, { [`GET ${VARIABLE_PATH.group}`]: { status: 409, body: { message } } });
    const result = await health();
    expect(result.state).toBe('unreadable');
    expect(result.message).toBe(`GitLab refused to read the DOCKER_AUTH_CONFIG (409): ${JSON.stringify(message)}`);
  });

  it('a variable GitLab gives for another environment scope is not the one the runner gets everywhere: absent', async () => {
    const value = JSON.stringify({ auths: { [REGISTRY]: { auth: b64('alice:glpat-x') } } });
    const { health, verify } = checkWith(GROUP, { [`GET ${VARIABLE_PATH.group}`]: variableAnswer(value, { environment_scope: 'production' }) });
    expect(await health()).toMatchObject({ state: 'absent', entries: [] });
    expect(verify).not.toHaveBeenCalled();
  });

  it("an instance variable (GitLab's admin API gives no environment scope) is checked", async () => {
    const value = JSON.stringify({ auths: { [REGISTRY]: { auth: b64('alice:glpat-x') } } });
    const { health, verify } = checkWith(INSTANCE, { [`GET ${VARIABLE_PATH.instance}`]: variableAnswer(value, { environment_scope: undefined }) });
    const result = await health();
    expect(result.state).toBe('checked');
    expect(result.entries).toHaveLength(1);
    expect(verify).toHaveBeenCalledWith('alice', 'glpat-x');
  });
});

describe('values the runner cannot read are said to be unreadable', () => {
  it.each([
    ['the JSON null', 'null'],
    ['an object without auths', '{}'],
    ['auths null', '{"auths":null}'],
    ['auths a string', '{"auths":"registry.gitlab.example.test"}'],
  ])('%s', async (_name, value) => {
    const { health, verify } = checkWith(PROJECT, { [`GET ${VARIABLE_PATH.project}`]: variableAnswer(value) });
    expect(await health()).toEqual({
      state: 'unreadable',
      message: 'DOCKER_AUTH_CONFIG is not a DOCKER_AUTH_CONFIG the runner can read: replace it.',
      entries: [],
      renewUrl: 'https://gitlab.example.test/acme/backend/-/settings/access_tokens#docker-auth-config-renew',
    });
    expect(verify).not.toHaveBeenCalled();
  });
});

describe('entries without a username and a token are errors, and nothing of them is sent', () => {
  it.each([
    ['an auth with an empty username', { auth: b64(':glpat-secret') }],
    ['a username without a password', { username: 'alice' }],
    ['a password without a username', { password: 'glpat-secret' }],
  ])('%s', async (_name, entry) => {
    const { health, verify } = checkWith(PROJECT, { [`GET ${VARIABLE_PATH.project}`]: variableAnswer(JSON.stringify({ auths: { [REGISTRY]: entry } })) });
    const result = await health();
    expect(result.entries).toEqual([
      {
        registry: REGISTRY,
        username: null,
        kind: 'unknown',
        identity: 'no username and token could be read from this entry',
        expiry: null,
        readRegistry: null,
        verdict: 'not-checked',
        verdictText: 'Not checked: the entry has no readable credentials.',
        skipped: null,
        health: 'error',
      },
    ]);
    expect(verify).not.toHaveBeenCalled();
  });
});
