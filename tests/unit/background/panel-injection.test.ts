import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing';
import { injectPanel, PANEL_FILES, type InjectingLike } from '../../../utils/background/panel-injection';
import { listenForContentScripts } from '../../../utils/background/router';
import { addStoredInstance } from '../../../utils/instances/store';

// Issue 16: the background injects a panel file only into the frame of one of its own watchers:
// a tab's frame on a served GitLab (the router checks origin and stored root) whose path is one
// of that panel's pages, below the GitLab's relative root.

type Envelope = { ok: boolean; response?: unknown; error?: string };
type Sender = { url: string; tab?: { id: number }; frameId?: number };

const REFUSED_PAGE = { ok: false, error: 'Refused: the panel opens only on the GitLab pages it serves.' };

async function ask(message: unknown, sender: Sender): Promise<Envelope> {
  return new Promise((resolve) => {
    const trigger = fakeBrowser.runtime.onMessage.trigger as (...args: unknown[]) => Promise<unknown>;
    void trigger(message, sender, (answer: Envelope) => resolve(answer));
  });
}

const load = (panel: 'token' | 'variables', origin = 'https://gitlab.com', relativeRoot = '') => ({
  type: 'panel-load',
  location: { origin, relativeRoot },
  panel,
});

describe('the background injects the panel code only into its watchers\' frames', () => {
  let injected: Array<{ target: { tabId: number; frameIds: number[] }; files: string[] }>;
  beforeEach(() => {
    fakeBrowser.reset();
    injected = [];
    (fakeBrowser as unknown as { scripting: InjectingLike }).scripting = {
      executeScript: async (injection) => {
        injected.push(injection);
        return [];
      },
    };
    listenForContentScripts();
  });
  afterEach(() => vi.restoreAllMocks());

  it("injects the page's panel file into the sender's own tab and frame", async () => {
    vi.spyOn(navigator, 'language', 'get').mockReturnValue('en-US');
    const sender = { url: 'https://gitlab.com/acme/backend/-/settings/access_tokens', tab: { id: 7 }, frameId: 3 };
    expect(await ask(load('token'), sender)).toEqual({ ok: true, response: { injected: true } });
    const ci = { url: 'https://gitlab.com/groups/acme/-/settings/ci_cd#ci-variables', tab: { id: 8 }, frameId: 0 };
    expect(await ask(load('variables'), ci)).toEqual({ ok: true, response: { injected: true } });
    // Each with its language's catalogue just before it (English: the page names none, the browser's is English).
    expect(injected).toEqual([
      { target: { tabId: 7, frameIds: [3] }, files: ['panel-text/en.js', PANEL_FILES.token.file] },
      { target: { tabId: 8, frameIds: [0] }, files: ['panel-text/en.js', PANEL_FILES.variables.file] },
    ]);
  });

  it("injects the panel with the catalogue of the page's language: its <html lang> (Rails' pt_BR too), else the browser's, else English", async () => {
    const sender = { url: 'https://gitlab.com/acme/backend/-/settings/access_tokens', tab: { id: 7 }, frameId: 0 };
    const language = vi.spyOn(navigator, 'language', 'get').mockReturnValue('fr-FR');
    const catalogueFor = async (pageLanguage: string) => {
      injected = [];
      expect(await ask({ ...load('token'), pageLanguage }, sender)).toEqual({ ok: true, response: { injected: true } });
      return injected[0]!.files;
    };
    expect(await catalogueFor('de')).toEqual(['panel-text/de.js', PANEL_FILES.token.file]);
    expect(await catalogueFor('pt_BR')).toEqual(['panel-text/pt-BR.js', PANEL_FILES.token.file]);
    expect(await catalogueFor('ja')).toEqual(['panel-text/ja.js', PANEL_FILES.token.file]);
    // A language the extension does not speak (Traditional Chinese, none): the browser's.
    expect(await catalogueFor('zh_TW')).toEqual(['panel-text/fr.js', PANEL_FILES.token.file]);
    expect(await catalogueFor('')).toEqual(['panel-text/fr.js', PANEL_FILES.token.file]);
    language.mockReturnValue('sv-SE');
    expect(await catalogueFor('nb')).toEqual(['panel-text/en.js', PANEL_FILES.token.file]);
  });

  it("refuses a page the panel does not serve, another GitLab's page, a GitLab not added, and a sender without a tab", async () => {
    const tab = { tab: { id: 7 }, frameId: 0 };
    expect(await ask(load('token'), { url: 'https://gitlab.com/acme/backend/-/settings/ci_cd', ...tab })).toEqual(REFUSED_PAGE);
    expect(await ask(load('variables'), { url: 'https://gitlab.com/acme/backend/-/issues', ...tab })).toEqual(REFUSED_PAGE);
    // A route in the query string is not the page's path.
    expect(await ask(load('variables'), { url: 'https://gitlab.com/acme/backend/-/issues?x=/-/settings/ci_cd', ...tab })).toEqual(REFUSED_PAGE);
    expect((await ask(load('token'), { url: 'https://evil.example/acme/backend/-/settings/access_tokens', ...tab })).ok).toBe(false);
    const notAdded = await ask(load('token', 'https://gitlab.example.com'), { url: 'https://gitlab.example.com/acme/backend/-/settings/access_tokens', ...tab });
    expect(notAdded.ok).toBe(false);
    expect((await ask(load('token'), { url: 'https://gitlab.com/acme/backend/-/settings/access_tokens' })).ok).toBe(false);
    expect(await ask({ ...load('token'), panel: 'popup' }, { url: 'https://gitlab.com/acme/backend/-/settings/access_tokens', ...tab })).toEqual({
      ok: false,
      error: 'The extension received a message it does not understand.',
    });
    expect(injected).toEqual([]);
  });

  it("on an added GitLab: its pages below its relative root only", async () => {
    await addStoredInstance({ origin: 'https://git.example.com', relativeRoot: '/gitlab' });
    const tab = { tab: { id: 9 }, frameId: 0 };
    const served = { url: 'https://git.example.com/gitlab/acme/backend/-/settings/ci_cd', ...tab };
    expect((await ask(load('variables', 'https://git.example.com', '/gitlab'), served)).ok).toBe(true);
    expect(await ask(load('variables', 'https://git.example.com', '/gitlab'), { url: 'https://git.example.com/other/acme/-/settings/ci_cd', ...tab })).toEqual(
      REFUSED_PAGE,
    );
    expect(injected).toHaveLength(1);
  });

  it("injects only the token display's own file on a token page (its stage shows no text of its own)", async () => {
    const sender = { url: 'https://gitlab.com/acme/backend/-/settings/access_tokens', tab: { id: 7 }, frameId: 2 };
    expect(await ask({ type: 'panel-load', location: { origin: 'https://gitlab.com', relativeRoot: '' }, panel: 'token-display', pageLanguage: 'de' }, sender)).toEqual({
      ok: true,
      response: { injected: true },
    });
    expect(injected).toEqual([{ target: { tabId: 7, frameIds: [2] }, files: [PANEL_FILES['token-display'].file] }]);
  });

  it('refuses, with its reason, a sender that does not name its tab, its frame or its page', async () => {
    const url = 'https://gitlab.com/acme/backend/-/settings/access_tokens';
    expect(await ask(load('token'), { url })).toEqual(REFUSED_PAGE);
    expect(await ask(load('token'), { url, tab: { id: 7 } })).toEqual(REFUSED_PAGE);
    expect(await ask(load('token'), { url, frameId: 0 } as Sender)).toEqual(REFUSED_PAGE);
    expect(injected).toEqual([]);
    const noUrl = { tab: { id: 7 }, frameId: 0 } as Browser.runtime.MessageSender;
    await expect(injectPanel(noUrl, { origin: 'https://gitlab.com', relativeRoot: '' }, 'token', undefined, 'en')).rejects.toThrow(REFUSED_PAGE.error);
  });

  it('on a GitLab under a relative root: not a page of the same path beside the root, and its admin page below the root', async () => {
    await addStoredInstance({ origin: 'https://git.example.com', relativeRoot: '/gitlab' });
    const tab = { tab: { id: 9 }, frameId: 0 };
    const location = load('variables', 'https://git.example.com', '/gitlab');
    // '/wiki01' is as long as '/gitlab': another application on the same host.
    expect(await ask(location, { url: 'https://git.example.com/wiki01/acme/backend/-/settings/ci_cd', ...tab })).toEqual(REFUSED_PAGE);
    expect(injected).toEqual([]);
    expect((await ask(location, { url: 'https://git.example.com/gitlab/admin/application_settings/ci_cd', ...tab })).ok).toBe(true);
    expect(injected).toHaveLength(1);
  });

  it("under a relative root, the root itself is no project: '/gitlab/-/settings/ci_cd' is refused", async () => {
    await addStoredInstance({ origin: 'https://git.example.com', relativeRoot: '/gitlab' });
    const sender = { url: 'https://git.example.com/gitlab/-/settings/ci_cd', tab: { id: 9 }, frameId: 0 };
    expect(await ask(load('variables', 'https://git.example.com', '/gitlab'), sender)).toEqual(REFUSED_PAGE);
    expect(injected).toEqual([]);
  });

  it('says why when the browser refuses the injection', async () => {
    const refusing: InjectingLike = { executeScript: () => Promise.reject(new Error('Cannot access contents of the page.')) };
    const sender = { url: 'https://gitlab.com/acme/backend/-/settings/access_tokens', tab: { id: 7 }, frameId: 0 } as Browser.runtime.MessageSender;
    await expect(injectPanel(sender, { origin: 'https://gitlab.com', relativeRoot: '' }, 'token', refusing, 'en')).rejects.toThrow('Cannot access');
  });
});
