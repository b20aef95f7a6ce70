import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { listenForContentScripts } from '../../../utils/background/router';
import { requestPageContext } from '../../../utils/features/page-context';
import { addStoredInstance } from '../../../utils/instances/store';

// The 'page-context' message (issue 16): the watchers send what their page says of itself and
// the background recognises the page, from the SENDER's path, with the relative root stored for
// the sender's origin (GitLab 15.x project pages carry no data-project-full-path: below a root,
// the URL alone cannot tell /gitlab from a group named "gitlab"), and says the watchers' labels
// in the page's language.

type Envelope = { ok: boolean; response?: unknown; error?: string };

async function ask(message: unknown, senderUrl: string | undefined): Promise<Envelope> {
  return new Promise((resolve) => {
    // Chromium's listener gets sendResponse as its third argument (the fake's types say two).
    const trigger = fakeBrowser.runtime.onMessage.trigger as (...args: unknown[]) => Promise<unknown>;
    void trigger(message, { url: senderUrl }, (answer: Envelope) => resolve(answer));
  });
}

const gitLab15Project = { page: 'projects:settings:ci_cd:show', project: 'backend', projectId: '42' };
const request = (origin: string, body: Record<string, string>, lang = 'en', feature = 'variables') => ({ type: 'page-context', origin, feature, body, lang });
const pageOf = (answer: Envelope) => (answer.response as { page: unknown }).page;

describe('page-context', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    listenForContentScripts();
  });

  it("reads a 15.x project page below an added GitLab's relative root, not as a group named after the root", async () => {
    await addStoredInstance({ origin: 'https://gitlab.example.test', relativeRoot: '/gitlab' });
    const answer = await ask(request('https://gitlab.example.test', gitLab15Project), 'https://gitlab.example.test/gitlab/acme/backend/-/settings/ci_cd');
    expect(pageOf(answer)).toEqual({ kind: 'ci-variables', owner: 'project', relativeRoot: '/gitlab', fullPath: 'acme/backend', projectId: '42', groupId: null });
  });

  it('still recognises a 15.x page of a GitLab removed in the options while the page was open (no root stored for it)', async () => {
    const answer = await ask(
      request('https://gitlab.removed.test', gitLab15Project),
      'https://gitlab.removed.test/acme/backend/-/settings/ci_cd',
    );
    expect(answer.ok).toBe(true);
    expect(pageOf(answer)).toMatchObject({ kind: 'ci-variables', owner: 'project', relativeRoot: '', fullPath: 'acme/backend' });
  });

  it('on gitlab.com, the whole path before /-/ is the project', async () => {
    const answer = await ask(request('https://gitlab.com', gitLab15Project), 'https://gitlab.com/gitlab/acme/backend/-/settings/ci_cd');
    expect(pageOf(answer)).toMatchObject({ relativeRoot: '', fullPath: 'gitlab/acme/backend' });
  });

  it("takes the path from the sender's URL, never from the message", async () => {
    const message = { ...request('https://gitlab.com', { page: 'projects:settings:ci_cd:show', projectFullPath: 'acme/backend' }), pathname: '/other/project/-/settings/ci_cd' };
    const answer = await ask(message, 'https://gitlab.com/acme/backend/-/settings/ci_cd');
    expect(pageOf(answer)).toMatchObject({ fullPath: 'acme/backend' });
    // The body names a project the URL does not spell: the body's path, no other.
    const elsewhere = await ask(request('https://gitlab.com', { page: 'projects:settings:ci_cd:show', projectFullPath: 'acme/backend' }), 'https://gitlab.com/x/y/-/settings/ci_cd');
    expect(pageOf(elsewhere)).toMatchObject({ fullPath: 'acme/backend', relativeRoot: '' });
  });

  it("recognises only the feature's own pages: a token page asked about by the CI/CD watcher is none", async () => {
    const tokens = { page: 'projects:settings:access_tokens:index', projectFullPath: 'acme/backend', projectId: '42' };
    const url = 'https://gitlab.com/acme/backend/-/settings/access_tokens';
    expect(pageOf(await ask(request('https://gitlab.com', tokens, 'en', 'token'), url))).toMatchObject({ kind: 'access-tokens', owner: 'project' });
    expect(pageOf(await ask(request('https://gitlab.com', tokens, 'en', 'variables'), url))).toBeNull();
    expect(pageOf(await ask(request('https://gitlab.com', { page: 'projects:issues:index' }, 'en', 'token'), url))).toBeNull();
  });

  it("says the watchers' labels in the page's language (GitLab's Rails form too), else the browser's, else English", async () => {
    const url = 'https://gitlab.com/acme/backend/-/settings/ci_cd';
    const labels = async (lang: string) => (await ask(request('https://gitlab.com', gitLab15Project, lang), url)).response as { locale: string; labels: { generate: string } };
    expect(await labels('de')).toMatchObject({ locale: 'de', labels: { generate: 'DOCKER_AUTH_CONFIG erzeugen' } });
    expect(await labels('ja')).toMatchObject({ locale: 'ja', labels: { generate: 'DOCKER_AUTH_CONFIG を生成' } });
    expect(await labels('pt_BR')).toMatchObject({ locale: 'pt-BR', labels: { generate: 'Gerar DOCKER_AUTH_CONFIG' } });
    // A language the extension does not speak: the browser's (navigator.language here: en-US).
    expect(await labels('nl')).toMatchObject({ locale: 'en', labels: { generate: 'Generate DOCKER_AUTH_CONFIG' } });
  });

  it("refuses a page of another origin than the sender's, and a malformed request", async () => {
    const refused = await ask(request('https://gitlab.com', gitLab15Project), 'https://evil.example/gitlab.com');
    expect(refused.ok).toBe(false);
    for (const message of [
      { ...request('https://gitlab.com', gitLab15Project), feature: 'admin' },
      { ...request('https://gitlab.com', { page: 'x'.repeat(1001) }) },
      { ...request('https://gitlab.com', gitLab15Project), lang: undefined },
    ]) {
      expect(await ask(message, 'https://gitlab.com/acme/backend/-/settings/ci_cd')).toEqual({ ok: false, error: 'The extension received a message it does not understand.' });
    }
  });
});

describe('requestPageContext (the watcher side)', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(() => {
    for (const key of Object.keys(document.body.dataset)) delete document.body.dataset[key];
    document.documentElement.lang = '';
    fakeBrowser.reset();
  });

  it("sends the body data page detection reads, and <html lang>, and nothing else of the page's data", async () => {
    (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL('https://gitlab.example.test/gitlab/acme/backend/-/settings/ci_cd');
    Object.assign(document.body.dataset, { ...gitLab15Project, userId: '7', findFile: '/x' });
    document.documentElement.lang = 'de';
    const received: unknown[] = [];
    fakeBrowser.runtime.onMessage.addListener((message: unknown) => {
      received.push(message);
      return Promise.resolve({ ok: true, response: { page: null } });
    });
    expect(await requestPageContext('variables')).toEqual({ page: null });
    expect(received).toEqual([
      { type: 'page-context', origin: 'https://gitlab.example.test', feature: 'variables', body: gitLab15Project, lang: 'de' },
    ]);
  });
});

describe("the background's refusals, in the language the request names", () => {
  beforeEach(() => {
    fakeBrowser.reset();
    listenForContentScripts();
  });

  it('a message it does not understand, and a page of another GitLab, said in German when the request asks for German', async () => {
    expect(await ask({ type: 'verify-credentials', locale: 'de' }, 'https://gitlab.com/a/b/-/settings/access_tokens')).toEqual({
      ok: false,
      error: 'Die Erweiterung hat eine Nachricht erhalten, die sie nicht versteht.',
    });
    const verify = {
      type: 'verify-credentials',
      locale: 'de',
      location: { origin: 'https://gitlab.com', relativeRoot: '' },
      username: 'u',
      secret: 's',
      projectPath: null,
    };
    expect(await ask(verify, 'https://evil.example/a/b/-/settings/access_tokens')).toEqual({
      ok: false,
      error: 'Abgelehnt: Die Anfrage nennt ein anderes GitLab als die Seite, von der sie kommt.',
    });
    // No language named (or one we do not speak): English.
    expect(await ask({ type: 'verify-credentials', locale: 'nl' }, 'https://gitlab.com/a/b/-/settings/access_tokens')).toEqual({
      ok: false,
      error: 'The extension received a message it does not understand.',
    });
  });
});
