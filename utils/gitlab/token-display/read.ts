/**
 * Reading a secret out of GitLab's token display without trusting the DOM's shape: every read
 * returns null rather than throwing, and only values that look like a token come back.
 */

// Shown instead of the secret while a toggle-visibility input is hidden (older component).
const MASK_ONLY = /^[*•●]+$/;
// Whitespace and C0/C1 controls: a token has none, so their presence means we read something else.
const NOT_IN_A_TOKEN = /[\s\u0000-\u001f\u007f-\u009f]/;
// Far above any GitLab token; guards against reading a whole blob of unrelated text.
const MAX_TOKEN_LENGTH = 1024;

export function looksLikeToken(value: string): boolean {
  return value.length > 0 && value.length <= MAX_TOKEN_LENGTH && !NOT_IN_A_TOKEN.test(value);
}

/**
 * Checked by tag name rather than `instanceof`: the element may come from another realm (a
 * frame, the page's world) whose constructors differ from ours.
 */
export function isValueElement(element: Element): element is HTMLInputElement | HTMLTextAreaElement {
  const tag = element.tagName.toUpperCase();
  return (tag === 'INPUT' || tag === 'TEXTAREA') && typeof (element as HTMLInputElement).value === 'string';
}

/** The input's live value (Vue sets the property, not the attribute); null when empty or masked. */
export function readInputValue(input: Element): string | null {
  if (!isValueElement(input)) return null;
  const value = input.value.trim();
  if (value === '' || MASK_ONLY.test(value)) return null;
  return value;
}

/** A copy button's text; GitLab's Rails helper may store `{"text": …, "gfm": …}` JSON instead. */
export function readClipboardText(button: Element): string | null {
  const raw = button.getAttribute('data-clipboard-text');
  if (raw === null) return null;
  const text = raw.trim();
  if (text.startsWith('{')) {
    try {
      const parsed: unknown = JSON.parse(text);
      if (parsed !== null && typeof parsed === 'object' && 'text' in parsed && typeof parsed.text === 'string') {
        return parsed.text.trim() || null;
      }
    } catch {
      // Not JSON after all: use the text as it is.
    }
  }
  return text === '' ? null : text;
}

function follows(reference: Node, other: Node): boolean {
  return (reference.compareDocumentPosition(other) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
}

/**
 * The copy button that belongs to `input`: the closest one when walking up from the input to
 * the container, preferring the first after the input (GitLab puts it after) over one before.
 */
export function nearestClipboardButton(input: Element, container: Element): Element | null {
  for (let level = input.parentElement; level !== null; level = level.parentElement) {
    const buttons = Array.from(level.querySelectorAll('[data-clipboard-text]')).filter((b) => b !== input);
    if (buttons.length > 0) {
      return buttons.find((button) => follows(input, button)) ?? buttons[buttons.length - 1] ?? null;
    }
    if (level === container) break;
  }
  return null;
}

/**
 * What GitLab shows in `input` (a token, or a deploy token's username): its value, else its copy
 * button's text; null unless it looks like a token (one piece, no whitespace).
 */
export function readShownValue(input: Element, container: Element): string | null {
  const fromInput = readInputValue(input);
  if (fromInput !== null) return looksLikeToken(fromInput) ? fromInput : null;
  const button = nearestClipboardButton(input, container);
  const fromButton = button === null ? null : readClipboardText(button);
  return fromButton !== null && looksLikeToken(fromButton) ? fromButton : null;
}

/** Where the extension's button goes: after the input's group when GitLab wraps it in one. */
export function anchorFor(input: HTMLElement, container: HTMLElement): HTMLElement {
  const group = input.closest<HTMLElement>('.input-group');
  return group !== null && container.contains(group) ? group : input;
}
