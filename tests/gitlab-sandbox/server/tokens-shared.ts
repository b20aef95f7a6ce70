import type { App } from './app.ts';
import { uiAtLeast, type Group, type Project, type Token } from './state.ts';

/** Where a token lives: a project, a group, or the signed-in user. */
export type TokenOwner =
  | { kind: 'project'; project: Project }
  | { kind: 'group'; group: Group }
  | { kind: 'personal' };

export function ownerResourceId(owner: TokenOwner): number | null {
  return owner.kind === 'project' ? owner.project.id : owner.kind === 'group' ? owner.group.id : null;
}

/** The Rails path of a token page (also the form's action). */
export function tokensPath(app: App, owner: TokenOwner): string {
  const { root } = app;
  if (owner.kind === 'project') return `${root}/${owner.project.fullPath}/-/settings/access_tokens`;
  if (owner.kind === 'group') return `${root}/groups/${owner.group.fullPath}/-/settings/access_tokens`;
  return uiAtLeast(app.ui, '16.6') ? `${root}/-/user_settings/personal_access_tokens` : `${root}/-/profile/personal_access_tokens`;
}

/** Scopes offered by the creation forms; the registry ones only when a registry exists. */
export function availableScopes(owner: TokenOwner): string[] {
  const registry = owner.kind !== 'project' || owner.project.registryEnabled;
  const scopes = owner.kind === 'personal' ? ['api', 'read_user', 'read_api', 'read_repository', 'write_repository'] : ['api', 'read_api', 'read_repository', 'write_repository'];
  if (registry) scopes.push('read_registry', 'write_registry');
  if (owner.kind === 'personal') scopes.push('sudo');
  return scopes;
}

/** One row of `data-initial-active-access-tokens` / `active_access_tokens` (has user_id, not the username). */
export function serializeToken(app: App, owner: TokenOwner, token: Token) {
  return {
    id: token.id,
    name: token.name,
    revoked: token.revoked,
    created_at: token.createdAt,
    scopes: token.scopes,
    user_id: token.userId,
    last_used_at: null,
    active: app.state.isLive(token),
    expires_at: token.expiresAt,
    expires_soon: false,
    expired: false,
    role: token.accessLevel ? roleName(token.accessLevel) : null,
    access_level: token.accessLevel,
    revoke_path: `${tokensPath(app, owner)}/${token.id}/revoke`,
  };
}

export function activeTokensJson(app: App, owner: TokenOwner) {
  return app.state.activeTokens(owner.kind, ownerResourceId(owner)).map((t) => serializeToken(app, owner, t));
}

function roleName(level: number): string {
  return ({ 10: 'Guest', 20: 'Reporter', 30: 'Developer', 40: 'Maintainer', 50: 'Owner' } as Record<number, string>)[level] ?? 'Custom';
}
