import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HOSTILE_NAMES, startGitLab, UIS, type SandboxGitLab } from './server/index.ts';
import { sandboxRequest as req, signIn } from './server/request.ts';

// The local GitLab with names that are markup (issue 7), at the HTTP level: like GitLab it keeps
// the names as typed in its API answers and page data, and escapes them in its own HTML, so the
// page itself is not the XSS. Opt-in: startGitLab({ hostileNames: true }).

const { img: IMG, script: SCRIPT } = HOSTILE_NAMES;
const escaped = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
const unescaped = (s: string) => s.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

it('seeds no hostile names unless asked', async () => {
  const gl = await startGitLab({ ui: '17.6', locale: 'en' });
  try {
    expect(gl.state().projects.map((p) => p.fullPath)).not.toContain('acme/hostile/app');
    expect(gl.state().groups.map((g) => g.fullPath)).not.toContain('acme/hostile');
  } finally {
    await gl.stop();
  }
});

for (const ui of UIS) {
  describe(`local GitLab ${ui} with hostile names`, () => {
    let gl: SandboxGitLab;
    let cookie: string;
    let csrf: string;
    beforeAll(async () => {
      gl = await startGitLab({ ui, locale: 'en', relativeRoot: '', hostileNames: true });
      ({ cookie, csrf } = await signIn(gl));
    });
    afterAll(() => gl.stop());

    it.each([
      ['project access tokens', '/acme/hostile/app/-/settings/access_tokens', SCRIPT],
      ['project CI/CD settings', '/acme/hostile/app/-/settings/ci_cd', SCRIPT],
      ['project repository settings', '/acme/hostile/app/-/settings/repository', SCRIPT],
      ['group access tokens', '/groups/acme/hostile/-/settings/access_tokens', IMG],
      ['group CI/CD settings', '/groups/acme/hostile/-/settings/ci_cd', IMG],
    ])('%s: the name is in the page escaped, never raw', async (_, path, name) => {
      const res = await req(gl, 'GET', path, { headers: { Cookie: cookie } });
      expect(res.status).toBe(200);
      expect(res.text).toContain(`<title>`);
      expect(res.text).toMatch(new RegExp(`<title>[^<]* · ${escaped(name).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} · GitLab</title>`));
      expect(res.text).toContain(`data-testid="sidebar-context-title">${escaped(name)}</div>`);
      expect(res.text).not.toContain(IMG);
      expect(res.text).not.toContain(SCRIPT);
      // Paths stay paths: the body data names the project or group by path only.
      expect(res.text).not.toMatch(/data-(project|group)(-full-path)?="[^"]*&lt;/);
    });

    it('the API answers with the names as typed', async () => {
      const project = (await req(gl, 'GET', '/api/v4/projects/acme%2Fhostile%2Fapp', { headers: { Cookie: cookie } })).json();
      expect(project).toMatchObject({ id: 45, name: SCRIPT, path: 'app', path_with_namespace: 'acme/hostile/app', name_with_namespace: `${IMG} / ${SCRIPT}` });
      expect(project.namespace).toMatchObject({ name: IMG, path: 'hostile', full_path: 'acme/hostile' });
      const group = (await req(gl, 'GET', '/api/v4/groups/12', { headers: { Cookie: cookie } })).json();
      expect(group).toMatchObject({ name: IMG, path: 'hostile', full_path: 'acme/hostile', full_name: `Acme / ${IMG}` });
    });

    it('a token named with markup: raw in the creation answer and the API, escaped in the page data and HTML', async () => {
      const created = await req(gl, 'POST', '/acme/hostile/app/-/settings/access_tokens', {
        headers: { Cookie: cookie, 'X-CSRF-Token': csrf, Accept: 'application/json' },
        body: { resource_access_token: { name: IMG, scopes: ['read_registry'], access_level: 20 } },
      });
      expect(created.status).toBe(200);
      const answer = created.json();
      expect(answer.active_access_tokens.map((t: { name: string }) => t.name)).toContain(IMG);
      const token = gl.state().tokens.at(-1)!;
      expect(token.name).toBe(IMG);
      // The bot user is named after the token (GitLab does the same); its username is a path.
      const bot = (await req(gl, 'GET', `/api/v4/users/${token.userId}`, { headers: { Cookie: cookie } })).json();
      expect(bot.name).toBe(IMG);
      expect(bot.username).toMatch(/^project_45_bot_[0-9a-f]{32}$/);
      const listed = (await req(gl, 'GET', '/api/v4/projects/45/access_tokens', { headers: { Cookie: cookie } })).json();
      expect(listed.map((t: { name: string }) => t.name)).toContain(IMG);

      const page = (await req(gl, 'GET', '/acme/hostile/app/-/settings/access_tokens', { headers: { Cookie: cookie } })).text;
      expect(page).not.toContain(IMG);
      const attribute = /data-initial-active-access-tokens="([^"]*)"/.exec(page)?.[1];
      expect(JSON.parse(unescaped(attribute!)).map((t: { name: string }) => t.name)).toContain(IMG);
    });

    it('a deploy token named with markup: raw in the creation answer, escaped in the token table', async () => {
      const created = await req(gl, 'POST', '/acme/hostile/app/-/settings/repository/deploy_token/create', {
        headers: { Cookie: cookie, 'X-CSRF-Token': csrf, Accept: 'application/json' },
        body: { deploy_token: { name: SCRIPT, read_registry: true } },
      });
      expect(created.status).toBe(201);
      expect(created.json().name).toBe(SCRIPT);
      const page = (await req(gl, 'GET', '/acme/hostile/app/-/settings/repository', { headers: { Cookie: cookie } })).text;
      expect(page).toContain(`<td>${escaped(SCRIPT)}</td>`);
      expect(page).not.toContain(SCRIPT);
    });
  });
}
