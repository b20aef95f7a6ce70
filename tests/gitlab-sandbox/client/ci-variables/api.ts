// The Rails endpoints the settings page talks to (docs/gitlab-compatibility.md): GET the list,
// PATCH `variables_attributes` with the CSRF token of the page and the session cookie.

export type ApiVariableType = 'env_var' | 'file';

export interface ApiVariable {
  id?: number | string;
  key: string;
  value?: string;
  variable_type: ApiVariableType;
  protected: boolean;
  masked: boolean;
  hidden?: boolean;
  raw?: boolean;
  environment_scope?: string;
  description?: string | null;
}

export interface VariableAttributes {
  key: string;
  secret_value: string;
  variable_type: ApiVariableType;
  protected: boolean;
  masked: boolean;
  /** Only from 17.4 (the Visibility radios); older forms do not send it. */
  hidden?: boolean;
  raw: boolean;
  environment_scope: string;
  description: string;
  _destroy: false;
}

export class SaveError extends Error {
  constructor(readonly messages: string[]) {
    super(messages.join(', '));
  }
}

function csrfToken(): string {
  return document.querySelector<HTMLMetaElement>('meta[name="csrf-token"]')?.content ?? '';
}

export async function fetchVariables(endpoint: string): Promise<ApiVariable[]> {
  const response = await fetch(endpoint, {
    credentials: 'same-origin',
    headers: { Accept: 'application/json' },
  });
  if (!response.ok) throw new Error(`GET ${endpoint}: ${response.status}`);
  const body = (await response.json()) as { variables?: ApiVariable[] };
  return body.variables ?? [];
}

/** Saves one new variable; a 400 carries Rails' messages (e.g. "… has already been taken"). */
export async function saveVariable(endpoint: string, attributes: VariableAttributes): Promise<ApiVariable[]> {
  const response = await fetch(endpoint, {
    method: 'PATCH',
    credentials: 'same-origin',
    headers: {
      Accept: 'application/json',
      'Content-Type': 'application/json',
      'X-CSRF-Token': csrfToken(),
    },
    body: JSON.stringify({ variables_attributes: [attributes] }),
  });
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    throw new SaveError(errorMessages(body, response.status));
  }
  return (body as { variables?: ApiVariable[] } | null)?.variables ?? [];
}

function errorMessages(body: unknown, status: number): string[] {
  if (Array.isArray(body)) return body.map(String);
  if (body && typeof body === 'object') {
    const { message, errors } = body as { message?: unknown; errors?: unknown };
    if (Array.isArray(errors)) return errors.map(String);
    if (Array.isArray(message)) return message.map(String);
    if (typeof message === 'string') return [message];
  }
  return [`HTTP ${status}`];
}
