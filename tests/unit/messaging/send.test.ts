import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { errorText } from '../../../components/panel/PanelFrame';
import { pageCatalogueOf, pageTranslator } from '../../../utils/i18n/page-catalogue';
import { de } from '../../../utils/i18n/messages/de';
import { sendToBackground } from '../../../utils/messaging/send';

// What a content script makes of the background's envelope: the answer, or a sentence to show.
const request = { type: 'page-settings', origin: 'https://gitlab.com' } as const;
const answerWith = (envelope: unknown) => vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(envelope);

afterEach(() => {
  vi.restoreAllMocks();
});

describe('sendToBackground', () => {
  it("gives the background's answer", async () => {
    const settings = { variableKey: 'DOCKER_AUTH_CONFIG', protect: 'gitlab', saveAutomatically: false, relativeRoot: '' };
    answerWith({ ok: true, response: settings });
    expect(await sendToBackground(request)).toEqual(settings);
  });

  it('gives null when that is the answer (no pending hand-off)', async () => {
    answerWith({ ok: true, response: null });
    expect(await sendToBackground({ type: 'handoff-take', target: { location: { origin: 'https://gitlab.com', relativeRoot: '' }, owner: 'project', fullPath: 'a/b' } })).toBeNull();
  });

  it("throws the background's own sentence when it refused", async () => {
    answerWith({ ok: false, error: 'Refused: the request names another GitLab than the page it came from.' });
    await expect(sendToBackground(request)).rejects.toThrow('Refused: the request names another GitLab than the page it came from.');
  });

  it.each([undefined, null, 'text', {}])('says the extension did not answer when the envelope is %j', async (envelope) => {
    answerWith(envelope);
    await expect(sendToBackground(request)).rejects.toThrow('The extension did not answer. Reload the page and try again.');
  });

  it.each([{ ok: false }, { ok: false, error: 42 }, { ok: true }])('says the extension failed for %j', async (envelope) => {
    answerWith(envelope);
    await expect(sendToBackground(request)).rejects.toThrow('The extension failed.');
  });
});

describe("what a panel says when the extension itself cannot answer (in the GitLab page's language)", () => {
  it.each([
    [undefined, 'Die Erweiterung hat nicht geantwortet. Lade die Seite neu und versuche es noch einmal.'],
    [{ ok: false }, 'Die Erweiterung ist fehlgeschlagen. Lade die Seite neu und versuche es noch einmal.'],
  ])('for %j, in German', async (envelope, german) => {
    answerWith(envelope);
    const error = await sendToBackground(request).catch((thrown: unknown) => thrown);
    expect(errorText(error, pageTranslator('de', pageCatalogueOf(de)))).toBe(german);
  });

  it("shows the background's own sentence as it came (the background said it in the request's language)", async () => {
    answerWith({ ok: false, error: 'Abgelehnt: Nur eine Token-Seite kann einen Wert übergeben.' });
    const error = await sendToBackground(request).catch((thrown: unknown) => thrown);
    expect(errorText(error, pageTranslator('de', pageCatalogueOf(de)))).toBe('Abgelehnt: Nur eine Token-Seite kann einen Wert übergeben.');
  });
});
