import { watchHandoffExpiry } from '../utils/background/handoff';
import { listenForContentScripts } from '../utils/background/router';
import { keepRegistrationsInStep } from '../utils/instances/access';

export default defineBackground(() => {
  listenForContentScripts();
  // Pending hand-offs go at their expiry or when their tab closes, also after a worker restart.
  void watchHandoffExpiry();
  // Content scripts of the self-managed GitLab instances added in the options page.
  keepRegistrationsInStep();
});
