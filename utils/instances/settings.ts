import { z } from 'zod/mini';
import { normaliseRegistry } from '../docker-auth-config';
import { english, type Translate } from '../i18n';
import { GITLAB_COM_ORIGIN, isGitLabCom, type InstanceAddress } from './address';

/**
 * Per-GitLab settings. They hold no secret (a host name, a variable key, two choices), so they
 * live in storage.local; they are checked with these schemas on every read and every write.
 */

export const DEFAULT_VARIABLE_KEY = 'DOCKER_AUTH_CONFIG';
const VARIABLE_KEY = /^\w+$/;

export const ProtectSchema = z.enum(['gitlab', 'on', 'off']);
export type ProtectChoice = z.infer<typeof ProtectSchema>;

const RegistrySchema = z.nullable(
  z.string().check(z.refine((value) => { const key = normaliseRegistry(value); return key.ok && key.value === value; })),
);
const VariableKeySchema = z.string().check(z.regex(VARIABLE_KEY));
/** Days before a token's expiry from which the CI/CD page warns (issue 15); 0 warns only once expired. */
export const MAX_WARN_DAYS = 365;
const WarnDaysSchema = z.int().check(z.gte(0), z.lte(MAX_WARN_DAYS));

/** Strict: a field that is not one of these (a token, say) is refused, never stored. */
export const InstanceSettingsSchema = z.strictObject({
  /** Registry host[:port] that wins over what GitLab's API says; null: none. */
  registry: RegistrySchema,
  /** The Protect box of a new variable: GitLab's own default, or always on / off. */
  protect: ProtectSchema,
  variableKey: VariableKeySchema,
  /** Save the variable without a further click (off unless chosen). */
  saveAutomatically: z.boolean(),
  /** Clear the clipboard 30 s after the panel's Copy, if it can only still hold the JSON (on unless turned off). */
  clearClipboard: z.boolean(),
  /** Warn next to the CI/CD page's button this many days before the variable's token expires. */
  warnDays: WarnDaysSchema,
});
export type InstanceSettings = z.infer<typeof InstanceSettingsSchema>;

export const DEFAULT_SETTINGS: InstanceSettings = Object.freeze({
  registry: null,
  protect: 'gitlab',
  variableKey: DEFAULT_VARIABLE_KEY,
  saveAutomatically: false,
  clearClipboard: true,
  warnDays: 30,
});

const OriginSchema = z.string().check(z.refine((value) => { try { const url = new URL(value); return (url.protocol === 'https:' || url.protocol === 'http:') && url.origin === value; } catch { return false; } }));
const RelativeRootSchema = z.string().check(z.regex(/^(?:\/[A-Za-z0-9._~%-]+)*$/));

export const StoredInstanceSchema = z.strictObject({
  origin: OriginSchema,
  relativeRoot: RelativeRootSchema,
  settings: InstanceSettingsSchema,
});
export type StoredInstance = z.infer<typeof StoredInstanceSchema>;

export const StoredInstancesSchema = z.array(StoredInstanceSchema);

/** An instance as the options page lists it. */
export interface Instance extends StoredInstance {
  /** gitlab.com: always there, its access comes with the extension, it cannot be removed. */
  builtIn: boolean;
}

/** Settings from storage, field by field: a damaged field falls back to its default alone. */
export function settingsFromStorage(raw: unknown): InstanceSettings {
  const fields = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const pick = <T>(schema: z.ZodMiniType<T>, value: unknown, fallback: T): T => {
    const parsed = schema.safeParse(value);
    return parsed.success ? parsed.data : fallback;
  };
  return {
    registry: pick(RegistrySchema, fields.registry, DEFAULT_SETTINGS.registry),
    protect: pick(ProtectSchema, fields.protect, DEFAULT_SETTINGS.protect),
    variableKey: pick(VariableKeySchema, fields.variableKey, DEFAULT_SETTINGS.variableKey),
    saveAutomatically: pick(z.boolean(), fields.saveAutomatically, DEFAULT_SETTINGS.saveAutomatically),
    clearClipboard: pick(z.boolean(), fields.clearClipboard, DEFAULT_SETTINGS.clearClipboard),
    warnDays: pick(WarnDaysSchema, fields.warnDays, DEFAULT_SETTINGS.warnDays),
  };
}

/**
 * The stored list as read: entries whose address is damaged are dropped (there is nothing to
 * serve), damaged settings fall back to defaults, fields that are not ours are not kept, and
 * one entry per origin survives.
 */
export function instancesFromStorage(raw: unknown): StoredInstance[] {
  if (!Array.isArray(raw)) return [];
  const seen = new Set<string>();
  const instances: StoredInstance[] = [];
  for (const entry of raw as unknown[]) {
    if (typeof entry !== 'object' || entry === null) continue;
    const { origin, relativeRoot, settings } = entry as Record<string, unknown>;
    const address = z.object({ origin: OriginSchema, relativeRoot: RelativeRootSchema }).safeParse({ origin, relativeRoot });
    if (!address.success || seen.has(address.data.origin)) continue;
    seen.add(address.data.origin);
    instances.push({ ...address.data, settings: settingsFromStorage(settings) });
  }
  return instances;
}

/** gitlab.com first (built in, with its stored settings if any), then the added ones. */
export function listWithBuiltIn(stored: readonly StoredInstance[]): Instance[] {
  const gitlabCom = stored.find((instance) => instance.origin === GITLAB_COM_ORIGIN);
  return [
    { origin: GITLAB_COM_ORIGIN, relativeRoot: '', settings: gitlabCom?.settings ?? { ...DEFAULT_SETTINGS }, builtIn: true },
    ...stored.filter((instance) => !isGitLabCom(instance.origin)).map((instance) => ({ ...instance, builtIn: false })),
  ];
}

export interface SettingsForm {
  registry: string;
  protect: ProtectChoice;
  variableKey: string;
  saveAutomatically: boolean;
  clearClipboard: boolean;
  /** As typed: a whole number of days. */
  warnDays: string;
}

export type SettingsField = 'registry' | 'variableKey' | 'warnDays';
export type SettingsCheck =
  | { ok: true; value: InstanceSettings }
  | { ok: false; errors: Partial<Record<SettingsField, string>> };

/** What a person typed into an instance's settings, checked with the same rules as storage. */
export function checkSettingsForm(form: SettingsForm, t: Translate = english): SettingsCheck {
  const errors: Partial<Record<SettingsField, string>> = {};
  let registry: string | null = null;
  if (form.registry.trim() !== '') {
    const key = normaliseRegistry(form.registry, t);
    if (key.ok) registry = key.value;
    else errors.registry = key.error;
  }
  const variableKey = form.variableKey.trim() === '' ? DEFAULT_VARIABLE_KEY : form.variableKey.trim();
  if (!VARIABLE_KEY.test(variableKey)) {
    errors.variableKey = t('options.variable-key.characters');
  }
  const warnText = form.warnDays.trim();
  const warnDays = warnText === '' ? DEFAULT_SETTINGS.warnDays : /^\d+$/.test(warnText) ? Number(warnText) : NaN;
  if (!WarnDaysSchema.safeParse(warnDays).success) {
    errors.warnDays = t('options.warn-days.range', { min: 0, max: MAX_WARN_DAYS });
  }
  if (errors.registry || errors.variableKey || errors.warnDays) return { ok: false, errors };
  return {
    ok: true,
    value: { registry, protect: form.protect, variableKey, saveAutomatically: form.saveAutomatically, clearClipboard: form.clearClipboard, warnDays },
  };
}

export const formOf = (settings: InstanceSettings): SettingsForm => ({
  registry: settings.registry ?? '',
  protect: settings.protect,
  variableKey: settings.variableKey,
  saveAutomatically: settings.saveAutomatically,
  clearClipboard: settings.clearClipboard,
  warnDays: String(settings.warnDays),
});

export const sameAddress = (a: InstanceAddress, b: InstanceAddress) => a.origin === b.origin && a.relativeRoot === b.relativeRoot;
