import type { IncomingMessage, ServerResponse } from 'node:http';

/** One request, with the relative URL root already stripped from `path`. */
export interface Ctx {
  req: IncomingMessage;
  res: ServerResponse;
  method: string;
  /** Path inside the relative root, always starting with '/'. */
  path: string;
  query: URLSearchParams;
  cookies: Record<string, string>;
  /** Parsed lazily by readBody(). */
  body?: ParsedBody;
}

export interface ParsedBody {
  kind: 'json' | 'form' | 'none';
  /** JSON as sent, or form fields nested Rails-style (`a[b][]=x` -> {a:{b:['x']}}). */
  data: Record<string, unknown>;
}

export function parseCookies(header: string | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of (header ?? '').split(';')) {
    const i = part.indexOf('=');
    if (i > 0) out[part.slice(0, i).trim()] = decodeURIComponent(part.slice(i + 1).trim());
  }
  return out;
}

async function readRaw(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > 5_000_000) throw new Error('body too large');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

/** Reads JSON, urlencoded or multipart bodies (the last two as Rails would nest them). */
export async function readBody(ctx: Ctx): Promise<ParsedBody> {
  if (ctx.body) return ctx.body;
  const raw = await readRaw(ctx.req);
  const type = String(ctx.req.headers['content-type'] ?? '');
  let body: ParsedBody = { kind: 'none', data: {} };
  if (raw.length && type.includes('json')) {
    try {
      const parsed: unknown = JSON.parse(raw.toString('utf8'));
      body = { kind: 'json', data: parsed && typeof parsed === 'object' ? (parsed as Record<string, unknown>) : {} };
    } catch {
      body = { kind: 'json', data: {} };
    }
  } else if (raw.length && (type.includes('x-www-form-urlencoded') || type.includes('multipart/form-data'))) {
    // The platform's own parser handles both encodings.
    const form = await new Response(new Uint8Array(raw), { headers: { 'content-type': type } }).formData();
    const entries: [string, string][] = [];
    form.forEach((value, key) => entries.push([key, typeof value === 'string' ? value : '']));
    body = { kind: 'form', data: nestRailsParams(entries) };
  }
  ctx.body = body;
  return body;
}

/** `a[b]=1&a[c][]=2&a[c][]=3` -> {a:{b:'1',c:['2','3']}} (the subset of Rack's rules forms use). */
export function nestRailsParams(entries: [string, string][]): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  for (const [name, value] of entries) {
    const parts = name.replace(/\]/g, '').split('[');
    let node: Record<string, unknown> = root;
    for (let i = 0; i < parts.length; i++) {
      const part = parts[i]!;
      const last = i === parts.length - 1;
      const nextIsArray = parts[i + 1] === '';
      if (part === '') continue;
      if (last) {
        node[part] = value;
      } else if (nextIsArray && i + 1 === parts.length - 1) {
        const list = Array.isArray(node[part]) ? (node[part] as string[]) : [];
        list.push(value);
        node[part] = list;
        break;
      } else {
        if (typeof node[part] !== 'object' || node[part] === null) node[part] = {};
        node = node[part] as Record<string, unknown>;
      }
    }
  }
  return root;
}

export function send(ctx: Ctx, status: number, body: string | Buffer, headers: Record<string, string> = {}): void {
  if (ctx.res.headersSent) return;
  ctx.res.writeHead(status, { 'Content-Length': String(Buffer.byteLength(body)), ...headers });
  ctx.res.end(ctx.method === 'HEAD' ? undefined : body);
}

/** JSON answers are never cached (they may carry secrets), as GitLab's API does. */
export function sendJson(ctx: Ctx, status: number, data: unknown, headers: Record<string, string> = {}): void {
  send(ctx, status, JSON.stringify(data), {
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
    ...headers,
  });
}

export function sendHtml(ctx: Ctx, status: number, html: string, headers: Record<string, string> = {}): void {
  send(ctx, status, html, { 'Content-Type': 'text/html; charset=utf-8', ...headers });
}

export function redirect(ctx: Ctx, location: string, headers: Record<string, string> = {}): void {
  send(ctx, 302, '', { Location: location, ...headers });
}

/** Rails JSON-ness: an XHR or a request that asks for JSON. */
export function wantsJson(ctx: Ctx): boolean {
  const accept = String(ctx.req.headers.accept ?? '');
  const type = String(ctx.req.headers['content-type'] ?? '');
  return accept.includes('application/json') || type.includes('application/json') || ctx.path.endsWith('.json');
}

export function bool(value: unknown): boolean {
  return value === true || value === 'true' || value === '1' || value === 1 || value === 'on';
}

export function str(value: unknown): string {
  return typeof value === 'string' ? value : value === undefined || value === null ? '' : String(value);
}

export function esc(value: unknown): string {
  return str(value)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}
