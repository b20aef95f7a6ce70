import { plainEnglishLeft } from './i18n';

/**
 * What a person reads in `root` (its shadow roots included): every text node and the
 * aria-label, title and placeholder of every element, one entry each. Hidden nodes count too: a
 * screen reader or a later state may show them.
 */
export function readableTexts(root: Node): string[] {
  const texts: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) {
      const text = node.textContent?.trim();
      if (text && node.parentElement?.tagName !== 'STYLE') texts.push(text);
      return;
    }
    if (node instanceof Element) {
      for (const attribute of ['aria-label', 'title', 'placeholder']) {
        const value = node.getAttribute(attribute)?.trim();
        if (value) texts.push(value);
      }
      if (node.shadowRoot) walk(node.shadowRoot);
    }
    node.childNodes.forEach(walk);
  };
  walk(root);
  return texts;
}

/**
 * The texts in `root` that still hold plain English words once technical text (commands, hosts,
 * DOCKER_AUTH_CONFIG…) and `literals` (what the test itself typed or GitLab answered: a host, a
 * username, a token's name) are taken out. Rendered with the pseudo-locale, every word the
 * catalogue gave is accented: what is left did not come from it.
 */
export function untranslatedTexts(root: Node, literals: readonly string[] = []): string[] {
  return readableTexts(root).filter((text) => plainEnglishLeft(text, literals).length > 0);
}
