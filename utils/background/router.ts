import { browser, type Browser } from '#imports';
import { buildDockerAuthConfig } from '../docker-auth-config';
import { CATALOGUES } from '../i18n/catalogues';
import { english, translator, type Translate } from '../i18n';
import {
  BackgroundRequestSchema,
  LocaleSchema,
  responseSchemas,
  type BackgroundRequest,
  type GitLabLocation,
  type PageSettings,
  type VariableScope,
} from '../messaging/protocol';
import { gitLabApi } from './gitlab-api';
import { putHandoff, takeHandoff } from './handoff';
import { injectPanel, panelLocale } from './panel-injection';
import { pageContext } from './page-context';
import { startLimiter } from './rate-limit';
import { registryMemory } from './registry-memory';
import { resolveRegistry, resolveTokenContext, tokenContextReads } from './token-context';
import { checkCredentialHealth, credentialHint, describeSavedToken, healthReads, rawEntries } from './credential-health';
import { lookupVariable, saveVariable, variableStore } from './variables';
import { verifyRegistryCredentials } from './verify';
import { instanceSettingsFor, listInstances } from '../instances/store';
import { servesPath, TOKEN_PAGE_MATCHES } from '../features/routes';

/** The settings a content script needs, for the sender's origin (defaults when none are stored). */
async function pageSettingsFor(origin: string): Promise<PageSettings> {
  const { variableKey, protect, saveAutomatically, clearClipboard } = await instanceSettingsFor(origin);
  const instance = (await listInstances()).find((entry) => entry.origin === origin);
  return { variableKey, protect, saveAutomatically, clearClipboard, relativeRoot: instance ? instance.relativeRoot : null };
}

/**
 * A request may only concern the GitLab its sender runs on: a token is never sent anywhere but
 * the origin it came from, whatever the message claims.
 */
function senderOrigin(sender: Browser.runtime.MessageSender): string | null {
  if (!sender.url) return null;
  try {
    return new URL(sender.url).origin;
  } catch {
    return null;
  }
}

/** The GitLab a request concerns (null for page-settings, which names only an origin). */
function locationOf(request: BackgroundRequest): GitLabLocation | null {
  if (request.type === 'page-settings' || request.type === 'page-context') return null;
  return 'location' in request ? request.location : request.target.location;
}

/** The origin a request concerns: the page's own, which must be the sender's. */
function originOf(request: BackgroundRequest): string {
  return request.type === 'page-settings' || request.type === 'page-context' ? request.origin : locationOf(request)!.origin;
}

/**
 * Whether the request's relative root is the one stored for its origin ('' on gitlab.com): a
 * page cannot point the background's requests at another path of the origin (`/..`, another app).
 */
async function hasStoredRoot(request: BackgroundRequest): Promise<boolean> {
  const location = locationOf(request);
  if (location === null) return true;
  const instance = (await listInstances()).find((entry) => entry.origin === location.origin);
  return instance !== undefined && instance.relativeRoot === location.relativeRoot;
}

/**
 * Hand-offs open tabs: a tab may start one every 5 s, and all tabs together 10 a minute. The
 * panel's button acts only on a person's own click; this bounds what a content script could do.
 */
const HANDOFF_LIMITS = { perSourceMs: 5000, max: 10, windowMs: 60_000 };
type Limiter = ReturnType<typeof startLimiter>;

/** Whether the sender is a token page (the only pages that hand off), from its path alone. */
const isTokenPageSender = (sender: Browser.runtime.MessageSender) =>
  sender.url !== undefined && servesPath(new URL(sender.url).pathname, TOKEN_PAGE_MATCHES);

/** The credential-health reads for a request's GitLab and scope (./credential-health.ts). */
async function healthReadsFor(location: GitLabLocation, scope: VariableScope, t: Translate, csrfToken: string | null = null) {
  const settings = await instanceSettingsFor(location.origin);
  const api = gitLabApi(location, csrfToken);
  const store = variableStore(api, scope, settings.variableKey, t);
  const projectPath = scope.owner === 'project' ? scope.fullPath : null;
  const reads = healthReads(
    api,
    () => store.show(),
    async () =>
      (
        await resolveRegistry(
          { origin: location.origin, owner: 'personal', scope: scope.owner === 'instance' ? 'personal' : scope.owner, projectId: null, groupId: null, fullPath: scope.fullPath },
          tokenContextReads(api),
          registryMemory,
          { registryFor: async () => settings.registry },
        )
      ).value,
    (username, secret) => verifyRegistryCredentials(location, username, secret, projectPath, t),
  );
  return { reads, settings, store };
}

async function openTab(url: string, t: Translate): Promise<number> {
  // tabs.create needs no "tabs" permission; the token page stays open behind it.
  const tab = await browser.tabs.create({ url });
  if (tab.id === undefined) throw new Error(t('handoff.no-tab'));
  return tab.id;
}

/**
 * The language of the sentences in the answer: the one the request names (the panel's, from the
 * GitLab page's language), English when it names none. The background formats them, the panel
 * shows them as they come (utils/i18n/page-catalogue.ts says why).
 */
const textFor = (request: BackgroundRequest): Translate => {
  const locale = 'locale' in request && request.locale ? request.locale : 'en';
  return translator(locale, CATALOGUES[locale]);
};

/** `origin` is the sender's (checked by the listener): settings come from storage, never from the page. */
async function handle(request: BackgroundRequest, origin: string, sender: Browser.runtime.MessageSender, handoffStarts: Limiter): Promise<unknown> {
  const t = textFor(request);
  switch (request.type) {
    case 'token-context': {
      const reads = tokenContextReads(gitLabApi(request.location));
      const override = { registryFor: async (origin: string) => (await instanceSettingsFor(origin)).registry };
      return resolveTokenContext({ ...request, origin: request.location.origin }, reads, registryMemory, override, t);
    }
    case 'verify-credentials':
      return verifyRegistryCredentials(request.location, request.username, request.secret, request.projectPath, t);
    case 'handoff-put': {
      const tabId = sender.tab?.id;
      if (tabId === undefined || !isTokenPageSender(sender)) throw new Error(t('error.refused-not-token-page'));
      const wait = handoffStarts.tryStart(tabId);
      if (wait > 0) return { ok: false, message: t('handoff.wait', { seconds: wait }) };
      // The CI/CD page's fill writes a description naming the token (issue 15): told here, where the token is new.
      const { reads } = await healthReadsFor(request.target.location, { owner: request.target.owner, fullPath: request.target.fullPath }, t);
      const handed = rawEntries(request.json)?.find((entry) => entry.registry === request.registry);
      const description = await describeSavedToken(reads, request.target, handed?.username && handed.secret ? { username: handed.username, secret: handed.secret } : null);
      await putHandoff(request.target, request.json, request.registry, (url) => openTab(url, t), Date.now, description);
      return { ok: true, message: t('handoff.opened') };
    }
    case 'handoff-take':
      return takeHandoff(request.target, { tabId: sender.tab?.id, url: sender.url });
    case 'page-settings':
      return pageSettingsFor(origin);
    case 'page-context':
      // The path is the sender's own (the listener checked its origin): a page cannot name another.
      return pageContext({ ...request, pathname: new URL(sender.url!).pathname }, await pageSettingsFor(origin), globalThis.navigator?.language);
    case 'panel-load':
      return injectPanel(sender, request.location, request.panel, undefined, panelLocale(request.pageLanguage));
    case 'variables-lookup': {
      const { variableKey } = await instanceSettingsFor(origin);
      return lookupVariable(variableStore(gitLabApi(request.location), request.scope, variableKey, t), request.scope, variableKey, t);
    }
    case 'build-config': {
      const outcome = buildDockerAuthConfig([{ registry: request.registry, username: request.username, secret: request.secret }], t);
      return { json: outcome.json, key: outcome.entries?.[0]?.key ?? null, errors: outcome.outcomes[0]?.errors ?? {} };
    }
    case 'variables-save': {
      const { reads, settings, store } = await healthReadsFor(request.location, request.scope, t, request.csrfToken);
      // The description names the token being saved when GitLab's API can tell which it is (issue 15).
      const saved = rawEntries(request.json)?.find((entry) => entry.registry === request.registry);
      const tokenDescription = await describeSavedToken(reads, request.scope, saved?.username && saved.secret ? { username: saved.username, secret: saved.secret } : null);
      return saveVariable(store, { ...request, key: settings.variableKey, protect: settings.protect, tokenDescription }, t);
    }
    case 'credential-hint': {
      const { reads, settings } = await healthReadsFor(request.location, request.scope, t);
      return credentialHint(reads, settings.variableKey, new Date(), settings.warnDays, t);
    }
    case 'credential-health': {
      const { reads, settings } = await healthReadsFor(request.location, request.scope, t);
      return checkCredentialHealth(reads, request.location, request.scope, settings.variableKey, new Date(), settings.warnDays, t);
    }
  }
}

export function listenForContentScripts(): void {
  const handoffStarts = startLimiter(HANDOFF_LIMITS);
  browser.runtime.onMessage.addListener((message: unknown, sender, sendResponse) => {
    const request = BackgroundRequestSchema.safeParse(message);
    if (!request.success) {
      // Said in the language the message asked for, if it named one we speak.
      const asked = LocaleSchema.safeParse((message as { locale?: unknown } | null)?.locale);
      const t = asked.success ? translator(asked.data, CATALOGUES[asked.data]) : english;
      sendResponse({ ok: false, error: t('error.not-understood') });
      return false;
    }
    const origin = senderOrigin(sender);
    if (origin === null || origin !== originOf(request.data)) {
      sendResponse({ ok: false, error: textFor(request.data)('error.refused-origin') });
      return false;
    }
    const responseSchema = responseSchemas[request.data.type];
    hasStoredRoot(request.data)
      .then((stored) => {
        if (!stored) throw new Error(textFor(request.data)('error.refused-root'));
        return handle(request.data, origin, sender, handoffStarts);
      })
      .then(
        (response) => {
          // Answers are checked too: a content script gets only what the protocol promises. One
          // outside it is the extension's own fault, said as "the extension failed" (send.ts).
          const checked = responseSchema.safeParse(response);
          sendResponse(checked.success ? { ok: true, response: checked.data } : { ok: false });
        },
        (error: unknown) => sendResponse({ ok: false, error: error instanceof Error ? error.message : String(error) }),
      );
    return true; // answers asynchronously
  });
}
