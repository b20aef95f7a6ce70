import { afterEach, describe, expect, it, vi } from 'vitest';
import { gitLabApi } from '../../../utils/background/gitlab-api';

// GitLab's REST lists are paginated (docs/gitlab-compatibility.md, "What GitLab's components do"):
// a token listed on page 2 must still be found by credential health.
afterEach(() => {
  vi.unstubAllGlobals();
});

/** GitLab answering a list of `total` items, `per_page` at a time, with its X-Next-Page header. */
function paginatedGitLab(total: number) {
  const asked: string[] = [];
  vi.stubGlobal('fetch', async (url: URL | string) => {
    const address = new URL(String(url));
    asked.push(`${address.pathname}${address.search}`);
    const perPage = Math.min(Number(address.searchParams.get('per_page') ?? 20), 100);
    const page = Number(address.searchParams.get('page') ?? 1);
    const items = Array.from({ length: total }, (_, index) => ({ id: index + 1 })).slice((page - 1) * perPage, page * perPage);
    const next = page * perPage < total ? String(page + 1) : '';
    return new Response(JSON.stringify(items), { headers: { 'content-type': 'application/json', 'x-next-page': next } });
  });
  return asked;
}

describe('getAll: every page of a GitLab list', () => {
  const api = gitLabApi({ origin: 'https://git.example.test', relativeRoot: '' });

  it('follows X-Next-Page, 100 a page, until GitLab says there is no next page', async () => {
    const asked = paginatedGitLab(230);
    const items = (await api.getAll('projects/acme%2Fbackend/deploy_tokens')) as Array<{ id: number }>;
    expect(items.map((item) => item.id)).toEqual(Array.from({ length: 230 }, (_, index) => index + 1));
    expect(asked).toEqual([1, 2, 3].map((page) => `/api/v4/projects/acme%2Fbackend/deploy_tokens?per_page=100&page=${page}`));
  });

  it('reads one page when the list fits in it', async () => {
    const asked = paginatedGitLab(7);
    expect(((await api.getAll('groups/9/access_tokens')) as unknown[]).length).toBe(7);
    expect(asked).toHaveLength(1);
  });

  it('stops after its page limit instead of following a list without end', async () => {
    const asked = paginatedGitLab(5_000);
    expect(((await api.getAll('groups/9/access_tokens', 3)) as unknown[]).length).toBe(300);
    expect(asked).toHaveLength(3);
  });
});

describe('get: one API read', () => {
  it("gives GitLab's answer to a path with its query, such as the user search credential health does", async () => {
    const asked: string[] = [];
    vi.stubGlobal('fetch', async (url: URL | string) => {
      const address = new URL(String(url));
      asked.push(`${address.pathname}${address.search}`);
      return new Response(JSON.stringify([{ id: 5, username: 'project_7_bot_abc' }]), { headers: { 'content-type': 'application/json' } });
    });
    const api = gitLabApi({ origin: 'https://git.example.test', relativeRoot: '/gitlab' });
    expect(await api.get('users?username=project_7_bot_abc')).toEqual([{ id: 5, username: 'project_7_bot_abc' }]);
    expect(asked).toEqual(['/gitlab/api/v4/users?username=project_7_bot_abc']);
  });
});

describe('getAll: lists of ten pages or more, and answers that are not lists', () => {
  const api = gitLabApi({ origin: 'https://git.example.test', relativeRoot: '' });

  it('follows page numbers of two digits', async () => {
    const asked = paginatedGitLab(1_150);
    expect(((await api.getAll('groups/9/access_tokens', 12)) as unknown[]).length).toBe(1_150);
    expect(asked.at(-1)).toBe('/api/v4/groups/9/access_tokens?per_page=100&page=12');
  });

  it('gives an answer that is not a list as GitLab gave it, for the caller to refuse as an unknown shape', async () => {
    vi.stubGlobal('fetch', async () => new Response(JSON.stringify({ message: 'a proxy answered' }), { headers: { 'content-type': 'application/json' } }));
    await expect(api.getAll('groups/9/access_tokens')).resolves.toEqual({ message: 'a proxy answered' });
  });
});
