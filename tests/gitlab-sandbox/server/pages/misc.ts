import type { PageCtx } from '../app.ts';
import { esc } from '../http.ts';
import { t } from '../i18n.ts';
import type { Project } from '../state.ts';
import { layout, projectBody } from './layout.ts';

/** Pages where the extension must stay idle: issues, a merge request, a project home, the dashboard. */
export function issuesPage(p: PageCtx, project: Project): string {
  const { locale } = p.app;
  return layout(p, {
    dataPage: 'projects:issues:index',
    title: t(locale, 'title.issues'),
    body: projectBody(p, project),
    content: `<h1 class="page-title">${esc(t(locale, 'title.issues'))}</h1><div class="issues-list" data-testid="issuable-list"><p>${esc(t(locale, 'issues.empty'))}</p></div>`,
    breadcrumbs: [project.fullPath, t(locale, 'nav.issues')],
  });
}

export function mergeRequestPage(p: PageCtx, project: Project, iid: number): string {
  const { locale } = p.app;
  return layout(p, {
    dataPage: 'projects:merge_requests:show',
    title: `${t(locale, 'title.merge_request')} !${iid}`,
    body: projectBody(p, project),
    content: `<h1 class="page-title" data-testid="title-content">!${iid}</h1><div class="description"><p>${esc(t(locale, 'mr.body'))}</p>
<pre>DOCKER_AUTH_CONFIG: {"auths":{}}</pre><input type="text" id="merge-request-note" name="note" value=""></div>`,
    breadcrumbs: [project.fullPath, t(locale, 'nav.merge_requests'), `!${iid}`],
  });
}

export function projectHomePage(p: PageCtx, project: Project): string {
  return layout(p, {
    dataPage: 'projects:show',
    title: project.name,
    body: projectBody(p, project),
    content: `<h1 class="page-title">${esc(project.name)}</h1><p>${esc(project.fullPath)}</p>`,
    breadcrumbs: [project.fullPath],
  });
}

export function dashboardPage(p: PageCtx): string {
  const { root, locale, state } = p.app;
  const items = state.projects.map((pr) => `<li><a href="${esc(`${root}/${pr.fullPath}`)}">${esc(pr.fullPath)}</a></li>`).join('');
  return layout(p, {
    dataPage: 'dashboard:projects:index',
    title: t(locale, 'title.dashboard'),
    body: {},
    content: `<h1 class="page-title">${esc(t(locale, 'title.dashboard'))}</h1><ul class="projects-list">${items}</ul>`,
  });
}

export function notFoundPage(p: PageCtx): string {
  const { locale } = p.app;
  return layout(p, {
    dataPage: 'errors:not_found',
    title: t(locale, 'not_found'),
    body: {},
    content: `<h1>404</h1><p>${esc(t(locale, 'not_found'))}</p>`,
  });
}
