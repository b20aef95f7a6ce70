import { checkSecret, checkUsername, inspectDockerAuthConfig, normaliseRegistry } from '../../utils/docker-auth-config';
import { english, type Translate } from '../../utils/i18n';
import { checkInstanceAddress } from '../../utils/instances/address';

/**
 * Every malformed input the extension answers, with the exact message a person reads. The README
 * shows this table (tests/unit/bad-input-table.test.ts keeps it identical), and the same test
 * checks each row against the code, so the documentation cannot drift from what users see.
 */
export interface BadInput {
  field: 'Registry' | 'Username' | 'Token' | 'Pasted DOCKER_AUTH_CONFIG' | 'GitLab instance URL';
  input: string;
  message: string;
}

const failure = (result: { ok: true } | { ok: false; error: string }) => (result.ok ? '(accepted)' : result.error);
const firstProblem = (text: string, t: Translate) => inspectDockerAuthConfig(text, t).problems[0]?.message ?? '(no problem)';

const b64 = (text: string) => btoa(text);

const REGISTRIES = ['', 'registry example.com', 'registry.example.com:99999', 'registry.example.com:abc', 'ftp://registry.example.com', 'user@registry.example.com', 'reg_istry.example.com', 'registry..example.com', 'nginx', '::1:5000'];
const USERNAMES = ['', 'al:ice', 'ali\u0007ce'];
const TOKENS = ['', 'glpat-abc def', 'glpat-abc\ndef', 'glpat-abc\tdef'];
const PASTED = [
  '',
  '{"auths":',
  '[1]',
  '{}',
  '{"auths":[]}',
  `{"auths":{"r.example.com":{"auth":"not-base64!"}}}`,
  `{"auths":{"r.example.com":{"auth":"${b64('no-colon')}"}}}`,
  `{"auths":{"r.example.com":{"auth":"${b64(':secret')}"}}}`,
  `{"auths":{"r.example.com":{}}}`,
  `{"auths":{},"credsStore":"desktop"}`,
  `{"auths":{"https://r.example.com/v2/":{"auth":"${b64('u:s')}"}}}`,
  `{"auths":{"r.example.com":{"username":"u","password":"p"}}}`,
  `{ "auths": {} }`,
];
const INSTANCE_URLS = ['', 'gitlab.example.com', 'ftp://gitlab.example.com', 'https://user:pw@gitlab.example.com', 'https://gitlab.example.com/?x=1', 'https://gitlab.example.com/group/project/-/settings/ci_cd', 'https://gitlab.com'];

/** Every bad input with the message a person reads, in the language `t` speaks (English by default). */
export function badInputs(t: Translate = english): BadInput[] {
  return [
    ...REGISTRIES.map((input) => ({ field: 'Registry' as const, input, message: failure(normaliseRegistry(input, t)) })),
    ...USERNAMES.map((input) => ({ field: 'Username' as const, input, message: failure(checkUsername(input, t)) })),
    ...TOKENS.map((input) => ({ field: 'Token' as const, input, message: failure(checkSecret(input, t)) })),
    ...PASTED.map((input) => ({ field: 'Pasted DOCKER_AUTH_CONFIG' as const, input, message: firstProblem(input, t) })),
    ...INSTANCE_URLS.map((input) => ({ field: 'GitLab instance URL' as const, input, message: failure(checkInstanceAddress(input, [], t)) })),
  ];
}

const cell = (text: string) =>
  text === '' ? '(empty)' : `\`${text.replace(/\n/g, '\\n').replace(/\t/g, '\\t').replace(/\u0007/g, '\\a').replace(/\|/g, '\\|')}\``;

export function badInputTable(): string {
  const rows = badInputs().map(({ field, input, message }) => `| ${field} | ${cell(input)} | ${message.replace(/\|/g, '\\|')} |`);
  return ['| field | input | message |', '|---|---|---|', ...rows].join('\n');
}
