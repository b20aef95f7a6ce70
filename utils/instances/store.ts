import { storage } from '#imports';
import { GITLAB_COM_ORIGIN, type InstanceAddress } from './address';
import {
  DEFAULT_SETTINGS,
  instancesFromStorage,
  listWithBuiltIn,
  StoredInstancesSchema,
  type Instance,
  type InstanceSettings,
  type StoredInstance,
} from './settings';

// The added GitLab instances and their settings. No secret (see settings.ts): storage.local.
const instancesItem = storage.defineItem<unknown>('local:instances', { fallback: [] });

export async function readStoredInstances(): Promise<StoredInstance[]> {
  return instancesFromStorage(await instancesItem.getValue());
}

/** Writes the list after checking it: a write that does not fit the schema throws, nothing is stored. */
async function writeStoredInstances(instances: StoredInstance[]): Promise<void> {
  await instancesItem.setValue(StoredInstancesSchema.parse(instances));
}

/** Every GitLab the extension serves: gitlab.com, then those added. */
export async function listInstances(): Promise<Instance[]> {
  return listWithBuiltIn(await readStoredInstances());
}

export async function addStoredInstance(address: InstanceAddress): Promise<void> {
  const stored = await readStoredInstances();
  if (stored.some((instance) => instance.origin === address.origin)) return;
  await writeStoredInstances([...stored, { ...address, settings: { ...DEFAULT_SETTINGS } }]);
}

export async function removeStoredInstance(origin: string): Promise<void> {
  const stored = await readStoredInstances();
  if (stored.some((instance) => instance.origin === origin)) {
    await writeStoredInstances(stored.filter((instance) => instance.origin !== origin));
  }
}

/** Saves the settings of an added instance or of gitlab.com. */
export async function saveInstanceSettings(origin: string, settings: InstanceSettings): Promise<void> {
  const stored = await readStoredInstances();
  const existing = stored.find((instance) => instance.origin === origin);
  if (existing) {
    await writeStoredInstances(stored.map((instance) => (instance === existing ? { ...instance, settings } : instance)));
  } else if (origin === GITLAB_COM_ORIGIN) {
    await writeStoredInstances([...stored, { origin, relativeRoot: '', settings }]);
  } else {
    throw new Error(`${origin} is not in the list of GitLab instances.`);
  }
}

/**
 * The read API for the background and content scripts: the settings for a GitLab origin,
 * defaults for one that has none stored.
 */
export async function instanceSettingsFor(origin: string): Promise<InstanceSettings> {
  const stored = (await readStoredInstances()).find((instance) => instance.origin === origin);
  return stored?.settings ?? { ...DEFAULT_SETTINGS };
}

/** Calls back with the list whenever it changes (another tab, the popup). Returns the unwatch. */
export function watchInstanceList(callback: (instances: Instance[]) => void): () => void {
  return instancesItem.watch((value) => callback(listWithBuiltIn(instancesFromStorage(value))));
}
