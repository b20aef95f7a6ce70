import type { GitLabLocation } from '../messaging/protocol';
import { sendToBackground } from '../messaging/send';
import { panelEntry, type PanelEntries, type PanelName } from './panel-bridge';

const loads: Partial<Record<PanelName, Promise<unknown>>> = {};

/**
 * The panel code's entry, asking the background to inject its file into this frame the first
 * time (utils/background/panel-injection.ts); later calls on the same page reuse it without
 * injecting again. A failed injection may be asked for again on the next click. The page's
 * `<html lang>` goes with the request: the background injects the panel with that language's text.
 */
export async function loadPanel<Name extends PanelName>(name: Name, location: GitLabLocation): Promise<NonNullable<PanelEntries[Name]>> {
  if (!panelEntry(name)) {
    const load = (loads[name] ??= sendToBackground({
      type: 'panel-load',
      location,
      panel: name,
      // The token display's stage shows no text of its own: only the panels get the page's language.
      ...(name !== 'token-display' && { pageLanguage: document.documentElement.lang }),
    }));
    load.catch(() => delete loads[name]);
    await load;
  }
  // Injected and run: the file has put its entry (executeScript answers after the file ran).
  return panelEntry(name)!;
}
