import { browser } from 'wxt/browser';

/**
 * What the content scripts use of WXT's ContentScriptContext (`wxt/utils/content-script-context`,
 * replaced by this file in wxt.config.ts): `onInvalidated`, and the invalidation WXT makes when
 * a newer copy of the same script starts in the document (Firefox injects the content scripts
 * into open tabs when the extension is installed or updated; the old copy must take its button
 * away). WXT's class also brings a location watcher, timers and its own event plumbing, about
 * 0.9 KB gzip that each watcher, parsed on every page it serves, does not need (budget: 3 KB,
 * tests/e2e/bundle-size.test.ts). In a folder of its own: WXT auto-imports the top level of
 * utils/, where this class would shadow WXT's.
 */
export class ContentScriptContext {
  private readonly controller = new AbortController();
  private readonly id = Math.random().toString(36).slice(2);

  constructor(contentScriptName: string) {
    // The same name WXT gives the event, so that a copy built by WXT's own class is also stopped.
    const type = `${browser.runtime?.id}:${contentScriptName}:wxt:content-script-started`;
    document.dispatchEvent(new CustomEvent(type, { detail: { contentScriptName, messageId: this.id } }));
    const onNewer = (event: Event) => {
      const detail = (event as CustomEvent<{ contentScriptName?: string; messageId?: string } | null>).detail;
      if (detail?.contentScriptName === contentScriptName && detail.messageId !== this.id) this.abort();
    };
    document.addEventListener(type, onNewer);
    this.onInvalidated(() => document.removeEventListener(type, onNewer));
  }

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  abort(reason?: unknown): void {
    this.controller.abort(reason);
  }

  onInvalidated(callback: () => void): () => void {
    this.signal.addEventListener('abort', callback);
    return () => this.signal.removeEventListener('abort', callback);
  }
}
