import type { WatcherLabels } from '../../utils/messaging/protocol';
import { eventTrust } from '../user-action';

export const FORM_HELPER_ATTRIBUTE = 'data-docker-auth-config-form-helper';

/**
 * "Create registry read token": fills GitLab's own token form for a least-privilege registry
 * token and leaves the submit to the person. GitLab's button classes; plain DOM. Fills on a
 * person's own click only (../user-action.ts). `fill` has the form-filling code injected
 * (utils/features/panel-loader.ts) and answers what it filled, in the page's language, which is
 * said when it is done. `labels`: the button's, and what is said when the code could not load.
 */
export function createFormHelper(labels: Pick<WatcherLabels, 'createReadToken' | 'formNotFilled'>, fill: () => Promise<string>): HTMLElement {
  const wrapper = document.createElement('div');
  wrapper.setAttribute(FORM_HELPER_ATTRIBUTE, '');
  wrapper.className = 'gl-mb-5';
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'gl-button btn btn-md btn-default';
  button.textContent = labels.createReadToken;
  const status = document.createElement('span');
  status.className = 'gl-ml-3';
  status.setAttribute('role', 'status');
  button.addEventListener('click', (event) => {
    event.preventDefault();
    event.stopPropagation();
    if (!eventTrust.isUserAction(event)) return;
    fill().then(
      (said) => (status.textContent = said),
      () => (status.textContent = labels.formNotFilled),
    );
  });
  wrapper.append(button, status);
  return wrapper;
}
