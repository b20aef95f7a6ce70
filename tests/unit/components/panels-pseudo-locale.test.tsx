import { act } from 'preact/test-utils';
import { render } from 'preact';
import { describe, expect, it, vi } from 'vitest';
import { createFillStatus, FILL_STATUS_ATTRIBUTE } from '../../../components/panel/fill-status';
import { TokenPanel } from '../../../components/panel/TokenPanel';
import { eventTrust } from '../../../components/user-action';
import { VariablePanel } from '../../../components/panel/VariablePanel';
import { checkCredentialHealth, type HealthReads } from '../../../utils/background/credential-health';
import { GitLabApiError } from '../../../utils/background/gitlab-api';
import { resolveTokenContext, type TokenContextReads } from '../../../utils/background/token-context';
import { saveVariable, type VariableStore } from '../../../utils/background/variables';
import { verifyRegistryCredentials } from '../../../utils/background/verify';
import { buildDockerAuthConfig } from '../../../utils/docker-auth-config';
import { describeReport } from '../../../utils/features/ci-variables-page';
import type { VariableFormReport } from '../../../utils/gitlab/variable-form';
import { translator } from '../../../utils/i18n';
import { PSEUDO_CATALOGUE } from '../../../utils/i18n/pseudo';
import { buttonNamed, panelTestRoot, panelTextOf, settle, typeInto, withPanelText } from '../../support/panel-text';
import { untranslatedTexts } from '../../support/untranslated';

// Issue 17: every word the in-page UI shows comes from the catalogue. The panels, their fill
// status and every sentence the background writes for them (prefill notes, Verify's verdict, the
// hand-off, save results, credential health) are produced here in the pseudo-locale, where each
// catalogue word is accented: a plain English word left in the rendered DOM (text, aria-label,
// title, placeholder) bypassed the catalogue. The background's parts run for real, with fake
// GitLab answers.

const pseudo = translator('en', PSEUDO_CATALOGUE);
const panelText = panelTextOf(PSEUDO_CATALOGUE);
const LOCATION = { origin: 'https://gitlab.example.test', relativeRoot: '' };
const REGISTRY = 'registry.gitlab.example.test';
const SECRET = 'glpat-pseudo0000000001';
const COMMAND = 'cp "$DOCKER_AUTH_CONFIG" ~/.docker/config.json';
const NOW = new Date('2026-11-27T15:00:00Z');
/**
 * What the test or GitLab supplied, shown as given: hosts, names, the key, commands (the command
 * first: it holds the key). And what Intl wrote: the pseudo-locale formats dates and relative days
 * as English does.
 */
const LITERALS = [
  COMMAND,
  'echo',
  REGISTRY,
  'project_42_bot_abc',
  'someone',
  'registry-read-token',
  'DOCKER_AUTH_CONFIG',
  '…0001',
  'acme/backend',
  new Intl.RelativeTimeFormat('en', { numeric: 'auto' }).format(10, 'day'),
];

const panelRoot = panelTestRoot();

const type = (selector: string, text: string) => typeInto(panelRoot(), selector, text);

/** Presses the button whose accessible text is the pseudo-locale's `id`. */
async function press(id: Parameters<typeof panelText>[0]) {
  const found = buttonNamed(panelRoot(), panelText(id));
  await act(() => found.click());
  await settle();
}

const tokenReads: TokenContextReads = {
  projectRegistryPrefix: async () => null,
  newestAccessTokenUserId: async () => {
    throw new GitLabApiError(403, '"403 Forbidden"');
  },
  username: async () => 'project_42_bot_abc',
  currentUsername: async () => 'alice',
};
const memory = { recall: async () => null, learn: async () => {} };

const build = async (registry: string, username: string, secret: string) => {
  const outcome = buildDockerAuthConfig([{ registry, username, secret }], pseudo);
  return { json: outcome.json, key: outcome.entries?.[0]?.key ?? null, errors: outcome.outcomes[0]?.errors ?? {} };
};

describe('the panels in the pseudo-locale show no untranslated text', () => {
  it('token panel: notes, problems, Verify verdict and hand-off', async () => {
    vi.spyOn(globalThis, 'fetch').mockResolvedValue(new Response(null, { status: 401 }));
    const query = { origin: LOCATION.origin, owner: 'project' as const, scope: 'project' as const, projectId: '42', groupId: null, fullPath: 'acme/backend' };
    render(
      withPanelText(
        <TokenPanel
          secret={SECRET}
          lockedUsername={null}
          location={LOCATION}
          handoffScope={null}
          projectPath="acme/backend"
          resolveContext={() => resolveTokenContext(query, tokenReads, memory, undefined, pseudo)}
          build={build}
          verify={(username, secret) => verifyRegistryCredentials(LOCATION, username, secret, 'acme/backend', pseudo)}
          handOff={async () => pseudo('handoff.opened')}
          clearClipboard={async () => false}
          onClose={() => {}}
        />,
        panelText,
      ),
      panelRoot(),
    );
    await settle();
    // Before anything is typed: the prefill notes and problems the background wrote.
    expect(untranslatedTexts(panelRoot(), LITERALS)).toEqual([]);
    await type('#dac-registry', REGISTRY);
    await press('panel.verify');
    await type('#dac-target', 'acme/backend');
    await press('panel.fill-ci-variable');
    expect(panelRoot().querySelector('[data-verdict]')?.getAttribute('data-verdict')).toBe('invalid');
    expect(untranslatedTexts(panelRoot(), LITERALS)).toEqual([]);
    // Copy, and the line it says beside itself: the shared CopyButton reads the panel's catalogue.
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: async () => {} }, configurable: true });
    vi.spyOn(eventTrust, 'isUserAction').mockReturnValue(true);
    await press('panel.copy');
    expect([...panelRoot().querySelectorAll('[role="status"]')].map((status) => status.textContent)).toContain(pseudo('copy.copied'));
    expect(untranslatedTexts(panelRoot(), LITERALS)).toEqual([]);
  });

  it('CI/CD variables panel: existing variable, credential health, Replace confirmation and the save result', async () => {
    const value = JSON.stringify({
      auths: {
        [REGISTRY]: { auth: btoa('project_42_bot_abc:glpat-secret-one') },
        'ghcr.io': { auth: btoa('someone:ghp-other') },
        'quay.io': { auth: 'not base64 !' },
      },
    });
    const healthReads: HealthReads = {
      variable: async () => ({ key: 'DOCKER_AUTH_CONFIG', value, description: null, environment_scope: '*' }),
      deployTokens: async () => [],
      usersByUsername: async (username) => [{ id: 101, username }],
      accessTokens: async () => [{ name: 'registry-read-token', user_id: 101, expires_at: '2026-12-07', revoked: false, active: true, scopes: ['read_registry'] }],
      registry: async () => REGISTRY,
      verify: async () => ({ verdict: 'valid', message: pseudo('verify.valid'), pull: true }),
    };
    const store: VariableStore = {
      show: async () => ({ key: 'DOCKER_AUTH_CONFIG', value, variable_type: 'file', protected: false, masked: false, environment_scope: '*' }),
      create: async () => ({}),
      update: async () => ({}),
      version: async () => ({ version: '18.6.0' }),
    };
    const scope = { owner: 'project' as const, fullPath: 'acme/backend' };
    render(
      withPanelText(
        <VariablePanel
          preset={null}
          owner="project"
          settings={{ variableKey: 'DOCKER_AUTH_CONFIG', protect: 'gitlab' }}
          protectedByDefault={null}
          resultUrl="https://gitlab.example.test/acme/backend/-/settings/ci_cd"
          prefill={() => resolveTokenContext({ ...LOCATION, owner: 'personal', scope: 'project', projectId: '42', groupId: null, fullPath: 'acme/backend' }, tokenReads, memory, undefined, pseudo)}
          build={build}
          lookup={async () => ({ hidden: false, variableType: 'file', protected: false, masked: false })}
          save={(mode, json, registry) =>
            saveVariable(store, { scope, mode, json, registry, protectedByDefault: null, maskableRawRegex: null, key: 'DOCKER_AUTH_CONFIG' }, pseudo)
          }
          fillForm={() => {}}
          onClose={() => {}}
          checkHealth={() => checkCredentialHealth(healthReads, LOCATION, scope, 'DOCKER_AUTH_CONFIG', NOW, 30, pseudo)}
        />,
        panelText,
      ),
      panelRoot(),
    );
    await settle();
    await type('#dac-token', SECRET);
    await type('#dac-registry', 'Registry Host!');
    await type('#dac-username', 'project_42_bot_abc');
    // A bad registry: the engine's message, in the pseudo-locale too.
    expect(panelRoot().querySelector('#dac-registry-message')!.textContent).not.toBe('');
    expect(untranslatedTexts(panelRoot(), [...LITERALS, 'Registry Host!'])).toEqual([]);
    await type('#dac-registry', REGISTRY);
    // The health list: this GitLab's entry expires within the warning window; the others are not checked or unreadable.
    expect([...panelRoot().querySelectorAll('[data-health]')].map((entry) => entry.getAttribute('data-health'))).toEqual(['warning', 'unknown', 'error']);
    await press('panel.replace');
    expect(panelRoot().querySelector('[role="alertdialog"]')).not.toBeNull();
    expect(untranslatedTexts(panelRoot(), LITERALS)).toEqual([]);
    await press('panel.replace-yes');
    expect(panelRoot().querySelector('[data-outcome]')?.getAttribute('data-outcome')).toBe('saved');
    expect(untranslatedTexts(panelRoot(), LITERALS)).toEqual([]);
    await press('panel.add-to-existing');
    expect(panelRoot().querySelector('[data-outcome]')?.getAttribute('data-outcome')).toBe('saved');
    expect(untranslatedTexts(panelRoot(), LITERALS)).toEqual([]);
  });

  it("the fill status box: filling, each outcome, the form's problems and Dismiss", () => {
    const status = createFillStatus(document, panelText('fill.dismiss'));
    const report = (overrides: Partial<VariableFormReport>): VariableFormReport => ({
      generation: 'drawer',
      complete: true,
      missing: [],
      masked: true,
      protected: true,
      problem: null,
      ...overrides,
    }) as VariableFormReport;
    const reports: VariableFormReport[] = [
      report({}),
      report({ masked: false, unmaskedBecause: 'form' }),
      report({ submitted: 'refused' }),
      report({ submitted: 'saved' }),
      report({ complete: false, missing: ['type', 'expand', 'environment'] }),
      report({ complete: false, missing: [] }),
      report({ problem: "GitLab's Add variable button is missing or disabled (the project may have reached its variable limit)." }),
    ];
    status.show('filling', panelText('fill.filling'));
    // The box lives in a shadow root of its own: read there.
    const box = document.querySelector(`[${FILL_STATUS_ATTRIBUTE}]`)!.shadowRoot!;
    expect(box.textContent).not.toBe('');
    expect(untranslatedTexts(box)).toEqual([]);
    for (const each of reports) {
      status.show('filled', describeReport(each, 'DOCKER_AUTH_CONFIG', panelText));
      expect(untranslatedTexts(box, [COMMAND, 'DOCKER_AUTH_CONFIG'])).toEqual([]);
    }
    status.remove();
  });
});
