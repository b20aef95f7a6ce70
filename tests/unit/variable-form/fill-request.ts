import type { VariableFormRequest } from '../../../utils/gitlab/variable-form';

/** A compact DOCKER_AUTH_CONFIG, as the extension fills it into GitLab's form. */
export const JSON_VALUE = '{"auths":{"registry.example.com":{"auth":"dXNlcjpzZWNyZXQ="}}}';

/** What the CI/CD page asks the fill for: GitLab's own Protect default and no masking rule from the page, unless overridden. */
export const fillRequest = (overrides: Partial<VariableFormRequest> = {}): VariableFormRequest => ({
  key: 'DOCKER_AUTH_CONFIG',
  value: JSON_VALUE,
  registry: 'registry.example.com',
  protect: null,
  pageRawMaskRule: null,
  ...overrides,
});
