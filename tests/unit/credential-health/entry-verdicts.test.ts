import { describe, expect, it } from 'vitest';
import { checkCredentialHealth, describeSavedToken, renewUrl, type HealthReads } from '../../../utils/background/credential-health';
import { GitLabApiError } from '../../../utils/background/gitlab-api';
import type { RegistryVerdict } from '../../../utils/background/verify';
import type { VariableScope } from '../../../utils/messaging/protocol';

// What the panel's list says about each entry of DOCKER_AUTH_CONFIG, from GitLab's answers as
// docs/gitlab-compatibility.md ("Credential health") describes them.

const NOW = new Date('2026-11-27T15:00:00Z');
const ORIGIN = 'https://gitlab.example.test';
const LOCATION = { origin: ORIGIN, relativeRoot: '' };
const REGISTRY = 'registry.gitlab.example.test';
const PROJECT: VariableScope = { owner: 'project', fullPath: 'acme/backend' };
const GROUP: VariableScope = { owner: 'group', fullPath: 'acme' };
/** A project page whose full path could not be told (no body data, URL not consistent). */
const PROJECT_WITHOUT_PATH: VariableScope = { owner: 'project', fullPath: null };

const VALID: RegistryVerdict = { verdict: 'valid', message: 'Valid: GitLab accepts these credentials for the registry.', pull: null };
const UNREACHABLE: RegistryVerdict = { verdict: 'unknown', message: 'GitLab could not be reached to check.', pull: null };

const deployToken = (username: string, fields: Record<string, unknown> = {}) => ({
  id: 1,
  name: `token of ${username}`,
  username,
  expires_at: null,
  revoked: false,
  expired: false,
  scopes: ['read_registry'],
  ...fields,
});
const accessToken = (userId: number, fields: Record<string, unknown> = {}) => ({
  id: userId,
  name: `token of bot ${userId}`,
  user_id: userId,
  expires_at: null,
  revoked: false,
  active: true,
  scopes: ['read_registry'],
  ...fields,
});

/** GitLab with one DOCKER_AUTH_CONFIG holding `credentials` for its own registry; every API read recorded. */
function gitlab(credentials: string, answers: Partial<HealthReads> = {}) {
  const reads: string[] = [];
  const value = JSON.stringify({ auths: { [REGISTRY]: { auth: Buffer.from(credentials).toString('base64') } } });
  const fake: HealthReads = {
    variable: async () => ({ key: 'DOCKER_AUTH_CONFIG', value, hidden: false, description: null, environment_scope: '*' }),
    deployTokens: async () => [],
    usersByUsername: async () => [],
    accessTokens: async () => [],
    registry: async () => REGISTRY,
    verify: async () => VALID,
    ...answers,
  };
  const recorded: HealthReads = {
    ...fake,
    deployTokens: (owner, path) => (reads.push(`deployTokens ${owner} ${path}`), fake.deployTokens(owner, path)),
    usersByUsername: (username) => (reads.push(`users ${username}`), fake.usersByUsername(username)),
    accessTokens: (owner, id) => (reads.push(`accessTokens ${owner} ${id}`), fake.accessTokens(owner, id)),
  };
  return { reads: recorded, calls: reads };
}

async function entryOf(reads: HealthReads, scope: VariableScope = PROJECT) {
  const health = await checkCredentialHealth(reads, LOCATION, scope, 'DOCKER_AUTH_CONFIG', NOW, 30);
  expect(health.state).toBe('checked');
  return health.entries[0]!;
}

describe('deploy tokens', () => {
  it('on a project page whose path is not known, a deploy token is named as one and no list is read', async () => {
    const { reads, calls } = gitlab('gitlab+deploy-token-3:gldt-secret');
    expect(await entryOf(reads, PROJECT_WITHOUT_PATH)).toMatchObject({
      kind: 'deploy',
      identity: 'deploy token (the instance has no deploy token list to look it up in)',
      skipped: null,
    });
    expect(calls).toEqual([]);
  });

  it("is found by its own username among the project's deploy tokens", async () => {
    const { reads } = gitlab('gitlab+deploy-token-3:gldt-secret', {
      deployTokens: async () => [deployToken('gitlab+deploy-token-1', { name: 'ci' }), deployToken('gitlab+deploy-token-3', { name: 'pull' })],
    });
    expect(await entryOf(reads)).toMatchObject({ kind: 'deploy', identity: 'pull (deploy token)' });
  });

  it("one that is not among the project's deploy tokens says so", async () => {
    const { reads } = gitlab('gitlab+deploy-token-3:gldt-secret', { deployTokens: async () => [deployToken('gitlab+deploy-token-1')] });
    expect(await entryOf(reads)).toMatchObject({ kind: 'deploy', identity: "deploy token, not one of this project's", expiry: null, readRegistry: null });
  });

  it('a revoked one is an error even when the registry cannot be asked', async () => {
    const { reads } = gitlab('gitlab+deploy-token-3:gldt-secret', {
      deployTokens: async () => [deployToken('gitlab+deploy-token-3', { name: 'pull', revoked: true })],
      verify: async () => UNREACHABLE,
    });
    expect(await entryOf(reads)).toMatchObject({ identity: 'pull (deploy token)', expiry: 'revoked', verdict: 'unknown', health: 'error' });
  });

  it('a list GitLab refuses: the token is named by its kind and what was skipped is said', async () => {
    const { reads } = gitlab('gitlab+deploy-token-3:gldt-secret', {
      deployTokens: async () => {
        throw new GitLabApiError(500, '"500 Internal Server Error"');
      },
    });
    const entry = await entryOf(reads, GROUP);
    expect(entry).toMatchObject({ kind: 'deploy', identity: 'deploy token', verdict: 'valid' });
    expect(entry.skipped).toMatch(/^Token details skipped: .*this group's deploy tokens/);
  });
});

describe('project and group access tokens', () => {
  it('a bot user GitLab no longer has: the token was deleted', async () => {
    const { reads } = gitlab('project_42_bot_abc:glpat-secret', { usersByUsername: async () => [] });
    expect(await entryOf(reads)).toMatchObject({
      kind: 'project',
      identity: 'project access token, its bot user no longer exists (the token was deleted)',
      skipped: null,
    });
  });

  it('the bot user cannot be read: the token is named by its kind and what was skipped is said', async () => {
    const { reads, calls } = gitlab('group_10_bot_abc:glpat-secret', {
      usersByUsername: async () => {
        throw new GitLabApiError(500, '"500 Internal Server Error"');
      },
    });
    const entry = await entryOf(reads, GROUP);
    expect(entry).toMatchObject({ kind: 'group', identity: 'group access token', verdict: 'valid' });
    expect(entry.skipped).toBe("Token details skipped: GitLab failed while reading the token's bot user (500). Try again in a moment.");
    expect(calls).toEqual(['users group_10_bot_abc']);
  });

  it("is found by its bot user among the project's access tokens, not by the first one listed", async () => {
    const { reads } = gitlab('project_42_bot_abc:glpat-secret', {
      usersByUsername: async (username) => [{ id: 101, username }],
      accessTokens: async () => [accessToken(100, { name: 'deploy-bot' }), accessToken(101, { name: 'registry-read' })],
    });
    expect(await entryOf(reads)).toMatchObject({ kind: 'project', identity: 'registry-read (project access token)' });
  });

  it("one that is not among the project's access tokens says so", async () => {
    const { reads } = gitlab('project_42_bot_abc:glpat-secret', {
      usersByUsername: async (username) => [{ id: 101, username }],
      accessTokens: async () => [accessToken(100)],
    });
    expect(await entryOf(reads)).toMatchObject({ identity: "project access token, not found among the project's tokens", expiry: null });
  });

  it('a revoked one is an error even when the registry cannot be asked', async () => {
    const { reads } = gitlab('project_42_bot_abc:glpat-secret', {
      usersByUsername: async (username) => [{ id: 101, username }],
      accessTokens: async () => [accessToken(101, { name: 'registry-read', revoked: true, active: false })],
      verify: async () => UNREACHABLE,
    });
    expect(await entryOf(reads)).toMatchObject({ expiry: 'revoked', health: 'error' });
  });
});

describe('the health of an entry', () => {
  const bot = (token: Record<string, unknown>, verify: RegistryVerdict = UNREACHABLE) =>
    gitlab('project_42_bot_abc:glpat-secret', {
      usersByUsername: async (username) => [{ id: 101, username }],
      accessTokens: async () => [accessToken(101, { name: 'registry-read', ...token })],
      verify: async () => verify,
    }).reads;

  it('an expired token is an error even when the registry cannot be asked', async () => {
    expect(await entryOf(bot({ expires_at: '2026-11-20' }))).toMatchObject({ expiry: expect.stringMatching(/^expired /), health: 'error' });
  });

  it('a token without a registry scope is an error; one registry scope among others is enough', async () => {
    expect(await entryOf(bot({ scopes: ['read_repository'] }))).toMatchObject({ readRegistry: false, health: 'error' });
    expect(await entryOf(bot({ scopes: ['read_repository', 'read_registry'] }, VALID))).toMatchObject({ readRegistry: true, health: 'ok' });
  });

  it('a registry that cannot be asked, and nothing else known: unknown, with what the check said', async () => {
    const { reads } = gitlab('alice:glpat-personal', { verify: async () => UNREACHABLE });
    expect(await entryOf(reads)).toMatchObject({ verdict: 'unknown', verdictText: UNREACHABLE.message, health: 'unknown' });
  });

  it("the verdict's words: pull granted, pull not asked (a group's variable), refused", async () => {
    const granted = gitlab('alice:glpat-personal', { verify: async () => ({ ...VALID, pull: true }) });
    expect((await entryOf(granted.reads)).verdictText).toBe(
      "Valid: GitLab accepts these credentials for the registry. It grants pull on this project's images.",
    );
    const notAsked = gitlab('alice:glpat-personal', { verify: async () => VALID });
    expect((await entryOf(notAsked.reads, GROUP)).verdictText).toBe(VALID.message);
    const refused = gitlab('alice:glpat-personal', { verify: async () => ({ verdict: 'invalid', message: 'Invalid: GitLab refuses these credentials.', pull: null }) });
    expect(await entryOf(refused.reads)).toMatchObject({ verdictText: 'Invalid: GitLab refuses these credentials.', health: 'error' });
  });

  it('an entry without credentials is not checked and is an error', async () => {
    const { reads } = gitlab('');
    const health = await checkCredentialHealth(
      { ...reads, variable: async () => ({ key: 'DOCKER_AUTH_CONFIG', value: JSON.stringify({ auths: { [REGISTRY]: {} } }), environment_scope: '*' }) },
      LOCATION,
      PROJECT,
      'DOCKER_AUTH_CONFIG',
      NOW,
      30,
    );
    expect(health.entries).toEqual([
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
  });

  it("when this GitLab's registry is not known, nothing is sent anywhere and the options are pointed to", async () => {
    let verified = false;
    const { reads, calls } = gitlab('project_42_bot_abc:glpat-secret', {
      registry: async () => null,
      verify: async () => ((verified = true), VALID),
    });
    expect(await entryOf(reads)).toEqual({
      registry: REGISTRY,
      username: 'project_42_bot_abc',
      kind: 'unknown',
      identity: 'another registry',
      expiry: null,
      readRegistry: null,
      verdict: 'not-checked',
      verdictText: "Not checked: this GitLab's registry is not known (set it in the extension's options); nothing is sent to other hosts.",
      skipped: null,
      health: 'unknown',
    });
    expect(calls).toEqual([]);
    expect(verified).toBe(false);
  });
});

describe('the variable itself', () => {
  it('a variable GitLab does not let the person read: unreadable, with the reason, and no entries', async () => {
    const { reads } = gitlab('', {
      variable: async () => {
        throw new GitLabApiError(403, '"403 Forbidden"');
      },
    });
    const health = await checkCredentialHealth(reads, LOCATION, PROJECT, 'DOCKER_AUTH_CONFIG', NOW, 30);
    expect(health).toMatchObject({ state: 'unreadable', entries: [], renewUrl: `${ORIGIN}/acme/backend/-/settings/access_tokens#docker-auth-config-renew` });
    expect(health.message).toBe('GitLab did not allow reading the DOCKER_AUTH_CONFIG (403): your role may not permit it.');
  });

  it('absent, or not JSON the runner reads: no entries listed', async () => {
    const absent = gitlab('', {
      variable: async () => {
        throw new GitLabApiError(404, '"404 Variable Not Found"');
      },
    });
    expect(await checkCredentialHealth(absent.reads, LOCATION, PROJECT, 'DOCKER_AUTH_CONFIG', NOW, 30)).toEqual({
      state: 'absent',
      message: null,
      entries: [],
      renewUrl: `${ORIGIN}/acme/backend/-/settings/access_tokens#docker-auth-config-renew`,
    });
    const broken = gitlab('', { variable: async () => ({ key: 'DOCKER_AUTH_CONFIG', value: '{"auths":', environment_scope: '*' }) });
    expect(await checkCredentialHealth(broken.reads, LOCATION, PROJECT, 'DOCKER_AUTH_CONFIG', NOW, 30)).toEqual({
      state: 'unreadable',
      message: 'DOCKER_AUTH_CONFIG is not a DOCKER_AUTH_CONFIG the runner can read: replace it.',
      entries: [],
      renewUrl: `${ORIGIN}/acme/backend/-/settings/access_tokens#docker-auth-config-renew`,
    });
  });
});

describe('the renew link', () => {
  it("leads to the group's access tokens page under /groups/", () => {
    expect(renewUrl({ origin: ORIGIN, relativeRoot: '/gitlab' }, { owner: 'group', fullPath: 'acme/platform' })).toBe(
      `${ORIGIN}/gitlab/groups/acme/platform/-/settings/access_tokens#docker-auth-config-renew`,
    );
  });

  it('a project page whose path is not known has no link', () => {
    expect(renewUrl(LOCATION, PROJECT_WITHOUT_PATH)).toBeNull();
  });

  it('never leads off this GitLab, whatever the relative root', () => {
    expect(renewUrl({ origin: ORIGIN, relativeRoot: '@evil.example' }, PROJECT)).toBeNull();
  });
});

describe('what a save writes as the description when GitLab does not answer', () => {
  it('a token whose lists GitLab refuses is not named: the save keeps the generic description', async () => {
    const refused = async () => {
      throw new GitLabApiError(500, '"500 Internal Server Error"');
    };
    const { reads } = gitlab('', { deployTokens: refused, usersByUsername: refused, accessTokens: refused });
    expect(await describeSavedToken(reads, PROJECT, { username: 'gitlab+deploy-token-3', secret: 'gldt-secret' })).toBeNull();
    expect(await describeSavedToken(reads, PROJECT, { username: 'project_42_bot_abc', secret: 'glpat-secret' })).toBeNull();
    const noUser = gitlab('', { usersByUsername: async (username) => [{ id: 101, username }], accessTokens: refused });
    expect(await describeSavedToken(noUser.reads, PROJECT, { username: 'project_42_bot_abc', secret: 'glpat-secret' })).toBeNull();
  });
});
