import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TokenPanel, type TokenPanelProps } from '../../../components/panel/TokenPanel';
import { buildDockerAuthConfig } from '../../../utils/docker-auth-config';
import type { BuiltConfig, ResolvedValue } from '../../../utils/messaging/protocol';
import { withPanelText } from '../../support/panel-text';

let root: HTMLElement;
beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

// Each act() flushes Preact's renders and effects only when it ends: one per round trip.
async function settle() {
  for (let i = 0; i < 5; i += 1) await act(() => new Promise((resolve) => setTimeout(resolve, 0)));
}

const DISABLED =
  'The container registry is turned off for this project, so GitLab names no registry host. Turn it on under Settings › General › Visibility, project features, permissions, or enter the registry host yourself.';
const EMPTY_REGISTRY = 'Enter the registry host, for example registry.gitlab.com or registry.example.com:5050.';

// What the background answers to 'build-config': the engine itself.
async function build(registry: string, username: string, secret: string): Promise<BuiltConfig> {
  const outcome = buildDockerAuthConfig([{ registry, username, secret }]);
  return { json: outcome.json, key: outcome.entries?.[0]?.key ?? null, errors: outcome.outcomes[0]?.errors ?? {} };
}

function props(registry: ResolvedValue): TokenPanelProps {
  return {
    secret: 'glpat-abcdefghijklmnop1234',
    lockedUsername: null,
    location: { origin: 'https://gitlab.example.com', relativeRoot: '' },
    handoffScope: { owner: 'project', fullPath: 'acme/no-registry' },
    projectPath: 'acme/no-registry',
    resolveContext: async () => ({ registry, username: { value: 'project_7_bot', source: 'a default', problem: null } }),
    build,
    verify: async () => ({ verdict: 'valid', message: 'valid' }),
    handOff: async () => 'ok',
    clearClipboard: async () => true,
    onClose: () => {},
  };
}

describe('token panel', () => {
  it('keeps the advice about a disabled registry visible beside the empty-field error', async () => {
    render(withPanelText(<TokenPanel {...props({ value: null, source: 'Prefilled from nothing known yet.', problem: DISABLED })} />), root);
    await settle();
    const message = root.querySelector('#dac-registry-message')!.textContent!;
    expect(message).toContain(EMPTY_REGISTRY);
    expect(message).toContain(DISABLED);
    expect(root.querySelector<HTMLInputElement>('#dac-registry')!.value).toBe('');
  });

  it('says where a prefilled registry came from', async () => {
    render(withPanelText(<TokenPanel {...props({ value: 'registry.example.com:5050', source: 'Prefilled from the registry last seen on this GitLab.', problem: DISABLED })} />), root);
    await settle();
    expect(root.querySelector<HTMLInputElement>('#dac-registry')!.value).toBe('registry.example.com:5050');
    const message = root.querySelector('#dac-registry-message')!.textContent!;
    expect(message).toContain('Prefilled from the registry last seen on this GitLab.');
    expect(message).toContain(DISABLED);
    expect(message).not.toContain(EMPTY_REGISTRY);
  });
});
