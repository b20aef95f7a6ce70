// The document as a content script sees it at document_start, for code that notes GitLab's
// server-rendered mount elements before GitLab's scripts replace them.

/** Mutates the page and resolves once MutationObservers have been told (they are told in creation order). */
export function changeAndLetObserversRun(change: () => void): Promise<void> {
  return new Promise((resolve) => {
    const last = new MutationObserver(() => {
      last.disconnect();
      resolve();
    });
    last.observe(document.documentElement, { childList: true, subtree: true });
    change();
  });
}

let readyState: DocumentReadyState | null = null;

/** The document is still being parsed (document_start). */
export function parsing(): void {
  readyState = 'loading';
  Object.defineProperty(document, 'readyState', { get: () => readyState, configurable: true });
}

/** Parsing is done: DOMContentLoaded. */
export function parsed(): void {
  readyState = 'interactive';
  document.dispatchEvent(new Event('DOMContentLoaded'));
}

/** For afterEach: the document's own readyState again, and an empty page. */
export function resetDocument(): void {
  if (readyState !== null) delete (document as { readyState?: unknown }).readyState;
  readyState = null;
  document.body.innerHTML = '';
  for (const stray of Array.from(document.documentElement.children)) {
    if (stray !== document.head && stray !== document.body) stray.remove();
  }
}
