import type { GitLabPage } from '../../../utils/gitlab/page';

/** A project's access tokens page, as page detection gives it: the token tests' common page. */
export const PROJECT_TOKENS: Extract<GitLabPage, { kind: 'access-tokens' }> = {
  kind: 'access-tokens',
  owner: 'project',
  relativeRoot: '',
  fullPath: 'acme/app',
  projectId: '1',
  groupId: null,
};
