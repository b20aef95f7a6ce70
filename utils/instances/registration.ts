import { browser, type Browser } from '#imports';
import { CI_VARIABLES_PAGE_MATCHES, ROUTE_IN_QUERY_EXCLUDES, TOKEN_PAGE_MATCHES } from '../features/routes';
import { isGitLabCom, type InstanceAddress } from './address';
import { browserPatternOptions, instanceMatches, originPermission, type PatternOptions } from './patterns';

/**
 * Content scripts for added GitLab instances, registered at runtime. The scripts are the ones
 * the manifest ships for gitlab.com (read from the built manifest, so a content script added
 * there is served on every instance too); their pages are the same paths, below the instance's
 * origin and relative root. Only scripts with our id prefix are ever touched.
 */

export const SCRIPT_ID_PREFIX = 'dac:';

export type RegisteredScript = Browser.scripting.RegisteredContentScript;

/** The part of browser.scripting used here; tests pass an in-memory one. */
export interface ScriptingLike {
  getRegisteredContentScripts(filter?: { ids?: string[] }): Promise<RegisteredScript[]>;
  registerContentScripts(scripts: RegisteredScript[]): Promise<void>;
  unregisterContentScripts(filter?: { ids?: string[] }): Promise<void>;
}

/** A content script entry of the manifest, as `runtime.getManifest().content_scripts` gives it. */
export interface ManifestContentScript {
  matches?: string[];
  js?: string[];
  run_at?: string;
  all_frames?: boolean;
}

// The page paths of each content script by name, from routes.ts (which also makes the manifest's
// gitlab.com matches). A script not named here serves the paths of its gitlab.com matches.
const PATHS_BY_SCRIPT: Readonly<Record<string, readonly string[]>> = {
  'token-pages': TOKEN_PAGE_MATCHES,
  'ci-variables': CI_VARIABLES_PAGE_MATCHES,
};
const GITLAB_COM_PREFIX = 'https://gitlab.com';

/**
 * A script's path inside the extension. Firefox's runtime.getManifest() gives content script
 * files as full moz-extension:// URLs, and its scripting.registerContentScripts refuses those
 * ("must be a relative URL"); Chromium gives and takes the relative path.
 */
export function extensionRelativePath(js: string): string {
  const url = URL.canParse(js) ? new URL(js) : null;
  return (url ? url.pathname : js).replace(/^\/+/, '');
}

const scriptName = (js: string) => js.slice(js.lastIndexOf('/') + 1).replace(/\.js$/, '');

/** The paths a manifest content script serves, below GitLab's root. */
export function pathsOf(script: ManifestContentScript): readonly string[] {
  const js = script.js?.[0];
  const known = js ? PATHS_BY_SCRIPT[scriptName(js)] : undefined;
  if (known) return known;
  return (script.matches ?? [])
    .filter((match) => match.startsWith(`${GITLAB_COM_PREFIX}/`))
    .map((match) => match.slice(GITLAB_COM_PREFIX.length));
}

export const scriptIdFor = (origin: string, js: string) => `${SCRIPT_ID_PREFIX}${origin}:${scriptName(js)}`;
export const isOurScriptId = (id: string) => id.startsWith(SCRIPT_ID_PREFIX);

type RunAt = RegisteredScript['runAt'];
const RUN_AT = new Set<string>(['document_start', 'document_end', 'document_idle']);

/** The registrations an instance gets: one per manifest content script that serves GitLab pages. */
export function scriptsForInstance(
  address: InstanceAddress,
  manifestScripts: readonly ManifestContentScript[],
  options: PatternOptions = browserPatternOptions(),
): RegisteredScript[] {
  if (isGitLabCom(address.origin)) return []; // served by the manifest itself
  return manifestScripts.flatMap((script) => {
    const js = (script.js ?? []).map(extensionRelativePath);
    const paths = pathsOf(script);
    if (js.length === 0 || paths.length === 0) return [];
    return [
      {
        id: scriptIdFor(address.origin, js[0]!),
        js: [...js],
        matches: instanceMatches(address, paths, options),
        // As in the manifest: a route in the query string does not make a page one we serve.
        excludeMatches: instanceMatches(address, ROUTE_IN_QUERY_EXCLUDES, options),
        runAt: (script.run_at && RUN_AT.has(script.run_at) ? script.run_at : 'document_idle') as RunAt,
        allFrames: script.all_frames ?? false,
        persistAcrossSessions: true,
      },
    ];
  });
}

const sorted = (values: readonly string[] | undefined) => [...(values ?? [])].sort();
const sameList = (a: readonly string[] | undefined, b: readonly string[] | undefined) =>
  JSON.stringify(sorted(a)) === JSON.stringify(sorted(b));

/** Whether a registered script already is the wanted one (same files, pages and timing). */
export function sameRegistration(registered: RegisteredScript, wanted: RegisteredScript): boolean {
  return (
    registered.id === wanted.id &&
    JSON.stringify((registered.js ?? []).map(extensionRelativePath)) === JSON.stringify((wanted.js ?? []).map(extensionRelativePath)) &&
    sameList(registered.matches, wanted.matches) &&
    sameList(registered.excludeMatches, wanted.excludeMatches) &&
    (registered.runAt ?? 'document_idle') === (wanted.runAt ?? 'document_idle') &&
    (registered.allFrames ?? false) === (wanted.allFrames ?? false) &&
    (registered.persistAcrossSessions ?? true) === (wanted.persistAcrossSessions ?? true)
  );
}

export interface SyncResult {
  registered: string[];
  unregistered: string[];
}

/**
 * Makes our registrations exactly `wanted`: registers what is missing, replaces what differs,
 * unregisters ours that are no longer wanted, and leaves every other script alone. Idempotent:
 * a second call with the same `wanted` changes nothing.
 */
export async function syncScripts(scripting: ScriptingLike, wanted: readonly RegisteredScript[]): Promise<SyncResult> {
  const ours = (await scripting.getRegisteredContentScripts()).filter((script) => isOurScriptId(script.id));
  const wantedById = new Map(wanted.map((script) => [script.id, script]));
  const stale = ours.filter((script) => {
    const want = wantedById.get(script.id);
    return !want || !sameRegistration(script, want);
  });
  const current = new Set(ours.filter((script) => !stale.includes(script)).map((script) => script.id));
  const missing = wanted.filter((script) => !current.has(script.id));
  if (stale.length > 0) await scripting.unregisterContentScripts({ ids: stale.map((script) => script.id) });
  if (missing.length > 0) await scripting.registerContentScripts([...missing]);
  return { registered: missing.map((script) => script.id), unregistered: stale.map((script) => script.id) };
}

/** The part of browser.permissions used here. */
export interface PermissionsLike {
  contains(permissions: { origins: string[] }): Promise<boolean>;
}

export interface RegistrationDeps {
  scripting: ScriptingLike;
  permissions: PermissionsLike;
  manifestScripts: readonly ManifestContentScript[];
  patternOptions?: PatternOptions;
}

export const browserRegistrationDeps = (): RegistrationDeps => ({
  scripting: browser.scripting as unknown as ScriptingLike,
  permissions: browser.permissions,
  manifestScripts: (browser.runtime.getManifest().content_scripts ?? []) as ManifestContentScript[],
});

/**
 * Registers the scripts of every instance whose origin the browser lets us access, and only
 * those: an instance whose access was taken back (chrome://extensions › Site access) keeps its
 * settings but gets no scripts until access is granted again.
 */
export async function registerInstances(instances: readonly InstanceAddress[], deps: RegistrationDeps): Promise<SyncResult> {
  const wanted: RegisteredScript[] = [];
  for (const instance of instances) {
    if (isGitLabCom(instance.origin)) continue;
    const granted = await deps.permissions.contains({ origins: [originPermission(instance.origin, deps.patternOptions)] });
    if (granted) wanted.push(...scriptsForInstance(instance, deps.manifestScripts, deps.patternOptions));
  }
  try {
    return await syncScripts(deps.scripting, wanted);
  } catch (error) {
    // Another extension page may have synced at the same moment (a duplicate id): once more from
    // what is registered now; a second failure is a real one.
    if (!(error instanceof Error) || !/duplicate/i.test(error.message)) throw error;
    return syncScripts(deps.scripting, wanted);
  }
}
