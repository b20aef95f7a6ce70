/**
 * The variable's description names the token it holds and when that token expires, so the next
 * person (and the page-load hint, ./hint.ts) sees when it must be renewed. Written by the save
 * path (utils/background/variables.ts), read back here. People edit descriptions: the reader
 * takes what it recognises and ignores the rest.
 */

export type TokenKind = 'deploy' | 'project' | 'group' | 'personal';

export const TOKEN_KIND_LABEL: Record<TokenKind, string> = {
  deploy: 'deploy token',
  project: 'project access token',
  group: 'group access token',
  personal: 'personal access token',
};

export interface DescribedToken {
  name: string;
  kind: TokenKind;
  /** YYYY-MM-DD, or null: it never expires (or GitLab did not say). */
  expiresAt: string | null;
}

/** GitLab's description field takes 255 characters; a long token name is cut, the expiry kept. */
const MAX_DESCRIPTION = 255;

/** "registry-read-token (project access token), expires 2027-03-01" */
export function describeToken(token: DescribedToken): string {
  const tail = ` (${TOKEN_KIND_LABEL[token.kind]})${token.expiresAt ? `, expires ${token.expiresAt}` : ''}`;
  const room = MAX_DESCRIPTION - tail.length;
  const name = token.name.length > room ? `${token.name.slice(0, Math.max(0, room - 1))}…` : token.name;
  return `${name}${tail}`;
}

const KIND_BY_LABEL = new Map(Object.entries(TOKEN_KIND_LABEL).map(([kind, label]) => [label, kind as TokenKind]));
const DESCRIBED = /^(.*?) \((deploy token|project access token|group access token|personal access token)\)/;
const EXPIRES = /\bexpires (\d{4}-\d{2}-\d{2})\b/;

/** What a description says of its token; null parts where it says nothing (edited, or not ours). */
export function parseDescription(description: string | null | undefined): { name: string | null; kind: TokenKind | null; expiresAt: string | null } {
  const text = description ?? '';
  const described = DESCRIBED.exec(text);
  const expiry = EXPIRES.exec(text)?.[1] ?? null;
  return {
    name: described?.[1] || null,
    kind: described ? (KIND_BY_LABEL.get(described[2]!) ?? null) : null,
    expiresAt: expiry !== null && isCalendarDate(expiry) ? expiry : null,
  };
}

/** YYYY-MM-DD that is a real day (2027-02-30 is not). */
export function isCalendarDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text);
}
