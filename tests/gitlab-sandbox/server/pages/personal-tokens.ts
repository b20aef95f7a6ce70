import type { PageCtx } from '../app.ts';
import { esc } from '../http.ts';
import { t } from '../i18n.ts';
import { activeTokensJson, availableScopes, tokensPath, type TokenOwner } from '../tokens-shared.ts';
import { layout } from './layout.ts';

const PERSONAL: TokenOwner = { kind: 'personal' };

/**
 * 17.6+ personal access tokens: the redesigned Vue app on #js-shared-access-token-app
 * (form #token-create-form, POST JSON, result in input#access-token-field). The server only
 * hands it its configuration; 18.6 also links the "legacy token" page.
 */
export function sharedPersonalTokensPage(p: PageCtx): string {
  const { app } = p;
  const { root, locale, ui } = app;
  const content = `
<h1 class="page-title gl-font-size-h-display">${esc(t(locale, 'title.personal_access_tokens'))}</h1>
<p>${esc(t(locale, 'tokens.intro.personal'))}</p>
<div id="js-shared-access-token-app"
  data-create-path="${esc(tokensPath(app, PERSONAL))}"
  data-scopes="${esc(JSON.stringify(availableScopes(PERSONAL)))}"
  data-initial-active-access-tokens="${esc(JSON.stringify(activeTokensJson(app, PERSONAL)))}"
  data-legacy-path="${ui === '18.6' ? esc(`${root}/-/user_settings/personal_access_tokens/legacy/new`) : ''}"></div>`;
  return layout(p, {
    dataPage: 'user_settings:personal_access_tokens:index',
    title: t(locale, 'title.personal_access_tokens'),
    body: {},
    content,
    scripts: ['tokens'],
    breadcrumbs: [t(locale, 'nav.settings'), t(locale, 'nav.access_tokens')],
  });
}

/** 18.6 "legacy token" page (granular tokens flag): after create the form gives way to a result view. */
export function legacyPersonalTokenPage(p: PageCtx): string {
  const { app } = p;
  const { locale } = app;
  const content = `
<h1 class="page-title gl-font-size-h-display">${esc(t(locale, 'title.legacy_token'))}</h1>
<div id="js-create-legacy-token-app"
  data-create-path="${esc(tokensPath(app, PERSONAL))}"
  data-scopes="${esc(JSON.stringify(availableScopes(PERSONAL)))}"
  data-back-path="${esc(tokensPath(app, PERSONAL))}"></div>`;
  return layout(p, {
    dataPage: 'user_settings:personal_access_tokens:legacy_new',
    title: t(locale, 'title.legacy_token'),
    body: {},
    content,
    scripts: ['tokens'],
    breadcrumbs: [t(locale, 'nav.settings'), t(locale, 'nav.access_tokens')],
  });
}
