/**
 * Where GitLab mounts its token apps. GitLab (Vue 2) mounts with `new Vue({ el })`, which
 * REPLACES the mount element: once the app runs, `#js-new-access-token-app` and friends are gone
 * from the live page and cannot serve as the container that proves an input is GitLab's. Their
 * parent stays. So the content script starts at document_start, notes the parents of these
 * elements as the server sent them (before any GitLab script ran), and the adapters accept a
 * token input inside such a parent.
 */
export const TOKEN_APP_MOUNT_IDS = [
  'js-new-access-token-app',
  'js-shared-access-token-app',
  'js-create-legacy-token-app',
  'new-deploy-token-alert',
] as const;

export class MountPlaces {
  private readonly parents = new Set<HTMLElement>();

  /** Notes the parents of the mount elements present in `doc` now. */
  note(doc: Document): void {
    for (const id of TOKEN_APP_MOUNT_IDS) {
      const parent = doc.getElementById(id)?.parentElement;
      if (parent && parent !== doc.body && parent !== doc.documentElement) this.parents.add(parent);
    }
  }

  /** Whether any of GitLab's token apps had a mount element on this page. */
  get found(): boolean {
    return this.parents.size > 0;
  }

  /** The innermost noted mount parent that contains `element`, or null. */
  containing(element: Element): HTMLElement | null {
    for (let node = element.parentElement; node !== null; node = node.parentElement) {
      if (this.parents.has(node)) return node;
    }
    return null;
  }
}

/**
 * Notes mount places while the server's HTML is parsed, and stops at DOMContentLoaded (GitLab's
 * deferred scripts, which mount the apps, run after parsing; our observer's callbacks run at the
 * microtask checkpoints before them).
 */
export function noteMountPlacesWhileParsing(doc: Document, places: MountPlaces): void {
  places.note(doc);
  if (doc.readyState !== 'loading') return;
  const observer = new MutationObserver(() => places.note(doc));
  observer.observe(doc.documentElement, { childList: true, subtree: true });
  doc.addEventListener(
    'DOMContentLoaded',
    () => {
      observer.disconnect();
      places.note(doc);
    },
    { once: true },
  );
}
