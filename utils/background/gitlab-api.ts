import { createRequesterFn } from '@gitbeaker/requester-utils';
import {
  GroupAccessTokens,
  GroupVariables,
  InstanceLevelCICDVariables,
  ProjectAccessTokens,
  ProjectVariables,
  Projects,
  Users,
} from '@gitbeaker/rest';
import { z } from 'zod/mini';
import { english, type Translate } from '../i18n';
import type { GitLabLocation } from '../messaging/protocol';
import { redirectMessage, redirectTarget, type RedirectTarget } from './redirect';

/**
 * A GitLab API failure with an HTTP status (0: GitLab could not be reached). `redirect`: GitLab
 * answered with a redirect, which is never followed: where it pointed, to say it in the person's
 * language (the message is English).
 */
export class GitLabApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly redirect: { requested: URL; target: RedirectTarget } | null = null,
  ) {
    super(message);
  }
}

/**
 * What to tell a person about a failed API call: what happened and what to do, in the request's
 * language. `what` names the thing read or saved, as the catalogue's `panel.what.*` phrases say
 * it; `action` whether the call read or saved it (default: read).
 */
export function describeApiFailure(error: unknown, what: string, action: 'read' | 'save' = 'read', t: Translate = english): string {
  const verbs = action === 'read' ? { action: t('panel.api.read'), actioning: t('panel.api.reading') } : { action: t('panel.api.save'), actioning: t('panel.api.saving') };
  const params = { ...verbs, what };
  if (!(error instanceof GitLabApiError)) {
    const message = error instanceof Error ? error.message : String(error);
    return t('panel.api.other', { ...params, message: `${message}.` });
  }
  if (error.redirect) return t('panel.api.other', { ...params, message: redirectMessage(error.redirect.requested, error.redirect.target, t) });
  switch (true) {
    case error.status === 0:
      return t('panel.api.unreachable', params);
    case error.status === 401:
      return t('panel.api.session', params);
    case error.status === 403:
      return t('panel.api.forbidden', params);
    case error.status === 404:
      return t('panel.api.not-found', params);
    case error.status >= 500:
      return t('panel.api.failed', { ...params, status: String(error.status) });
    default:
      return t('panel.api.refused', { ...params, status: String(error.status), message: error.message });
  }
}

type RequestOptions = {
  prefixUrl: string;
  searchParams?: string;
  method: string;
  headers?: Record<string, string>;
  body?: BodyInit;
};

/**
 * The request handler under gitbeaker: the user's GitLab session cookie authenticates it (no
 * token is ever stored), non-GET requests carry the page's CSRF token, nothing is retried (a
 * failure is said to the person instead) and no redirect is followed (./redirect.ts).
 */
async function requestWithSession(endpoint: string, options: RequestOptions & Record<string, unknown>) {
  const base = options.prefixUrl.endsWith('/') ? options.prefixUrl : `${options.prefixUrl}/`;
  const url = new URL(endpoint, base);
  if (options.searchParams) url.search = options.searchParams;
  // Every URL is checked once built: a request goes to this GitLab's origin, below its root.
  if (url.origin !== new URL(base).origin || !url.href.startsWith(base)) throw new GitLabApiError(0, 'Refused: the request would leave this GitLab');
  let response: Response;
  try {
    response = await fetch(url, {
      method: options.method,
      headers: options.headers,
      body: options.body,
      credentials: 'include',
      cache: 'no-store',
      redirect: 'manual',
    });
  } catch {
    throw new GitLabApiError(0, 'GitLab could not be reached');
  }
  const redirectedTo = redirectTarget(response, url);
  if (redirectedTo !== null) throw new GitLabApiError(response.status, redirectMessage(url, redirectedTo), { requested: url, target: redirectedTo });
  const isJson = (response.headers.get('content-type') ?? '').includes('application/json');
  const body: unknown = isJson ? await response.json().catch(() => null) : await response.text();
  if (!response.ok) {
    const message = z.object({ message: z.unknown() }).safeParse(body);
    throw new GitLabApiError(response.status, message.success ? JSON.stringify(message.data.message) : response.statusText);
  }
  return { body, headers: Object.fromEntries(response.headers.entries()), status: response.status };
}

function sessionRequester(csrfToken: string | null) {
  return createRequesterFn(
    (_service, options) => {
      const headers = { ...(options.headers as Record<string, string>) };
      if (csrfToken && options.method !== 'GET') headers['X-CSRF-Token'] = csrfToken;
      return Promise.resolve({ ...options, headers });
    },
    requestWithSession as never,
  );
}

/** gitbeaker resources bound to one GitLab (origin + relative root) and the user's session. */
export function gitLabApi(location: GitLabLocation, csrfToken: string | null = null) {
  const config = { host: `${location.origin}${location.relativeRoot}`, requesterFn: sessionRequester(csrfToken) } as never;
  return {
    projects: new Projects(config),
    users: new Users(config),
    projectAccessTokens: new ProjectAccessTokens(config),
    groupAccessTokens: new GroupAccessTokens(config),
    projectVariables: new ProjectVariables(config),
    groupVariables: new GroupVariables(config),
    instanceVariables: new InstanceLevelCICDVariables(config),
    /** GET /version: `{ version: "16.6.0-ee", ... }` (unchecked here; the caller checks it). */
    version: async (): Promise<unknown> => (await new Users(config).requester.get('version')).body,
    /** GET any API path below /api/v4 (query included) with the session; unchecked here: the caller checks it. */
    get: async (path: string): Promise<unknown> => (await new Users(config).requester.get(path)).body,
    /**
     * Every item of a GitLab list: GitLab's REST lists are paginated (20 a page unless asked, 100
     * at most), so a token on a later page would otherwise be "not found". Pages of 100, following
     * GitLab's X-Next-Page, at most `maxPages` of them; a body that is not a list is returned as
     * GitLab gave it, for the caller's schema to refuse.
     */
    getAll: async (path: string, maxPages = 10): Promise<unknown> => {
      const items: unknown[] = [];
      let page: string | null = '1';
      for (let read = 0; page !== null && read < maxPages; read++) {
        const { body, headers } = (await new Users(config).requester.get(`${path}${path.includes('?') ? '&' : '?'}per_page=100&page=${page}`)) as {
          body: unknown;
          headers: Record<string, string>;
        };
        if (!Array.isArray(body)) return body;
        items.push(...body);
        const next = headers['x-next-page'] ?? '';
        page = /^[1-9]\d*$/.test(next) ? next : null;
      }
      return items;
    },
  };
}
export type GitLabApi = ReturnType<typeof gitLabApi>;
