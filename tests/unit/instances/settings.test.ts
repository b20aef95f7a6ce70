import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import {
  checkSettingsForm,
  DEFAULT_SETTINGS,
  instancesFromStorage,
  InstanceSettingsSchema,
  listWithBuiltIn,
  settingsFromStorage,
  StoredInstanceSchema,
} from '../../../utils/instances/settings';
import {
  addStoredInstance,
  instanceSettingsFor,
  listInstances,
  readStoredInstances,
  removeStoredInstance,
  saveInstanceSettings,
} from '../../../utils/instances/store';

const SETTINGS = { registry: 'registry.example.com:5050', protect: 'on', variableKey: 'MY_AUTH', saveAutomatically: true, clearClipboard: false, warnDays: 30 } as const;

describe('settings schema', () => {
  it('has exactly the six settings, none of them a secret', () => {
    expect(Object.keys(InstanceSettingsSchema.shape).sort()).toEqual(['clearClipboard', 'protect', 'registry', 'saveAutomatically', 'variableKey', 'warnDays']);
    expect(Object.keys(StoredInstanceSchema.shape).sort()).toEqual(['origin', 'relativeRoot', 'settings']);
    expect(DEFAULT_SETTINGS).toEqual({ registry: null, protect: 'gitlab', variableKey: 'DOCKER_AUTH_CONFIG', saveAutomatically: false, clearClipboard: true, warnDays: 30 });
  });

  it('refuses to write anything else, such as a token', () => {
    expect(InstanceSettingsSchema.safeParse({ ...SETTINGS, token: 'glpat-secret' }).success).toBe(false);
    expect(StoredInstanceSchema.safeParse({ origin: 'https://a.example', relativeRoot: '', settings: SETTINGS, password: 'x' }).success).toBe(false);
    expect(InstanceSettingsSchema.safeParse(SETTINGS).success).toBe(true);
  });

  it('refuses registries that are not normalised host[:port] and keys GitLab would refuse', () => {
    expect(InstanceSettingsSchema.safeParse({ ...SETTINGS, registry: 'https://Registry.example.com/v2/' }).success).toBe(false);
    expect(InstanceSettingsSchema.safeParse({ ...SETTINGS, variableKey: 'DOCKER-AUTH' }).success).toBe(false);
    expect(InstanceSettingsSchema.safeParse({ ...SETTINGS, variableKey: '' }).success).toBe(false);
    expect(InstanceSettingsSchema.safeParse({ ...SETTINGS, protect: 'maybe' }).success).toBe(false);
  });

  it('reads damaged settings field by field, falling back to the default of each', () => {
    expect(settingsFromStorage({ registry: 'not a host', protect: 'off', variableKey: 'a-b', saveAutomatically: 'yes', clearClipboard: 'no', token: 'glpat-x' })).toEqual({
      ...DEFAULT_SETTINGS,
      protect: 'off',
    });
    expect(settingsFromStorage(null)).toEqual(DEFAULT_SETTINGS);
    expect(settingsFromStorage('junk')).toEqual(DEFAULT_SETTINGS);
    expect(settingsFromStorage(SETTINGS)).toEqual(SETTINGS);
  });

  it('drops stored entries without a usable address, and duplicates', () => {
    const read = instancesFromStorage([
      { origin: 'https://a.example', relativeRoot: '/gitlab', settings: SETTINGS, secret: 'glpat-x' },
      { origin: 'https://a.example', relativeRoot: '', settings: {} },
      { origin: 'https://b.example/path', relativeRoot: '', settings: {} },
      { origin: 'javascript:alert(1)', relativeRoot: '', settings: {} },
      { origin: 'https://c.example', relativeRoot: '/a*b', settings: {} },
      { origin: 'https://d.example', relativeRoot: '' },
      42,
      null,
    ]);
    expect(read).toEqual([
      { origin: 'https://a.example', relativeRoot: '/gitlab', settings: SETTINGS },
      { origin: 'https://d.example', relativeRoot: '', settings: DEFAULT_SETTINGS },
    ]);
    expect(instancesFromStorage({ not: 'a list' })).toEqual([]);
  });

  it('lists gitlab.com first, built in, with its stored settings if any', () => {
    const list = listWithBuiltIn([
      { origin: 'https://a.example', relativeRoot: '', settings: DEFAULT_SETTINGS },
      { origin: 'https://gitlab.com', relativeRoot: '', settings: SETTINGS },
    ]);
    expect(list.map((instance) => [instance.origin, instance.builtIn])).toEqual([
      ['https://gitlab.com', true],
      ['https://a.example', false],
    ]);
    expect(list[0]!.settings).toEqual(SETTINGS);
  });
});

describe('the settings form', () => {
  it('normalises the registry and defaults an empty key', () => {
    expect(
      checkSettingsForm({ registry: ' https://Registry.Example.com:5050/v2/ ', protect: 'off', variableKey: '', saveAutomatically: false, clearClipboard: false, warnDays: '' }),
    ).toEqual({
      ok: true,
      value: { registry: 'registry.example.com:5050', protect: 'off', variableKey: 'DOCKER_AUTH_CONFIG', saveAutomatically: false, clearClipboard: false, warnDays: 30 },
    });
    expect(checkSettingsForm({ registry: '', protect: 'gitlab', variableKey: 'X_1', saveAutomatically: true, clearClipboard: true, warnDays: '' })).toMatchObject({
      ok: true,
      value: { registry: null },
    });
  });

  it('says what is wrong next to each field', () => {
    const check = checkSettingsForm({ registry: 'user@registry.example.com', protect: 'on', variableKey: 'DOCKER AUTH', saveAutomatically: false, clearClipboard: true, warnDays: '' });
    expect(check.ok).toBe(false);
    if (check.ok) return;
    expect(check.errors.registry).toMatch(/Remove the "name@" part/);
    expect(check.errors.variableKey).toMatch(/only letters, digits and "_"/);
  });
});

describe('stored instances (storage.local, fake browser)', () => {
  beforeEach(() => fakeBrowser.reset());

  it('adds, lists, sets settings and removes', async () => {
    await addStoredInstance({ origin: 'https://a.example', relativeRoot: '/gitlab' });
    await addStoredInstance({ origin: 'https://a.example', relativeRoot: '/gitlab' }); // twice: once
    expect((await listInstances()).map((instance) => instance.origin)).toEqual(['https://gitlab.com', 'https://a.example']);
    expect(await instanceSettingsFor('https://a.example')).toEqual(DEFAULT_SETTINGS);

    await saveInstanceSettings('https://a.example', SETTINGS);
    expect(await instanceSettingsFor('https://a.example')).toEqual(SETTINGS);
    await saveInstanceSettings('https://gitlab.com', { ...DEFAULT_SETTINGS, registry: 'registry.gitlab.com' });
    expect((await instanceSettingsFor('https://gitlab.com')).registry).toBe('registry.gitlab.com');
    await expect(saveInstanceSettings('https://unknown.example', SETTINGS)).rejects.toThrow(/not in the list/);

    await removeStoredInstance('https://a.example');
    expect(await readStoredInstances()).toEqual([{ origin: 'https://gitlab.com', relativeRoot: '', settings: { ...DEFAULT_SETTINGS, registry: 'registry.gitlab.com' } }]);
    expect(await instanceSettingsFor('https://a.example')).toEqual(DEFAULT_SETTINGS);
  });

  it('never writes a setting that fails the schema', async () => {
    await addStoredInstance({ origin: 'https://a.example', relativeRoot: '' });
    await expect(saveInstanceSettings('https://a.example', { ...SETTINGS, token: 'glpat-x' } as never)).rejects.toThrow();
    await expect(saveInstanceSettings('https://a.example', { ...SETTINGS, variableKey: 'a b' })).rejects.toThrow();
    const raw = await fakeBrowser.storage.local.get('instances');
    expect(JSON.stringify(raw)).not.toContain('glpat');
    expect(await instanceSettingsFor('https://a.example')).toEqual(DEFAULT_SETTINGS);
  });

  it('reads what another version (or a person) left damaged in storage without failing', async () => {
    await fakeBrowser.storage.local.set({
      instances: [{ origin: 'https://a.example', relativeRoot: '', settings: { registry: 42, protect: 'on', variableKey: 'K', saveAutomatically: 'no' } }],
    });
    expect(await instanceSettingsFor('https://a.example')).toEqual({ ...DEFAULT_SETTINGS, protect: 'on', variableKey: 'K' });
    await fakeBrowser.storage.local.set({ instances: 'garbage' });
    expect(await listInstances()).toHaveLength(1);
  });
});

describe('the warning window (issue 15)', () => {
  const form = (warnDays: string) => ({ registry: '', protect: 'gitlab' as const, variableKey: '', saveAutomatically: false, clearClipboard: true, warnDays });
  it('takes whole days from 0 to 365; empty is the default 30', () => {
    expect(checkSettingsForm(form('14'))).toMatchObject({ ok: true, value: { warnDays: 14 } });
    expect(checkSettingsForm(form(''))).toMatchObject({ ok: true, value: { warnDays: 30 } });
    expect(checkSettingsForm(form('0'))).toMatchObject({ ok: true, value: { warnDays: 0 } });
  });
  it.each(['-1', '366', '2.5', 'soon'])('refuses %s with a message that says how to fix it', (typed) => {
    expect(checkSettingsForm(form(typed))).toEqual({ ok: false, errors: { warnDays: 'Enter a whole number of days from 0 to 365 (GitLab tokens live at most a year).' } });
  });
  it('a damaged stored value falls back to 30 alone', () => {
    expect(settingsFromStorage({ warnDays: 'x', variableKey: 'MY_AUTH' })).toMatchObject({ warnDays: 30, variableKey: 'MY_AUTH' });
  });
});
