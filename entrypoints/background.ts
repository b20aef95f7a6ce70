import { listenForContentScripts } from '../utils/background/router';
import { keepRegistrationsInStep } from '../utils/instances/access';

export default defineBackground(() => {
  listenForContentScripts();
  // Content scripts of the self-managed GitLab instances added in the options page.
  keepRegistrationsInStep();
});
