import { z } from 'zod/mini';
import { normaliseRegistry } from '../docker-auth-config';
import { english, type Translate } from '../i18n';
import type { ResolvedValue, TokenContext } from '../messaging/protocol';
import { describeApiFailure, type GitLabApi } from './gitlab-api';

/** The GitLab reads the token panel needs; an interface so the logic is tested without a GitLab. */
export interface TokenContextReads {
  /** `container_registry_image_prefix` of a project (null: registry disabled). */
  projectRegistryPrefix(project: string): Promise<string | null>;
  /** The bot user of the newest active access token of a project or group. */
  newestAccessTokenUserId(owner: 'project' | 'group', id: string): Promise<number | null>;
  username(userId: number): Promise<string>;
  currentUsername(): Promise<string>;
}

/** The person's own registry host for a GitLab origin (options page), or null. */
export interface RegistryOverride {
  registryFor(origin: string): Promise<string | null>;
}

/** Remembers the registry seen last per GitLab origin (no secret: a host name). */
export interface RegistryMemory {
  recall(origin: string): Promise<string | null>;
  learn(origin: string, registry: string): Promise<void>;
}

export interface TokenContextQuery {
  origin: string;
  owner: 'project' | 'group' | 'personal' | 'deploy';
  scope: 'project' | 'group' | 'personal';
  projectId: string | null;
  groupId: string | null;
  fullPath: string | null;
}

const GITLAB_COM = 'https://gitlab.com';

/** This GitLab's registry: the person's setting, the project's, the one seen last, or gitlab.com's. */
export async function resolveRegistry(
  query: TokenContextQuery,
  reads: TokenContextReads,
  memory: RegistryMemory,
  override?: RegistryOverride,
  t: Translate = english,
): Promise<ResolvedValue> {
  // A registry host set for this GitLab in the options page wins over everything else.
  const own = await override?.registryFor(query.origin);
  const ownKey = own ? normaliseRegistry(own) : null;
  if (ownKey?.ok) return { value: ownKey.value, source: t('panel.source.own-setting'), problem: null };
  let problem: string | null = null;
  const project = query.projectId ?? query.fullPath;
  if (query.scope === 'project' && project) {
    try {
      const prefix = await reads.projectRegistryPrefix(project);
      const key = prefix ? normaliseRegistry(prefix) : null;
      if (key?.ok) {
        await memory.learn(query.origin, key.value);
        return { value: key.value, source: t('panel.source.project-registry'), problem: null };
      }
      problem = t('panel.problem.registry-off');
    } catch (error) {
      problem = t('panel.problem.registry-read', { failure: describeApiFailure(error, t('panel.what.project-registry'), 'read', t) });
    }
  }
  const learned = await memory.recall(query.origin);
  if (learned) return { value: learned, source: t('panel.source.last-seen'), problem };
  if (query.origin === GITLAB_COM) return { value: 'registry.gitlab.com', source: t('panel.source.gitlab-com'), problem };
  const host = new URL(query.origin).hostname;
  return {
    value: null,
    source: t('panel.source.nothing'),
    problem: problem ?? t('panel.problem.registry-unknown', { host }),
  };
}

async function resolveUsername(query: TokenContextQuery, reads: TokenContextReads, t: Translate): Promise<ResolvedValue> {
  if (query.owner === 'deploy') return { value: null, source: t('panel.source.deploy-token'), problem: null };
  if (query.owner === 'personal') {
    try {
      return { value: await reads.currentUsername(), source: t('panel.source.your-username'), problem: null };
    } catch (error) {
      return {
        value: 'gitlab-user',
        source: t('panel.source.default'),
        problem: t('panel.problem.username-read', { failure: describeApiFailure(error, t('panel.what.your-username'), 'read', t) }),
      };
    }
  }
  const id = query.owner === 'project' ? (query.projectId ?? query.fullPath) : (query.groupId ?? query.fullPath);
  const numericId = query.owner === 'project' ? query.projectId : query.groupId;
  // The shape of GitLab's own bot names, so the default reads as what it stands for.
  const fallback = numericId ? `${query.owner}_${numericId}_bot` : `${query.owner}_bot`;
  try {
    const userId = id ? await reads.newestAccessTokenUserId(query.owner, id) : null;
    if (userId === null) return { value: fallback, source: t('panel.source.default'), problem: t(`panel.problem.no-bot.${query.owner}`) };
    return { value: await reads.username(userId), source: t('panel.source.bot-user'), problem: null };
  } catch (error) {
    const failure = describeApiFailure(error, t('panel.what.bot-user'), 'read', t);
    return { value: fallback, source: t('panel.source.default'), problem: t(`panel.problem.bot-read.${query.owner}`, { failure }) };
  }
}

/** Registry and username to prefill for a token just shown, each with where it came from. */
export async function resolveTokenContext(
  query: TokenContextQuery,
  reads: TokenContextReads,
  memory: RegistryMemory,
  override?: RegistryOverride,
  t: Translate = english,
): Promise<TokenContext> {
  const [registry, username] = await Promise.all([resolveRegistry(query, reads, memory, override, t), resolveUsername(query, reads, t)]);
  return { registry, username };
}

// API answers are checked: a GitLab release that changes them must not feed garbage to the panel.
const ProjectSchema = z.object({ container_registry_image_prefix: z.optional(z.nullable(z.string())) });
const AccessTokensSchema = z.array(z.object({ id: z.number(), user_id: z.number(), active: z.optional(z.boolean()), revoked: z.optional(z.boolean()) }));
const UserSchema = z.object({ username: z.string().check(z.minLength(1)) });

/** The reads above through gitbeaker and the user's session. */
export function tokenContextReads(api: GitLabApi): TokenContextReads {
  return {
    async projectRegistryPrefix(project) {
      return ProjectSchema.parse(await api.projects.show(project)).container_registry_image_prefix ?? null;
    },
    async newestAccessTokenUserId(owner, id) {
      const tokens = AccessTokensSchema.parse(
        owner === 'project' ? await api.projectAccessTokens.all(id) : await api.groupAccessTokens.all(id),
      ).filter((token) => token.active !== false && token.revoked !== true);
      if (tokens.length === 0) return null;
      return tokens.reduce((newest, token) => (token.id > newest.id ? token : newest)).user_id;
    },
    async username(userId) {
      return UserSchema.parse(await api.users.show(userId)).username;
    },
    async currentUsername() {
      return UserSchema.parse(await api.users.showCurrentUser()).username;
    },
  };
}
