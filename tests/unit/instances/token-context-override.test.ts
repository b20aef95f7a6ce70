import { describe, expect, it } from 'vitest';
import { resolveTokenContext, type RegistryMemory, type TokenContextReads } from '../../../utils/background/token-context';

const reads: TokenContextReads = {
  projectRegistryPrefix: async () => 'registry.example.test/acme/app',
  newestAccessTokenUserId: async () => 7,
  username: async () => 'project_1_bot',
  currentUsername: async () => 'me',
};
const memory: RegistryMemory = { recall: async () => 'remembered.example.test', learn: async () => undefined };
const query = { origin: 'https://gitlab.example.test', owner: 'project', scope: 'project', projectId: '1', groupId: null, fullPath: 'acme/app' } as const;

describe('registry override from the options page', () => {
  it('wins over the API and the memory, said as the person\'s own setting', async () => {
    const context = await resolveTokenContext(query, reads, memory, { registryFor: async () => 'mine.example.test:5050' });
    expect(context.registry).toEqual({ value: 'mine.example.test:5050', source: 'Prefilled from your setting for this GitLab.', problem: null });
  });

  it('changes nothing when none is set (or it is unusable)', async () => {
    for (const override of [undefined, { registryFor: async () => null }, { registryFor: async () => 'not a host' }]) {
      const context = await resolveTokenContext(query, reads, memory, override);
      expect(context.registry.value).toBe('registry.example.test');
    }
  });
});
