/**
 * Keyboard behaviour of an in-page panel, as WAI-ARIA's modal dialog pattern asks: it opens on its
 * first field, Tab and Shift+Tab cycle inside it, Escape closes it wherever focus is, and focus is
 * never left on <body> (a pressed control that disables itself, or is replaced, takes focus with
 * it in Chromium: Escape then reached nothing of ours). Kept small: content scripts carry it.
 */

const TABBABLE = 'a[href],button:not([disabled]),input:not([disabled]),select:not([disabled]),textarea:not([disabled]),[tabindex="0"]';

/** What Tab reaches in `root`, in order (the panels' radios are never first or last). */
export const tabbables = (root: ParentNode): HTMLElement[] =>
  Array.from(root.querySelectorAll<HTMLElement>(TABBABLE)).filter((element) => element.getClientRects().length > 0);

/** The panel's first field a person types in; else its first action; else anything but the close button. */
export function firstField(root: ParentNode): HTMLElement | null {
  const all = tabbables(root);
  const find = (selector: string) => all.find((element) => element.matches(selector));
  return find('input:not([readonly],[type=radio]),textarea:not([readonly])') ?? find('button:not(.close)') ?? find(':not(.close)') ?? all[0] ?? null;
}

/**
 * Keeps Tab inside the dialog rendered in `container` (in `shadow`) and focus off <body> while
 * the panel is open, and lets Escape close it from anywhere. When the focused control is gone or
 * disabled, focus goes to the control marked data-focus-next, else to the first field. Returns
 * the function that stops it all.
 */
export function holdFocus(shadow: ShadowRoot, container: HTMLElement, close: () => void): () => void {
  const host = shadow.host;
  const doc = host.ownerDocument;
  const dialog = () => container.querySelector<HTMLElement>('[role="dialog"]') ?? container;
  const active = () => shadow.activeElement as HTMLElement | null;

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      return close();
    }
    if (event.key !== 'Tab') return;
    const all = tabbables(dialog());
    const index = all.indexOf(active()!);
    // Inside and not at the end it goes: the browser's own Tab order.
    if (index !== -1 && index !== (event.shiftKey ? 0 : all.length - 1)) return;
    event.preventDefault();
    // Past either end, or from outside the panel: round to the other end.
    (all[event.shiftKey ? all.length - 1 : 0] ?? dialog()).focus();
  };
  // Inside the panel, after its own handlers (a confirmation's Escape stops there first). GitLab's
  // own shortcuts and drawers must not see keys typed in the panel.
  const inPanel = (event: KeyboardEvent) => {
    event.stopPropagation();
    onKeyDown(event);
  };
  // Focus outside the panel (fallen to <body>): Tab and Escape are still the panel's.
  const outside = (event: KeyboardEvent) => {
    if (host.isConnected && !event.composedPath().includes(host) && (event.key === 'Escape' || event.key === 'Tab')) {
      event.stopPropagation();
      onKeyDown(event);
    }
  };

  /** Focus lost from the panel's controls while it is open (not moved elsewhere by the person). */
  const recover = () => {
    const current = active();
    if (!host.isConnected || (current ? !(current as HTMLButtonElement).disabled : doc.activeElement !== doc.body)) return;
    const preferred = container.querySelector<HTMLElement>('[data-focus-next]');
    ((preferred && tabbables(dialog()).includes(preferred) ? preferred : null) ?? firstField(dialog()) ?? dialog()).focus();
  };
  const observer = new MutationObserver(() => queueMicrotask(recover));
  observer.observe(container, { subtree: true, childList: true, attributeFilter: ['disabled'] });

  container.addEventListener('keydown', inPanel);
  doc.addEventListener('keydown', outside, true);
  return () => {
    observer.disconnect();
    container.removeEventListener('keydown', inPanel);
    doc.removeEventListener('keydown', outside, true);
  };
}
