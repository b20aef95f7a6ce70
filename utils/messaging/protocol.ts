import { z } from 'zod/mini';

/**
 * Messages from content scripts to the background. The background checks every message with
 * these schemas on arrival (it trusts no sender) and every answer before it leaves. Content
 * scripts import only the types, so no schema code lands in their budgeted bundles.
 */

/** The GitLab a content script runs on: its origin and relative URL root ('' or '/gitlab'). */
export const GitLabLocationSchema = z.object({
  origin: z.string().check(z.regex(/^https?:\/\/[^/]+$/)),
  relativeRoot: z.string().check(z.regex(/^(?:\/[^/?#]+)*$/)),
});
export type GitLabLocation = z.infer<typeof GitLabLocationSchema>;

const TokenOwnerSchema = z.enum(['project', 'group', 'personal', 'deploy']);

export const TokenContextRequestSchema = z.object({
  type: z.literal('token-context'),
  location: GitLabLocationSchema,
  owner: TokenOwnerSchema,
  scope: z.enum(['project', 'group', 'personal']),
  projectId: z.nullable(z.string()),
  groupId: z.nullable(z.string()),
  fullPath: z.nullable(z.string()),
});

export const ResolvedValueSchema = z.object({
  value: z.nullable(z.string()),
  /** Where the value came from, said in the panel. */
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
  location: GitLabLocationSchema,
  username: z.string(),
  secret: z.string(),
  projectPath: z.nullable(z.string()),
});
export const VerifyResponseSchema = z.object({
  verdict: z.enum(['valid', 'invalid', 'unknown']),
  message: z.string(),
});
export type VerifyResult = z.infer<typeof VerifyResponseSchema>;

export const HandoffTargetSchema = z.object({
  location: GitLabLocationSchema,
  owner: z.enum(['project', 'group']),
  fullPath: z.string().check(z.minLength(1)),
});
export type HandoffTarget = z.infer<typeof HandoffTargetSchema>;

export const HandoffPutRequestSchema = z.object({
  type: z.literal('handoff-put'),
  target: HandoffTargetSchema,
  json: z.string(),
  registry: z.string(),
});
export const HandoffPutResponseSchema = z.object({ ok: z.boolean(), message: z.string() });

export const HandoffTakeRequestSchema = z.object({
  type: z.literal('handoff-take'),
  target: HandoffTargetSchema,
});
export const HandoffTakeResponseSchema = z.nullable(z.object({ json: z.string(), registry: z.string() }));

export const BackgroundRequestSchema = z.discriminatedUnion('type', [
  TokenContextRequestSchema,
  VerifyRequestSchema,
  HandoffPutRequestSchema,
  HandoffTakeRequestSchema,
]);
export type BackgroundRequest = z.infer<typeof BackgroundRequestSchema>;

/** The answer schema of each request type. */
export const responseSchemas = {
  'token-context': TokenContextResponseSchema,
  'verify-credentials': VerifyResponseSchema,
  'handoff-put': HandoffPutResponseSchema,
  'handoff-take': HandoffTakeResponseSchema,
} as const;
export type ResponseOf<T extends BackgroundRequest['type']> = z.infer<(typeof responseSchemas)[T]>;

