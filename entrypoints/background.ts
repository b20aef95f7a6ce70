import { listenForContentScripts } from '../utils/background/router';

export default defineBackground(() => {
  listenForContentScripts();
});
