import { request as httpsRequest } from 'node:https';
import type { SandboxGitLab } from './index.ts';

export interface SandboxResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
  json<T = any>(): T;
}

/**
 * A request to the local GitLab from Node (tests), as if to https://<host><root><path>:
 * connects to 127.0.0.1:<port>, sends that Host, accepts the throw-away certificate.
 */
export function sandboxRequest(
  gl: SandboxGitLab,
  method: string,
  path: string,
  opts: { headers?: Record<string, string>; body?: string | object; host?: string } = {},
): Promise<SandboxResponse> {
  const headers: Record<string, string> = { Host: opts.host ?? 'gitlab.com', ...opts.headers };
  let body: string | undefined;
  if (opts.body !== undefined) {
    body = typeof opts.body === 'string' ? opts.body : JSON.stringify(opts.body);
    if (typeof opts.body !== 'string' && !Object.keys(headers).some((h) => h.toLowerCase() === 'content-type')) headers['Content-Type'] = 'application/json';
  }
  return new Promise((resolve, reject) => {
    const req = httpsRequest(
      { host: '127.0.0.1', port: gl.port, method, path: `${gl.relativeRoot}${path}`, headers, rejectUnauthorized: false, servername: opts.host ?? 'gitlab.com' },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          resolve({ status: res.statusCode ?? 0, headers: res.headers, text, json: () => JSON.parse(text) });
        });
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

/** Signs in like a browser's first page view: the session cookie and the page's CSRF token. */
export async function signIn(gl: SandboxGitLab, path = '/'): Promise<{ cookie: string; csrf: string; html: string }> {
  const res = await sandboxRequest(gl, 'GET', path);
  const setCookie = ([] as string[]).concat(res.headers['set-cookie'] ?? [])[0] ?? '';
  const csrf = /<meta name="csrf-token" content="([^"]+)"/.exec(res.text)?.[1] ?? '';
  return { cookie: setCookie.split(';')[0]!, csrf, html: res.text };
}
