import { z } from 'zod/mini';
import { storage } from '#imports';
import { normaliseRegistry } from '../docker-auth-config';
import type { RegistryMemory } from './token-context';

// Registry host last seen per GitLab origin. Host names only, no secret: storage.local is fine.
const MemorySchema = z.record(z.string(), z.string());
const memoryItem = storage.defineItem<Record<string, string>>('local:registryByOrigin', { fallback: {} });

async function readAll(): Promise<Record<string, string>> {
  const parsed = MemorySchema.safeParse(await memoryItem.getValue());
  return parsed.success ? parsed.data : {};
}

export const registryMemory: RegistryMemory = {
  async recall(origin) {
    const key = (await readAll())[origin];
    const normalised = key ? normaliseRegistry(key) : null;
    return normalised?.ok ? normalised.value : null;
  },
  async learn(origin, registry) {
    const all = await readAll();
    if (all[origin] !== registry) await memoryItem.setValue({ ...all, [origin]: registry });
  },
};
