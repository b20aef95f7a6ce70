import type { Ctx } from './http.ts';
import type { Session, Sessions } from './session.ts';
import type { GitLabState, Locale, Ui } from './state.ts';

/** Everything a handler needs: the configuration, the data and the sessions. */
export interface App {
  ui: Ui;
  locale: Locale;
  /** '' or '/gitlab': every URL the local GitLab writes starts with it. */
  root: string;
  protectedByDefault: boolean;
  /** GitLab's feature flag ci_remove_character_limitation_raw_masked_var (15.11: relaxed raw masking). */
  rawMaskedVariablesFlag: boolean;
  registryHost: string;
  state: GitLabState;
  sessions: Sessions;
}

/** A page view: the app plus the signed-in session it renders for. */
export interface PageCtx {
  app: App;
  ctx: Ctx;
  session: Session;
}

/** The origin the browser used (gitlab.com, gitlab.example.test...), as GitLab's gon.gitlab_url. */
export function originOf(ctx: Ctx): string {
  const host = String(ctx.req.headers.host ?? 'gitlab.com');
  return `https://${host}`;
}
