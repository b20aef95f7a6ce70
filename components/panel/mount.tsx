import { render, type VNode } from 'preact';
import panelCss from './panel.css?inline';

const HOST_ATTRIBUTE = 'data-docker-auth-config-panel';

/**
 * Shows a panel above GitLab's page in a shadow root of its own: GitLab's styles cannot reach
 * in, ours cannot leak out. The CSS is inlined, not a web-accessible file, so the panel keeps its
 * styles on every GitLab origin, also those added at runtime. Returns a function that closes it.
 */
export function openInPagePanel(content: (close: () => void) => VNode): () => void {
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
  const close = () => {
    render(null, mountPoint);
    host.remove();
  };
  // Keys typed in the panel stay in the panel: GitLab's own shortcuts and drawers must not see them.
  mountPoint.addEventListener('keydown', (event) => {
    event.stopPropagation();
    if (event.key === 'Escape') close();
  });
  document.body.append(host);
  render(content(close), mountPoint);
  mountPoint.querySelector<HTMLElement>('input:not([readonly]), button')?.focus();
  return close;
}
