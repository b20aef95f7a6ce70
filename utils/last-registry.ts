import { z } from 'zod/mini';
import { storage } from '#imports';
import { normaliseRegistry } from './docker-auth-config';

// The only thing the popup remembers: the last registry host used. It is no secret, so it may
// live in storage.local; tokens and generated JSON never do.
const RegistryKeySchema = z.string().check(
  z.refine((value) => {
    const normalised = normaliseRegistry(value);
    return normalised.ok && normalised.value === value;
  }),
);

const lastRegistryItem = storage.defineItem<string | null>('local:lastRegistryHost', { fallback: null });

/** The last registry key used, or null (also when what is stored is not a registry key). */
export async function readLastRegistry(): Promise<string | null> {
  const parsed = RegistryKeySchema.safeParse(await lastRegistryItem.getValue());
  return parsed.success ? parsed.data : null;
}

export async function rememberLastRegistry(key: string): Promise<void> {
  if (RegistryKeySchema.safeParse(key).success) await lastRegistryItem.setValue(key);
}
