import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { listenForContentScripts } from '../../../utils/background/router';
import { addStoredInstance, saveInstanceSettings } from '../../../utils/instances/store';

// The 'page-settings' message: a content script learns its GitLab's settings from the background,
// which reads them for the SENDER's origin and checks the message and the answer with zod.

type Envelope = { ok: boolean; response?: unknown; error?: string };

async function ask(message: unknown, senderUrl: string | undefined): Promise<Envelope> {
  return new Promise((resolve) => {
    // Chromium's listener gets sendResponse as its third argument (the fake's types say two).
    const trigger = fakeBrowser.runtime.onMessage.trigger as (...args: unknown[]) => Promise<unknown>;
    void trigger(message, { url: senderUrl }, (answer: Envelope) => resolve(answer));
  });
}

describe('page-settings', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    listenForContentScripts();
  });

  it("answers gitlab.com's stored settings, with its root ''", async () => {
    await saveInstanceSettings('https://gitlab.com', { registry: null, protect: 'on', variableKey: 'REGISTRY_AUTH', saveAutomatically: true, clearClipboard: false, warnDays: 30 });
    const answer = await ask({ type: 'page-settings', origin: 'https://gitlab.com' }, 'https://gitlab.com/acme/backend/-/settings/ci_cd');
    expect(answer).toEqual({
      ok: true,
      response: { variableKey: 'REGISTRY_AUTH', protect: 'on', saveAutomatically: true, clearClipboard: false, relativeRoot: '' },
    });
  });

  it('answers an added instance with its relative root, and defaults for its settings', async () => {
    await addStoredInstance({ origin: 'https://gitlab.example.test', relativeRoot: '/gitlab' });
    const answer = await ask({ type: 'page-settings', origin: 'https://gitlab.example.test' }, 'https://gitlab.example.test/gitlab/a/b/-/settings/ci_cd');
    expect(answer.response).toEqual({ variableKey: 'DOCKER_AUTH_CONFIG', protect: 'gitlab', saveAutomatically: false, clearClipboard: true, relativeRoot: '/gitlab' });
  });

  it('answers defaults and no root for an origin that is not in the list', async () => {
    const answer = await ask({ type: 'page-settings', origin: 'https://elsewhere.example' }, 'https://elsewhere.example/x/-/settings/ci_cd');
    expect(answer.response).toEqual({ variableKey: 'DOCKER_AUTH_CONFIG', protect: 'gitlab', saveAutomatically: false, clearClipboard: true, relativeRoot: null });
  });

  it("refuses to tell one GitLab's settings to a page of another", async () => {
    await saveInstanceSettings('https://gitlab.com', { registry: null, protect: 'off', variableKey: 'REGISTRY_AUTH', saveAutomatically: true, clearClipboard: true, warnDays: 30 });
    const answer = await ask({ type: 'page-settings', origin: 'https://gitlab.com' }, 'https://evil.example/gitlab.com');
    expect(answer.ok).toBe(false);
    expect(answer.error).toMatch(/^Refused/);
    expect((await ask({ type: 'page-settings', origin: 'https://gitlab.com' }, undefined)).ok).toBe(false);
  });

  it('does not understand a malformed request (a path in the origin, extra types)', async () => {
    for (const message of [
      { type: 'page-settings', origin: 'https://gitlab.com/acme' },
      { type: 'page-settings' },
      { type: 'page-settings', origin: 42 },
    ]) {
      const answer = await ask(message, 'https://gitlab.com/acme/backend/-/settings/ci_cd');
      expect(answer).toEqual({ ok: false, error: 'The extension received a message it does not understand.' });
    }
  });
});
