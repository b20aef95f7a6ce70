import { render } from 'preact';
import { describe, expect, it, vi } from 'vitest';
import { TokenPanel } from '../../../components/panel/TokenPanel';
import { VariablePanel, type VariablePanelProps } from '../../../components/panel/VariablePanel';
import { buildDockerAuthConfig } from '../../../utils/docker-auth-config';
import type { BuiltConfig } from '../../../utils/messaging/protocol';
import { buttonNamed, panelTestRoot, settle, typeInto, withPanelText } from '../../support/panel-text';

// The panels show the JSON the background built for the fields. Between a change to a field and
// the background's answer, the JSON on screen still holds the fields' OLD values: nothing may act
// on it then (a quick person, or a busy machine, would save, fill, copy or hand over credentials
// they did not type). Found by an end-to-end run on a loaded machine.

const panelRoot = panelTestRoot();

/** The background's build-config, answered only when the test says so. */
function heldBuilds() {
  const waiting: Array<() => void> = [];
  const build = (registry: string, username: string, secret: string) =>
    new Promise<BuiltConfig>((resolve) => {
      waiting.push(() => {
        const outcome = buildDockerAuthConfig([{ registry, username, secret }]);
        resolve({ json: outcome.json, key: outcome.entries?.[0]?.key ?? null, errors: outcome.outcomes[0]?.errors ?? {} });
      });
    });
  const answerAll = async () => {
    for (const answer of waiting.splice(0)) answer();
    await settle();
  };
  return { build, answerAll };
}

const button = (name: string) => buttonNamed(panelRoot(), name);
const type = (selector: string, value: string) => typeInto(panelRoot(), selector, value);

describe('the variable panel', () => {
  it('offers no save or fill while the JSON is being rebuilt for a changed field, and saves what was typed', async () => {
    const { build, answerAll } = heldBuilds();
    const save = vi.fn<VariablePanelProps['save']>(async () => ({ outcome: 'saved', message: 'Saved.', existing: null, masked: true, protected: false }));
    render(
      withPanelText(<VariablePanel
        preset={null}
        owner="project"
        settings={{ variableKey: 'DOCKER_AUTH_CONFIG', protect: 'gitlab' }}
        protectedByDefault={false}
        resultUrl={null}
        prefill={async () => ({
          registry: { value: 'registry.gitlab.com', source: 'the project', problem: null },
          username: { value: 'alice', source: 'your username', problem: null },
        })}
        build={build}
        lookup={async () => null}
        save={save}
        fillForm={() => {}}
        onClose={() => {}}
      />),
      panelRoot(),
    );
    await settle();
    await type('#dac-token', 'glpat-typed0000000000001');
    await answerAll();
    expect(button('Save as CI/CD variable').disabled).toBe(false);

    await type('#dac-username', 'ci-puller');
    expect(button('Save as CI/CD variable').disabled, 'Save while the JSON still holds "alice"').toBe(true);
    expect(button('Fill variable form').disabled, 'Fill while the JSON still holds "alice"').toBe(true);
    button('Save as CI/CD variable').click();
    await settle();
    expect(save).not.toHaveBeenCalled();

    await answerAll();
    button('Save as CI/CD variable').click();
    await settle();
    expect(save).toHaveBeenCalledTimes(1);
    const auth = JSON.parse(save.mock.calls[0]![1]).auths['registry.gitlab.com'].auth as string;
    expect(atob(auth)).toBe('ci-puller:glpat-typed0000000000001');
  });
});

describe('the token panel', () => {
  it('offers no Copy or Fill CI/CD variable while the JSON is being rebuilt for a changed field', async () => {
    const { build, answerAll } = heldBuilds();
    const handOff = vi.fn(async (_target: unknown, _json: string, _registry: string) => 'Opened the CI/CD settings in a new tab.');
    render(
      withPanelText(<TokenPanel
        secret="glpat-captured0000000001"
        lockedUsername={null}
        location={{ origin: 'https://gitlab.com', relativeRoot: '' }}
        handoffScope={{ owner: 'project', fullPath: 'acme/backend' }}
        projectPath="acme/backend"
        resolveContext={async () => ({
          registry: { value: 'registry.gitlab.com', source: 'the project', problem: null },
          username: { value: 'project_42_bot', source: 'a default', problem: null },
        })}
        build={build}
        verify={async () => ({ verdict: 'valid', message: 'valid' })}
        handOff={handOff}
        clearClipboard={async () => true}
        onClose={() => {}}
      />),
      panelRoot(),
    );
    await settle();
    await answerAll();
    expect(button('Fill CI/CD variable').disabled).toBe(false);
    expect(button('Copy').disabled).toBe(false);

    await type('#dac-registry', 'registry.example.com:5050');
    expect(button('Fill CI/CD variable').disabled, 'Fill CI/CD variable with the old registry').toBe(true);
    expect(button('Copy').disabled, 'Copy with the old registry').toBe(true);

    await answerAll();
    button('Fill CI/CD variable').click();
    await settle();
    expect(handOff).toHaveBeenCalledTimes(1);
    expect(handOff.mock.calls[0]![1]).toContain('"registry.example.com:5050"');
  });
});
