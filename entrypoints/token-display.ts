import { providePanel } from '../utils/features/panel-bridge';
import { tokenDisplayEntry } from '../utils/features/token-display-watcher';

// The token pages' second stage, injected by the background into a token page's frame when
// GitLab shows a token (not a content script, not web-accessible): utils/features/panel-bridge.ts.
export default defineUnlistedScript(() => providePanel('token-display', tokenDisplayEntry));
