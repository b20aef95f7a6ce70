/**
 * One adapter per way GitLab has shown a freshly created token (docs/gitlab-compatibility.md,
 * "Token pages"). Each names
 * GitLab's own container and only reads token inputs inside it: an element that merely carries
 * GitLab's ids elsewhere on the page (user content) is never read.
 */
import { TOKEN_INPUTS } from './inputs';
import type { MountPlaces } from './mount-places';
import { anchorFor, isValueElement, readShownValue } from './read';
import type { TokenDisplayAdapter, TokenKind } from './types';

const ACCESS_TOKEN_KINDS: readonly TokenKind[] = ['personal', 'project', 'group'];

interface Located {
  input: HTMLElement;
  container: HTMLElement;
}

/** The token element, or the input inside it when a data-testid sits on a wrapper. */
function valueElementOf(element: Element): HTMLElement | null {
  if (isValueElement(element)) return element;
  const inner = element.querySelector<HTMLElement>('input, textarea');
  return inner !== null && isValueElement(inner) ? inner : null;
}

/** GitLab's container of a token element: a known container, or the place its app was mounted. */
function containerOf(element: Element, containerSelector: string, places: MountPlaces | undefined): HTMLElement | null {
  return element.closest<HTMLElement>(containerSelector) ?? places?.containing(element) ?? null;
}

/**
 * The newest (last in document order) token input that sits inside one of GitLab's containers,
 * with its innermost such container.
 */
function locateNewest(
  root: ParentNode,
  inputSelector: string,
  containerSelector: string,
  places: MountPlaces | undefined,
): Located | null {
  let newest: Located | null = null;
  for (const candidate of Array.from(root.querySelectorAll(inputSelector))) {
    const input = valueElementOf(candidate);
    if (input === null) continue;
    const container = containerOf(input, containerSelector, places);
    if (container === null) continue;
    newest = { input, container };
  }
  return newest;
}

function accessTokenAdapter(spec: {
  id: string;
  kinds: readonly TokenKind[];
  containerSelector: string;
  inputSelector: string;
}): TokenDisplayAdapter {
  return {
    ...spec,
    find(root, kind, places) {
      if (!spec.kinds.includes(kind)) return null;
      const located = locateNewest(root, spec.inputSelector, spec.containerSelector, places);
      if (located === null) return null;
      const secret = readShownValue(located.input, located.container);
      if (secret === null) return null;
      return {
        secret,
        username: null,
        kind,
        anchor: anchorFor(located.input, located.container),
        container: located.container,
      };
    },
  };
}

function deployTokenAdapter(spec: {
  id: string;
  containerSelector: string;
  inputSelector: string;
  usernameSelector: string;
}): TokenDisplayAdapter {
  return {
    id: spec.id,
    kinds: ['deploy'],
    containerSelector: spec.containerSelector,
    inputSelector: spec.inputSelector,
    find(root, kind, places) {
      if (kind !== 'deploy') return null;
      const located = locateNewest(root, spec.inputSelector, spec.containerSelector, places);
      if (located === null) return null;
      const { input, container } = located;
      const secret = readShownValue(input, container);
      if (secret === null) return null;
      // The username shown with this token: the last one before it in the same container
      // (GitLab shows the username first), else any in that container.
      const usernames = Array.from(container.querySelectorAll<HTMLElement>(spec.usernameSelector)).filter(
        (element) => isValueElement(element) && containerOf(element, spec.containerSelector, places) === container,
      );
      const before = usernames.filter(
        (element) => (element.compareDocumentPosition(input) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0,
      );
      const usernameInput = before[before.length - 1] ?? usernames[0] ?? null;
      return {
        secret,
        username: usernameInput === null ? null : readShownValue(usernameInput, container),
        kind: 'deploy',
        anchor: anchorFor(input, container),
        container,
      };
    },
  };
}

/** Newest personal "legacy token" result view (flag `granular_personal_access_tokens`). */
export const legacyPersonalTokenView = accessTokenAdapter({
  id: 'legacy-personal-token-view',
  kinds: ['personal'],
  // The Vue app's mount point on the `legacy_new` page (a guess, see docs/gitlab-compatibility.md: from GitLab's
  // `legacy_new` view). Vue 2 replaces it; MountPlaces keeps its parent as the container.
  containerSelector: '#js-create-legacy-token-app',
  inputSelector: TOKEN_INPUTS.legacyPersonalTokenView,
});

/** ~17.x/18.x personal token redesign: a success alert in the shared access token app. */
export const sharedAccessTokenApp = accessTokenAdapter({
  id: 'shared-access-token-app',
  kinds: ACCESS_TOKEN_KINDS,
  containerSelector: '#js-shared-access-token-app',
  inputSelector: TOKEN_INPUTS.sharedAccessTokenApp,
});

/** ~15.x-18.x NewAccessTokenApp (project, group and, until the redesign, personal tokens). */
export const newAccessTokenApp = accessTokenAdapter({
  id: 'new-access-token-app',
  kinds: ACCESS_TOKEN_KINDS,
  containerSelector:
    '#js-new-access-token-app, [data-testid="access-token-section"], .gl-alert[data-testid="success-message"]',
  inputSelector: TOKEN_INPUTS.newAccessTokenApp,
});

/** <= ~15.0: the page reloads and the server renders the token into a container. */
export const fullReloadAccessToken = accessTokenAdapter({
  id: 'full-reload-15.0',
  kinds: ACCESS_TOKEN_KINDS,
  containerSelector: '.created-personal-access-token-container',
  inputSelector: TOKEN_INPUTS.fullReloadAccessToken,
});

/** ~15.x-newest deploy tokens: a Vue success alert (newest mounted into `#new-deploy-token-alert`). */
export const deployTokenVue = deployTokenAdapter({
  id: 'deploy-token-vue',
  containerSelector: '#new-deploy-token-alert, .gl-alert',
  inputSelector: TOKEN_INPUTS.deployTokenByName,
  usernameSelector: 'input[name="deploy-token-user"]',
});

/**
 * ~15.x deploy tokens (Vue, before the alert): the app that replaced `#js-new-deploy-token` shows
 * the token inline in GitLab's `.created-deploy-token-container`, its inputs known by name only
 * (their ids are generated by the form components).
 */
export const deployTokenInline = deployTokenAdapter({
  id: 'deploy-token-inline-15.x',
  containerSelector: '.created-deploy-token-container',
  inputSelector: TOKEN_INPUTS.deployTokenByName,
  usernameSelector: 'input[name="deploy-token-user"]',
});

/** <= ~15.0 deploy tokens: server-rendered after a full page load. */
export const deployTokenHaml = deployTokenAdapter({
  id: 'deploy-token-haml',
  containerSelector: '.created-deploy-token-container',
  inputSelector: TOKEN_INPUTS.deployTokenHaml,
  usernameSelector: 'input#deploy-token-user',
});

/** Newest first: when an old and a new display both match, the newer UI is the live one. */
export const TOKEN_DISPLAY_ADAPTERS: readonly TokenDisplayAdapter[] = [
  legacyPersonalTokenView,
  sharedAccessTokenApp,
  newAccessTokenApp,
  fullReloadAccessToken,
  deployTokenVue,
  deployTokenInline,
  deployTokenHaml,
];
