import { browser } from '#imports';
import type { BackgroundRequest, ResponseOf } from './protocol';

/**
 * Sends a request to the background. The background checks every request with zod and builds
 * its answers from checked data (utils/background/router.ts), so this side, which runs in
 * content scripts whose size is budgeted, carries no schema library: it only unwraps the envelope.
 * Throws an Error whose message can be shown to the person.
 */
export async function sendToBackground<T extends BackgroundRequest>(request: T): Promise<ResponseOf<T['type']>> {
  const envelope: unknown = await browser.runtime.sendMessage(request);
  if (typeof envelope !== 'object' || envelope === null || !('ok' in envelope)) {
    throw new Error('The extension did not answer. Reload the page and try again.');
  }
  if (envelope.ok === true && 'response' in envelope) return envelope.response as ResponseOf<T['type']>;
  const error = 'error' in envelope && typeof envelope.error === 'string' ? envelope.error : 'The extension failed.';
  throw new Error(error);
}
