import { describe, expect, it } from 'vitest';
import { decideProtected, lookupVariable, saveVariable, variableStore, type SaveInput, type VariableStore } from '../../../utils/background/variables';
import { GitLabApiError, type GitLabApi } from '../../../utils/background/gitlab-api';
import { redirectMessage } from '../../../utils/background/redirect';

// The REST path with a GitLab's settings: its variable key and its Protect choice.

const JSON_VALUE = '{"auths":{"registry.example.com":{"auth":"dXNlcjpzZWNyZXQ="}}}';

/** A VariableStore that records what it is asked, on GitLab 17.6; `shown` is GitLab's answer to the read by key. */
function fakeStore(shown: Record<string, unknown> | null = null) {
  const calls: Array<{ op: string; value?: string; options?: Record<string, unknown> }> = [];
  const store: VariableStore = {
    show: async () => {
      if (shown === null) throw new GitLabApiError(404, '"404 Variable Not Found"');
      return shown;
    },
    create: async (value, options) => void calls.push({ op: 'create', value, options }),
    update: async (value, options) => void calls.push({ op: 'update', value, options }),
    version: async () => ({ version: '17.6.0' }),
  };
  return { store, calls };
}

const input = (overrides: Partial<SaveInput> = {}): SaveInput => ({
  scope: { owner: 'project', fullPath: 'acme/backend' },
  mode: 'create',
  json: JSON_VALUE,
  registry: 'registry.example.com',
  protectedByDefault: null,
  maskableRawRegex: null,
  ...overrides,
});

describe('Protect of a new variable', () => {
  it.each([
    ['gitlab', null, false],
    ['gitlab', true, true],
    ['gitlab', false, false],
    ['on', false, true],
    ['on', null, true],
    ['off', true, false],
    ['off', null, false],
  ] as const)('setting %s with GitLab default %s: %s', (protect, byDefault, expected) => {
    expect(decideProtected(protect, byDefault)).toBe(expected);
  });

  it('is sent with the create: on and off override GitLab\'s default, "gitlab" keeps it', async () => {
    for (const [protect, byDefault, expected] of [['on', false, true], ['off', true, false], ['gitlab', true, true]] as const) {
      const { store, calls } = fakeStore();
      const result = await saveVariable(store, input({ key: 'REGISTRY_AUTH', protect, protectedByDefault: byDefault }));
      expect(calls).toHaveLength(1);
      expect(calls[0]!.options).toMatchObject({ variableType: 'file', raw: true, masked: true, protected: expected });
      expect(result).toMatchObject({ outcome: 'saved', protected: expected });
      expect(result.message).toMatch(expected ? /, protected\.$/ : /, not protected\.$/);
    }
  });

  it('leaves an existing variable\'s protection alone on merge and replace (the setting is for new ones)', async () => {
    for (const mode of ['merge', 'replace'] as const) {
      const { store, calls } = fakeStore({ key: 'REGISTRY_AUTH', value: '{"auths":{}}', protected: false, masked: false, variable_type: 'file' });
      const result = await saveVariable(store, input({ key: 'REGISTRY_AUTH', protect: 'on', mode }));
      expect(calls[0]!.op).toBe('update');
      expect(calls[0]!.options).not.toHaveProperty('protected');
      expect(result).toMatchObject({ outcome: 'saved', protected: false });
    }
  });
});

describe('the variable key', () => {
  it('is said in every message; DOCKER_AUTH_CONFIG when none is given', async () => {
    const { store } = fakeStore();
    expect((await saveVariable(store, input({ key: 'REGISTRY_AUTH' }))).message).toMatch(/^Saved REGISTRY_AUTH in this project: type File, masked, not protected\.$/);
    expect((await saveVariable(fakeStore().store, input())).message).toMatch(/^Saved DOCKER_AUTH_CONFIG in this project/);
    const merge = fakeStore({ key: 'REGISTRY_AUTH', value: '{"auths":{"other.example":{"auth":"eDp5"}}}' });
    expect((await saveVariable(merge.store, input({ key: 'REGISTRY_AUTH', mode: 'merge' }))).message).toBe(
      'Added registry.example.com to REGISTRY_AUTH, other registries kept in this project.',
    );
    expect(merge.calls[0]!.value).toBe('{"auths":{"other.example":{"auth":"eDp5"},"registry.example.com":{"auth":"dXNlcjpzZWNyZXQ="}}}');
    const hidden = fakeStore({ key: 'REGISTRY_AUTH', value: null, hidden: true });
    expect((await saveVariable(hidden.store, input({ key: 'REGISTRY_AUTH', mode: 'merge' }))).message).toMatch(/^The existing REGISTRY_AUTH is hidden/);
  });

  it('is what the lookup reads by key (environment scope *): found, absent (404), or another scope answered', async () => {
    const scope = { owner: 'project', fullPath: 'acme/backend' } as const;
    const shown = { key: 'REGISTRY_AUTH', value: 'z', variable_type: 'file', protected: true, environment_scope: '*' };
    expect(await lookupVariable(fakeStore(shown).store, scope, 'REGISTRY_AUTH')).toEqual({ hidden: false, variableType: 'file', protected: true, masked: false });
    expect(await lookupVariable(fakeStore({ key: 'DOCKER_AUTH_CONFIG', value: 'x', variable_type: 'env_var' }).store, scope)).toEqual({
      hidden: false,
      variableType: 'env_var',
      protected: false,
      masked: false,
    });
    expect(await lookupVariable(fakeStore(null).store, scope, 'OTHER')).toBeNull();
    // A GitLab that ignored the scope filter answers with another scope's variable: not ours.
    expect(await lookupVariable(fakeStore({ ...shown, environment_scope: 'production' }).store, scope, 'REGISTRY_AUTH')).toBeNull();
  });

  it('says what went wrong when GitLab refuses the read or answers in an unknown form', async () => {
    const scope = { owner: 'group', fullPath: 'acme' } as const;
    const failing = (error: unknown): VariableStore => ({ ...fakeStore().store, show: async () => Promise.reject(error) });
    await expect(lookupVariable(failing(new GitLabApiError(403, 'Forbidden')), scope)).rejects.toThrow(
      'GitLab did not allow reading the CI/CD variables of this group (403): your role may not permit it.',
    );
    await expect(lookupVariable({ ...fakeStore().store, show: async () => [{ key: 'DOCKER_AUTH_CONFIG' }] }, scope)).rejects.toThrow(
      'GitLab answered in a form the extension does not know',
    );
  });

  it('is the key the store reads and writes, in every scope', async () => {
    const seen: unknown[][] = [];
    const resource = (name: string) =>
      new Proxy({}, { get: (_, method: string) => async (...args: unknown[]) => void seen.push([name, method, ...args]) });
    const api = {
      projectVariables: resource('project'),
      groupVariables: resource('group'),
      instanceVariables: resource('instance'),
      version: async () => ({ version: '17.6.0' }),
    } as unknown as GitLabApi;
    const project = variableStore(api, { owner: 'project', fullPath: 'acme/backend' }, 'REGISTRY_AUTH');
    await project.show();
    await project.create('v', { protected: true });
    await project.update('v', {});
    const instance = variableStore(api, { owner: 'instance', fullPath: null }, 'REGISTRY_AUTH');
    await instance.show();
    await instance.create('v', {});
    await variableStore(api, { owner: 'group', fullPath: 'acme' }).show();
    expect(seen).toEqual([
      ['project', 'show', 'acme/backend', 'REGISTRY_AUTH', { filter: { environment_scope: '*' } }],
      ['project', 'create', 'acme/backend', 'REGISTRY_AUTH', 'v', { protected: true, environmentScope: '*' }],
      ['project', 'edit', 'acme/backend', 'REGISTRY_AUTH', 'v', { filter: { environment_scope: '*' } }],
      ['instance', 'show', 'REGISTRY_AUTH'],
      ['instance', 'create', 'REGISTRY_AUTH', 'v', {}],
      ['group', 'show', 'acme', 'DOCKER_AUTH_CONFIG', { filter: { environment_scope: '*' } }],
    ]);
  });
});

describe('the description names the saved token (issue 15)', () => {
  const described = 'registry-read-token (project access token), expires 2027-03-01';
  it('a new variable: the token and its expiry when known, else the registry', async () => {
    const { store, calls } = fakeStore();
    await saveVariable(store, input({ tokenDescription: described }));
    expect(calls[0]!.options!.description).toBe(described);
    const unknown = fakeStore();
    await saveVariable(unknown.store, input({ tokenDescription: null }));
    expect(unknown.calls[0]!.options!.description).toBe('Registry credentials for registry.example.com');
  });

  it('a merge (a renewal) names the new token; a merge of an unknown token leaves the owner\'s description alone', async () => {
    const existing = { key: 'DOCKER_AUTH_CONFIG', value: '{"auths":{"ghcr.io":{"auth":"YTpi"}}}', environment_scope: '*' };
    const renewal = fakeStore(existing);
    await saveVariable(renewal.store, input({ mode: 'merge', tokenDescription: described }));
    expect(renewal.calls[0]!.options!.description).toBe(described);
    const plain = fakeStore(existing);
    await saveVariable(plain.store, input({ mode: 'merge', tokenDescription: null }));
    expect(plain.calls[0]!.options).not.toHaveProperty('description');
  });
});

// What GitLab already has, and how it answers, decides what is written: the paths the happy
// flows above do not take (mutation testing showed them unguarded).
describe('saving into what GitLab has and answers', () => {
  const withVersion = (version: string, shown: Record<string, unknown> | null = null) => {
    const fake = fakeStore(shown);
    fake.store.version = async () => ({ version });
    return fake;
  };

  it('sends raw and the description to a GitLab with a two-digit minor version (15.10, 16.10)', async () => {
    const fifteen = withVersion('15.10.3-ee');
    await saveVariable(fifteen.store, input());
    expect(fifteen.calls[0]!.options).toMatchObject({ raw: true });
    const sixteen = withVersion('16.10.0');
    await saveVariable(sixteen.store, input());
    expect(sixteen.calls[0]!.options).toMatchObject({ raw: true, description: 'Registry credentials for registry.example.com' });
    // Before 15.7 GitLab knows no raw, before 16.2 no description.
    const old = withVersion('15.6.9');
    await saveVariable(old.store, input());
    expect(old.calls[0]!.options).not.toHaveProperty('raw');
    expect(old.calls[0]!.options).not.toHaveProperty('description');
  });

  it('a visible variable from GitLab 17.4+ (which answers hidden: false) can be merged into', async () => {
    const visible = { key: 'DOCKER_AUTH_CONFIG', value: '{"auths":{"ghcr.io":{"auth":"YTpi"}}}', hidden: false, masked: false, variable_type: 'file', environment_scope: '*' };
    const scope = { owner: 'project', fullPath: 'acme/backend' } as const;
    expect(await lookupVariable(fakeStore(visible).store, scope)).toEqual({ hidden: false, variableType: 'file', protected: false, masked: false });
    const merge = fakeStore(visible);
    expect(await saveVariable(merge.store, input({ mode: 'merge' }))).toMatchObject({ outcome: 'saved' });
    expect(merge.calls[0]!.value).toBe('{"auths":{"ghcr.io":{"auth":"YTpi"},"registry.example.com":{"auth":"dXNlcjpzZWNyZXQ="}}}');
  });

  it('a create GitLab refuses for another reason than a duplicate is a failure with its answer, not "exists"', async () => {
    const { store } = fakeStore();
    let lookedUp = false;
    store.show = async () => ((lookedUp = true), {});
    store.create = async () => Promise.reject(new GitLabApiError(400, '{"key":["can contain only letters, digits and \'_\'."]}'));
    const result = await saveVariable(store, input({ key: 'REGISTRY-AUTH' }));
    expect(result).toEqual({
      outcome: 'failed',
      message: 'GitLab refused to save REGISTRY-AUTH in this project (400): {"key":["can contain only letters, digits and \'_\'."]}',
      existing: null,
      masked: false,
      protected: false,
    });
    expect(lookedUp).toBe(false);
  });

  it('refuses a value the runner would ignore (an unpadded auth), and writes nothing', async () => {
    const { store, calls } = fakeStore();
    const result = await saveVariable(store, input({ json: '{"auths":{"registry.example.com":{"auth":"dTpzMQ"}}}' }));
    expect(result).toMatchObject({ outcome: 'failed', message: 'The value to save as DOCKER_AUTH_CONFIG is not valid. Check the fields above.' });
    expect(calls).toEqual([]);
  });

  it('does not merge into an existing value that is not a DOCKER_AUTH_CONFIG, and writes nothing', async () => {
    const { store, calls } = fakeStore({ key: 'DOCKER_AUTH_CONFIG', value: 'user:secret', variable_type: 'file', environment_scope: '*' });
    const result = await saveVariable(store, input({ mode: 'merge' }));
    expect(result.outcome).toBe('failed');
    expect(result.message).toMatch(/cannot be merged/i);
    expect(calls).toEqual([]);
  });

  it('names every registry a merge added, separated by commas', async () => {
    const { store } = fakeStore({ key: 'DOCKER_AUTH_CONFIG', value: '{"auths":{"ghcr.io":{"auth":"YTpi"}}}', environment_scope: '*' });
    const two = '{"auths":{"registry.example.com":{"auth":"dXNlcjpzZWNyZXQ="},"quay.io":{"auth":"dXNlcjpzZWNyZXQ="}}}';
    expect((await saveVariable(store, input({ mode: 'merge', json: two }))).message).toBe(
      'Added registry.example.com, quay.io to DOCKER_AUTH_CONFIG, other registries kept in this project.',
    );
  });

  it('a replace describes the new value by its registry when the token is not known', async () => {
    const { store, calls } = fakeStore({ key: 'DOCKER_AUTH_CONFIG', value: '{"auths":{}}', description: 'old', environment_scope: '*' });
    await saveVariable(store, input({ mode: 'replace', tokenDescription: null }));
    expect(calls[0]!.options!.description).toBe('Registry credentials for registry.example.com');
  });

  it("says GitLab's answer when it refuses a visible variable's new value (only a masked one is told about masking)", async () => {
    const { store } = fakeStore({ key: 'DOCKER_AUTH_CONFIG', value: '{"auths":{}}', masked: false, environment_scope: '*' });
    store.update = async () => Promise.reject(new GitLabApiError(400, '{"value":["is too long (maximum is 10000 characters)"]}'));
    expect((await saveVariable(store, input({ mode: 'replace' }))).message).toBe(
      'GitLab refused to save DOCKER_AUTH_CONFIG in this project (400): {"value":["is too long (maximum is 10000 characters)"]}',
    );
  });
});

describe('the instance variable', () => {
  it('is changed through the admin API by its key', async () => {
    const seen: unknown[][] = [];
    const api = {
      instanceVariables: { edit: async (...args: unknown[]) => void seen.push(['edit', ...args]) },
      version: async () => ({ version: '17.6.0' }),
    } as unknown as GitLabApi;
    await variableStore(api, { owner: 'instance', fullPath: null }, 'REGISTRY_AUTH').update('v', { raw: true });
    expect(seen).toEqual([['edit', 'REGISTRY_AUTH', 'v', { raw: true }]]);
  });
});

describe('a GitLab that redirects the request', () => {
  it('says the redirect, not "no variable", even when the host name says "variables"', async () => {
    // As gitlab-api.ts reports a redirected read: the browser hides where it points.
    const requested = new URL('https://variables.example.com/api/v4/projects/acme%2Fbackend/variables/DOCKER_AUTH_CONFIG');
    const target = { kind: 'hidden' } as const;
    const redirected = new GitLabApiError(0, redirectMessage(requested, target), { requested, target });
    const store: VariableStore = { ...fakeStore().store, show: async () => Promise.reject(redirected) };
    await expect(lookupVariable(store, { owner: 'project', fullPath: 'acme/backend' })).rejects.toThrow(
      'variables.example.com answered with a redirect to an address the browser does not reveal.',
    );
  });

  it('says the redirect, not "GitLab refused the masked value", when the update of a masked variable is redirected', async () => {
    const requested = new URL('https://values.example.com/api/v4/projects/acme%2Fbackend/variables/DOCKER_AUTH_CONFIG');
    const target = { kind: 'hidden' } as const;
    const redirected = new GitLabApiError(0, redirectMessage(requested, target), { requested, target });
    const { store } = fakeStore({ key: 'DOCKER_AUTH_CONFIG', value: '{"auths":{}}', masked: true, environment_scope: '*' });
    store.update = async () => Promise.reject(redirected);
    expect((await saveVariable(store, input({ mode: 'replace' }))).message).toMatch(
      /^Could not save DOCKER_AUTH_CONFIG in this project: values\.example\.com answered with a redirect/,
    );
  });
});
