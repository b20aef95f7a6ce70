import { browser, type Browser } from '#imports';
import { buildDockerAuthConfig } from '../docker-auth-config';
import { BackgroundRequestSchema, responseSchemas, type BackgroundRequest, type GitLabLocation } from '../messaging/protocol';
import { gitLabApi } from './gitlab-api';
import { ciSettingsUrl, putHandoff, takeHandoff } from './handoff';
import { registryMemory } from './registry-memory';
import { resolveTokenContext, tokenContextReads } from './token-context';
import { lookupVariable, saveVariable, variableStore } from './variables';
import { verifyRegistryCredentials } from './verify';
import { instanceSettingsFor } from '../instances/store';

/**
 * A request may only concern the GitLab its sender runs on: a token is never sent anywhere but
 * the origin it came from, whatever the message claims.
 */
function senderIsOn(sender: Browser.runtime.MessageSender, location: GitLabLocation): boolean {
  if (!sender.url) return false;
  return new URL(sender.url).origin === location.origin;
}

async function handle(request: BackgroundRequest): Promise<unknown> {
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
    case 'variables-lookup':
      return lookupVariable(variableStore(gitLabApi(request.location), request.scope), request.scope);
    case 'build-config': {
      const outcome = buildDockerAuthConfig([{ registry: request.registry, username: request.username, secret: request.secret }]);
      return { json: outcome.json, key: outcome.entries?.[0]?.key ?? null, errors: outcome.outcomes[0]?.errors ?? {} };
    }
    case 'variables-save': {
      const store = variableStore(gitLabApi(request.location, request.csrfToken), request.scope);
      return saveVariable(store, request);
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
    const location = 'location' in request.data ? request.data.location : request.data.target.location;
    if (!senderIsOn(sender, location)) {
      sendResponse({ ok: false, error: 'Refused: the request names another GitLab than the page it came from.' });
      return false;
    }
    const responseSchema = responseSchemas[request.data.type];
    handle(request.data).then(
      // Answers are checked too: a content script gets only what the protocol promises.
      (response) => sendResponse({ ok: true, response: responseSchema.parse(response) }),
      (error: unknown) => sendResponse({ ok: false, error: error instanceof Error ? error.message : String(error) }),
    );
    return true; // answers asynchronously
  });
}
