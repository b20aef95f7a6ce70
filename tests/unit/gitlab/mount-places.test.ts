// Where GitLab mounted its token apps (docs/gitlab-compatibility.md, §2): Vue 2 replaces the
// mount element, so the content script notes its parent while the server's HTML is parsed and
// trusts a token input only inside such a parent.
import { afterEach, describe, expect, it } from 'vitest';
import { PROJECT_TOKENS } from './pages';
import { findShownToken, MountPlaces, noteMountPlacesWhileParsing } from '../../../utils/gitlab/token-display';
import { changeAndLetObserversRun, parsed, parsing, resetDocument } from './document-parsing';


// What GitLab's app renders in place of its mount element once a token is created (no mount id).
function vueAppRoot(secret: string): HTMLElement {
  const root = document.createElement('div');
  root.innerHTML = '<div class="input-group"><input id="new-access-token" data-qa-selector="created_access_token_field" readonly></div>';
  root.querySelector('input')!.value = secret;
  return root;
}

// A look-alike of GitLab's token input in user content (a project description).
const LOOK_ALIKE = '<div class="md"><input id="new-access-token" data-qa-selector="created_access_token_field" value="glpat-lookalike000000001"></div>';

afterEach(resetDocument);

describe('mount places', () => {
  it('never makes the whole page GitLab\'s container when an app is mounted right under <body>', () => {
    document.body.innerHTML = `<div id="js-new-access-token-app"></div>${LOOK_ALIKE}`;
    const places = new MountPlaces();
    places.note(document);
    expect(places.found).toBe(false);
    document.getElementById('js-new-access-token-app')!.replaceWith(vueAppRoot('**********'));
    expect(findShownToken(document, PROJECT_TOKENS, places)).toBeNull();
  });

  it('nor when a mount element sits directly under <html>', () => {
    const mount = document.createElement('div');
    mount.id = 'js-shared-access-token-app';
    document.documentElement.appendChild(mount);
    document.body.innerHTML = LOOK_ALIKE;
    const places = new MountPlaces();
    places.note(document);
    expect(places.found).toBe(false);
    expect(findShownToken(document, PROJECT_TOKENS, places)).toBeNull();
  });
});

describe('noteMountPlacesWhileParsing', () => {
  it('notes a mount element that the parser reaches after the script started, and finds the token there', async () => {
    parsing();
    const places = new MountPlaces();
    noteMountPlacesWhileParsing(document, places);
    expect(places.found).toBe(false);

    await changeAndLetObserversRun(() => {
      document.body.innerHTML = `<section class="settings-content"><div id="js-new-access-token-app"></div></section>${LOOK_ALIKE}`;
    });
    // GitLab's deferred scripts run once parsing is done, before DOMContentLoaded: Vue replaces
    // the mount element, so only what was noted during parsing still knows where it was.
    document.getElementById('js-new-access-token-app')!.replaceWith(vueAppRoot('glpat-real0000000000000001'));
    parsed();
    expect(places.found).toBe(true);

    const shown = findShownToken(document, PROJECT_TOKENS, places);
    expect(shown?.secret).toBe('glpat-real0000000000000001');
    expect(shown?.container).toBe(document.querySelector('section.settings-content'));
  });

  it('stops noting once the page is parsed: a mount element added later is not trusted', async () => {
    parsing();
    const places = new MountPlaces();
    noteMountPlacesWhileParsing(document, places);
    parsed();
    await changeAndLetObserversRun(() => {
      document.body.innerHTML = '<div class="md"><div id="js-new-access-token-app"></div></div>';
    });
    expect(places.found).toBe(false);
  });

  it('on a page already parsed, notes what is there and nothing added afterwards', async () => {
    document.body.innerHTML = '<section class="settings-content"><div id="new-deploy-token-alert"></div></section>';
    const places = new MountPlaces();
    noteMountPlacesWhileParsing(document, places);
    const section = document.querySelector('section')!;
    expect(places.containing(section.firstElementChild!)).toBe(section);

    await changeAndLetObserversRun(() => {
      document.body.insertAdjacentHTML('beforeend', '<div class="md"><div id="js-new-access-token-app"></div><input></div>');
    });
    expect(places.containing(document.querySelector('.md input')!)).toBeNull();
  });
});
