import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { Ctx } from './http.ts';

export const SESSION_COOKIE = '_gitlab_session';

export interface Session {
  id: string;
  userId: number;
  /** Rails' per-session authenticity token; every page's <meta name="csrf-token"> carries it. */
  csrfToken: string;
  /** One-shot values shown on the next page (Rails flash): the full-reload era's new token. */
  flash: Record<string, unknown>;
}

/**
 * Cookie sessions as GitLab has them: an HttpOnly, Secure `_gitlab_session` cookie scoped
 * to the relative root. The local GitLab has one user, so the first page view signs in alice.
 */
export class Sessions {
  private sessions = new Map<string, Session>();

  constructor(private readonly cookiePath: string) {}

  find(ctx: Ctx): Session | undefined {
    const id = ctx.cookies[SESSION_COOKIE];
    return id ? this.sessions.get(id) : undefined;
  }

  /** For page views: the existing session, or a new signed-in one plus its Set-Cookie header. */
  findOrCreate(ctx: Ctx): { session: Session; setCookie?: string } {
    const found = this.find(ctx);
    if (found) return { session: found };
    const session: Session = {
      id: randomBytes(16).toString('hex'),
      userId: 1,
      csrfToken: randomBytes(32).toString('base64'),
      flash: {},
    };
    this.sessions.set(session.id, session);
    return {
      session,
      setCookie: `${SESSION_COOKIE}=${session.id}; path=${this.cookiePath}; secure; HttpOnly; SameSite=Lax`,
    };
  }

  /** Rails' verified_request?: the X-CSRF-Token header or the authenticity_token field. */
  verified(session: Session, headerToken: unknown, formToken: unknown): boolean {
    const candidate = typeof headerToken === 'string' && headerToken ? headerToken : typeof formToken === 'string' ? formToken : '';
    const a = Buffer.from(candidate);
    const b = Buffer.from(session.csrfToken);
    return a.length === b.length && timingSafeEqual(a, b);
  }
}
