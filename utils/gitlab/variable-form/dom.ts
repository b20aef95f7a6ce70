/**
 * Driving GitLab's Vue form from an isolated-world content script (docs/gitlab-compatibility.md, "CI/CD variable form"): the DOM and its
 * events are shared, GitLab's handlers do not check isTrusted.
 */

export function dispatch(element: Element, type: 'input' | 'change'): void {
  element.dispatchEvent(new Event(type, { bubbles: true }));
}

/** BootstrapVue inputs: set `.value`, then the bubbling `input` (v-model) and `change`. */
export function setText(input: HTMLInputElement | HTMLTextAreaElement, value: string): void {
  if (input.value === value) return;
  input.value = value;
  dispatch(input, 'input');
  dispatch(input, 'change');
}

/** Checkboxes and radios: `.click()` fires the native input/change GitLab listens to. */
export function setChecked(input: HTMLInputElement | null, checked: boolean): void {
  if (input !== null && input.checked !== checked && !input.disabled) input.click();
}

export function inputOf(container: ParentNode, selector: string): HTMLInputElement | null {
  const element = container.querySelector(selector);
  if (element === null) return null;
  return element instanceof HTMLInputElement ? element : element.querySelector('input');
}

/**
 * Resolves after GitLab's pending re-render: Vue flushes in a microtask queued by our events;
 * a message-channel task runs after every microtask. Not a delay: it waits for nothing else.
 */
export function afterRender(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/**
 * Resolves with `probe()`'s first non-null answer, checked now and after every DOM mutation
 * under `root`; null when `timeoutMs` passes first (a give-up bound, not a synchronisation).
 */
export function waitFor<T>(root: Node, probe: () => T | null, timeoutMs: number): Promise<T | null> {
  return new Promise((resolve) => {
    const first = probe();
    if (first !== null) return resolve(first);
    let timer = 0;
    const observer = new MutationObserver(() => {
      const found = probe();
      if (found === null) return;
      observer.disconnect();
      clearTimeout(timer);
      resolve(found);
    });
    observer.observe(root, { childList: true, subtree: true, attributes: true, characterData: true });
    timer = window.setTimeout(() => {
      observer.disconnect();
      resolve(probe());
    }, timeoutMs);
  });
}
