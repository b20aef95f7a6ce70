import type { Row } from './lib';

/** One thing a person does; `keys` counts typed characters (a paste or Enter is one key). */
interface Step {
  what: string;
  clicks: number;
  keys: number;
}

const typed = (text: string) => text.length;

/**
 * The extension's path, as tests/e2e/ci-variables.test.ts ("the whole path") drives it: after
 * GitLab shows a project access token, three clicks and nothing typed (the bot username and the
 * registry come from GitLab's API).
 */
export const EXTENSION_PATH: Step[] = [
  { what: 'click "Generate DOCKER_AUTH_CONFIG" next to the token (panel opens, registry and username prefilled)', clicks: 1, keys: 0 },
  { what: 'click "Fill CI/CD variable" (CI/CD settings open in a new tab, GitLab\'s Add variable form filled and read back)', clicks: 1, keys: 0 },
  { what: "click GitLab's own save button in that form", clicks: 1, keys: 0 },
];

const USERNAME_LOOKUP = 'project_42_bot_0123456789abcdef0123456789abcdef'.length; // copied, not typed
const SHELL_BEFORE = `printf '%s:%s' '`;
const SHELL_MIDDLE = `' '`;
const SHELL_AFTER = `' | base64 | tr -d '\\n'`;
const JSON_BEFORE = '{"auths":{"registry.gitlab.com":{"auth":"';
const JSON_AFTER = '"}}}';

/**
 * The manual recipe (README: `printf '%s:%s' "$USER" "$TOKEN" | base64 | tr -d '\n'` inside
 * `{"auths":{…}}`) for the same project access token, with the fewest actions: pastes instead of
 * typing the secrets, GitLab's defaults left as they are (type Variable, Expand on, not masked).
 */
export const MANUAL_RECIPE: Step[] = [
  { what: "click GitLab's copy button next to the token", clicks: 1, keys: 0 },
  { what: 'switch to a terminal', clicks: 1, keys: 0 },
  { what: `type ${SHELL_BEFORE}`, clicks: 0, keys: typed(SHELL_BEFORE) },
  {
    what: `find the token's bot username (project_<id>_bot_<hex>, not shown on the token page): Manage › Members, find the bot, copy its ${USERNAME_LOOKUP}-character username, back to the terminal`,
    clicks: 4,
    keys: 1,
  },
  { what: `type ${SHELL_MIDDLE}, paste the token, type ${SHELL_AFTER}, Enter`, clicks: 0, keys: typed(SHELL_MIDDLE) + 1 + typed(SHELL_AFTER) + 1 },
  { what: 'select and copy the base64 output', clicks: 1, keys: 1 },
  { what: `in an editor type ${JSON_BEFORE}, paste, type ${JSON_AFTER} (registry host looked up in Deploy › Container registry)`, clicks: 2, keys: typed(JSON_BEFORE) + 1 + typed(JSON_AFTER) },
  { what: 'select and copy the JSON', clicks: 1, keys: 1 },
  { what: 'back to GitLab: Settings › CI/CD, expand Variables, click "Add variable"', clicks: 4, keys: 0 },
  { what: 'type the key DOCKER_AUTH_CONFIG', clicks: 1, keys: typed('DOCKER_AUTH_CONFIG') },
  { what: 'paste the value', clicks: 1, keys: 1 },
  { what: "click GitLab's save button", clicks: 1, keys: 0 },
];

const total = (steps: Step[]) => ({
  steps: steps.length,
  clicks: steps.reduce((sum, step) => sum + step.clicks, 0),
  keys: steps.reduce((sum, step) => sum + step.keys, 0),
});

export function describeSteps(title: string, steps: Step[]): string {
  const sum = total(steps);
  return [
    `${title}: ${sum.steps} steps, ${sum.clicks} clicks, ${sum.keys} keystrokes`,
    ...steps.map((step, index) => `  ${index + 1}. ${step.what} [${step.clicks} click(s), ${step.keys} key(s)]`),
  ].join('\n');
}

/** Figure 7: token shown → variable saved, the extension's path beside the manual recipe. */
export function userActionRows(): Row[] {
  const ours = total(EXTENSION_PATH);
  const manual = total(MANUAL_RECIPE);
  return [
    {
      figure: '7. token shown → variable saved (project access token)',
      value: `extension: ${ours.clicks} clicks, ${ours.keys} keystrokes; manual recipe: ${manual.steps} steps, ${manual.clicks} clicks, ${manual.keys} keystrokes`,
      budget: '— (both lists below the table)',
      met: null,
    },
  ];
}
