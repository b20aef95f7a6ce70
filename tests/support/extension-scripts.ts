import type { CDPSession, Page } from 'playwright-core';

export interface ExtensionScript {
  url: string;
  source: string;
}

/**
 * The extension's scripts the page's current document has parsed, in any world (its content
 * scripts and the files the background injects), as the browser's debugger reports them: what
 * code of ours the page carries. Cleared when the main frame navigates.
 */
export async function watchExtensionScripts(page: Page): Promise<{ scripts: () => Promise<ExtensionScript[]>; detach: () => Promise<void> }> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  let parsed: Array<{ scriptId: string; url: string }> = [];
  cdp.on('Runtime.executionContextsCleared', () => {
    parsed = [];
  });
  cdp.on('Debugger.scriptParsed', (event) => {
    if (event.url.startsWith('chrome-extension://')) parsed.push({ scriptId: event.scriptId, url: event.url });
  });
  await cdp.send('Runtime.enable');
  // Debugger.enable reports every script parsed so far, then each new one.
  await cdp.send('Debugger.enable');
  return {
    scripts: async () =>
      Promise.all(
        parsed.map(async ({ scriptId, url }) => ({ url, source: (await cdp.send('Debugger.getScriptSource', { scriptId })).scriptSource })),
      ),
    detach: () => cdp.detach(),
  };
}

/** How many of `scripts` are the extension file `file` (e.g. 'token-panel.js'). */
export const countOf = (scripts: readonly ExtensionScript[], file: string) => scripts.filter((script) => new URL(script.url).pathname === `/${file}`).length;
