import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import type { PermissionRequester } from '../../../utils/instances/access';
import type { ManifestContentScript, RegisteredScript, RegistrationDeps, ScriptingLike } from '../../../utils/instances/registration';

/**
 * browser.scripting and browser.permissions as Chromium behaves, in memory (WXT's fake browser
 * has neither): duplicate ids are refused, unregistering an unknown id fails, and permission
 * requests answer what the test says.
 */
export class FakeScripting implements ScriptingLike {
  scripts = new Map<string, RegisteredScript>();
  calls: string[] = [];

  async getRegisteredContentScripts(filter?: { ids?: string[] }) {
    const all = [...this.scripts.values()].map((script) => structuredClone(script));
    return filter?.ids ? all.filter((script) => filter.ids!.includes(script.id)) : all;
  }
  async registerContentScripts(scripts: RegisteredScript[]) {
    this.calls.push(`register ${scripts.map((script) => script.id).join(',')}`);
    for (const script of scripts) if (this.scripts.has(script.id)) throw new Error(`Duplicate script ID '${script.id}'`);
    for (const script of scripts) this.scripts.set(script.id, structuredClone(script));
  }
  async unregisterContentScripts(filter?: { ids?: string[] }) {
    this.calls.push(`unregister ${filter?.ids?.join(',') ?? '*'}`);
    const ids = filter?.ids ?? [...this.scripts.keys()];
    for (const id of ids) if (!this.scripts.has(id)) throw new Error(`Nonexistent script ID '${id}'`);
    for (const id of ids) this.scripts.delete(id);
  }
}

export class FakePermissions implements PermissionRequester {
  granted = new Set<string>();
  requests: string[][] = [];
  removed: string[][] = [];
  constructor(public answer: boolean | Error = true) {}

  request({ origins }: { origins: string[] }) {
    this.requests.push(origins);
    if (this.answer instanceof Error) return Promise.reject(this.answer);
    if (this.answer) origins.forEach((origin) => this.granted.add(origin));
    return Promise.resolve(this.answer);
  }
  async remove({ origins }: { origins: string[] }) {
    this.removed.push(origins);
    origins.forEach((origin) => this.granted.delete(origin));
    return true;
  }
  async contains({ origins }: { origins: string[] }) {
    return origins.every((origin) => this.granted.has(origin));
  }
}

/** The content scripts of the built manifest (token pages now, CI/CD pages when shipped). */
export const MANIFEST_SCRIPTS: ManifestContentScript[] = [
  {
    matches: ['https://gitlab.com/*/-/settings/access_tokens*', 'https://gitlab.com/-/user_settings/personal_access_tokens*'],
    run_at: 'document_start',
    js: ['content-scripts/token-pages.js'],
  },
  {
    matches: ['https://gitlab.com/*/-/settings/ci_cd*', 'https://gitlab.com/admin/application_settings/ci_cd*'],
    run_at: 'document_idle',
    js: ['content-scripts/ci-variables.js'],
  },
];

export function fakeDeps(scripting = new FakeScripting(), permissions = new FakePermissions()): RegistrationDeps & {
  scripting: FakeScripting;
  permissions: FakePermissions;
} {
  return { scripting, permissions, manifestScripts: MANIFEST_SCRIPTS, patternOptions: { keepPort: true } };
}

/**
 * WXT's fake browser, reset, with these fakes as browser.permissions and browser.scripting and the
 * built manifest's content scripts: what the options page and the popup's offer reach.
 */
export function installExtensionFakes(permissions = new FakePermissions(true), scripting = new FakeScripting()) {
  fakeBrowser.reset();
  Object.assign(fakeBrowser.permissions, {
    request: vi.fn((p: { origins: string[] }) => permissions.request(p)),
    remove: vi.fn((p: { origins: string[] }) => permissions.remove(p)),
    contains: vi.fn((p: { origins: string[] }) => permissions.contains(p)),
  });
  Object.assign(fakeBrowser, { scripting });
  vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({ content_scripts: MANIFEST_SCRIPTS } as never);
  return { permissions, scripting };
}
