/**
 * Keyboard behaviour of an in-page panel, as WAI-ARIA's modal dialog pattern asks: it opens on its
 * first field, Tab and Shift+Tab cycle inside it, Escape closes it wherever focus is, and focus is
 * never left on <body> (a pressed control that disables itself, or is replaced, takes focus with
 * it in Chromium: Escape then reached nothing of ours).
 */

const TABBABLE = [
  'a[href]',
  'button:not([disabled])',
  'input:not([disabled]):not([type="hidden"])',
  'select:not([disabled])',
  'textarea:not([disabled])',
  '[tabindex]:not([tabindex="-1"])',
].join(', ');

const isShown = (element: HTMLElement) => element.getClientRects().length > 0;

/** What Tab reaches in `root`, in order (a radio group counts by its checked radio only). */
export function tabbables(root: ParentNode): HTMLElement[] {
  return Array.from(root.querySelectorAll<HTMLElement>(TABBABLE)).filter(
    (element) => isShown(element) && !(element instanceof HTMLInputElement && element.type === 'radio' && !element.checked && radioGroupHasChecked(element)),
  );
}

function radioGroupHasChecked(radio: HTMLInputElement): boolean {
  const scope = radio.form ?? radio.getRootNode();
  return Array.from((scope as ParentNode).querySelectorAll<HTMLInputElement>('input[type="radio"]')).some(
    (other) => other.name === radio.name && other.checked,
  );
}

/** The panel's first field a person types in; else its first action; else anything but the close button. */
export function firstField(root: ParentNode): HTMLElement | null {
  const all = tabbables(root);
  return (
    all.find((element) => element.matches('input:not([readonly]):not([type="radio"]), textarea:not([readonly]), select')) ??
    all.find((element) => element.matches('button:not(.close)')) ??
    all.find((element) => !element.matches('.close')) ??
    all[0] ??
    null
  );
}

/**
 * Keeps Tab inside the dialog rendered in `container` (in `shadow`) and focus off <body> while
 * the panel is open, and lets Escape close it from anywhere. When the focused control is gone or
 * disabled, focus goes to the control marked data-focus-next, else to the first control of the
 * section (data-focus-section) the lost one was in. Returns the function that stops it all.
 */
export function holdFocus(shadow: ShadowRoot, container: HTMLElement, close: () => void): () => void {
  const host = shadow.host as HTMLElement;
  const doc = host.ownerDocument;
  const dialog = () => container.querySelector<HTMLElement>('[role="dialog"]') ?? container;
  const active = () => shadow.activeElement as HTMLElement | null;
  let lastSection: Element | null = null;

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      close();
      return;
    }
    if (event.key !== 'Tab') return;
    const all = tabbables(dialog());
    const current = active();
    const index = current === null ? -1 : all.indexOf(current);
    const edge = index === (event.shiftKey ? 0 : all.length - 1);
    if (index !== -1 && !edge) return; // the browser's own Tab order, inside the panel
    event.preventDefault();
    // Past either end, or from outside the panel: round to the other end.
    (all[event.shiftKey ? all.length - 1 : 0] ?? dialog()).focus();
  };

  // Inside the panel, after its own handlers (a confirmation's Escape stops there first).
  const inPanel = (event: KeyboardEvent) => {
    // GitLab's own shortcuts and drawers must not see keys typed in the panel.
    event.stopPropagation();
    onKeyDown(event);
  };
  // Focus outside the panel (it fell to <body>): Tab and Escape are still the panel's.
  const outside = (event: KeyboardEvent) => {
    if (!host.isConnected || event.composedPath().includes(host) || (event.key !== 'Escape' && event.key !== 'Tab')) return;
    event.stopPropagation();
    onKeyDown(event);
  };
  const noteSection = (event: FocusEvent) => {
    const target = event.composedPath()[0];
    if (target instanceof Element) lastSection = target.closest('[data-focus-section]');
  };

  const isDisabled = (element: HTMLElement) => 'disabled' in element && element.disabled === true;
  /** Focus lost from the panel's controls while it is open: to a control near the lost one. */
  const recover = () => {
    if (!host.isConnected) return;
    const current = active();
    if (current !== null && !isDisabled(current)) return;
    // Only when focus went nowhere: focus a person moved elsewhere stays there.
    if (current === null && doc.activeElement !== null && doc.activeElement !== doc.body) return;
    const all = tabbables(dialog());
    const preferred = container.querySelector<HTMLElement>('[data-focus-next]');
    const section = lastSection?.isConnected ? lastSection : null;
    const target =
      (preferred && all.includes(preferred) ? preferred : null) ?? (section && tabbables(section)[0]) ?? firstField(dialog()) ?? dialog();
    target.focus();
  };
  const observer = new MutationObserver(() => queueMicrotask(recover));
  observer.observe(container, { subtree: true, childList: true, attributes: true, attributeFilter: ['disabled', 'hidden'] });

  container.addEventListener('keydown', inPanel);
  container.addEventListener('focusin', noteSection);
  doc.addEventListener('keydown', outside, true);
  return () => {
    observer.disconnect();
    container.removeEventListener('keydown', inPanel);
    container.removeEventListener('focusin', noteSection);
    doc.removeEventListener('keydown', outside, true);
  };
}
