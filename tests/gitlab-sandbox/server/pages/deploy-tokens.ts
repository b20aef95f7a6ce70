import type { PageCtx } from '../app.ts';
import { esc } from '../http.ts';
import { t } from '../i18n.ts';
import { uiAtLeast, type Token } from '../state.ts';
import { groupBody, layout, projectBody, settingsSection } from './layout.ts';

export type DeployOwner = { kind: 'project'; project: import('../state.ts').Project } | { kind: 'group'; group: import('../state.ts').Group };

export function deployBase(p: PageCtx, owner: DeployOwner): string {
  const { root } = p.app;
  return owner.kind === 'project' ? `${root}/${owner.project.fullPath}/-` : `${root}/groups/${owner.group.fullPath}/-`;
}

export const DEPLOY_SCOPES = ['read_repository', 'read_registry', 'write_registry', 'read_package_registry', 'write_package_registry'];

export function deployScopesFor(owner: DeployOwner): string[] {
  const registry = owner.kind === 'group' || owner.project.registryEnabled;
  return DEPLOY_SCOPES.filter((s) => registry || !s.endsWith('_registry') || s.includes('package'));
}

/**
 * Settings > Repository with the Deploy tokens section (#js-deploy-tokens).
 *   15.0   HAML form, classic POST; the result page (data-page ...:create_deploy_token) shows
 *          input#deploy-token-user and input#deploy-token in .created-deploy-token-container.
 *   15.11+ Vue form (#js-new-deploy-token, replaced by the app), JSON POST; the new token in
 *          name="deploy-token-user" / name="deploy-token": 15.11 inline in
 *          .created-deploy-token-container.info-well (generated ids), 16.6+ in a success alert,
 *          which 18.6 renders into #new-deploy-token-alert.
 */
export function repositoryPage(p: PageCtx, owner: DeployOwner, opts: { created?: Token; errors?: string[] } = {}): string {
  const { app } = p;
  const { ui, locale } = app;
  const classic = !uiAtLeast(ui, '15.11');
  const base = deployBase(p, owner);
  const registry = owner.kind === 'group' || owner.project.registryEnabled;
  const deployContent = `
${ui === '18.6' ? '<div id="new-deploy-token-alert"></div>' : ''}
${classic && opts.created ? createdDeployToken(p, opts.created) : ''}
${classic ? hamlDeployForm(p, owner, opts.errors) : `<div id="js-new-deploy-token" class="js-new-deploy-token"
  data-create-new-token-path="${esc(`${base}/settings/repository/deploy_token/create`)}"
  data-token-type="${owner.kind}"
  data-container-registry-enabled="${registry}"
  data-packages-registry-enabled="true"
  data-scopes="${esc(JSON.stringify(deployScopesFor(owner)))}"></div>`}
${deployTable(p, owner)}`;
  const content = `
${settingsSection(p, { id: 'js-protected-branches-settings', title: t(locale, 'repo.protected_branches'), intro: t(locale, 'repo.protected_branches.intro'), content: '<p>—</p>' })}
${settingsSection(p, {
  id: 'js-deploy-tokens',
  title: t(locale, 'deploy.title'),
  intro: t(locale, 'deploy.intro'),
  content: deployContent,
  // A just-created (HAML) token, or errors, open the section as GitLab does.
  expanded: Boolean(opts.created || opts.errors?.length),
  extraAttrs: uiAtLeast(ui, '16.6') ? 'data-testid="deploy-tokens-settings-content"' : 'data-qa-selector="deploy_tokens_settings_content"',
})}`;
  const created = classic && (opts.created || opts.errors);
  return layout(p, {
    dataPage: `${owner.kind === 'project' ? 'projects' : 'groups'}:settings:repository:${created ? 'create_deploy_token' : 'show'}`,
    title: t(locale, 'title.repository'),
    body: owner.kind === 'project' ? projectBody(p, owner.project) : groupBody(p, owner.group),
    group: owner.kind === 'group' ? owner.group : undefined,
    content,
    scripts: ['tokens'],
    breadcrumbs: [owner.kind === 'project' ? owner.project.fullPath : owner.group.fullPath, t(locale, 'nav.settings'), t(locale, 'nav.repository')],
  });
}

function copyButton(text: string, title: string): string {
  return `<span class="input-group-append"><button class="btn btn-clipboard gl-button btn-default btn-icon input-group-text" data-clipboard-text="${esc(text)}" type="button" title="${esc(title)}" aria-label="${esc(title)}">⧉</button></span>`;
}

function createdDeployToken(p: PageCtx, token: Token): string {
  const { locale } = p.app;
  return `
<div class="created-deploy-token-container info-well">
  <div class="well-segment">
    <h5>${esc(t(locale, 'js.deploy.your_new'))}</h5>
    <div class="form-group"><div class="input-group">
      <input type="text" name="deploy-token-user" id="deploy-token-user" value="${esc(token.username)}" class="deploy-token-field form-control js-select-on-focus" readonly="readonly" data-qa-selector="deploy_token_user_field">
      ${copyButton(token.username, t(locale, 'js.deploy.copy_username'))}
    </div><span class="deploy-token-help-block gl-mt-2 text-success">${esc(t(locale, 'js.deploy.username_label'))}</span></div>
    <div class="form-group"><div class="input-group">
      <input type="text" name="deploy-token" id="deploy-token" value="${esc(token.token)}" class="deploy-token-field form-control js-select-on-focus" readonly="readonly" data-qa-selector="deploy_token_field">
      ${copyButton(token.token, t(locale, 'js.deploy.copy_token'))}
    </div><span class="deploy-token-help-block gl-mt-2 text-danger">${esc(t(locale, 'js.tokens.save_it'))}</span></div>
  </div>
</div>`;
}

function hamlDeployForm(p: PageCtx, owner: DeployOwner, errors?: string[]): string {
  const { app, session } = p;
  const { locale } = app;
  const scopes = deployScopesFor(owner)
    .map(
      (scope) => `
  <fieldset class="form-group form-check">
    <input name="deploy_token[${scope}]" type="hidden" value="0" autocomplete="off">
    <input class="form-check-input" data-qa-selector="deploy_token_${scope}_checkbox" type="checkbox" value="1" name="deploy_token[${scope}]" id="deploy_token_${scope}">
    <label class="label-bold form-check-label" for="deploy_token_${scope}">${scope}</label>
    <div class="text-secondary">${esc(t(locale, `scope.${scope}`))}</div>
  </fieldset>`,
    )
    .join('');
  const errorBox = errors?.length
    ? `<div class="gl-alert gl-alert-danger" data-testid="errors-alert"><ul>${errors.map((e) => `<li>${esc(e)}</li>`).join('')}</ul></div>`
    : '';
  return `
<h5 class="gl-mt-0">${esc(t(locale, 'js.deploy.new'))}</h5>
<form class="new_deploy_token" id="new_deploy_token" action="${esc(`${deployBase(p, owner)}/settings/repository/deploy_token/create`)}#js-deploy-tokens" accept-charset="UTF-8" method="post">
  <input type="hidden" name="authenticity_token" value="${esc(session.csrfToken)}" autocomplete="off">
  ${errorBox}
  <div class="form-group">
    <label class="label-bold" for="deploy_token_name">${esc(t(locale, 'js.deploy.name'))}</label>
    <input class="form-control" required="required" data-qa-selector="deploy_token_name_field" type="text" name="deploy_token[name]" id="deploy_token_name">
  </div>
  <div class="form-group">
    <label class="label-bold" for="deploy_token_expires_at">${esc(t(locale, 'js.deploy.expires_at'))}</label>
    <input class="datepicker form-control" placeholder="YYYY-MM-DD" data-qa-selector="deploy_token_expires_at_field" type="text" name="deploy_token[expires_at]" id="deploy_token_expires_at">
  </div>
  <div class="form-group">
    <label class="label-bold" for="deploy_token_username">${esc(t(locale, 'js.deploy.username'))}</label>
    <input class="form-control" type="text" name="deploy_token[username]" id="deploy_token_username">
    <small class="form-text text-muted">${esc(t(locale, 'js.deploy.username_help'))}</small>
  </div>
  <div class="form-group"><label class="label-bold">${esc(t(locale, 'js.deploy.scopes'))}</label>${scopes}</div>
  <div class="gl-mt-3">
    <input type="submit" name="commit" value="${esc(t(locale, 'js.deploy.create'))}" class="btn gl-button btn-confirm" data-qa-selector="create_deploy_token_button" data-disable-with="${esc(t(locale, 'js.deploy.create'))}">
  </div>
</form>
<hr>`;
}

function deployTable(p: PageCtx, owner: DeployOwner): string {
  const { app } = p;
  const { locale, state } = app;
  const resourceId = owner.kind === 'project' ? owner.project.id : owner.group.id;
  const tokens = state.tokens.filter((tk) => tk.kind === 'deploy' && tk.resourceType === owner.kind && tk.resourceId === resourceId && state.isLive(tk));
  const base = deployBase(p, owner);
  const rows = tokens
    .map(
      (tk) => `<tr data-deploy-token-id="${tk.id}"><td>${esc(tk.name)}</td><td>${esc(tk.username)}</td><td>${esc(tk.createdAt.slice(0, 10))}</td><td>${esc(tk.expiresAt ?? t(locale, 'js.tokens.never'))}</td><td>${esc(tk.scopes.join(', '))}</td>
<td><a class="btn gl-button btn-danger btn-sm" data-confirm="${esc(t(locale, 'js.tokens.revoke_confirm'))}" data-method="put" rel="nofollow" data-testid="revoke-button" href="${esc(`${base}/deploy_tokens/${tk.id}/revoke`)}">${esc(t(locale, 'js.tokens.revoke'))}</a></td></tr>`,
    )
    .join('');
  return `
<h5>${esc(t(locale, 'deploy.active'))} (${tokens.length})</h5>
${tokens.length ? `<table class="table deploy-tokens"><thead><tr><th>${esc(t(locale, 'js.deploy.name'))}</th><th>${esc(t(locale, 'deploy.col.username'))}</th><th>${esc(t(locale, 'js.tokens.col.created'))}</th><th>${esc(t(locale, 'js.tokens.col.expires'))}</th><th>${esc(t(locale, 'js.tokens.col.scopes'))}</th><th></th></tr></thead><tbody>${rows}</tbody></table>` : `<div class="settings-message text-center">${esc(t(locale, 'deploy.none'))}</div>`}`;
}
