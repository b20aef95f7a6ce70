import { eventTrust } from '../user-action';

export const GENERATE_BUTTON_ATTRIBUTE = 'data-docker-auth-config-button';

/**
 * The "Generate DOCKER_AUTH_CONFIG" button (`label`: in the page's language, from the
 * background's 'page-context' answer), built with GitLab's own button classes so that it
 * looks like GitLab's buttons in light and dark mode on every generation. Plain DOM: it is
 * created on a page the extension does not own, before any panel code is needed. It opens the
 * panel (which reads the token and asks GitLab's API) on a person's own click only: a page
 * script's `click()` does nothing (../user-action.ts). `onClick` gets the button: the panel gives
 * focus back to it when it closes. `sizeOf`: GitLab's button it stands next to, whose size (sm or
 * md) it takes, so that the two line up.
 */
export function createGenerateButton(label: string, onClick: (button: HTMLButtonElement) => void, sizeOf?: Element): HTMLButtonElement {
  const button = document.createElement('button');
  button.type = 'button';
  const size = sizeOf?.classList.contains('btn-sm') ? 'btn-sm' : 'btn-md';
  button.className = `gl-button btn ${size} btn-default gl-ml-3`;
  button.setAttribute(GENERATE_BUTTON_ATTRIBUTE, '');
  // It opens a dialog (the panel): said before it is pressed.
  button.setAttribute('aria-haspopup', 'dialog');
  const text = document.createElement('span');
  text.className = 'gl-button-text';
  text.textContent = label;
  button.append(text);
  button.addEventListener('click', (event) => {
    event.preventDefault();
    event.stopPropagation();
    if (eventTrust.isUserAction(event)) onClick(button);
  });
  return button;
}

export const BUTTON_HINT_ATTRIBUTE = 'data-docker-auth-config-hint';

/** The line next to the button on the CI/CD page (issue 15): what the variable holds, or a warning. */
export function createButtonHint(hint: { text: string; warning: boolean }): HTMLElement {
  const span = document.createElement('span');
  span.setAttribute(BUTTON_HINT_ATTRIBUTE, hint.warning ? 'warning' : 'ok');
  // GitLab's own utility classes: its warning colour and a small gap, in light and dark mode.
  span.className = `gl-ml-3 gl-align-self-center ${hint.warning ? 'gl-text-orange-600 gl-font-bold' : 'gl-text-secondary'}`;
  span.setAttribute('role', 'status');
  span.textContent = hint.warning ? `⚠ ${hint.text}` : hint.text;
  return span;
}
