// What the server told the page: window.gon (inline script) and the CSRF meta tag.
export type Ui = '15.0' | '15.11' | '16.6' | '17.6' | '18.6';

interface Gon {
  relative_url_root: string;
  sandbox: { ui: Ui; locale: 'en' | 'de' | 'ja'; i18n: Record<string, string> };
}

const gon = (window as unknown as { gon: Gon }).gon;

export const ui: Ui = gon.sandbox.ui;
const ORDER: Ui[] = ['15.0', '15.11', '16.6', '17.6', '18.6'];
export const atLeast = (min: Ui): boolean => ORDER.indexOf(ui) >= ORDER.indexOf(min);

/** Localized label; the apps never hard-code English. */
export const s = (key: string): string => gon.sandbox.i18n[key] ?? key;

export function csrfToken(): string {
  return document.querySelector<HTMLMetaElement>('meta[name="csrf-token"]')?.content ?? '';
}

/** JSON request with the session cookie and the CSRF header, as GitLab's axios instance sends. */
export async function postJson(url: string, body: unknown): Promise<{ ok: boolean; status: number; data: any }> {
  const res = await fetch(url, {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json', 'X-CSRF-Token': csrfToken(), 'X-Requested-With': 'XMLHttpRequest' },
    body: JSON.stringify(body),
  });
  let data: unknown = null;
  try {
    data = await res.json();
  } catch {
    data = null;
  }
  return { ok: res.ok, status: res.status, data };
}

export function dataJson<T>(el: HTMLElement, name: string, fallback: T): T {
  try {
    const raw = el.dataset[name];
    return raw ? (JSON.parse(raw) as T) : fallback;
  } catch {
    return fallback;
  }
}
