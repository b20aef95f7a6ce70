import type { TokenFormFillResult } from '../../utils/gitlab';
import { eventTrust } from '../user-action';

export const FORM_HELPER_ATTRIBUTE = 'data-docker-auth-config-form-helper';

const FIELD_NAMES = { name: 'name', scopes: 'read_registry scope only', role: 'Reporter role', expiry: 'expiry date' } as const;

/**
 * "Create registry read token": fills GitLab's own token form for a least-privilege registry
 * token and leaves the submit to the person. GitLab's button classes; plain DOM. Fills on a
 * person's own click only (../user-action.ts). `fill` may first have the form-filling code
 * injected (utils/features/panel-loader.ts): what it filled is said when it is done.
 */
export function createFormHelper(fill: () => TokenFormFillResult | Promise<TokenFormFillResult>): HTMLElement {
  const wrapper = document.createElement('div');
  wrapper.setAttribute(FORM_HELPER_ATTRIBUTE, '');
  wrapper.className = 'gl-mb-5';
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'gl-button btn btn-md btn-default';
  button.textContent = 'Create registry read token';
  const status = document.createElement('span');
  status.className = 'gl-ml-3';
  status.setAttribute('role', 'status');
  button.addEventListener('click', (event) => {
    event.preventDefault();
    event.stopPropagation();
    if (!eventTrust.isUserAction(event)) return;
    void Promise.resolve(fill()).then(say, () => {
      status.textContent = 'The form could not be filled. Reload the page and try again.';
    });
  });
  const say = (result: TokenFormFillResult) => {
    const filled = result.filled.map((field) => FIELD_NAMES[field]).join(', ');
    const missing = result.missing.map((field) => FIELD_NAMES[field]).join(', ');
    status.textContent =
      (filled ? `Filled: ${filled}. ` : '') +
      (missing ? `Set yourself: ${missing}. ` : '') +
      "Review, then create the token with GitLab's button.";
  };
  wrapper.append(button, status);
  return wrapper;
}
