import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { CI_VARIABLES_PAGE_MATCHES, TOKEN_PAGE_MATCHES } from '../../../utils/features/routes';
import { removeInstance, requestAccessAndAdd, restoreRegistrations } from '../../../utils/instances/access';
import {
  pathsOf,
  registerInstances,
  sameRegistration,
  scriptsForInstance,
  syncScripts,
  type RegisteredScript,
} from '../../../utils/instances/registration';
import { DEFAULT_SETTINGS } from '../../../utils/instances/settings';
import { readStoredInstances } from '../../../utils/instances/store';
import { FakePermissions, FakeScripting, fakeDeps, MANIFEST_SCRIPTS } from './fakes';

const A = { origin: 'https://gitlab.example.test', relativeRoot: '' };
const B = { origin: 'https://git.example.com:8443', relativeRoot: '/gitlab' };
const OTHERS: RegisteredScript = { id: 'someone-else', js: ['x.js'], matches: ['https://gitlab.example.test/*'], runAt: 'document_idle' };
const OTHERS_LOOKALIKE: RegisteredScript = { id: 'dac-not-ours', js: ['y.js'], matches: ['https://b.example/*'] };

describe('scripts for an instance', () => {
  it('uses the manifest\'s files and timing and routes.ts\'s pages below the instance', () => {
    const scripts = scriptsForInstance(B, MANIFEST_SCRIPTS, { keepPort: true });
    expect(scripts.map((script) => [script.id, script.js, script.runAt])).toEqual([
      ['dac:https://git.example.com:8443:token-pages', ['content-scripts/token-pages.js'], 'document_start'],
      ['dac:https://git.example.com:8443:ci-variables', ['content-scripts/ci-variables.js'], 'document_idle'],
    ]);
    expect(scripts[0]!.matches).toEqual(TOKEN_PAGE_MATCHES.map((path) => `https://git.example.com:8443/gitlab${path}`));
    expect(scripts[1]!.matches).toEqual(CI_VARIABLES_PAGE_MATCHES.map((path) => `https://git.example.com:8443/gitlab${path}`));
    expect(scripts.every((script) => script.persistAcrossSessions && script.allFrames === false)).toBe(true);
  });

  it('serves a content script routes.ts does not name on the paths of its gitlab.com matches', () => {
    expect(pathsOf({ js: ['content-scripts/new-thing.js'], matches: ['https://gitlab.com/-/new*', 'https://example.org/x'] })).toEqual(['/-/new*']);
    expect(scriptsForInstance(A, [{ js: ['content-scripts/elsewhere.js'], matches: ['https://example.org/*'] }])).toEqual([]);
  });

  it("registers Firefox's manifest files by their relative path (its registerContentScripts refuses full URLs)", () => {
    const base = 'moz-extension://6f1d1a52-3c0e-4d4b-9d33-0b8f2a5c7e10/';
    const firefoxManifest = MANIFEST_SCRIPTS.map((script) => ({ ...script, js: (script.js ?? []).map((js) => `${base}${js}`) }));
    const firefox = scriptsForInstance(A, firefoxManifest, { keepPort: false });
    expect(firefox).toEqual(scriptsForInstance(A, MANIFEST_SCRIPTS, { keepPort: false }));
    expect(firefox.flatMap((script) => script.js)).toEqual(['content-scripts/token-pages.js', 'content-scripts/ci-variables.js']);
    // A registration Firefox reports with full URLs is the same one: nothing to redo at start-up.
    const reported = { ...firefox[0]!, js: firefox[0]!.js!.map((js) => `${base}${js}`) };
    expect(sameRegistration(reported, firefox[0]!)).toBe(true);
  });

  it('registers nothing for gitlab.com: the manifest serves it', () => {
    expect(scriptsForInstance({ origin: 'https://gitlab.com', relativeRoot: '' }, MANIFEST_SCRIPTS)).toEqual([]);
  });
});

describe('syncScripts', () => {
  let scripting: FakeScripting;
  beforeEach(() => {
    scripting = new FakeScripting();
    scripting.scripts.set(OTHERS.id, OTHERS);
    scripting.scripts.set(OTHERS_LOOKALIKE.id, OTHERS_LOOKALIKE);
  });

  it('is idempotent: the second run changes nothing', async () => {
    const wanted = scriptsForInstance(A, MANIFEST_SCRIPTS);
    expect((await syncScripts(scripting, wanted)).registered).toHaveLength(2);
    scripting.calls = [];
    expect(await syncScripts(scripting, wanted)).toEqual({ registered: [], unregistered: [] });
    expect(scripting.calls).toEqual([]);
  });

  it('replaces one of ours that differs (an update moved a file or a page) and keeps the rest', async () => {
    const wanted = scriptsForInstance(A, MANIFEST_SCRIPTS);
    await syncScripts(scripting, wanted);
    const stale = { ...wanted[0]!, js: ['content-scripts/old-name.js'] };
    scripting.scripts.set(stale.id, stale);
    scripting.calls = [];
    expect(await syncScripts(scripting, wanted)).toEqual({ registered: [wanted[0]!.id], unregistered: [wanted[0]!.id] });
    expect(scripting.scripts.get(wanted[0]!.id)?.js).toEqual(['content-scripts/token-pages.js']);
  });

  it('treats the same matches in another order as the same registration', async () => {
    const wanted = scriptsForInstance(A, MANIFEST_SCRIPTS);
    await syncScripts(scripting, wanted);
    const reordered = { ...wanted[0]!, matches: [...wanted[0]!.matches!].reverse() };
    scripting.scripts.set(reordered.id, reordered);
    scripting.calls = [];
    await syncScripts(scripting, wanted);
    expect(scripting.calls).toEqual([]);
  });

  it('never unregisters scripts that are not ours, even when ours all go', async () => {
    await syncScripts(scripting, scriptsForInstance(A, MANIFEST_SCRIPTS));
    await syncScripts(scripting, []);
    expect([...scripting.scripts.keys()].sort()).toEqual(['dac-not-ours', 'someone-else']);
    expect(scripting.calls.filter((call) => call.startsWith('unregister'))).toEqual([
      'unregister dac:https://gitlab.example.test:token-pages,dac:https://gitlab.example.test:ci-variables',
    ]);
  });
});

describe('enabling, restoring and removing instances', () => {
  beforeEach(() => fakeBrowser.reset());

  it('registers only instances whose origin the browser lets us read', async () => {
    const deps = fakeDeps();
    deps.permissions.granted.add('https://gitlab.example.test/*');
    await registerInstances([A, B], deps);
    expect([...deps.scripting.scripts.keys()]).toEqual([
      'dac:https://gitlab.example.test:token-pages',
      'dac:https://gitlab.example.test:ci-variables',
    ]);
    // Access taken back outside the extension: its scripts go on the next sync.
    deps.permissions.granted.clear();
    await registerInstances([A, B], deps);
    expect(deps.scripting.scripts.size).toBe(0);
  });

  it('asks for exactly the origin, synchronously, then stores and registers', async () => {
    const deps = fakeDeps();
    const pending = requestAccessAndAdd(B, deps.permissions, deps);
    // Asked before anything was awaited: still inside the click's user gesture.
    expect(deps.permissions.requests).toEqual([['https://git.example.com:8443/*']]);
    expect(await pending).toMatchObject({ ok: true, message: expect.stringContaining('https://git.example.com:8443/gitlab') });
    expect(await readStoredInstances()).toEqual([{ ...B, settings: DEFAULT_SETTINGS }]);
    expect(deps.scripting.scripts.get('dac:https://git.example.com:8443:token-pages')?.matches?.[0]).toBe(
      'https://git.example.com:8443/gitlab/*/-/settings/access_tokens*',
    );
  });

  it('stores and registers nothing when the permission is refused or the request fails', async () => {
    for (const answer of [false, new Error('Permissions may only be requested during a user gesture.')]) {
      const deps = fakeDeps(new FakeScripting(), new FakePermissions(answer));
      const outcome = await requestAccessAndAdd(A, deps.permissions, deps);
      expect(outcome.ok).toBe(false);
      expect(outcome.message).toMatch(answer instanceof Error ? /did not ask for access.*user gesture.*Nothing was added/ : /was not granted, so nothing was added/);
      expect(await readStoredInstances()).toEqual([]);
      expect(deps.scripting.calls).toEqual([]);
    }
  });

  it('restores after a restart or an update, idempotently, and removes with the permission', async () => {
    const deps = fakeDeps();
    deps.scripting.scripts.set(OTHERS.id, OTHERS);
    await requestAccessAndAdd(A, deps.permissions, deps);
    await requestAccessAndAdd(B, deps.permissions, deps);
    // The browser dropped the runtime scripts (an update): start-up brings them back.
    deps.scripting.scripts.clear();
    deps.scripting.scripts.set(OTHERS.id, OTHERS);
    await restoreRegistrations(deps);
    expect(deps.scripting.scripts.size).toBe(5);
    deps.scripting.calls = [];
    await Promise.all([restoreRegistrations(deps), restoreRegistrations(deps)]); // onStartup + onInstalled together
    expect(deps.scripting.calls).toEqual([]);

    await removeInstance(A.origin, deps.permissions, deps);
    expect([...deps.scripting.scripts.keys()].sort()).toEqual([
      'dac:https://git.example.com:8443:ci-variables',
      'dac:https://git.example.com:8443:token-pages',
      'someone-else',
    ]);
    expect(deps.permissions.removed).toEqual([['https://gitlab.example.test/*']]);
    expect((await readStoredInstances()).map((instance) => instance.origin)).toEqual([B.origin]);
  });
});
