import { z } from 'zod/mini';
import { isGitLabFullPath } from '../gitlab/page';
import { LOCALES } from '../i18n/locales';

/**
 * Messages from content scripts to the background. The background checks every message with
 * these schemas on arrival (it trusts no sender) and every answer before it leaves. Content
 * scripts import only the types, so no schema code lands in their budgeted bundles.
 */

/**
 * The GitLab a content script runs on: its origin and relative URL root ('' or '/gitlab'). The
 * router also checks the root against the one stored for the origin ('' on gitlab.com).
 */
export const GitLabLocationSchema = z.object({
  origin: z.string().check(z.regex(/^https?:\/\/[^/]+$/)),
  relativeRoot: z.string().check(z.regex(/^(?:\/(?!\.\.?(?:\/|$))[A-Za-z0-9._~%-]+)*$/)),
});

/**
 * A project's or group's full path as GitLab allows it (segments of letters, digits, `_`, `-`,
 * `.`, never `.` or `..`): the background builds API and page URLs from it. A project has two
 * segments at least.
 */
const fullPath = (minSegments: number) => z.string().check(z.refine((value) => isGitLabFullPath(value, minSegments)));
const GroupPathSchema = fullPath(1);
const ProjectPathSchema = fullPath(2);
/** A target's path fits its owner: a project's has two segments at least. */
const fitsOwner = (value: { owner: string; fullPath: string | null }) =>
  value.fullPath === null || value.owner !== 'project' || isGitLabFullPath(value.fullPath, 2);
export type GitLabLocation = z.infer<typeof GitLabLocationSchema>;

/** A language the extension speaks (utils/i18n/locales.ts). */
export const LocaleSchema = z.enum(LOCALES);
export type { Locale } from '../i18n/locales';

/**
 * The language the background writes a request's answer in: the panel's, which follows the
 * GitLab page's language (utils/i18n/page-catalogue.ts says why the background formats them).
 * Optional: a request without it is answered in English.
 */
const AnswerLocaleSchema = z.optional(LocaleSchema);

const TokenOwnerSchema = z.enum(['project', 'group', 'personal', 'deploy']);

export const TokenContextRequestSchema = z.object({
  type: z.literal('token-context'),
  locale: AnswerLocaleSchema,
  location: GitLabLocationSchema,
  owner: TokenOwnerSchema,
  scope: z.enum(['project', 'group', 'personal']),
  projectId: z.nullable(z.string()),
  groupId: z.nullable(z.string()),
  fullPath: z.nullable(GroupPathSchema),
});

export const ResolvedValueSchema = z.object({
  value: z.nullable(z.string()),
  /** Where the value came from, as the sentence the panel shows ("Prefilled from …"), in the request's language. */
  source: z.string(),
  /** What could not be found and what to do, or null. */
  problem: z.nullable(z.string()),
});
export type ResolvedValue = z.infer<typeof ResolvedValueSchema>;

export const TokenContextResponseSchema = z.object({
  registry: ResolvedValueSchema,
  username: ResolvedValueSchema,
});
export type TokenContext = z.infer<typeof TokenContextResponseSchema>;

export const VerifyRequestSchema = z.object({
  type: z.literal('verify-credentials'),
  locale: AnswerLocaleSchema,
  location: GitLabLocationSchema,
  username: z.string(),
  secret: z.string(),
  projectPath: z.nullable(ProjectPathSchema),
});
export const VerifyResponseSchema = z.object({
  verdict: z.enum(['valid', 'invalid', 'unknown']),
  message: z.string(),
});
export type VerifyResult = z.infer<typeof VerifyResponseSchema>;

export const HandoffTargetSchema = z
  .object({
    location: GitLabLocationSchema,
    owner: z.enum(['project', 'group']),
    fullPath: GroupPathSchema,
  })
  .check(z.refine(fitsOwner));
export type HandoffTarget = z.infer<typeof HandoffTargetSchema>;

export const HandoffPutRequestSchema = z.object({
  type: z.literal('handoff-put'),
  locale: AnswerLocaleSchema,
  target: HandoffTargetSchema,
  json: z.string(),
  registry: z.string(),
});
export const HandoffPutResponseSchema = z.object({ ok: z.boolean(), message: z.string() });

export const HandoffTakeRequestSchema = z.object({
  type: z.literal('handoff-take'),
  target: HandoffTargetSchema,
});
export const HandoffTakeResponseSchema = z.nullable(
  z.object({
    json: z.string(),
    registry: z.string(),
    /** The token named with its expiry (issue 15), when GitLab's API told it at the hand-off; no secret. */
    description: z.optional(z.nullable(z.string())),
  }),
);
export type HandoffTake = z.infer<typeof HandoffTakeResponseSchema>;

/**
 * Builds DOCKER_AUTH_CONFIG from one registry's credentials in the background, for content
 * scripts whose budget has no room for the engine (the CI/CD variables page).
 */
export const BuildConfigRequestSchema = z.object({
  type: z.literal('build-config'),
  locale: AnswerLocaleSchema,
  location: GitLabLocationSchema,
  registry: z.string(),
  username: z.string(),
  secret: z.string(),
});
export const BuildConfigResponseSchema = z.object({
  json: z.nullable(z.string()),
  /** The `auths` key the registry became. */
  key: z.nullable(z.string()),
  errors: z.object({ registry: z.optional(z.string()), username: z.optional(z.string()), secret: z.optional(z.string()) }),
});
export type BuiltConfig = z.infer<typeof BuildConfigResponseSchema>;

/** Where a CI/CD variable lives: a project or group (by full path), or the instance. */
export const VariableScopeSchema = z
  .object({
    owner: z.enum(['project', 'group', 'instance']),
    fullPath: z.nullable(GroupPathSchema),
  })
  .check(z.refine(fitsOwner));
export type VariableScope = z.infer<typeof VariableScopeSchema>;

/** Is there a DOCKER_AUTH_CONFIG (environment scope `*`) in this scope already? */
export const VariablesLookupRequestSchema = z.object({
  type: z.literal('variables-lookup'),
  locale: AnswerLocaleSchema,
  location: GitLabLocationSchema,
  scope: VariableScopeSchema,
});
export const ExistingVariableSchema = z.nullable(
  z.object({
    /** Masked and hidden: GitLab never gives the value back, so it cannot be merged. */
    hidden: z.boolean(),
    variableType: z.string(),
    protected: z.boolean(),
    masked: z.boolean(),
  }),
);
export type ExistingVariable = z.infer<typeof ExistingVariableSchema>;

/**
 * Saves DOCKER_AUTH_CONFIG through the REST API: create a new variable, merge into the existing
 * value (other registries kept byte for byte), or replace it (the panel asked first).
 */
export const VariablesSaveRequestSchema = z.object({
  type: z.literal('variables-save'),
  locale: AnswerLocaleSchema,
  location: GitLabLocationSchema,
  scope: VariableScopeSchema,
  csrfToken: z.nullable(z.string()),
  mode: z.enum(['create', 'merge', 'replace']),
  json: z.string().check(z.minLength(2)),
  registry: z.string(),
  /** GitLab's "protect new variables" default as the page stated it; null when unknown. */
  protectedByDefault: z.nullable(z.boolean()),
  /** The page's masking rule for unexpanded values (data-maskable-raw-regex), when it was seen. */
  maskableRawRegex: z.nullable(z.string()),
});
export const VariablesSaveResponseSchema = z.object({
  outcome: z.enum(['saved', 'exists', 'failed']),
  message: z.string(),
  /** Present when the variable exists already (outcome 'exists'). */
  existing: ExistingVariableSchema,
  masked: z.boolean(),
  protected: z.boolean(),
});
export type VariablesSaveResult = z.infer<typeof VariablesSaveResponseSchema>;

/**
 * What a content script needs of its GitLab's settings (utils/instances/settings.ts): read by the
 * background for the SENDER's origin, never taken from the page. `relativeRoot` is the added
 * instance's root ('' on gitlab.com), null on an origin that is not in the list.
 */
export const PageSettingsRequestSchema = z.object({
  type: z.literal('page-settings'),
  origin: z.string().check(z.regex(/^https?:\/\/[^/]+$/)),
});
export const PageSettingsResponseSchema = z.object({
  variableKey: z.string().check(z.regex(/^\w+$/)),
  protect: z.enum(['gitlab', 'on', 'off']),
  saveAutomatically: z.boolean(),
  /** Clear the clipboard 30 s after the panel's Copy (when it can only still hold the JSON). */
  clearClipboard: z.boolean(),
  relativeRoot: z.nullable(z.string().check(z.regex(/^(?:\/[^/?#]+)*$/))),
});
export type PageSettings = z.infer<typeof PageSettingsResponseSchema>;

/**
 * A watcher's first message (issue 16): what its page says of itself, so that the background,
 * not the watcher's budgeted bundle, recognises the page (utils/gitlab/page.ts), and says in the
 * page's language what the watcher puts into it. The path is the sender's own URL's (the router
 * reads it from the sender), never taken from the message.
 */
const PageDataValue = z.optional(z.string().check(z.maxLength(1000)));
export const PageContextRequestSchema = z.object({
  type: z.literal('page-context'),
  origin: z.string().check(z.regex(/^https?:\/\/[^/]+$/)),
  feature: z.enum(['token', 'variables']),
  /** `document.body.dataset`: only the entries page detection reads. */
  body: z.object({
    page: PageDataValue,
    projectFullPath: PageDataValue,
    project: PageDataValue,
    projectId: PageDataValue,
    groupFullPath: PageDataValue,
    group: PageDataValue,
    namespaceId: PageDataValue,
  }),
  /** `<html lang>`: GitLab's language for this person (Rails form, e.g. `pt_BR`), or '' when absent. */
  lang: z.string().check(z.maxLength(35)),
});
/** The labels a watcher puts into GitLab's page before any panel code is there. */
export const WatcherLabelsSchema = z.object({
  generate: z.string(),
  createReadToken: z.string(),
  formNotFilled: z.string(),
});
export type WatcherLabels = z.infer<typeof WatcherLabelsSchema>;
/** A page as utils/gitlab/page.ts describes it (GitLabPage): each kind with the owners it has. */
const pageOf = <Kind extends string, Owner extends string>(kind: Kind, owners: readonly [Owner, ...Owner[]]) =>
  z.object({
    kind: z.literal(kind),
    owner: z.enum(owners),
    relativeRoot: GitLabLocationSchema.shape.relativeRoot,
    fullPath: z.nullable(GroupPathSchema),
    projectId: z.nullable(z.string().check(z.regex(/^[1-9][0-9]*$/))),
    groupId: z.nullable(z.string().check(z.regex(/^[1-9][0-9]*$/))),
  });
export const GitLabPageSchema = z.union([
  pageOf('access-tokens', ['project', 'group', 'personal']),
  pageOf('deploy-tokens', ['project', 'group']),
  pageOf('ci-variables', ['project', 'group', 'instance']),
]);
export const PageContextResponseSchema = z.object({
  /** The page, when it is one the feature serves; null on any other. Built by the background from checked data. */
  page: z.nullable(GitLabPageSchema),
  settings: PageSettingsResponseSchema,
  /** The language the in-page UI speaks: the page's, then the browser's, then English. */
  locale: LocaleSchema,
  labels: WatcherLabelsSchema,
});
export type PageContext = z.infer<typeof PageContextResponseSchema>;

/**
 * A watcher asks for its page's panel code (utils/features/panel-bridge.ts): the background
 * injects that file into the sender's own frame, once the sender is a page it serves.
 */
export const PanelLoadRequestSchema = z.object({
  type: z.literal('panel-load'),
  location: GitLabLocationSchema,
  /** token-display: the token pages' second stage, loaded when GitLab shows a token (./panel-bridge.ts). */
  panel: z.enum(['token', 'token-display', 'variables']),
  /** The page's `<html lang>` as GitLab wrote it (`de`, `pt_BR`): the background picks the panel's language from it. */
  pageLanguage: z.optional(z.string().check(z.maxLength(64))),
});
export const PanelLoadResponseSchema = z.object({ injected: z.literal(true) });

/**
 * Credential health (issue 15). On page load: one read of the variable, a hint next to the
 * button (null: there is none). No registry check and no token listing on load.
 */
export const CredentialHintRequestSchema = z.object({
  type: z.literal('credential-hint'),
  location: GitLabLocationSchema,
  scope: VariableScopeSchema,
  /** The page's language (the 'page-context' answer's), which the hint is said in. */
  locale: AnswerLocaleSchema,
});
export const CredentialHintResponseSchema = z.nullable(z.object({ text: z.string(), warning: z.boolean() }));
export type CredentialHint = z.infer<typeof CredentialHintResponseSchema>;

/** When the panel opens (or on "Check credentials"): each entry identified and checked. */
export const CredentialHealthRequestSchema = z.object({
  type: z.literal('credential-health'),
  locale: AnswerLocaleSchema,
  location: GitLabLocationSchema,
  scope: VariableScopeSchema,
});
export const EntryHealthSchema = z.object({
  registry: z.string(),
  username: z.nullable(z.string()),
  kind: z.enum(['deploy', 'project', 'group', 'personal', 'unknown']),
  /** What the token is: "registry-read-token (project access token)", or why it is not known. */
  identity: z.string(),
  /** "expires 2027-03-01, in 94 days", "expired 3 days ago", "revoked"; null when not known. */
  expiry: z.nullable(z.string()),
  /** Whether GitLab lists read_registry among its scopes; null when not known. */
  readRegistry: z.nullable(z.boolean()),
  /** GitLab's registry verdict (the Verify check); not-checked for other registries. */
  verdict: z.enum(['valid', 'invalid', 'unknown', 'not-checked']),
  verdictText: z.string(),
  /** What was skipped and why (a role that cannot list tokens...), or null. */
  skipped: z.nullable(z.string()),
  /** ok, warning (expires within the window), error (refused, expired, revoked, no read_registry), unknown. */
  health: z.enum(['ok', 'warning', 'error', 'unknown']),
});
export type EntryHealth = z.infer<typeof EntryHealthSchema>;
export const CredentialHealthResponseSchema = z.object({
  /** absent: no such variable; hidden: GitLab never gives its value; unreadable: not read, or not JSON the runner reads. */
  state: z.enum(['absent', 'hidden', 'unreadable', 'checked']),
  message: z.nullable(z.string()),
  entries: z.array(EntryHealthSchema),
  /** GitLab's access tokens page for this project or group, the form prepared by the token page; null on the instance. */
  renewUrl: z.nullable(z.string()),
});
export type CredentialHealth = z.infer<typeof CredentialHealthResponseSchema>;

export const BackgroundRequestSchema = z.discriminatedUnion('type', [
  TokenContextRequestSchema,
  VerifyRequestSchema,
  HandoffPutRequestSchema,
  HandoffTakeRequestSchema,
  VariablesLookupRequestSchema,
  VariablesSaveRequestSchema,
  BuildConfigRequestSchema,
  PageSettingsRequestSchema,
  PageContextRequestSchema,
  PanelLoadRequestSchema,
  CredentialHintRequestSchema,
  CredentialHealthRequestSchema,
]);
export type BackgroundRequest = z.infer<typeof BackgroundRequestSchema>;

/** The answer schema of each request type. */
export const responseSchemas = {
  'token-context': TokenContextResponseSchema,
  'verify-credentials': VerifyResponseSchema,
  'handoff-put': HandoffPutResponseSchema,
  'handoff-take': HandoffTakeResponseSchema,
  'variables-lookup': ExistingVariableSchema,
  'variables-save': VariablesSaveResponseSchema,
  'build-config': BuildConfigResponseSchema,
  'page-settings': PageSettingsResponseSchema,
  'page-context': PageContextResponseSchema,
  'panel-load': PanelLoadResponseSchema,
  'credential-hint': CredentialHintResponseSchema,
  'credential-health': CredentialHealthResponseSchema,
} as const;
export type ResponseOf<T extends BackgroundRequest['type']> = z.infer<(typeof responseSchemas)[T]>;

