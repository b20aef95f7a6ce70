import type { Page } from 'playwright-core';

/**
 * Where keyboard focus is, as a person would say it: `panel: <control>` inside the extension's
 * in-page panel (its shadow root), `page: <control>` in GitLab's page or an extension page,
 * `body` when it is nowhere. A control is named by its accessible label, id or text.
 */
export function focusedControl(page: Page): Promise<string> {
  return page.evaluate(() => {
    let element = document.activeElement;
    if (element === null || element === document.body) return 'body';
    const host = element;
    while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
    if (element === null) return 'body';
    const label = element.id ? (element.getRootNode() as ParentNode).querySelector(`label[for="${element.id}"]`) : null;
    const name = element.getAttribute('aria-label') || label?.textContent?.trim() || element.textContent?.trim() || '';
    const where = host.hasAttribute('data-docker-auth-config-panel') ? 'panel' : 'page';
    return `${where}: ${element.tagName.toLowerCase()} ${name || element.id}`.trim();
  });
}

/** Presses `key` and returns where focus is then. */
export async function pressAndLocate(page: Page, key: string): Promise<string> {
  await page.keyboard.press(key);
  return focusedControl(page);
}
