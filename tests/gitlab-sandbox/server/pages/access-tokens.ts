import type { PageCtx } from '../app.ts';
import { esc } from '../http.ts';
import { t } from '../i18n.ts';
import { uiAtLeast } from '../state.ts';
import { activeTokensJson, availableScopes, tokensPath, type TokenOwner } from '../tokens-shared.ts';
import { groupBody, layout, projectBody, type PageSpec } from './layout.ts';

/**
 * The access token page with the HAML creation form: project and group tokens in every
 * generation, personal tokens up to 16.6 (17.6+ personal pages are in personal-tokens.ts).
 *   15.0  classic POST, full reload, token server-rendered in #created-personal-access-token
 *   15.11 same form posted as XHR by Rails-UJS (data-remote), NewAccessTokenApp shows the token
 *   16.6+ form hidden behind [data-testid=add-new-token-button], Pajamas button submit
 */
export function accessTokensPage(p: PageCtx, owner: TokenOwner, opts: { createdToken?: string; errors?: string[]; values?: FormValues } = {}): string {
  const { app } = p;
  const { ui, locale } = app;
  const kind = owner.kind;
  const classic = !uiAtLeast(ui, '15.11');
  const hiddenForm = uiAtLeast(ui, '16.6');
  const created = opts.createdToken;
  const content = `
<div class="row gl-mt-3 js-search-settings-section">
  <div class="col-lg-12">
    <h1 class="page-title gl-font-size-h-display">${esc(t(locale, `title.${kind}_access_tokens`))}</h1>
    <p>${esc(t(locale, `tokens.intro.${kind}`))}</p>
  </div>
  <div class="col-lg-12">
    ${classic && created ? createdTokenContainer(p, owner, created) : ''}
    ${classic ? '' : `<div id="js-new-access-token-app" data-access-token-type="${kind}"></div>`}
    ${hiddenForm ? addNewTokenCard(p, owner, opts) : formCard(p, owner, opts)}
    <div id="js-access-token-table-app"
      data-access-token-type="${kind}"
      data-initial-active-access-tokens="${esc(JSON.stringify(activeTokensJson(app, owner)))}"
      data-show-role="${kind === 'personal' ? 'false' : 'true'}"></div>
  </div>
</div>`;
  return layout(p, { ...pageFrame(p, owner), content, scripts: ['tokens'] });
}

function pageFrame(p: PageCtx, owner: TokenOwner): Omit<PageSpec, 'content'> {
  const { ui, locale } = p.app;
  if (owner.kind === 'project') {
    return {
      dataPage: 'projects:settings:access_tokens:index',
      title: t(locale, 'title.project_access_tokens'),
      body: projectBody(p, owner.project),
      breadcrumbs: [owner.project.fullPath, t(locale, 'nav.settings'), t(locale, 'nav.access_tokens')],
    };
  }
  if (owner.kind === 'group') {
    return {
      dataPage: 'groups:settings:access_tokens:index',
      title: t(locale, 'title.group_access_tokens'),
      body: groupBody(p, owner.group),
      group: owner.group,
      breadcrumbs: [owner.group.fullPath, t(locale, 'nav.settings'), t(locale, 'nav.access_tokens')],
    };
  }
  return {
    dataPage: uiAtLeast(ui, '16.6') ? 'user_settings:personal_access_tokens:index' : 'profiles:personal_access_tokens:index',
    title: t(locale, 'title.personal_access_tokens'),
    body: {},
    breadcrumbs: [t(locale, 'nav.settings'), t(locale, 'nav.access_tokens')],
  };
}

/** The full-reload era's result: a server-rendered input holding the secret. */
function createdTokenContainer(p: PageCtx, owner: TokenOwner, token: string): string {
  const { locale } = p.app;
  return `
<div class="created-personal-access-token-container">
  <h5 class="gl-mt-0">${esc(t(locale, `js.tokens.new.${owner.kind}`))}</h5>
  <div class="form-group">
    <div class="input-group">
      <input type="text" name="created-personal-access-token" id="created-personal-access-token" value="${esc(token)}" class="form-control js-select-on-focus" readonly="readonly" aria-describedby="created-token-help-block" data-qa-selector="created_access_token_field">
      <span class="input-group-append">
        <button class="btn btn-clipboard gl-button btn-default btn-icon input-group-text" data-toggle="tooltip" data-placement="bottom" data-container="body" data-title="${esc(t(locale, 'js.tokens.copy'))}" data-clipboard-text="${esc(token)}" type="button" title="${esc(t(locale, 'js.tokens.copy'))}" aria-label="${esc(t(locale, 'js.tokens.copy'))}">⧉</button>
      </span>
    </div>
    <span class="form-text text-muted text-danger" id="created-token-help-block">${esc(t(locale, 'js.tokens.save_it'))}</span>
  </div>
</div>
<hr>`;
}

export interface FormValues {
  name?: string;
  expiresAt?: string;
  accessLevel?: number;
  scopes?: string[];
}

function addNewTokenCard(p: PageCtx, owner: TokenOwner, opts: { errors?: string[]; values?: FormValues }): string {
  const { locale } = p.app;
  return `
<div class="gl-new-card js-toggle-container" id="js-token-card">
  <div class="gl-new-card-header">
    <h3 class="gl-new-card-title">${esc(t(locale, `js.tokens.active.${owner.kind}`))}</h3>
    <div class="gl-new-card-actions">
      <button type="button" class="btn gl-button btn-default btn-sm js-toggle-button js-toggle-content" data-testid="add-new-token-button">${esc(t(locale, 'js.tokens.add_new_button'))}</button>
    </div>
  </div>
  <div class="gl-new-card-add-form gl-m-3 js-toggle-content gl-display-none" data-testid="add-new-token-form">
    ${tokenForm(p, owner, opts)}
  </div>
</div>`;
}

function formCard(p: PageCtx, owner: TokenOwner, opts: { errors?: string[]; values?: FormValues }): string {
  const { locale } = p.app;
  const addKey = owner.kind === 'project' ? 'tokens.add_new' : `tokens.add_new.${owner.kind}`;
  return `<h5 class="gl-mt-0">${esc(t(locale, addKey))}</h5>${tokenForm(p, owner, opts)}<hr>`;
}

/**
 * The HAML form; ids, names and qa selectors per generation (docs/gitlab-compatibility.md). A
 * remote form (15.11+, `data-remote="true"`) is submitted by Rails-UJS and, as Rails renders
 * remote forms by default, carries no authenticity_token field: the CSRF token travels in the
 * X-CSRF-Token header that UJS takes from the page's meta tag.
 */
function tokenForm(p: PageCtx, owner: TokenOwner, opts: { errors?: string[]; values?: FormValues }): string {
  const { app, session } = p;
  const { ui, locale } = app;
  const prefix = owner.kind === 'personal' ? 'personal_access_token' : 'resource_access_token';
  const newer = uiAtLeast(ui, '16.6');
  const remote = uiAtLeast(ui, '15.11');
  const values = opts.values ?? {};
  const sel = (qa: string, testid: string) => (newer ? `data-testid="${testid}"` : `data-qa-selector="${qa}"`);
  const errors = opts.errors?.length
    ? `<div class="gl-alert gl-alert-danger" data-testid="errors-alert"><div class="gl-alert-body"><p>${esc(t(locale, 'errors.heading'))}</p><ul>${opts.errors.map((e) => `<li>${esc(e)}</li>`).join('')}</ul></div></div>`
    : '';
  const role =
    owner.kind === 'personal'
      ? ''
      : `
  <div class="form-group">
    <label class="label-bold" for="${prefix}_access_level">${esc(t(locale, 'tokens.role'))}</label>
    <select class="form-control select-control" ${sel('access_token_access_level', 'access-token-role-field')} name="${prefix}[access_level]" id="${prefix}_access_level">
      ${[10, 20, 30, 40, 50]
        .filter((level) => owner.kind === 'group' || level <= 50)
        .map((level) => `<option value="${level}"${(values.accessLevel ?? 10) === level ? ' selected="selected"' : ''}>${esc(t(locale, `role.${level}`))}</option>`)
        .join('')}
    </select>
  </div>`;
  const scopes = availableScopes(owner)
    .map((scope) => {
      const checked = values.scopes?.includes(scope) ? ' checked="checked"' : '';
      return `
    <div class="gl-form-checkbox custom-control custom-checkbox">
      <input type="checkbox" class="custom-control-input" name="${prefix}[scopes][]" id="${prefix}_scopes_${scope}" value="${scope}"${checked} ${sel(`${scope}_checkbox`, `${scope}-checkbox`)}>
      <label class="custom-control-label" for="${prefix}_scopes_${scope}"><span>${scope}</span><p class="help-text gl-text-secondary">${esc(t(locale, `scope.${scope}`))}</p></label>
    </div>`;
    })
    .join('');
  const createLabel = t(locale, `tokens.create.${owner.kind}`);
  const submit = newer
    ? `<button type="submit" class="btn gl-button btn-confirm" data-testid="create-token-button">${esc(createLabel)}</button>
       <button type="button" class="btn gl-button btn-default js-toggle-button" data-testid="cancel-button">${esc(t(locale, 'js.tokens.cancel'))}</button>`
    : `<input type="submit" name="commit" value="${esc(createLabel)}" class="btn gl-button btn-confirm" data-qa-selector="create_token_button" data-disable-with="${esc(createLabel)}">`;
  return `
<form class="js-requires-input" id="js-new-access-token-form" ${remote ? 'data-remote="true" ' : ''}action="${esc(tokensPath(app, owner))}" accept-charset="UTF-8" method="post">
  ${remote ? '' : `<input type="hidden" name="authenticity_token" value="${esc(session.csrfToken)}" autocomplete="off">`}
  ${errors}
  <div class="row"><div class="form-group col-md-6">
    <label class="label-bold" for="${prefix}_name">${esc(t(locale, 'tokens.name'))}</label>
    <input class="form-control gl-form-input" required="required" ${sel('access_token_name_field', 'access-token-name-field')} type="text" name="${prefix}[name]" id="${prefix}_name" value="${esc(values.name ?? '')}">
    <small class="form-text text-gl-muted">${esc(t(locale, 'tokens.name_help'))}</small>
  </div></div>
  <div class="row"><div class="form-group col-md-6">
    <label class="label-bold" for="${prefix}_expires_at">${esc(t(locale, 'tokens.expires_at'))}</label>
    <input class="datepicker gl-datepicker-input form-control gl-form-input" placeholder="YYYY-MM-DD" autocomplete="off" ${sel('expiry_date_field', 'expiry-date-field')} type="text" name="${prefix}[expires_at]" id="${prefix}_expires_at" value="${esc(values.expiresAt ?? '')}">
  </div></div>
  ${role}
  <div class="form-group">
    <b>${esc(t(locale, 'tokens.scopes'))}</b>
    <p class="gl-text-secondary">${esc(t(locale, 'tokens.scopes_help'))}</p>
    ${scopes}
  </div>
  <div class="gl-mt-3">${submit}</div>
</form>`;
}
