import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';

/**
 * A component whose code is fetched only after the page has painted its first frame: renders
 * nothing until then. For the parts of a page that are not in its first view (the popup's
 * Inspect tab, its "Enable on this GitLab" offer), so their modules and zod stay out of the
 * bundle the page must load before it can show its form. Preact core has no `lazy`; this is
 * the little of it we need. Preact runs effects after the next frame, hence the effect.
 */
export function deferred<P extends object>(load: () => Promise<ComponentType<P>>): ComponentType<P> {
  // Shared by every instance: the module is fetched once, and a later mount renders it at once.
  let loaded: ComponentType<P> | null = null;
  let loading: Promise<ComponentType<P>> | null = null;
  const start = () =>
    (loading ??= load().then(
      (component) => (loaded = component),
      (error: unknown) => {
        loading = null; // the next mount tries again
        throw error;
      },
    ));

  return function Deferred(props: P) {
    const [Component, setComponent] = useState<ComponentType<P> | null>(() => loaded);
    useEffect(() => {
      if (Component) return;
      start().then(
        (component) => setComponent(() => component),
        (error: unknown) => console.error('[DOCKER_AUTH_CONFIG] could not load part of this page', error),
      );
    }, []);
    return Component ? <Component {...props} /> : null;
  };
}
