/**
 * GitLab's toggler behaviour: a `.js-toggle-button` inside a `.js-toggle-container` shows or
 * hides the container's `.js-toggle-content` (the "Add new token" card of 16.6+).
 */
export function installToggles(): void {
  document.addEventListener('click', (event) => {
    const toggle = (event.target as Element).closest?.('.js-toggle-button');
    const container = toggle?.closest('.js-toggle-container');
    if (container) toggleContainer(container);
  });
}

export function toggleContainer(container: Element, open?: boolean): void {
  const form = container.querySelector('.js-toggle-content:not(.js-toggle-button)');
  const show = open ?? form?.classList.contains('gl-display-none') ?? false;
  container.querySelectorAll('.js-toggle-content').forEach((el) => {
    const isButton = el.classList.contains('js-toggle-button');
    el.classList.toggle('gl-display-none', isButton ? show : !show);
  });
}
