import { describe, expect, it } from 'vitest';
import { GitLabApiError } from '../../../utils/background/gitlab-api';
import {
  resolveTokenContext,
  type RegistryMemory,
  type TokenContextQuery,
  type TokenContextReads,
} from '../../../utils/background/token-context';

function memory(initial: Record<string, string> = {}): RegistryMemory & { all: Record<string, string> } {
  const all = { ...initial };
  return {
    all,
    recall: async (origin) => all[origin] ?? null,
    learn: async (origin, registry) => {
      all[origin] = registry;
    },
  };
}

const reads = (overrides: Partial<TokenContextReads> = {}): TokenContextReads => ({
  projectRegistryPrefix: async () => 'registry.example.com:5050/acme/backend',
  newestAccessTokenUserId: async () => 7,
  username: async (id) => `project_42_bot_${id}`,
  currentUsername: async () => 'alice',
  ...overrides,
});

const project: TokenContextQuery = {
  origin: 'https://git.example.com',
  owner: 'project',
  scope: 'project',
  projectId: '42',
  groupId: null,
  fullPath: 'acme/backend',
};

describe('resolveTokenContext', () => {
  it("takes a project's registry host from container_registry_image_prefix and remembers it", async () => {
    const remembered = memory();
    const context = await resolveTokenContext(project, reads(), remembered);
    expect(context.registry).toEqual({
      value: 'registry.example.com:5050',
      source: "Prefilled from this project's container registry, from the GitLab API.",
      problem: null,
    });
    expect(context.username).toMatchObject({ value: 'project_42_bot_7', problem: null });
    expect(remembered.all).toEqual({ 'https://git.example.com': 'registry.example.com:5050' });
  });

  it('says what to do when the registry is disabled, and falls back to the last one seen', async () => {
    const context = await resolveTokenContext(
      project,
      reads({ projectRegistryPrefix: async () => null }),
      memory({ 'https://git.example.com': 'registry.example.com:5050' }),
    );
    expect(context.registry.value).toBe('registry.example.com:5050');
    expect(context.registry.source).toBe('Prefilled from the registry last seen on this GitLab.');
    expect(context.registry.problem).toMatch(/container registry is turned off for this project.*Turn it on under Settings/);
  });

  it('uses registry.gitlab.com on gitlab.com when nothing else is known', async () => {
    const context = await resolveTokenContext(
      { ...project, origin: 'https://gitlab.com', owner: 'group', scope: 'group', projectId: null, groupId: '10', fullPath: 'acme' },
      reads(),
      memory(),
    );
    expect(context.registry).toMatchObject({ value: 'registry.gitlab.com', source: "Prefilled from GitLab.com's registry." });
  });

  it('asks for the host on a self-managed GitLab with nothing known, and suggests where to look', async () => {
    const context = await resolveTokenContext(
      { ...project, owner: 'personal', scope: 'personal', projectId: null, fullPath: null },
      reads(),
      memory(),
    );
    expect(context.registry.value).toBeNull();
    expect(context.registry.problem).toMatch(/often git\.example\.com:5050/);
    expect(context.username).toMatchObject({ value: 'alice', source: 'Prefilled from your GitLab username.' });
  });

  it.each([
    [401, /did not accept your session.*\(401\)/],
    [403, /did not allow.*\(403\)/],
    [404, /did not find.*\(404\)/],
    [500, /failed.*\(500\)/],
    [0, /Could not reach GitLab/],
  ])('an API answer %i still gives usable defaults and says what failed', async (status, message) => {
    const failing = async () => {
      throw new GitLabApiError(status, 'x');
    };
    const context = await resolveTokenContext(
      project,
      reads({ projectRegistryPrefix: failing, newestAccessTokenUserId: failing }),
      memory(),
    );
    expect(context.registry.problem).toMatch(message);
    expect(context.username.value).toBe('project_42_bot');
    expect(context.username.problem).toMatch(message);
    expect(context.username.problem).toMatch(/Any non-blank username works/);
  });

  it("leaves a deploy token's username to the page, which shows it next to the token", async () => {
    const context = await resolveTokenContext({ ...project, owner: 'deploy' }, reads(), memory());
    expect(context.username).toEqual({ value: null, source: 'Prefilled from the deploy token shown on the page.', problem: null });
  });

  it('gives a personal token a usable username when GitLab does not say who is signed in, and says why', async () => {
    const context = await resolveTokenContext(
      { ...project, owner: 'personal', scope: 'personal', projectId: null, fullPath: null },
      reads({
        currentUsername: async () => {
          throw new GitLabApiError(401, '401 Unauthorized');
        },
      }),
      memory(),
    );
    expect(context.username).toEqual({
      value: 'gitlab-user',
      source: 'Prefilled from a default.',
      problem:
        'GitLab did not accept your session when reading your username (401). Sign in again and reload the page. Any non-blank username works with a personal access token.',
    });
  });

  it("names the default bot after the owner alone when the page gives no numeric id", async () => {
    const context = await resolveTokenContext({ ...project, projectId: null }, reads({ newestAccessTokenUserId: async () => null }), memory());
    expect(context.username).toMatchObject({ value: 'project_bot', source: 'Prefilled from a default.' });
  });

  it('falls back to a clear default when no bot token is found', async () => {
    const context = await resolveTokenContext(project, reads({ newestAccessTokenUserId: async () => null }), memory());
    expect(context.username).toMatchObject({ value: 'project_42_bot', source: 'Prefilled from a default.' });
  });
});

describe("a group token's username", () => {
  const group: TokenContextQuery = { ...project, owner: 'group', scope: 'group', projectId: null, groupId: '10', fullPath: 'acme' };

  it("names the default bot after the group's id, as GitLab names group bots, when no bot token is found", async () => {
    const context = await resolveTokenContext(group, reads({ newestAccessTokenUserId: async () => null }), memory());
    expect(context.username).toMatchObject({ value: 'group_10_bot', source: 'Prefilled from a default.' });
  });

  it('says that reading the bot user failed (not saving it) when GitLab refuses the token list', async () => {
    const failing = async () => {
      throw new GitLabApiError(403, '403 Forbidden');
    };
    const context = await resolveTokenContext(group, reads({ newestAccessTokenUserId: failing }), memory());
    expect(context.username.problem).toBe(
      "GitLab did not allow reading the token's bot user (403): your role may not permit it. Any non-blank username works with group access tokens.",
    );
  });
});
