import { browser } from '#imports';
import { english, type Translate } from '../i18n';
import { addressText, type InstanceAddress } from './address';
import { originPermission } from './patterns';
import { browserRegistrationDeps, registerInstances, type RegistrationDeps, type SyncResult } from './registration';
import { addStoredInstance, readStoredInstances, removeStoredInstance } from './store';

/**
 * Enabling and removing a self-managed GitLab: the browser's permission for its origin, the
 * stored entry, and the content scripts registered for it, kept in step.
 */

export interface PermissionRequester {
  request(permissions: { origins: string[] }): Promise<boolean>;
  remove(permissions: { origins: string[] }): Promise<boolean>;
}

let queue: Promise<unknown> = Promise.resolve();
/** One sync at a time in this context: start-up, install and permission events may coincide. */
function serialised<T>(task: () => Promise<T>): Promise<T> {
  const run = queue.then(task, task);
  queue = run.catch(() => undefined);
  return run;
}

/** Registers the scripts of every stored instance we have access to; unregisters ours for the rest. */
export function restoreRegistrations(deps: RegistrationDeps = browserRegistrationDeps()): Promise<SyncResult> {
  return serialised(async () => registerInstances(await readStoredInstances(), deps));
}

export type EnableOutcome = { ok: true; message: string } | { ok: false; message: string };

/**
 * Asks the browser for access to the instance's origin, then adds and serves it.
 * MUST be called straight from a click handler, before anything is awaited: the browser shows
 * its permission prompt only during the user gesture, so the request is the first thing done.
 */
export function requestAccessAndAdd(
  address: InstanceAddress,
  permissions: PermissionRequester = browser.permissions,
  deps?: RegistrationDeps,
  t: Translate = english,
): Promise<EnableOutcome> {
  const asked = permissions.request({ origins: [originPermission(address.origin, deps?.patternOptions)] });
  return (async (): Promise<EnableOutcome> => {
    let granted: boolean;
    try {
      granted = await asked;
    } catch (error) {
      return {
        ok: false,
        message: t('options.access.not-asked', { origin: address.origin, reason: error instanceof Error ? error.message : String(error) }),
      };
    }
    if (!granted) {
      return {
        ok: false,
        message: t('options.access.refused', { origin: address.origin }),
      };
    }
    await addStoredInstance(address);
    await restoreRegistrations(deps);
    return {
      ok: true,
      message: t('options.access.enabled', { address: addressText(address) }),
    };
  })();
}

/** Removes an added instance: its scripts are unregistered and its origin's access given back. */
export async function removeInstance(
  origin: string,
  permissions: PermissionRequester = browser.permissions,
  deps?: RegistrationDeps,
): Promise<void> {
  await removeStoredInstance(origin);
  await restoreRegistrations(deps);
  await permissions.remove({ origins: [originPermission(origin, deps?.patternOptions)] });
}

/** The origins of the added instances the browser currently lets us access. */
export async function grantedOrigins(origins: readonly string[]): Promise<Set<string>> {
  // Asked all at once, not one after the other: the options page shows its list after this.
  const answers = await Promise.all(origins.map((origin) => browser.permissions.contains({ origins: [originPermission(origin)] })));
  return new Set(origins.filter((_, index) => answers[index]));
}

/**
 * For the background: registrations come back at every browser start, after install and
 * update (the browser may drop runtime scripts then), and follow access granted or taken back
 * outside the extension (chrome://extensions › Site access). Listeners are added synchronously.
 */
export function keepRegistrationsInStep(): void {
  const restore = () => {
    restoreRegistrations().catch((error: unknown) => {
      console.debug(`[DOCKER_AUTH_CONFIG] could not restore GitLab instances (${error instanceof Error ? error.message : 'error'})`);
    });
  };
  browser.runtime.onStartup.addListener(restore);
  browser.runtime.onInstalled.addListener(restore);
  browser.permissions.onAdded.addListener(restore);
  browser.permissions.onRemoved.addListener(restore);
}
