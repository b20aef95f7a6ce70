import type { PageCtx } from '../app.ts';
import { originOf } from '../app.ts';
import { esc } from '../http.ts';
import { clientStrings, t } from '../i18n.ts';
import { uiAtLeast, type Group, type Project } from '../state.ts';

export type BodyData = Record<string, string | number | undefined>;

export interface PageSpec {
  /** controller path + action joined with ':' (document.body.dataset.page). */
  dataPage: string;
  title: string;
  body: BodyData;
  /** The group a group page belongs to: its body names it by path only (no data-namespace-id). */
  group?: Group;
  content: string;
  /** Bundles built by vite into tests/gitlab-sandbox/dist, loaded as ES modules. */
  scripts?: ('tokens' | 'ci-variables')[];
  breadcrumbs?: string[];
}

/** Body data of a project page: 15.x has data-project-id but no data-project-full-path. */
export function projectBody(p: PageCtx, project: Project): BodyData {
  const group = p.app.state.groupOf(project);
  const newer = uiAtLeast(p.app.ui, '16.6');
  return {
    'project-id': project.id,
    project: project.path,
    'project-full-path': newer ? project.fullPath : undefined,
    group: group.path,
    'group-full-path': newer ? group.fullPath : undefined,
    'namespace-id': group.id,
  };
}

/** Body data of a group page: unlike a project page, no data-namespace-id (docs/gitlab-compatibility.md). */
export function groupBody(p: PageCtx, group: Group): BodyData {
  const newer = uiAtLeast(p.app.ui, '16.6');
  return { group: group.path, 'group-full-path': newer ? group.fullPath : undefined };
}

/** A collapsible settings block; `expanded` when the URL hash names it (done in the browser) or forced. */
export function settingsSection(
  p: PageCtx,
  opts: { id: string; title: string; intro: string; content: string; expanded?: boolean; extraAttrs?: string },
): string {
  const { locale } = p.app;
  return `
<section class="settings no-animate${opts.expanded ? ' expanded' : ''}" id="${esc(opts.id)}" ${opts.extraAttrs ?? ''}>
  <div class="settings-header">
    <h4 class="settings-title js-settings-toggle js-settings-toggle-trigger-only">${esc(opts.title)}</h4>
    <button type="button" class="btn gl-button btn-default js-settings-toggle" data-expand-text="${esc(t(locale, 'settings.expand'))}" data-collapse-text="${esc(t(locale, 'settings.collapse'))}">${esc(t(locale, opts.expanded ? 'settings.collapse' : 'settings.expand'))}</button>
    <p class="gl-text-secondary">${esc(opts.intro)}</p>
  </div>
  <div class="settings-content">${opts.content}</div>
</section>`;
}

// Expands the section named by the URL hash and toggles sections on click, as GitLab's
// settings panels do. Inline so that it works even before the vite bundles exist.
const SETTINGS_SCRIPT = `
(function () {
  function setExpanded(section, expanded) {
    section.classList.toggle('expanded', expanded);
    var button = section.querySelector('.settings-header button.js-settings-toggle');
    if (button) button.textContent = expanded ? button.dataset.collapseText : button.dataset.expandText;
  }
  function fromHash() {
    var id = decodeURIComponent(location.hash.slice(1));
    var section = id && document.getElementById(id);
    if (section && section.classList.contains('settings')) setExpanded(section, true);
  }
  document.addEventListener('click', function (event) {
    var toggle = event.target.closest && event.target.closest('.js-settings-toggle');
    if (!toggle) return;
    var section = toggle.closest('section.settings');
    if (section) setExpanded(section, !section.classList.contains('expanded'));
  });
  window.addEventListener('hashchange', fromHash);
  fromHash();
})();`;

const BASE_CSS = `
body { font-family: system-ui, sans-serif; margin: 0; color: #333238; }
.navbar-gitlab { background: #1f1e24; color: #fff; padding: 8px 16px; display: flex; gap: 16px; }
.navbar-gitlab a { color: #fff; }
.layout-page { display: flex; }
.nav-sidebar { width: 220px; padding: 16px; background: #fbfafd; min-height: 100vh; }
.nav-sidebar ul { list-style: none; padding: 0; }
.content-wrapper { flex: 1; padding: 16px 24px; max-width: 1000px; }
.settings { border-bottom: 1px solid #dcdcde; padding: 16px 0; }
.settings .settings-content { max-height: 1px; overflow: hidden; visibility: hidden; }
.settings.expanded .settings-content { max-height: none; overflow: visible; visibility: visible; }
.gl-display-none, .hidden { display: none !important; }
.form-control { display: block; width: 100%; max-width: 480px; padding: 6px 8px; box-sizing: border-box; }
.form-group { margin-bottom: 16px; }
.input-copy-show-disc, .input-copy-show-disc input { -webkit-text-security: disc; }
.flash-container .flash-notice, .flash-container .flash-alert { padding: 8px 16px; margin-bottom: 8px; background: #ecf4ee; }
table { border-collapse: collapse; } td, th { border-bottom: 1px solid #dcdcde; padding: 4px 8px; text-align: left; }
`;

/**
 * The project's or group's display name, as GitLab's sidebar context header and <title> show it
 * (names are free text and may be markup: always escaped, like GitLab's HAML).
 */
function contextName(p: PageCtx, spec: PageSpec): string | null {
  const projectId = spec.body['project-id'];
  if (projectId !== undefined) return p.app.state.findProject(projectId)?.name ?? null;
  return spec.group?.name ?? null;
}

export function layout(p: PageCtx, spec: PageSpec): string {
  const { app, session } = p;
  const context = contextName(p, spec);
  const { root, ui, locale } = app;
  const bodyAttrs = Object.entries({ page: spec.dataPage, ...spec.body })
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => ` data-${k}="${esc(v)}"`)
    .join('');
  const gon = {
    api_version: 'v4',
    relative_url_root: root,
    gitlab_url: originOf(p.ctx) + root,
    current_username: app.state.currentUser.username,
    current_user_id: app.state.currentUser.id,
    version: `${ui}.0`,
    sandbox: { ui, locale, i18n: clientStrings(locale) },
  };
  const scripts = (spec.scripts ?? [])
    .map((name) => `<script type="module" src="${root}/assets/sandbox/${name}.js"></script>`)
    .join('\n');
  const flash = session.flash.notice ? `<div class="flash-notice" data-testid="alert-info">${esc(session.flash.notice)}</div>` : '';
  delete session.flash.notice;
  return `<!DOCTYPE html>
<html lang="${locale}" class="">
<head>
<meta charset="utf-8">
<title>${esc(spec.title)}${context === null ? '' : ` · ${esc(context)}`} · GitLab</title>
<link rel="icon" href="${root}/favicon.ico">
<meta name="csrf-param" content="authenticity_token">
<meta name="csrf-token" content="${esc(session.csrfToken)}">
<link rel="stylesheet" href="${root}/assets/sandbox/ci-variables.css">
<style>${BASE_CSS}</style>
<script>window.gon=${JSON.stringify(gon).replace(/</g, '\\u003c')};</script>
${scripts}
</head>
<body class="ui-indigo tab-width-8 gl-browser-chrome gl-platform-linux"${bodyAttrs}>
<header class="navbar navbar-gitlab" data-testid="navbar">
  <a class="brand-logo" href="${root}/">GitLab</a>
  <a href="${root}/dashboard/projects">${esc(t(locale, 'nav.projects'))}</a>
  <a href="${root}/dashboard/groups">${esc(t(locale, 'nav.groups'))}</a>
  <a href="${root}/admin">${esc(t(locale, 'nav.admin'))}</a>
</header>
<div class="layout-page">
  <aside class="nav-sidebar" aria-label="sidebar">${context === null ? '' : `<div class="context-header" data-testid="sidebar-context-title">${esc(context)}</div>`}${sidebar(p)}</aside>
  <div class="content-wrapper">
    <nav class="breadcrumbs" aria-label="Breadcrumb">${(spec.breadcrumbs ?? []).map(esc).join(' / ')}</nav>
    <div class="flash-container flash-container-page sticky" data-testid="flash-container">${flash}</div>
    <main class="content" id="content-body" itemscope itemtype="http://schema.org/SoftwareSourceCode">
${spec.content}
    </main>
  </div>
</div>
<script>${SETTINGS_SCRIPT}</script>
</body>
</html>`;
}

function sidebar(p: PageCtx): string {
  const { root, locale } = p.app;
  const links: [string, string][] = [];
  for (const project of p.app.state.projects) {
    links.push([`${root}/${project.fullPath}/-/settings/access_tokens`, `${project.fullPath}: ${t(locale, 'nav.access_tokens')}`]);
    links.push([`${root}/${project.fullPath}/-/settings/ci_cd`, `${project.fullPath}: ${t(locale, 'nav.ci_cd')}`]);
  }
  return `<ul>${links.map(([href, label]) => `<li><a href="${esc(href)}">${esc(label)}</a></li>`).join('')}</ul>`;
}
