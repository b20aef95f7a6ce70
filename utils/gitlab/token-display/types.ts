import type { MountPlaces } from './mount-places';

export type TokenKind = 'personal' | 'project' | 'group' | 'deploy';

/** A token GitLab has just shown on the page. Holds the secret in memory only. */
export interface ShownToken {
  secret: string;
  /** Deploy tokens only: the username GitLab shows with the token (the registry checks it). */
  username: string | null;
  kind: TokenKind;
  /** The element after which the extension's button goes: the token's input group, else the input. */
  anchor: HTMLElement;
  /** GitLab's token container the token was found in. */
  container: HTMLElement;
}

/** One way GitLab has shown a freshly created token (one generation of its UI). */
export interface TokenDisplayAdapter {
  /** Stable name for logs and tests, e.g. 'new-access-token-app'. */
  id: string;
  /** Page kinds whose tokens this display shows. */
  kinds: readonly TokenKind[];
  /** Selector of GitLab's containers; a token input outside them is never read. */
  containerSelector: string;
  /** Selector of the token inputs this display renders. */
  inputSelector: string;
  /** `places`: where GitLab's token apps were mounted (their mount elements are gone once Vue 2 runs). */
  find(root: ParentNode, kind: TokenKind, places?: MountPlaces): ShownToken | null;
}
