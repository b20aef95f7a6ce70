import panelCss from './panel.css?inline';

export const FILL_STATUS_ATTRIBUTE = 'data-docker-auth-config-status';

/** filling: GitLab's form is being filled; then what came of it. */
export type FillStatusState = 'filling' | 'filled' | 'saved' | 'incomplete';

export interface FillStatus {
  show(state: FillStatusState, text: string): void;
  remove(): void;
}

/**
 * Where the outcome of a fill is said: a small box of our own at the bottom of the window (as
 * GitLab's toasts are), in a shadow root, so GitLab's header and layout stay as GitLab drew them.
 * The live region exists, empty, from the moment the page gets the button, and is never hidden
 * (a region inside display:none is not watched): while it has nothing to say, the box is only
 * visually hidden. Screen readers then announce the text put into it later ("Filling…", then
 * the outcome). The host carries the state attribute only once a fill has started.
 * `dismissLabel`: Dismiss's accessible name, in the page's language. `focusAfterDismiss`: where
 * keyboard focus goes when Dismiss, which hides itself, had it.
 */
export function createFillStatus(doc: Document, dismissLabel: string, focusAfterDismiss: () => HTMLElement | null = () => null): FillStatus {
  const host = doc.createElement('div');
  // Inline, so that no rule of the page can move it into GitLab's layout.
  host.style.cssText = 'position:fixed;left:16px;bottom:16px;z-index:2147482000';
  const shadow = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  // The panel's stylesheet (already in the bundle): its colours, dark theme and the .status box.
  style.textContent = panelCss;
  const box = doc.createElement('div');
  box.className = 'panel status status-empty';
  const text = doc.createElement('p');
  // role=status: a polite live region.
  text.setAttribute('role', 'status');
  const dismiss = doc.createElement('button');
  dismiss.type = 'button';
  dismiss.className = 'close';
  dismiss.textContent = '×';
  dismiss.setAttribute('aria-label', dismissLabel);
  dismiss.hidden = true;
  const empty = (isEmpty: boolean) => {
    box.classList.toggle('status-empty', isEmpty);
    dismiss.hidden = isEmpty;
  };
  dismiss.addEventListener('click', () => {
    // Dismiss hides itself: focus would fall to <body>. It goes to what the caller names instead.
    const hadFocus = shadow.activeElement === dismiss;
    empty(true);
    text.textContent = '';
    if (hadFocus) focusAfterDismiss()?.focus();
  });
  box.append(text, dismiss);
  shadow.append(style, box);
  doc.body.append(host);
  return {
    show(state, message) {
      host.setAttribute(FILL_STATUS_ATTRIBUTE, state);
      host.dataset.theme = doc.documentElement.classList.contains('gl-dark') ? 'dark' : 'light';
      empty(false);
      text.textContent = message;
    },
    remove() {
      host.remove();
    },
  };
}
