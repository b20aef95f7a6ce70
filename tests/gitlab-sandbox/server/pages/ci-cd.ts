import type { PageCtx } from '../app.ts';
import { esc } from '../http.ts';
import { t } from '../i18n.ts';
import { MASKABLE_RAW_REGEX, MASKABLE_REGEX, rawRuleApplies, uiAtLeast, type Group, type Project } from '../state.ts';
import { groupBody, layout, projectBody, settingsSection } from './layout.ts';

export type CiOwner = { kind: 'project'; project: Project } | { kind: 'group'; group: Group } | { kind: 'instance' };

/** The Rails endpoint the CI/CD variables app saves to (data-endpoint). */
export function variablesEndpoint(root: string, owner: CiOwner): string {
  if (owner.kind === 'project') return `${root}/${owner.project.fullPath}/-/variables`;
  if (owner.kind === 'group') return `${root}/groups/${owner.group.fullPath}/-/variables`;
  return `${root}/admin/ci/variables`;
}

/**
 * The raw-value masking rule as the page states it: absent in 15.0; in 15.11 the strict rule,
 * or ^\S{8,}$ with the feature flag ci_remove_character_limitation_raw_masked_var on;
 * ^\S{8,}$ from 16.6.
 */
function rawRegexAttr(p: PageCtx): string {
  const { ui, rawMaskedVariablesFlag } = p.app;
  if (ui === '15.0') return '';
  return ` data-maskable-raw-regex="${esc(rawRuleApplies(ui, rawMaskedVariablesFlag) ? MASKABLE_RAW_REGEX : MASKABLE_REGEX)}"`;
}

/** The CI/CD settings shell: the variables section holds the mount element the Vue app replaces. */
export function ciCdPage(p: PageCtx, owner: CiOwner): string {
  const { app } = p;
  const { root, locale, ui, protectedByDefault } = app;
  const project = owner.kind === 'project' ? owner.project : undefined;
  const group = owner.kind === 'group' ? owner.group : project ? app.state.groupOf(project) : undefined;
  const mountId = owner.kind === 'instance' ? 'js-instance-variables' : 'js-ci-variables';
  const mount = `<div id="${mountId}"
  data-endpoint="${esc(variablesEndpoint(root, owner))}"
  data-project-id="${project ? project.id : ''}"
  data-project-full-path="${project ? esc(project.fullPath) : ''}"
  data-group-id="${owner.kind === 'group' ? owner.group.id : ''}"
  data-group-path="${owner.kind === 'group' ? esc(owner.group.fullPath) : ''}"
  data-is-group="${owner.kind === 'group'}"
  data-maskable-regex="${esc(MASKABLE_REGEX)}"${rawRegexAttr(p)}
  data-protected-by-default="${protectedByDefault}"
  data-ui="${ui}"></div>`;
  const sectionId = owner.kind === 'project' ? 'js-cicd-variables-settings' : owner.kind === 'group' ? 'ci-variables' : 'js-ci-cd-variables';
  const content = `
${settingsSection(p, { id: 'js-general-pipeline-settings', title: t(locale, 'cicd.general'), intro: t(locale, 'cicd.general.intro'), content: '<p>—</p>' })}
${settingsSection(p, {
  id: sectionId,
  title: t(locale, 'cicd.variables'),
  intro: t(locale, 'cicd.variables.intro'),
  content: mount,
  extraAttrs: uiAtLeast(ui, '16.6') ? 'data-testid="variables-settings"' : 'data-qa-selector="variables_settings_content"',
})}
${settingsSection(p, { id: 'js-runners-settings', title: t(locale, 'cicd.runners'), intro: t(locale, 'cicd.runners.intro'), content: '<p>—</p>' })}`;
  const dataPage = owner.kind === 'project' ? 'projects:settings:ci_cd:show' : owner.kind === 'group' ? 'groups:settings:ci_cd:show' : 'admin:application_settings:ci_cd';
  return layout(p, {
    dataPage,
    title: t(locale, 'title.ci_cd'),
    body: project ? projectBody(p, project) : group ? groupBody(p, group) : {},
    group,
    content,
    scripts: ['ci-variables'],
    breadcrumbs: [project?.fullPath ?? group?.fullPath ?? t(locale, 'nav.admin'), t(locale, 'nav.settings'), t(locale, 'nav.ci_cd')],
  });
}
