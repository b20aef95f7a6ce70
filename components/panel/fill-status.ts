export const FILL_STATUS_ATTRIBUTE = 'data-docker-auth-config-status';

/** filling: GitLab's form is being filled; then what came of it. */
export type FillStatusState = 'filling' | 'filled' | 'saved' | 'incomplete';

const CSS = `
:host { all: initial; }
.box { max-width: min(480px, calc(100vw - 32px));
  display: flex; gap: 8px; align-items: flex-start; padding: 10px 12px; border-radius: 6px; border-left: 4px solid var(--edge);
  background: var(--background); color: var(--text); box-shadow: 0 4px 16px rgba(0, 0, 0, 0.25);
  font: 13px/1.4 system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif; box-sizing: border-box; }
.box[hidden] { display: none; }
p { margin: 0; flex: 1; overflow-wrap: anywhere; }
button { border: 0; background: none; color: inherit; font-size: 18px; line-height: 1; cursor: pointer; padding: 0 2px; }
:host { --text: #1f1e24; --background: #fff; --edge: #626168; }
:host([data-state='filled']), :host([data-state='saved']) { --edge: #217645; }
:host([data-state='incomplete']) { --edge: #c91c00; }
:host([data-theme='dark']) { --text: #ececef; --background: #28272d; --edge: #a4a3a8; }
:host([data-theme='dark'][data-state='filled']), :host([data-theme='dark'][data-state='saved']) { --edge: #52b87a; }
:host([data-theme='dark'][data-state='incomplete']) { --edge: #fd6b5c; }
`;

export interface FillStatus {
  show(state: FillStatusState, text: string): void;
  remove(): void;
}

/**
 * Where the outcome of a fill is said: a small box of our own at the bottom of the window (as
 * GitLab's toasts are), in a shadow root, so GitLab's header and layout stay as GitLab drew them.
 * The live region exists, empty, from the moment the page gets the button: screen readers then
 * announce the text put into it later ("Filling…", then the outcome). The host carries the state
 * attribute only once a fill has started.
 */
export function createFillStatus(doc: Document): FillStatus {
  const host = doc.createElement('div');
  // Inline, so that no rule of the page can move it into GitLab's layout.
  host.style.cssText = 'position: fixed; left: 16px; bottom: 16px; z-index: 2147482000; margin: 0;';
  const shadow = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = CSS;
  const box = doc.createElement('div');
  box.className = 'box';
  box.hidden = true;
  const text = doc.createElement('p');
  text.setAttribute('role', 'status');
  text.setAttribute('aria-live', 'polite');
  const dismiss = doc.createElement('button');
  dismiss.type = 'button';
  dismiss.textContent = '×';
  dismiss.setAttribute('aria-label', 'Dismiss');
  dismiss.addEventListener('click', () => {
    box.hidden = true;
    text.textContent = '';
  });
  box.append(text, dismiss);
  shadow.append(style, box);
  doc.body.append(host);
  return {
    show(state, message) {
      host.setAttribute(FILL_STATUS_ATTRIBUTE, state);
      host.dataset.state = state;
      host.dataset.theme = doc.documentElement.classList.contains('gl-dark') ? 'dark' : 'light';
      if (!host.isConnected) doc.body.append(host);
      box.hidden = false;
      text.textContent = message;
    },
    remove() {
      host.remove();
    },
  };
}
