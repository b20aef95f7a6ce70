import { en } from '../../utils/i18n/messages/en';
import { TECHNICAL } from './i18n';

/** Catalogue ids: a component without its language shows them, and they look like host names. */
const MESSAGE_IDS = new Set(Object.keys(en));

/**
 * The text a person would see (or hear) that did not come from the catalogue, in a page rendered
 * with PSEUDO_CATALOGUE (utils/i18n/pseudo.ts): every message is then wrapped in ⟦ ⟧ with its
 * letters accented, so what is left outside the brackets with plain letters in it was written in
 * a component, or built from fragments. Never translated, so allowed: DOCKER_AUTH_CONFIG, host
 * names, URLs, JSON, numbers, and the `literals` given (what the test itself typed: a username).
 *
 * Read: every text node (joined across elements, so a sentence split around a `<code>` is one
 * message), and the attributes a screen reader or tooltip says: aria-label, title, placeholder,
 * alt. A `<script>`/`<style>` is not text. Returns each untranslated piece, trimmed.
 */
export function untranslatedTexts(root: ParentNode, literals: readonly string[] = []): string[] {
  const ownerDocument = root.ownerDocument ?? (root as Document);
  const walker = ownerDocument.createTreeWalker(root as Node, 4 /* NodeFilter.SHOW_TEXT */);
  const pieces: string[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.parentElement?.closest('script, style')) continue;
    pieces.push(node.nodeValue ?? '');
  }
  const attributes = [...root.querySelectorAll('[aria-label], [title], [placeholder], [alt]')].flatMap((element) =>
    ['aria-label', 'title', 'placeholder', 'alt'].flatMap((name) => element.getAttribute(name) ?? []),
  );
  // Text nodes are joined with a separator no message holds, then split on it again, so that a
  // message split across elements is removed whole and what is left is reported per node.
  return [pieces.join('\u0001'), ...attributes].flatMap((text) => leftOutside(text, literals));
}

/** What is left of `text` once catalogue messages, technical text and literals are taken out. */
function leftOutside(text: string, literals: readonly string[]): string[] {
  let rest = text;
  // Innermost first: a message may carry another one as its parameter (an engine message in "Error: {message}").
  for (let before = ''; before !== rest; ) {
    before = rest;
    rest = rest.replace(/⟦[^⟦⟧]*⟧/g, '\u0001');
  }
  for (const literal of literals) if (literal !== '') rest = rest.split(literal).join('\u0001');
  // A message id shown instead of its message (no catalogue reached the component).
  const ids = [...rest.matchAll(/[a-z][\w-]*(?:\.[\w-]+)+/g)].map(([id]) => id).filter((id) => MESSAGE_IDS.has(id));
  return ids.concat(rest
    .split('\u0001')
    .map((piece) => piece.replace(JSON_TEXT, ' ').replace(TECHNICAL, ' ').trim())
    .filter((piece) => /\p{L}{2,}/u.test(piece)));
}

/** A JSON object as the pages show it (a generated or pasted DOCKER_AUTH_CONFIG). */
const JSON_TEXT = /\{"[^]*\}/g;
