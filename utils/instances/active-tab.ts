import { browser } from '#imports';
import { english, type Translate } from '../i18n';
import { checkInstanceAddress, isGitLabCom, type InstanceAddress } from './address';
import { gitLabFromSignals, probeGitLabPage, type GitLabPageSignals } from './detect';
import { readStoredInstances } from './store';

export interface GitLabHere {
  address: InstanceAddress;
  warning: string | null;
}

/**
 * The GitLab in the active tab that the extension does not serve yet, or null. Needs only
 * activeTab: opening the popup grants access to that one tab (its URL and one script run);
 * no `tabs` permission, nothing injected anywhere else.
 */
export async function gitLabInActiveTab(t: Translate = english): Promise<GitLabHere | null> {
  try {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id === undefined || !tab.url) return null;
    const url = new URL(tab.url);
    if ((url.protocol !== 'https:' && url.protocol !== 'http:') || isGitLabCom(url.origin)) return null;
    const added = (await readStoredInstances()).map((instance) => instance.origin);
    if (added.includes(url.origin)) return null;
    const [injection] = await browser.scripting.executeScript({ target: { tabId: tab.id }, func: probeGitLabPage });
    const signals = injection?.result as GitLabPageSignals | undefined;
    if (!signals) return null;
    const found = gitLabFromSignals(signals, url.pathname);
    if (!found) return null;
    const check = checkInstanceAddress(`${url.origin}${found.relativeRoot}`, added, t);
    return check.ok ? { address: check.value, warning: check.warning } : null;
  } catch {
    // A page the browser does not let extensions read (the store, chrome://): nothing to offer.
    return null;
  }
}
