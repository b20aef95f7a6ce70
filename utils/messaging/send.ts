import { browser } from '#imports';
import type { BackgroundRequest, ResponseOf } from './protocol';

/**
 * The extension itself did not answer (it was updated or reloaded underneath the page) or failed
 * without saying why. `reason` names it, for the panel to say in the page's language
 * (components/panel/PanelFrame.tsx, errorText); the message is English, for logs and tests.
 */
export class ExtensionUnavailable extends Error {
  constructor(readonly reason: 'no-answer' | 'failed') {
    super(reason === 'no-answer' ? 'The extension did not answer. Reload the page and try again.' : 'The extension failed. Reload the page and try again.');
  }
}

/**
 * Sends a request to the background. The background checks every request with zod and builds
 * its answers from checked data (utils/background/router.ts), so this side, which runs in
 * content scripts whose size is budgeted, carries no schema library: it only unwraps the envelope.
 * Throws an Error whose message can be shown to the person (the background's, in the language
 * the request named), or an ExtensionUnavailable.
 */
export async function sendToBackground<T extends BackgroundRequest>(request: T): Promise<ResponseOf<T['type']>> {
  const envelope: unknown = await browser.runtime.sendMessage(request);
  if (typeof envelope !== 'object' || envelope === null || !('ok' in envelope)) throw new ExtensionUnavailable('no-answer');
  if (envelope.ok === true && 'response' in envelope) return envelope.response as ResponseOf<T['type']>;
  if ('error' in envelope && typeof envelope.error === 'string') throw new Error(envelope.error);
  throw new ExtensionUnavailable('failed');
}
