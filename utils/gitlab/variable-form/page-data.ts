/**
 * What the server's HTML says on the variables app's mount element (docs/gitlab-compatibility.md, "Masking"): GitLab's
 * "protect new variables" default and the masking rule for unexpanded values. Vue 2 replaces
 * the mount element when it mounts, so the content script notes them while the page is parsed,
 * before GitLab's scripts run. Missing data stays null: the generation's rules apply then.
 */
export interface VariablesPageData {
  protectedByDefault: boolean | null;
  maskableRawRegex: string | null;
}

const MOUNT_SELECTOR = '#js-ci-variables, #js-instance-variables';

export function readVariablesPageData(doc: Document, into: VariablesPageData): void {
  const mount = doc.querySelector<HTMLElement>(MOUNT_SELECTOR);
  if (mount === null) return;
  const { protectedByDefault, maskableRawRegex } = mount.dataset;
  if (protectedByDefault === 'true' || protectedByDefault === 'false') into.protectedByDefault = protectedByDefault === 'true';
  if (maskableRawRegex) into.maskableRawRegex = maskableRawRegex;
}

/** Notes the mount element's data while the HTML is parsed; stops at DOMContentLoaded. */
export function noteVariablesPageData(doc: Document): VariablesPageData {
  const data: VariablesPageData = { protectedByDefault: null, maskableRawRegex: null };
  readVariablesPageData(doc, data);
  if (doc.readyState !== 'loading') return data;
  const observer = new MutationObserver(() => readVariablesPageData(doc, data));
  observer.observe(doc.documentElement, { childList: true, subtree: true });
  doc.addEventListener(
    'DOMContentLoaded',
    () => {
      observer.disconnect();
      readVariablesPageData(doc, data);
    },
    { once: true },
  );
  return data;
}
