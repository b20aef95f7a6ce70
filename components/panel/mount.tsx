import { render, type VNode } from 'preact';
import { firstField, holdFocus } from './focus';
import panelCss from './panel.css?inline';

const HOST_ATTRIBUTE = 'data-docker-auth-config-panel';

/** The open panel's close: a new panel replaces it, and its keyboard handling goes with it. */
let closeOpen: (() => void) | null = null;

/**
 * Shows a panel above GitLab's page in a shadow root of its own: GitLab's styles cannot reach
 * in, ours cannot leak out. The CSS is inlined, not a web-accessible file, so the panel keeps its
 * styles on every GitLab origin, also those added at runtime. It is a modal dialog for the
 * keyboard too (./focus.ts): it opens on its first field and, once closed, gives focus back to
 * `opener` (the button that opened it). Returns a function that closes it.
 */
export function openInPagePanel(content: (close: () => void) => VNode, opener: HTMLElement | null = null): () => void {
  closeOpen?.();
  document.querySelector(`[${HOST_ATTRIBUTE}]`)?.remove();
  const host = document.createElement('div');
  host.setAttribute(HOST_ATTRIBUTE, '');
  // GitLab's dark mode is a class on <html>; the panel follows it.
  host.dataset.theme = document.documentElement.classList.contains('gl-dark') ? 'dark' : 'light';
  const shadow = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = panelCss;
  const mountPoint = document.createElement('div');
  mountPoint.className = 'backdrop';
  shadow.append(style, mountPoint);
  let release = () => {};
  const close = () => {
    if (!host.isConnected) return;
    release();
    closeOpen = null;
    render(null, mountPoint);
    host.remove();
    if (opener?.isConnected) opener.focus();
  };
  document.body.append(host);
  render(content(close), mountPoint);
  release = holdFocus(shadow, mountPoint, close);
  closeOpen = close;
  (firstField(mountPoint) ?? mountPoint.querySelector<HTMLElement>('[role="dialog"]'))?.focus();
  return close;
}
