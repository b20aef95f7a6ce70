import { csrfToken } from './env.ts';

/**
 * The parts of Rails-UJS GitLab's token pages rely on, plus ClipboardJS and the
 * "Add new token" toggle:
 * - form[data-remote]: submitted as XHR (urlencoded, X-CSRF-Token), then `ajax:success` /
 *   `ajax:error` on the form with detail [data, statusText, xhr];
 * - a[data-method]: a hidden form POST with _method and authenticity_token (full reload),
 *   after window.confirm(data-confirm);
 * - [data-clipboard-text]: copies its text;
 * - .js-toggle-button in a .js-toggle-container: toggles the container's .js-toggle-content.
 */
export function installUjs(): void {
  document.addEventListener('submit', (event) => {
    const form = (event.target as Element).closest?.('form[data-remote="true"]') as HTMLFormElement | null;
    if (!form) return;
    event.preventDefault();
    void submitRemote(form, (event as SubmitEvent).submitter as HTMLInputElement | HTMLButtonElement | null);
  });

  document.addEventListener('click', (event) => {
    const target = event.target as Element;
    const link = target.closest?.('a[data-method]') as HTMLAnchorElement | null;
    if (link) {
      event.preventDefault();
      const confirmText = link.dataset.confirm;
      if (confirmText && !window.confirm(confirmText)) return;
      const form = document.createElement('form');
      form.method = 'post';
      form.action = link.href;
      form.style.display = 'none';
      for (const [name, value] of [['_method', link.dataset.method ?? 'post'], ['authenticity_token', csrfToken()]]) {
        const input = document.createElement('input');
        input.type = 'hidden';
        input.name = name!;
        input.value = value!;
        form.appendChild(input);
      }
      document.body.appendChild(form);
      form.submit();
      return;
    }
    const copy = target.closest?.('[data-clipboard-text]') as HTMLElement | null;
    if (copy) {
      navigator.clipboard?.writeText(copy.dataset.clipboardText ?? '').catch(() => undefined);
    }
    const toggle = target.closest?.('.js-toggle-button') as HTMLElement | null;
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

async function submitRemote(form: HTMLFormElement, submitter: HTMLInputElement | HTMLButtonElement | null): Promise<void> {
  const params = new URLSearchParams();
  new FormData(form).forEach((value, key) => {
    if (typeof value === 'string') params.append(key, value);
  });
  if (submitter?.name) params.append(submitter.name, submitter.value);
  const buttons = [...form.querySelectorAll<HTMLInputElement | HTMLButtonElement>('[type=submit]')];
  buttons.forEach((b) => (b.disabled = true));
  try {
    const res = await fetch(form.action, {
      method: (form.getAttribute('method') ?? 'post').toUpperCase(),
      credentials: 'same-origin',
      headers: {
        Accept: 'application/json, text/javascript, */*; q=0.01',
        'Content-Type': 'application/x-www-form-urlencoded; charset=UTF-8',
        'X-CSRF-Token': csrfToken(),
        'X-Requested-With': 'XMLHttpRequest',
      },
      body: params.toString(),
    });
    let data: unknown = null;
    try {
      data = await res.json();
    } catch {
      data = null;
    }
    form.dispatchEvent(new CustomEvent(res.ok ? 'ajax:success' : 'ajax:error', { bubbles: true, detail: [data, res.statusText, res] }));
  } catch (error) {
    form.dispatchEvent(new CustomEvent('ajax:error', { bubbles: true, detail: [null, String(error), null] }));
  } finally {
    buttons.forEach((b) => (b.disabled = false));
    form.dispatchEvent(new CustomEvent('ajax:complete', { bubbles: true }));
  }
}
