import { openInPagePanel } from '../../components/panel/mount';
import { PanelLanguage } from '../../components/panel/text';
import { TokenPanel, type HandoffScope } from '../../components/panel/TokenPanel';
import type { GitLabPage } from '../gitlab/page';
import { injectedPageText } from '../i18n/page-catalogue';
import type { ShownToken } from '../gitlab/token-display';
import { sayTokenFormFill } from '../../components/panel/token-form-said';
import { fillRegistryReadTokenForm, unfoldTokenForm } from '../gitlab/token-form';
import { sendToBackground } from '../messaging/send';
import { gitLabLocationOf, requestPageSettings } from './page-context';
import type { TokenPanelEntry } from './panel-bridge';

/**
 * The token pages' panel and form filling: injected by the background only when the person
 * clicks one of the watcher's buttons (./token-page-watcher.ts, ./panel-bridge.ts).
 */

function handoffScopeOf(page: GitLabPage): HandoffScope {
  if (page.kind === 'access-tokens' && page.owner === 'personal') return null;
  if (page.fullPath === null || page.owner === 'personal' || page.owner === 'instance') return null;
  return { owner: page.owner, fullPath: page.fullPath };
}

/** The language the background injected with this file (the GitLab page's), read once when the panel code starts. */
const { locale, t } = injectedPageText();

function openPanel(page: GitLabPage, shown: ShownToken, opener: HTMLElement): void {
  const location = gitLabLocationOf(page);
  const scope = page.owner === 'project' ? 'project' : page.owner === 'group' ? 'group' : 'personal';
  openInPagePanel((close) => (
    <PanelLanguage locale={locale} t={t}>
    <TokenPanel
      secret={shown.secret}
      lockedUsername={shown.kind === 'deploy' ? shown.username : null}
      location={location}
      handoffScope={handoffScopeOf(page)}
      projectPath={page.owner === 'project' ? page.fullPath : null}
      resolveContext={() =>
        sendToBackground({
          type: 'token-context',
          locale,
          location,
          owner: shown.kind,
          scope,
          projectId: page.projectId,
          groupId: page.groupId,
          fullPath: page.fullPath,
        })
      }
      build={(registry, username, secret) => sendToBackground({ type: 'build-config', locale, location, registry, username, secret })}
      verify={(username, secret) =>
        sendToBackground({
          type: 'verify-credentials',
          locale,
          location,
          username,
          secret,
          projectPath: page.owner === 'project' ? page.fullPath : null,
        })
      }
      handOff={async (target, json, registry) =>
        (await sendToBackground({ type: 'handoff-put', locale, target: { location, ...target }, json, registry })).message
      }
      clearClipboard={async () => (await requestPageSettings()).clearClipboard}
      onClose={close}
    />
    </PanelLanguage>
  ), opener);
}

export const tokenPanelEntry: TokenPanelEntry = {
  open: openPanel,
  fillTokenForm: (page, locale) =>
    // Said with the catalogue injected with this file (one language, not all nine in the panel file).
    sayTokenFormFill(fillRegistryReadTokenForm(document, page, new Date()), locale, t),
  renew(page) {
    // Renew from the CI/CD page (issue 15): GitLab's form is opened with its own button and prepared once; never submitted.
    unfoldTokenForm(document);
    fillRegistryReadTokenForm(document, page, new Date());
  },
};
