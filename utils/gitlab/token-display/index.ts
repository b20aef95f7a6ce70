/**
 * Finding the token GitLab has just shown, across GitLab generations, and a cheap filter for
 * the MutationObserver that watches for it.
 */
import type { GitLabPage } from '../page';
import { TOKEN_DISPLAY_ADAPTERS } from './adapters';
import type { MountPlaces } from './mount-places';
import type { ShownToken, TokenDisplayAdapter, TokenKind } from './types';

export {
  deployTokenHaml,
  deployTokenInline,
  deployTokenVue,
  fullReloadAccessToken,
  legacyPersonalTokenView,
  newAccessTokenApp,
  sharedAccessTokenApp,
  TOKEN_DISPLAY_ADAPTERS,
} from './adapters';
export { MountPlaces, noteMountPlacesWhileParsing, TOKEN_APP_MOUNT_IDS } from './mount-places';
export type { ShownToken, TokenDisplayAdapter, TokenKind } from './types';

/** The kind of token a page creates; null on pages that show no tokens. */
export function tokenKindOf(page: GitLabPage): TokenKind | null {
  switch (page.kind) {
    case 'access-tokens':
      return page.owner;
    case 'deploy-tokens':
      return 'deploy';
    case 'ci-variables':
      return null;
  }
}

export function adaptersFor(page: GitLabPage): readonly TokenDisplayAdapter[] {
  const kind = tokenKindOf(page);
  return kind === null ? [] : TOKEN_DISPLAY_ADAPTERS.filter((adapter) => adapter.kinds.includes(kind));
}

/** The token shown on `page`, trying the displays that fit the page, newest first. */
export function findShownToken(root: ParentNode, page: GitLabPage, places?: MountPlaces): ShownToken | null {
  const kind = tokenKindOf(page);
  if (kind === null) return null;
  for (const adapter of adaptersFor(page)) {
    try {
      const found = adapter.find(root, kind, places);
      if (found !== null) return found;
    } catch {
      // An unforeseen DOM (or a selector a browser rejects) must not break the page: try the next.
    }
  }
  return null;
}

const RELEVANT_SELECTOR = Array.from(
  new Set(TOKEN_DISPLAY_ADAPTERS.flatMap((adapter) => [adapter.inputSelector, adapter.containerSelector])),
).join(', ');
const CONTAINER_SELECTOR = Array.from(new Set(TOKEN_DISPLAY_ADAPTERS.map((adapter) => adapter.containerSelector))).join(
  ', ',
);
// Attributes whose change can carry a new token into an element Vue reuses (it patches the copy
// button's text and the input in place when a second token is created).
const RELEVANT_ATTRIBUTES = new Set(['data-clipboard-text', 'value']);

function isElement(node: Node): node is Element {
  return node.nodeType === Node.ELEMENT_NODE;
}

/**
 * Cheap pre-filter for MutationObserver records: true only when the mutation could have brought
 * a token display (an added element that is or contains a token input or container, or a
 * copy-text/value change inside a container). False positives are fine; `findShownToken` decides.
 */
export function isTokenRelevantMutation(record: MutationRecord): boolean {
  try {
    if (record.type === 'childList') {
      for (const node of Array.from(record.addedNodes)) {
        if (!isElement(node)) continue;
        if (node.matches(RELEVANT_SELECTOR) || node.querySelector(RELEVANT_SELECTOR) !== null) return true;
      }
      return false;
    }
    if (record.type === 'attributes') {
      // Not limited to known containers: once Vue 2 has replaced a mount element, the container
      // is a noted mount place (MountPlaces). These attributes are rare; findShownToken decides.
      return record.attributeName !== null && RELEVANT_ATTRIBUTES.has(record.attributeName);
    }
    return false;
  } catch {
    return false;
  }
}
