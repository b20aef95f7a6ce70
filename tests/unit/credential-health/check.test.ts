import { describe, expect, it, vi } from 'vitest';
import { checkCredentialHealth, credentialHint, describeSavedToken, rawEntries, type HealthReads } from '../../../utils/background/credential-health';
import { GitLabApiError } from '../../../utils/background/gitlab-api';
import type { VariableScope } from '../../../utils/messaging/protocol';

const NOW = new Date('2026-11-27T15:00:00Z');
const LOCATION = { origin: 'https://gitlab.example.test', relativeRoot: '' };
const PROJECT: VariableScope = { owner: 'project', fullPath: 'acme/backend' };
const GROUP: VariableScope = { owner: 'group', fullPath: 'acme' };
const b64 = (text: string) => Buffer.from(text).toString('base64');
const auths = (entries: Record<string, string>) =>
  JSON.stringify({ auths: Object.fromEntries(Object.entries(entries).map(([registry, credentials]) => [registry, { auth: b64(credentials) }])) });

/** GitLab's answers as the API gives them; every read recorded with what it was given. */
function fakeReads(overrides: Partial<HealthReads> & { value?: string | null; hidden?: boolean; description?: string | null } = {}) {
  const calls: string[] = [];
  const reads: HealthReads = {
    variable: async () => {
      calls.push('variable');
      return { key: 'DOCKER_AUTH_CONFIG', value: overrides.value ?? null, hidden: overrides.hidden ?? false, description: overrides.description ?? null, environment_scope: '*' };
    },
    deployTokens: async (owner, path) => {
      calls.push(`deployTokens ${owner} ${path}`);
      return [{ id: 3, name: 'pull', username: 'gitlab+deploy-token-3', expires_at: '2026-12-07T00:00:00.000Z', revoked: false, expired: false, scopes: ['read_registry'] }];
    },
    usersByUsername: async (username) => {
      calls.push(`users ${username}`);
      return [{ id: 101, username }];
    },
    accessTokens: async (owner, id) => {
      calls.push(`accessTokens ${owner} ${id}`);
      return [{ id: 7, name: 'registry-read-token', user_id: 101, expires_at: '2027-03-01', revoked: false, active: true, scopes: ['read_registry'] }];
    },
    registry: async () => 'registry.gitlab.example.test',
    verify: vi.fn(async () => ({ verdict: 'valid' as const, message: 'Valid: GitLab accepts these credentials for the registry.', pull: true })),
    ...overrides,
  };
  return { reads, calls };
}

describe('checkCredentialHealth', () => {
  it('identifies a project access token by its bot user and a deploy token by its username; other registries are not checked', async () => {
    const value = auths({
      'registry.gitlab.example.test': 'project_42_bot_abc:glpat-secret-one',
      'ghcr.io': 'someone:ghp-other-secret',
    });
    const { reads, calls } = fakeReads({ value });
    const health = await checkCredentialHealth(reads, LOCATION, PROJECT, 'DOCKER_AUTH_CONFIG', NOW, 30);
    expect(health.state).toBe('checked');
    expect(health.renewUrl).toBe('https://gitlab.example.test/acme/backend/-/settings/access_tokens#docker-auth-config-renew');
    expect(health.entries[0]).toMatchObject({
      kind: 'project',
      identity: 'registry-read-token (project access token)',
      expiry: 'expires 2027-03-01, in 94 days',
      readRegistry: true,
      verdict: 'valid',
      health: 'ok',
    });
    expect(health.entries[1]).toMatchObject({ registry: 'ghcr.io', verdict: 'not-checked', verdictText: 'Not checked: nothing is sent to other hosts.' });
    // The other registry's token went nowhere: verify was asked for this GitLab's entry only.
    expect(reads.verify).toHaveBeenCalledTimes(1);
    expect(reads.verify).toHaveBeenCalledWith('project_42_bot_abc', 'glpat-secret-one');
    expect(calls).toEqual(['variable', 'users project_42_bot_abc', 'accessTokens project 42']);
  });

  it('a deploy token expiring within the window is a warning', async () => {
    const { reads } = fakeReads({ value: auths({ 'registry.gitlab.example.test': 'gitlab+deploy-token-3:gldt-secret' }) });
    const [entry] = (await checkCredentialHealth(reads, LOCATION, PROJECT, 'DOCKER_AUTH_CONFIG', NOW, 30)).entries;
    expect(entry).toMatchObject({ kind: 'deploy', identity: 'pull (deploy token)', expiry: 'expires 2026-12-07, in 10 days', health: 'warning' });
  });

  it('a role that cannot list tokens: the verdict still, and the skipped part said', async () => {
    const { reads } = fakeReads({
      value: auths({ 'registry.gitlab.example.test': 'group_10_bot_abc:glpat-secret' }),
      accessTokens: async () => {
        throw new GitLabApiError(403, '"403 Forbidden"');
      },
    });
    const [entry] = (await checkCredentialHealth(reads, LOCATION, GROUP, 'DOCKER_AUTH_CONFIG', NOW, 30)).entries;
    expect(entry).toMatchObject({ kind: 'group', verdict: 'valid', expiry: null, health: 'ok' });
    expect(entry!.skipped).toBe(
      "Token details skipped: GitLab does not let your role list the group's access tokens (403); that needs the Owner role on the group. The registry check below still ran.",
    );
  });

  it('a personal token is "unknown" beyond the verdict: the token is not sent to the API', async () => {
    const { reads, calls } = fakeReads({ value: auths({ 'registry.gitlab.example.test': 'alice:glpat-personal' }) });
    const [entry] = (await checkCredentialHealth(reads, LOCATION, PROJECT, 'DOCKER_AUTH_CONFIG', NOW, 30)).entries;
    expect(entry).toMatchObject({ kind: 'unknown', verdict: 'valid', health: 'ok' });
    expect(calls).toEqual(['variable']);
  });

  it('refused, or no pull on this project: an error', async () => {
    const refused = fakeReads({
      value: auths({ 'registry.gitlab.example.test': 'alice:glpat-x' }),
      verify: async () => ({ verdict: 'invalid', message: 'Invalid', pull: null }),
    });
    expect((await checkCredentialHealth(refused.reads, LOCATION, PROJECT, 'DOCKER_AUTH_CONFIG', NOW, 30)).entries[0]!.health).toBe('error');
    const noPull = fakeReads({
      value: auths({ 'registry.gitlab.example.test': 'alice:glpat-x' }),
      verify: async () => ({ verdict: 'valid', message: 'Valid', pull: false }),
    });
    const [entry] = (await checkCredentialHealth(noPull.reads, LOCATION, PROJECT, 'DOCKER_AUTH_CONFIG', NOW, 30)).entries;
    expect(entry).toMatchObject({ health: 'error', verdictText: "GitLab accepts these credentials, but grants no pull on this project's images." });
  });

  it('hidden, absent, unreadable', async () => {
    const hidden = fakeReads({ hidden: true });
    expect(await checkCredentialHealth(hidden.reads, LOCATION, PROJECT, 'DOCKER_AUTH_CONFIG', NOW, 30)).toMatchObject({ state: 'hidden', entries: [] });
    expect(hidden.calls).toEqual(['variable']);
    const absent = fakeReads({
      variable: async () => {
        throw new GitLabApiError(404, '"404 Variable Not Found"');
      },
    });
    expect((await checkCredentialHealth(absent.reads, LOCATION, PROJECT, 'DOCKER_AUTH_CONFIG', NOW, 30)).state).toBe('absent');
    const broken = fakeReads({ value: 'not json' });
    expect((await checkCredentialHealth(broken.reads, LOCATION, PROJECT, 'DOCKER_AUTH_CONFIG', NOW, 30)).state).toBe('unreadable');
  });

  it('the instance has no token page to renew on', async () => {
    const { reads } = fakeReads({ value: auths({}) });
    expect((await checkCredentialHealth(reads, LOCATION, { owner: 'instance', fullPath: null }, 'DOCKER_AUTH_CONFIG', NOW, 30)).renewUrl).toBeNull();
  });
});

describe('credentialHint reads the variable once and nothing else', () => {
  it('warns from the description', async () => {
    const { reads, calls } = fakeReads({
      value: auths({ 'registry.gitlab.example.test': 'project_42_bot_abc:glpat-secret-one' }),
      description: 'registry-read-token (project access token), expires 2026-11-24',
    });
    expect(await credentialHint(reads, 'DOCKER_AUTH_CONFIG', NOW, 30)).toEqual({
      text: 'DOCKER_AUTH_CONFIG: 1 registry; its token expired 3 days ago. Open the panel to check and renew.',
      warning: true,
    });
    expect(calls).toEqual(['variable']);
    expect(reads.verify).not.toHaveBeenCalled();
  });
});

describe('what a save writes as the description', () => {
  it('names an identified token with its expiry; null when it cannot be told', async () => {
    const { reads } = fakeReads();
    expect(await describeSavedToken(reads, PROJECT, { username: 'project_42_bot_abc', secret: 'glpat-x' })).toBe(
      'registry-read-token (project access token), expires 2027-03-01',
    );
    expect(await describeSavedToken(reads, PROJECT, { username: 'alice', secret: 'glpat-x' })).toBeNull();
    expect(await describeSavedToken(reads, PROJECT, null)).toBeNull();
  });
});

describe('rawEntries', () => {
  it('reads auth, or username + password, as the runner does', () => {
    expect(rawEntries('{"auths":{"a":{"auth":"dTpw"},"b":{"username":"x","password":"y"},"c":{}}}')).toEqual([
      { registry: 'a', username: 'u', secret: 'p' },
      { registry: 'b', username: 'x', secret: 'y' },
      { registry: 'c', username: null, secret: null },
    ]);
  });
});
