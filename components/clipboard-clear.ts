/** How long a copied DOCKER_AUTH_CONFIG may stay in the clipboard, as password managers do it. */
export const CLIPBOARD_CLEAR_MS = 30_000;

/**
 * What became of a planned clearing: done, or not done because the person left the page (or
 * copied something else here) in the meantime, or the browser refused the write.
 */
export type ClearOutcome = 'cleared' | 'left' | 'copied-since' | 'refused';

let cancelPending: (() => void) | null = null;

/**
 * Empties the clipboard CLIPBOARD_CLEAR_MS after a Copy, when it can only still hold what was
 * copied. It is not read to compare: in a content script `navigator.clipboard.readText()` asks
 * the person (Chromium's permission prompt, Firefox's paste button), and the extension asks for
 * no clipboard permission. So it is judged from this page: nothing was copied or cut in it since
 * (its copy and cut events), and its window never lost focus (`blur`: the person went to another
 * tab or program, may have copied something there, and that must not be wiped). The browser also
 * writes the clipboard for a focused document only. Lives outside the panel: closing the panel
 * does not stop it; a newer Copy replaces it.
 */
export function clearClipboardLater(onDone: (outcome: ClearOutcome) => void): void {
  cancelPending?.();
  let outcome: ClearOutcome | null = null;
  const left = () => (outcome ??= 'left');
  const copied = () => (outcome ??= 'copied-since');
  const stop = () => {
    clearTimeout(timer);
    removeEventListener('blur', left);
    document.removeEventListener('copy', copied, true);
    document.removeEventListener('cut', copied, true);
    cancelPending = null;
  };
  addEventListener('blur', left);
  document.addEventListener('copy', copied, true);
  document.addEventListener('cut', copied, true);
  const timer = setTimeout(() => {
    stop();
    if (outcome === null && !document.hasFocus()) outcome = 'left';
    if (outcome !== null) return onDone(outcome);
    navigator.clipboard.writeText('').then(
      () => onDone('cleared'),
      () => onDone('refused'),
    );
  }, CLIPBOARD_CLEAR_MS);
  cancelPending = stop;
}
