// `npm run sandbox`: builds the Vue apps, then runs the local GitLab until Ctrl-C.
// Environment: GITLAB_UI (15.0|15.11|16.6|17.6|18.6, default 17.6), GITLAB_LOCALE (en|de),
// GITLAB_RELATIVE_ROOT ('' or /gitlab), PORT (default: any free port),
// GITLAB_RAW_MASKED_VARIABLES_FLAG (1: GitLab's flag ci_remove_character_limitation_raw_masked_var, 15.11).
import { startGitLab } from './server/index.ts';

const port = process.env.PORT ? Number(process.env.PORT) : 0;
const gl = await startGitLab({ port });
const root = gl.relativeRoot;
const url = (path: string) => `https://gitlab.com${root}${path}`;

const pages: [string, string][] = [
  ['Project access tokens', '/acme/backend/-/settings/access_tokens'],
  ['Group access tokens', '/groups/acme/-/settings/access_tokens'],
  ['Personal access tokens', gl.ui === '15.0' || gl.ui === '15.11' ? '/-/profile/personal_access_tokens' : '/-/user_settings/personal_access_tokens'],
  ...(gl.ui === '18.6' ? ([['Legacy personal token', '/-/user_settings/personal_access_tokens/legacy/new']] as [string, string][]) : []),
  ['Project deploy tokens', '/acme/backend/-/settings/repository#js-deploy-tokens'],
  ['Group deploy tokens', '/groups/acme/-/settings/repository#js-deploy-tokens'],
  ['Project without registry', '/acme/no-registry/-/settings/repository#js-deploy-tokens'],
  ['Project CI/CD variables', '/acme/backend/-/settings/ci_cd#js-cicd-variables-settings'],
  ['Subgroup project CI/CD', '/acme/platform/api/-/settings/ci_cd#js-cicd-variables-settings'],
  ['Group CI/CD variables', '/groups/acme/-/settings/ci_cd#ci-variables'],
  ['Instance CI/CD variables', '/admin/application_settings/ci_cd#js-ci-cd-variables'],
  ['Issues (extension idle)', '/acme/backend/-/issues'],
  ['Merge request (extension idle)', '/acme/backend/-/merge_requests/1'],
  ['Stored state (JSON)', '/__sandbox/state'],
];

console.log(`Local GitLab ${gl.ui} (${gl.locale}) listening on https://127.0.0.1:${gl.port}${root}/`);
if (gl.rawMaskedVariablesFlag) console.log('Feature flag ci_remove_character_limitation_raw_masked_var: on');
console.log('\nOpen it as gitlab.com in Chromium with the built extension (npm run build first):\n');
console.log(
  `  chromium --user-data-dir="$(mktemp -d)" --host-resolver-rules="MAP gitlab.com 127.0.0.1:${gl.port}, MAP gitlab.example.test 127.0.0.1:${gl.port}" ` +
    `--ignore-certificate-errors --load-extension=$PWD/.output/chrome-mv3 --disable-extensions-except=$PWD/.output/chrome-mv3 ${url('/acme/backend/-/settings/access_tokens')}`,
);
console.log('\nPages:');
for (const [label, path] of pages) console.log(`  ${label.padEnd(32)} ${url(path)}`);
console.log(`\nRegistry token check: curl -k -u USER:TOKEN 'https://127.0.0.1:${gl.port}${root}/jwt/auth?service=container_registry&scope=repository:acme/backend:pull'`);
console.log('\nCtrl-C stops it.');

const stop = () => {
  void gl.stop().then(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
