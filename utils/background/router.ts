import { browser, type Browser } from '#imports';
import { buildDockerAuthConfig } from '../docker-auth-config';
import { BackgroundRequestSchema, responseSchemas, type BackgroundRequest, type PageSettings } from '../messaging/protocol';
import { gitLabApi } from './gitlab-api';
import { ciSettingsUrl, putHandoff, takeHandoff } from './handoff';
import { registryMemory } from './registry-memory';
import { resolveTokenContext, tokenContextReads } from './token-context';
import { lookupVariable, saveVariable, variableStore } from './variables';
import { verifyRegistryCredentials } from './verify';
import { instanceSettingsFor, listInstances } from '../instances/store';

/** The settings a content script needs, for the sender's origin (defaults when none are stored). */
async function pageSettingsFor(origin: string): Promise<PageSettings> {
  const { variableKey, protect, saveAutomatically } = await instanceSettingsFor(origin);
  const instance = (await listInstances()).find((entry) => entry.origin === origin);
  return { variableKey, protect, saveAutomatically, relativeRoot: instance ? instance.relativeRoot : null };
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

/** The origin a request concerns: the page's own, which must be the sender's. */
function originOf(request: BackgroundRequest): string {
  if (request.type === 'page-settings') return request.origin;
  return ('location' in request ? request.location : request.target.location).origin;
}

/** `origin` is the sender's (checked by the listener): settings come from storage, never from the page. */
async function handle(request: BackgroundRequest, origin: string): Promise<unknown> {
  switch (request.type) {
    case 'token-context': {
      const reads = tokenContextReads(gitLabApi(request.location));
      return resolveTokenContext({ ...request, origin: request.location.origin }, reads, registryMemory, {
        registryFor: async (origin) => (await instanceSettingsFor(origin)).registry,
      });
    }
    case 'verify-credentials':
      return verifyRegistryCredentials(request.location, request.username, request.secret, request.projectPath);
    case 'handoff-put': {
      await putHandoff(request.target, request.json, request.registry);
      // tabs.create needs no "tabs" permission; the token page stays open behind it.
      await browser.tabs.create({ url: ciSettingsUrl(request.target) });
      return { ok: true, message: 'Opened the CI/CD settings in a new tab.' };
    }
    case 'handoff-take':
      return takeHandoff(request.target);
    case 'page-settings':
      return pageSettingsFor(origin);
    case 'variables-lookup': {
      const { variableKey } = await instanceSettingsFor(origin);
      return lookupVariable(variableStore(gitLabApi(request.location), request.scope, variableKey), request.scope, variableKey);
    }
    case 'build-config': {
      const outcome = buildDockerAuthConfig([{ registry: request.registry, username: request.username, secret: request.secret }]);
      return { json: outcome.json, key: outcome.entries?.[0]?.key ?? null, errors: outcome.outcomes[0]?.errors ?? {} };
    }
    case 'variables-save': {
      const { variableKey, protect } = await instanceSettingsFor(origin);
      const store = variableStore(gitLabApi(request.location, request.csrfToken), request.scope, variableKey);
      return saveVariable(store, { ...request, key: variableKey, protect });
    }
  }
}

export function listenForContentScripts(): void {
  browser.runtime.onMessage.addListener((message: unknown, sender, sendResponse) => {
    const request = BackgroundRequestSchema.safeParse(message);
    if (!request.success) {
      sendResponse({ ok: false, error: 'The extension received a message it does not understand.' });
      return false;
    }
    const origin = senderOrigin(sender);
    if (origin === null || origin !== originOf(request.data)) {
      sendResponse({ ok: false, error: 'Refused: the request names another GitLab than the page it came from.' });
      return false;
    }
    const responseSchema = responseSchemas[request.data.type];
    handle(request.data, origin).then(
      // Answers are checked too: a content script gets only what the protocol promises.
      (response) => sendResponse({ ok: true, response: responseSchema.parse(response) }),
      (error: unknown) => sendResponse({ ok: false, error: error instanceof Error ? error.message : String(error) }),
    );
    return true; // answers asynchronously
  });
}
