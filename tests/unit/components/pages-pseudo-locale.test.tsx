import { render, type ComponentChildren } from 'preact';
import { act } from 'preact/test-utils';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { LanguageProvider } from '../../../components/i18n';
import { EnableOnThisGitLab } from '../../../components/options/EnableOnThisGitLab';
import { InstanceCard } from '../../../components/options/InstanceCard';
import { OptionsApp } from '../../../components/options/OptionsApp';
import { PopupApp } from '../../../components/popup/PopupApp';
import { PrivacyPage } from '../../../components/privacy/PrivacyPage';
import { eventTrust } from '../../../components/user-action';
import { translator } from '../../../utils/i18n';
import { PSEUDO_CATALOGUE } from '../../../utils/i18n/pseudo';
import { DEFAULT_SETTINGS } from '../../../utils/instances/settings';
import { untranslatedTexts } from '../../support/untranslated';
import { installExtensionFakes } from '../instances/fakes';
import { renderRootPerTest, settle } from '../../support/render-root';

// Issue 17: every word the popup, the options page and the privacy page's own chrome show comes
// from the catalogue. Rendered in the pseudo-locale, a text a person could read in English (a
// label, a live-region message, an aria-label, a placeholder, a sentence glued from fragments)
// is left over by untranslatedTexts. Each page is brought into the states that show the most
// text: errors, a built JSON, an inspected and merged value, a refused address, a settings error.

const PSEUDO = { locale: 'en' as const, t: translator('en', PSEUDO_CATALOGUE) };
// What this test types that the pages show back: a one-letter username, a token shown masked.
const TOKEN = '1234567890123';
const TYPED = [`…${TOKEN.slice(-4)}`];

const root = renderRootPerTest();
beforeEach(() => {
  installExtensionFakes();
  vi.spyOn(eventTrust, 'isUserAction').mockReturnValue(true);
});

const show = async (page: ComponentChildren) => {
  render(<LanguageProvider language={PSEUDO}>{page}</LanguageProvider>, root());
  await settle();
};
const type = async (element: Element | null, value: string) => {
  const field = element as HTMLInputElement | HTMLTextAreaElement;
  field.value = value;
  field.dispatchEvent(new Event('input', { bubbles: true }));
  await settle(); // a person's blur comes after the page has re-rendered what they typed
  field.dispatchEvent(new Event('blur'));
  field.dispatchEvent(new FocusEvent('focusout', { bubbles: true }));
  await settle();
};
const click = async (element: Element | null | undefined) => {
  expect(element, 'the element to click').toBeTruthy();
  (element as HTMLElement).click();
  await settle();
};
const untranslated = () => untranslatedTexts(root(), TYPED);

describe('the pseudo-locale finds no English left on the extension pages', () => {
  it('popup, Build: two registries, one with an error, then the JSON built and copied', async () => {
    await show(<PopupApp />);
    await click(root().querySelector('.view > button.button:not([aria-label])'));
    const fields = (name: string) => [...root().querySelectorAll<HTMLInputElement>(`input[id$="-${name}"]`)];
    await type(fields('registry')[0]!, 'registry.example.com:99999');
    await type(fields('username')[0]!, 'u');
    await type(fields('secret')[0]!, `${TOKEN} `);
    expect(root().querySelector('[data-field-error="registry"]'), 'the registry error').not.toBeNull();
    expect(untranslated()).toEqual([]);

    await type(fields('registry')[0]!, 'registry.example.com');
    await type(fields('registry')[1]!, 'docker.io');
    await type(fields('username')[1]!, 'u');
    await type(fields('secret')[1]!, TOKEN);
    expect(root().querySelector<HTMLTextAreaElement>('#result')!.value).toMatch(/^\{"auths"/);
    await click(root().querySelector('#panel-build .copy button'));
    expect(root().querySelector('#panel-build .copy [role="status"]')!.textContent, 'the copy confirmation').not.toBe('');
    await click(root().querySelector('button[aria-pressed]'));
    expect(untranslated()).toEqual([]);
  });

  it('popup, Inspect: a value with errors and warnings, then merged', async () => {
    await show(<PopupApp />);
    const fields = (name: string) => root().querySelector<HTMLInputElement>(`input[id$="-${name}"]`);
    await type(fields('registry'), 'registry.example.com');
    await type(fields('username'), 'u');
    await type(fields('secret'), TOKEN);
    await click(root().querySelector('#tab-inspect'));
    const pasted = {
      auths: {
        'https://Other.Example.com/v2/': { username: 'u', password: TOKEN },
        'broken.example.com': { auth: 'not base64!' },
      },
    };
    await type(root().querySelector('#existing'), JSON.stringify(pasted, null, 2));
    expect(root().querySelectorAll('#panel-inspect .problems li').length, 'problems listed').toBeGreaterThan(1);
    expect(untranslated()).toEqual([]);

    await click([...root().querySelectorAll('#panel-inspect button')].find((button) => !button.closest('.copy')));
    expect(root().querySelector('#merged'), 'the merged value').not.toBeNull();
    expect(untranslated()).toEqual([]);
  });

  it('popup: the offer to enable the GitLab in the tab, over plain http with a port in Firefox', async () => {
    const here = { address: { origin: 'http://gitlab.internal:8080', relativeRoot: '/gitlab' }, warning: PSEUDO.t('address.insecure') };
    await show(<EnableOnThisGitLab find={async () => here} patternOptions={{ keepPort: false }} />);
    expect(root().querySelector('[data-note="every-port"]'), 'the Firefox port note').not.toBeNull();
    expect(untranslated()).toEqual([]);
    await click(root().querySelector('button'));
    expect(root().querySelector('[role="status"]')!.textContent, 'the outcome').not.toBe('');
    expect(untranslated()).toEqual([]);
  });

  it('options: the list, a refused address, an http one added, a settings error', async () => {
    await show(<OptionsApp />);
    expect(root().querySelectorAll('li.instance').length, 'gitlab.com listed').toBe(1);
    const address = root().querySelector('#instance-url');
    const submit = (form: Element) =>
      act(() => {
        form.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
      }).then(settle);
    await type(address, 'https://gitlab.example.com/group/project/-/settings/ci_cd');
    await submit(root().querySelector('form.add')!);
    expect(root().querySelector('#instance-url-error')!.textContent, 'the address error').not.toBe('');
    expect(untranslated()).toEqual([]);

    await type(address, 'http://gitlab.internal');
    expect(root().querySelector('.add [role="note"]'), 'the plain http warning while typing').not.toBeNull();
    await submit(root().querySelector('form.add')!);
    expect(root().querySelectorAll('li.instance').length, 'the instance added').toBe(2);
    expect(untranslated()).toEqual([]);

    const card = root().querySelector('li.instance')!;
    await type(card.querySelector('input[id$="-registry"]'), 'user@registry.example.com');
    await type(card.querySelector('input[id$="-key"]'), 'DOCKER AUTH');
    await type(card.querySelector('input[id$="-warn-days"]'), 'soon');
    await submit(card.querySelector('form.settings')!);
    expect(card.querySelectorAll('p.error').length, 'the three settings errors').toBe(3);
    expect(untranslated()).toEqual([]);
  });

  it('options: an instance the browser no longer lets it read, with a port in Firefox', async () => {
    const instance = { origin: 'https://gitlab.example.com:8443', relativeRoot: '', settings: { ...DEFAULT_SETTINGS }, builtIn: false };
    await show(
      <ul>
        <InstanceCard instance={instance} granted={false} patternOptions={{ keepPort: false }} />
      </ul>,
    );
    expect(root().querySelector('[data-access="missing"]'), 'the missing access').not.toBeNull();
    expect(untranslated()).toEqual([]);
  });

  it('privacy page: the line about the statement being in English', async () => {
    render(
      <LanguageProvider language={{ locale: 'de', t: PSEUDO.t }}>
        <PrivacyPage source={'# Privacy\n\nText.'} />
      </LanguageProvider>,
      root(),
    );
    await settle();
    // The statement itself is PRIVACY.md, English by design and marked so; only the page's own words count.
    root().querySelector('[lang="en"]')!.remove();
    expect(root().textContent).not.toBe('');
    expect(untranslated()).toEqual([]);
  });
});

describe('untranslatedTexts', () => {
  it('reports English text, fragments glued to a message, and English attributes', () => {
    root().innerHTML = `<p>⟦Ŝöɱéţĥîñĝ⟧</p><p>Error: ⟦ţéẋţ⟧</p><button aria-label="Close">⟦ẋ⟧</button><input placeholder="DOCKER_AUTH_CONFIG" />`;
    expect(untranslatedTexts(root())).toEqual(['Error:', 'Close']);
  });

  it('allows never-translated text: DOCKER_AUTH_CONFIG, hosts, URLs, JSON, numbers and given literals', () => {
    root().innerHTML = `<p>DOCKER_AUTH_CONFIG</p><code>registry.example.com:5050</code><p>https://example.com/gitlab</p><textarea>{"auths":{}}</textarea><td>42</td><td>alice</td>`;
    expect(untranslatedTexts(root(), ['alice'])).toEqual([]);
  });
});
