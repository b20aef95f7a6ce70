import { providePanel } from '../utils/features/panel-bridge';
import { variablePanelEntry } from '../utils/features/ci-variables-page';

// The CI/CD variables page's panel and form filling, injected by the background into that page's
// frame on a click or a pending hand-off (not a content script, not web-accessible):
// utils/features/panel-bridge.ts.
export default defineUnlistedScript(() => providePanel('variables', variablePanelEntry));
