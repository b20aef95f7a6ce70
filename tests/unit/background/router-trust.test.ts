import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { listenForContentScripts } from '../../../utils/background/router';
import { addStoredInstance } from '../../../utils/instances/store';

// Issue 13, item 4: what the background takes from a content script's message. The relative root
// is the one stored for the sender's origin ('' on gitlab.com), full paths are GitLab paths, only a
// token page hands a value over, and a tab cannot open CI/CD settings tabs faster than a person.

type Envelope = { ok: boolean; response?: unknown; error?: string };
type Sender = { url: string; tab?: { id: number } };

const NOT_UNDERSTOOD = { ok: false, error: 'The extension received a message it does not understand.' };
const OTHER_ROOT = { ok: false, error: 'Refused: the request names another GitLab address than the one this origin is served at.' };

async function ask(message: unknown, sender: Sender): Promise<Envelope> {
  return new Promise((resolve) => {
    const trigger = fakeBrowser.runtime.onMessage.trigger as (...args: unknown[]) => Promise<unknown>;
    void trigger(message, sender, (answer: Envelope) => resolve(answer));
  });
}

const build = (origin: string, relativeRoot: string) => ({
  type: 'build-config',
  location: { origin, relativeRoot },
  registry: 'registry.example.com',
  username: 'alice',
  secret: 'glpat-abcdefghijklmnop',
});

const handoffPut = (fullPath: string, owner: 'project' | 'group' = 'project', relativeRoot = '') => ({
  type: 'handoff-put',
  target: { location: { origin: 'https://gitlab.com', relativeRoot }, owner, fullPath },
  json: '{"auths":{}}',
  registry: 'registry.gitlab.com',
});

const TOKEN_PAGE = 'https://gitlab.com/acme/backend/-/settings/access_tokens';
const openedTabs = async () => (await fakeBrowser.tabs.query({})).filter((tab) => tab.url?.includes('/-/settings/ci_cd'));

describe('the background checks what a content script says', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.useFakeTimers({ toFake: ['Date'], now: Date.UTC(2026, 10, 26, 9, 0, 0) });
    // No request may leave the test: a check that lets one through fails on its answer instead.
    vi.stubGlobal('fetch', () => Promise.reject(new TypeError('no network in unit tests')));
    listenForContentScripts();
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it("takes gitlab.com's relative root as '' only", async () => {
    const page = { url: 'https://gitlab.com/acme/backend/-/settings/ci_cd' };
    expect((await ask(build('https://gitlab.com', ''), page)).ok).toBe(true);
    expect(await ask(build('https://gitlab.com', '/acme'), page)).toEqual(OTHER_ROOT);
    expect(await ask(build('https://gitlab.com', '/..'), page)).toEqual(NOT_UNDERSTOOD);
  });

  it("takes an added GitLab's relative root as stored, and nothing for an origin that is not added", async () => {
    await addStoredInstance({ origin: 'https://git.example.test', relativeRoot: '/gitlab' });
    const page = { url: 'https://git.example.test/gitlab/acme/backend/-/settings/ci_cd' };
    expect((await ask(build('https://git.example.test', '/gitlab'), page)).ok).toBe(true);
    expect(await ask(build('https://git.example.test', ''), page)).toEqual(OTHER_ROOT);
    expect(await ask(build('https://git.example.test', '/other'), page)).toEqual(OTHER_ROOT);
    expect(await ask(build('https://git.example.test', '/gitlab/..'), page)).toEqual(NOT_UNDERSTOOD);
    const removed = { url: 'https://removed.example.test/acme/backend/-/settings/ci_cd' };
    expect(await ask(build('https://removed.example.test', ''), removed)).toEqual(OTHER_ROOT);
  });

  it('takes full paths only as GitLab writes them', async () => {
    const page = { url: 'https://gitlab.com/acme/backend/-/settings/ci_cd', tab: { id: 1 } };
    const lookup = (owner: string, fullPath: string | null) => ({
      type: 'variables-lookup',
      location: { origin: 'https://gitlab.com', relativeRoot: '' },
      scope: { owner, fullPath },
    });
    for (const fullPath of ['../admin', 'acme/../../admin', 'acme/./backend', 'acme//backend', '/acme/backend', 'acme/backend?x=1', 'acme/back end', '-acme/backend', 'acme/%2e%2e']) {
      expect(await ask(lookup('project', fullPath), page), fullPath).toEqual(NOT_UNDERSTOOD);
      expect(await ask(handoffPut(fullPath), { url: TOKEN_PAGE, tab: { id: 1 } }), fullPath).toEqual(NOT_UNDERSTOOD);
    }
    // A project lives in a group: one segment is not a project's path.
    expect(await ask(lookup('project', 'acme'), page)).toEqual(NOT_UNDERSTOOD);
    expect(await ask(handoffPut('acme'), { url: TOKEN_PAGE, tab: { id: 1 } })).toEqual(NOT_UNDERSTOOD);
    const tokenContext = {
      type: 'token-context',
      location: { origin: 'https://gitlab.com', relativeRoot: '' },
      owner: 'project',
      scope: 'project',
      projectId: '42',
      groupId: null,
      fullPath: 'acme/../admin',
    };
    expect(await ask(tokenContext, page)).toEqual(NOT_UNDERSTOOD);
    const verify = { type: 'verify-credentials', location: { origin: 'https://gitlab.com', relativeRoot: '' }, username: 'a', secret: 'b', projectPath: '../../x' };
    expect(await ask(verify, page)).toEqual(NOT_UNDERSTOOD);
    expect(await openedTabs()).toEqual([]);
  });

  it('a hand-off comes from a token page in a tab only', async () => {
    for (const sender of [
      { url: 'https://gitlab.com/acme/backend/-/settings/ci_cd', tab: { id: 1 } },
      { url: 'https://gitlab.com/acme/backend/-/issues?x=/-/settings/access_tokens', tab: { id: 1 } },
      { url: TOKEN_PAGE },
    ]) {
      const answer = await ask(handoffPut('acme/backend'), sender);
      expect(answer, sender.url).toEqual({ ok: false, error: 'Refused: only a token page can hand a value over.' });
    }
    expect(await openedTabs()).toEqual([]);
    expect((await ask(handoffPut('acme/backend'), { url: TOKEN_PAGE, tab: { id: 1 } })).response).toEqual({
      ok: true,
      message: 'Opened the CI/CD settings in a new tab.',
    });
    expect(await openedTabs()).toHaveLength(1);
  });

  it('a tab starts one hand-off every 5 s, and all tabs together 10 a minute', async () => {
    const from = (tab: number) => ({ url: TOKEN_PAGE, tab: { id: tab } });
    const started = async (tab: number) => (await ask(handoffPut('acme/backend'), from(tab))).response;
    expect(await started(1)).toEqual({ ok: true, message: 'Opened the CI/CD settings in a new tab.' });
    expect(await started(1)).toEqual({ ok: false, message: 'Fill CI/CD variable was pressed a moment ago. Wait 5 s, then press it again.' });
    vi.setSystemTime(Date.now() + 5000);
    expect(await started(1)).toEqual({ ok: true, message: 'Opened the CI/CD settings in a new tab.' });
    for (let tab = 2; tab <= 9; tab += 1) expect(await started(tab), `tab ${tab}`).toMatchObject({ ok: true });
    expect(await started(10)).toEqual({ ok: false, message: 'Fill CI/CD variable was pressed a moment ago. Wait 55 s, then press it again.' });
    expect(await openedTabs()).toHaveLength(10);
    // A minute after the first start it no longer counts; the nine after it still do.
    vi.setSystemTime(Date.now() + 55_000);
    expect(await started(10)).toEqual({ ok: true, message: 'Opened the CI/CD settings in a new tab.' });
    expect(await started(11)).toEqual({ ok: false, message: 'Fill CI/CD variable was pressed a moment ago. Wait 5 s, then press it again.' });
  });
});
