import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';

/** A request as GitLab would receive it from the background. */
export interface SeenRequest {
  method: string;
  url: URL;
  headers: Record<string, string>;
  credentials: RequestCredentials | undefined;
  /** The browser's HTTP cache mode: 'no-store' keeps GitLab's answers (values, tokens) off the disk cache. */
  cache: RequestCache | undefined;
  body: unknown;
}

/** GitLab's answer to one request: a status and a JSON body, or no answer at all (network down). */
export type Answer = { status: number; statusText?: string; body?: unknown; contentType?: string } | 'unreachable';
export type Route = Answer | ((request: SeenRequest) => Answer);

/**
 * Stands in for GitLab behind `fetch`: answers `METHOD /path` (the path as sent, percent-encoded,
 * without the query) from `routes`, 404 otherwise, and records every request.
 */
export function fakeGitLab(routes: Record<string, Route>): SeenRequest[] {
  const seen: SeenRequest[] = [];
  vi.stubGlobal('fetch', async (input: URL | string, init: RequestInit = {}) => {
    const url = new URL(String(input));
    const request: SeenRequest = {
      method: init.method ?? 'GET',
      url,
      headers: { ...(init.headers as Record<string, string> | undefined) },
      credentials: init.credentials,
      cache: init.cache,
      body: typeof init.body === 'string' ? JSON.parse(init.body) : init.body,
    };
    seen.push(request);
    const route = routes[`${request.method} ${url.pathname}`];
    const answer = typeof route === 'function' ? route(request) : (route ?? { status: 404, body: { message: '404 Not Found' } });
    if (answer === 'unreachable') throw new TypeError('Failed to fetch');
    const contentType = answer.contentType ?? 'application/json';
    const text = contentType === 'application/json' ? JSON.stringify(answer.body ?? null) : String(answer.body ?? '');
    return new Response(answer.status === 204 ? null : text, {
      status: answer.status,
      statusText: answer.statusText ?? '',
      headers: { 'content-type': contentType },
    });
  });
  return seen;
}

export type Envelope = { ok: boolean; response?: unknown; error?: string };

/** Sends `message` to the background's listener as a content script on `senderUrl` (in tab `tabId`) would. */
export function ask(message: unknown, senderUrl: string | undefined, tabId?: number): Promise<Envelope> {
  return new Promise((resolve) => {
    // Chromium's listener gets sendResponse as its third argument (the fake's types say two).
    const trigger = fakeBrowser.runtime.onMessage.trigger as (...args: unknown[]) => Promise<unknown>;
    void trigger(message, { url: senderUrl, ...(tabId === undefined ? {} : { tab: { id: tabId } }) }, (answer: Envelope) => resolve(answer));
  });
}

/** The variables-save message the CI/CD page sends for acme/backend on gitlab.com (create, as built by the panel). */
export const variablesSaveRequest = (json: string, overrides: Record<string, unknown> = {}) => ({
  type: 'variables-save',
  location: { origin: 'https://gitlab.com', relativeRoot: '' },
  scope: { owner: 'project', fullPath: 'acme/backend' },
  csrfToken: 'csrf-from-the-page',
  mode: 'create',
  json,
  registry: 'registry.example.com',
  protectedByDefault: null,
  maskableRawRegex: null,
  ...overrides,
});
