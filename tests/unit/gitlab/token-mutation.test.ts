import { afterEach, describe, expect, it } from 'vitest';
import { isTokenRelevantMutation } from '../../../utils/gitlab/token-display';

// Real MutationRecords from happy-dom's observer, so the filter sees what a browser gives it.
async function recordsOf(change: () => void, options: MutationObserverInit = { childList: true, subtree: true }) {
  const records: MutationRecord[] = [];
  const observer = new MutationObserver((batch) => records.push(...batch));
  observer.observe(document.body, options);
  change();
  await new Promise((resolve) => setTimeout(resolve, 0));
  records.push(...observer.takeRecords());
  observer.disconnect();
  return records;
}

function fragment(html: string): HTMLElement {
  const wrapper = document.createElement('div');
  wrapper.innerHTML = html;
  const first = wrapper.firstElementChild;
  if (!(first instanceof HTMLElement)) throw new Error('empty fixture');
  return first;
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('isTokenRelevantMutation', () => {
  it.each([
    ['the NewAccessTokenApp success alert', '<div class="gl-alert" data-testid="success-message"><input id="new-access-token"></div>'],
    ['a section wrapping the token input', '<div><div><input name="new-access-token"></div></div>'],
    ['the input itself', '<input data-testid="created-access-token-field">'],
    ['a full-reload container', '<div class="created-personal-access-token-container"></div>'],
    ['the redesign mount', '<div id="js-shared-access-token-app"></div>'],
    ['the legacy view input', '<div><input data-testid="created-personal-access-token-field"></div>'],
    ['a deploy token alert', '<div class="gl-alert"><input name="deploy-token"></div>'],
    ['the newest deploy token alert mount', '<div id="new-deploy-token-alert"></div>'],
    ['a HAML deploy token container', '<div class="created-deploy-token-container"></div>'],
  ])('true for %s', async (_, html) => {
    const records = await recordsOf(() => document.body.appendChild(fragment(html)));
    expect(records.some(isTokenRelevantMutation)).toBe(true);
  });

  it.each([
    ['an unrelated element', '<div class="sidebar"><a href="#">x</a></div>'],
    ['a form field that is not a token', '<input id="resource_access_token_name">'],
  ])('false for %s', async (_, html) => {
    const records = await recordsOf(() => document.body.appendChild(fragment(html)));
    expect(records.length).toBeGreaterThan(0);
    expect(records.some(isTokenRelevantMutation)).toBe(false);
  });

  it('true for a token alert inserted together with the text around it (one record, a text node first)', () => {
    // A browser queues ONE record for a fragment's nodes (DOM standard, "insert"); happy-dom queues
    // one per node, so the record is written out as a browser gives it.
    const record = {
      type: 'childList',
      addedNodes: [document.createTextNode('\n  '), fragment('<div class="gl-alert"><input name="deploy-token"></div>')],
      removedNodes: [],
      attributeName: null,
    } as unknown as MutationRecord;
    expect(isTokenRelevantMutation(record)).toBe(true);
  });

  it('false for text nodes and removals', async () => {
    const existing = document.body.appendChild(fragment('<div class="gl-alert"><input name="deploy-token"></div>'));
    const records = await recordsOf(() => {
      document.body.appendChild(document.createTextNode('hello'));
      existing.remove();
    });
    expect(records.length).toBeGreaterThan(0);
    expect(records.some(isTokenRelevantMutation)).toBe(false);
  });

  it('true when Vue patches the copy text of a reused button inside a token container', async () => {
    document.body.appendChild(
      fragment('<div data-testid="access-token-section"><button data-clipboard-text="glpat-a"></button></div>'),
    );
    const button = document.querySelector('button');
    const records = await recordsOf(() => button?.setAttribute('data-clipboard-text', 'glpat-b'), {
      attributes: true,
      subtree: true,
    });
    expect(records.some(isTokenRelevantMutation)).toBe(true);
  });

  it('false for changes of other attributes, even inside token containers', async () => {
    document.body.appendChild(fragment('<div data-testid="access-token-section"><span class="a"></span></div>'));
    const records = await recordsOf(
      () => document.querySelector('span.a')?.setAttribute('class', 'b'),
      { attributes: true, subtree: true },
    );
    expect(records.length).toBe(1);
    expect(records.some(isTokenRelevantMutation)).toBe(false);
  });

  it('true for a copy text change anywhere: the container may be a mount place Vue 2 replaced', async () => {
    document.body.appendChild(fragment('<div class="mount-parent"><button data-clipboard-text="x"></button></div>'));
    const records = await recordsOf(
      () => document.querySelector('.mount-parent button')?.setAttribute('data-clipboard-text', 'y'),
      { attributes: true, subtree: true },
    );
    expect(records.some(isTokenRelevantMutation)).toBe(true);
  });

  it('never throws on a characterData record', async () => {
    const text = document.body.appendChild(document.createTextNode('a'));
    const records = await recordsOf(() => (text.data = 'b'), { characterData: true, subtree: true });
    expect(records.length).toBe(1);
    expect(records.some(isTokenRelevantMutation)).toBe(false);
  });
});
