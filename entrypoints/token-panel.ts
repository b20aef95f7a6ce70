import { providePanel } from '../utils/features/panel-bridge';
import { tokenPanelEntry } from '../utils/features/token-page';

// The token pages' panel, injected by the background into a token page's frame on the first
// click (not a content script, not web-accessible): utils/features/panel-bridge.ts.
export default defineUnlistedScript(() => providePanel('token', tokenPanelEntry));
