/**
 * What a registry username says about its token (docs/gitlab-compatibility.md, "Credential
 * health"): a deploy token's default username is `gitlab+deploy-token-<id>`; a project or group
 * access token's bot user is `project_<id>_bot_<hex>` / `group_<id>_bot_<hex>` (older releases:
 * no hex, or a `_<n>` suffix). Anything else may be a personal token of a human user, or a
 * deploy token with a chosen username: the token prefix `gldt-` (GitLab 16.7+) tells the latter.
 */
export type UsernameClue =
  | { kind: 'deploy'; username: string }
  | { kind: 'project' | 'group'; resourceId: string; username: string }
  | { kind: 'unknown'; username: string };

const DEPLOY_USERNAME = /^gitlab\+deploy-token-\d+$/;
const BOT_USERNAME = /^(project|group)_(\d+)_bot(?:_[0-9a-f]+|\d*)?$/;

export function clueOf(username: string, secret: string): UsernameClue {
  if (DEPLOY_USERNAME.test(username) || secret.startsWith('gldt-')) return { kind: 'deploy', username };
  const bot = BOT_USERNAME.exec(username);
  if (bot) return { kind: bot[1] as 'project' | 'group', resourceId: bot[2]!, username };
  return { kind: 'unknown', username };
}
