// Fixture markup per GitLab generation, written from docs/gitlab-compatibility.md ("Token pages").
// Inputs rendered by Vue get their secret through the `.value` property only (no value attribute).
import { afterEach, describe, expect, it } from 'vitest';
import type { GitLabPage } from '../../../utils/gitlab/page';
import { PROJECT_TOKENS } from './pages';
import {
  adaptersFor,
  deployTokenHaml,
  deployTokenInline,
  deployTokenVue,
  findShownToken,
  fullReloadAccessToken,
  legacyPersonalTokenView,
  newAccessTokenApp,
  sharedAccessTokenApp,
  TOKEN_DISPLAY_ADAPTERS,
} from '../../../utils/gitlab/token-display';

const PERSONAL_TOKENS: GitLabPage = { ...PROJECT_TOKENS, owner: 'personal', fullPath: null, projectId: null };
const GROUP_TOKENS: GitLabPage = { ...PROJECT_TOKENS, owner: 'group', fullPath: 'acme', projectId: null, groupId: '3' };
const PROJECT_DEPLOY: GitLabPage = { ...PROJECT_TOKENS, kind: 'deploy-tokens', owner: 'project' };
const PROJECT_CI: GitLabPage = { ...PROJECT_TOKENS, kind: 'ci-variables', owner: 'project' };

function render(html: string): HTMLElement {
  document.body.innerHTML = html;
  return document.body;
}

function setValue(selector: string, value: string, index = 0): HTMLInputElement {
  const input = document.querySelectorAll<HTMLInputElement>(selector)[index];
  if (!input) throw new Error(`fixture has no ${selector}[${index}]`);
  input.value = value;
  return input;
}

afterEach(() => {
  document.body.innerHTML = '';
});

// NewAccessTokenApp, newest: access-token-section > success alert > input group + copy button.
const NEW_APP_NEWEST = `
  <div data-testid="access-token-section">
    <div class="gl-alert gl-alert-success" data-testid="success-message">
      <div class="gl-alert-body">
        <div role="group" class="input-group">
          <input id="new-access-token" name="new-access-token" data-testid="created-access-token-field"
                 class="form-control" readonly>
          <div class="input-group-append">
            <button class="btn" data-clipboard-text="glpat-FROMCOPYBUTTON0001"></button>
          </div>
        </div>
      </div>
    </div>
  </div>`;

// NewAccessTokenApp ~15.x, before/without Vue 2 replacing the mount element.
const NEW_APP_15 = `
  <div id="js-new-access-token-app" data-access-token-type="project access token">
    <div>
      <div class="form-group">
        <div role="group" class="input-group">
          <input id="new-access-token" name="new-access-token" data-qa-selector="created_access_token_field"
                 class="form-control qa-created-access-token" readonly>
          <div class="input-group-append">
            <button class="btn" data-clipboard-text="glpat-15xCopy0000000001"></button>
          </div>
        </div>
      </div>
    </div>
  </div>
  <form id="js-new-access-token-form"></form>`;

describe('new-access-token-app', () => {
  it('reads the value property (Vue) and anchors on the input group', () => {
    render(NEW_APP_NEWEST);
    const input = setValue('#new-access-token', 'glpat-xyzXYZ0123456789ab');
    expect(input.getAttribute('value')).toBeNull();

    const token = newAccessTokenApp.find(document, 'project');
    expect(token).not.toBeNull();
    expect(token?.secret).toBe('glpat-xyzXYZ0123456789ab');
    expect(token?.username).toBeNull();
    expect(token?.kind).toBe('project');
    expect(token?.anchor).toBe(document.querySelector('.input-group'));
    expect(token?.container).toBe(document.querySelector('[data-testid="success-message"]'));
  });

  it('falls back to the copy button when the input shows asterisks', () => {
    render(NEW_APP_15);
    setValue('#new-access-token', '********************');
    const token = newAccessTokenApp.find(document, 'group');
    expect(token?.secret).toBe('glpat-15xCopy0000000001');
    expect(token?.kind).toBe('group');
    expect(token?.container).toBe(document.getElementById('js-new-access-token-app'));
  });

  it.each(['••••••••', '●●●●●●', ''])('falls back to the copy button when the input holds %j', (masked) => {
    render(NEW_APP_NEWEST);
    setValue('#new-access-token', masked);
    expect(newAccessTokenApp.find(document, 'project')?.secret).toBe('glpat-FROMCOPYBUTTON0001');
  });

  it('reads a copy button whose text is Rails clipboard JSON', () => {
    render(NEW_APP_NEWEST.replace('data-clipboard-text="glpat-FROMCOPYBUTTON0001"', `data-clipboard-text='{"text":"glpat-json000000000001","gfm":"x"}'`));
    expect(newAccessTokenApp.find(document, 'project')?.secret).toBe('glpat-json000000000001');
  });

  it('finds the input by data-testid alone (no id, no name)', () => {
    render(`<div data-testid="access-token-section"><input data-testid="created-access-token-field"></div>`);
    setValue('input', 'glpat-testidonly00000001');
    expect(newAccessTokenApp.find(document, 'project')?.secret).toBe('glpat-testidonly00000001');
  });

  it('refuses a value that does not look like a token and has no copy button', () => {
    render(`<div data-testid="access-token-section"><input id="new-access-token"></div>`);
    setValue('#new-access-token', 'not a token');
    expect(newAccessTokenApp.find(document, 'project')).toBeNull();
  });

  it('refuses masked input without a copy button', () => {
    render(`<div data-testid="access-token-section"><input id="new-access-token"></div>`);
    setValue('#new-access-token', '*****');
    expect(newAccessTokenApp.find(document, 'project')).toBeNull();
  });

  it('does not read a look-alike outside GitLab containers (hostile user content)', () => {
    render(`
      <div class="md project-description">
        <input id="new-access-token" name="new-access-token" value="glpat-HOSTILE0000000000">
        <button data-clipboard-text="glpat-HOSTILE0000000001"></button>
      </div>`);
    expect(newAccessTokenApp.find(document, 'project')).toBeNull();
    expect(findShownToken(document, PROJECT_TOKENS)).toBeNull();
  });

  it('with a hostile look-alike later in the page, still returns the real token', () => {
    render(`${NEW_APP_NEWEST}<div class="md"><input id="new-access-token" value="glpat-HOSTILE0000000000"></div>`);
    setValue('[data-testid="access-token-section"] #new-access-token', 'glpat-real000000000000001');
    expect(findShownToken(document, PROJECT_TOKENS)?.secret).toBe('glpat-real000000000000001');
  });

  it('two tokens shown: the newest (last in document order) wins', () => {
    render(`
      <div data-testid="access-token-section">
        <div class="gl-alert" data-testid="success-message"><input name="new-access-token"></div>
        <div class="gl-alert" data-testid="success-message"><input name="new-access-token"></div>
      </div>`);
    setValue('input', 'glpat-older00000000000001', 0);
    setValue('input', 'glpat-newer00000000000002', 1);
    const token = newAccessTokenApp.find(document, 'project');
    expect(token?.secret).toBe('glpat-newer00000000000002');
    expect(token?.container).toBe(document.querySelectorAll('.gl-alert')[1]);
  });

  it('refuses a kind it does not show', () => {
    render(NEW_APP_NEWEST);
    setValue('#new-access-token', 'glpat-xyzXYZ0123456789ab');
    expect(newAccessTokenApp.find(document, 'deploy')).toBeNull();
  });
});

describe('full-reload-15.0', () => {
  const FULL_RELOAD = (value: string) => `
    <div class="created-personal-access-token-container">
      <h5>localized heading</h5>
      <div class="form-group">
        <div class="input-group">
          <input type="text" name="created-personal-access-token" id="created-personal-access-token"
                 value="${value}" readonly class="form-control">
          <span class="input-group-append">
            <button class="btn btn-clipboard" data-clipboard-text="${value}"></button>
          </span>
        </div>
      </div>
    </div>`;

  it('reads the server-rendered value', () => {
    render(FULL_RELOAD('glpat-server0000000000001'));
    const token = fullReloadAccessToken.find(document, 'personal');
    expect(token?.secret).toBe('glpat-server0000000000001');
    expect(token?.kind).toBe('personal');
    expect(token?.anchor.classList.contains('input-group')).toBe(true);
    expect(token?.container.classList.contains('created-personal-access-token-container')).toBe(true);
  });

  it("puts the button after the input itself when GitLab's input group is missing, or is not inside the container", () => {
    render(`<div class="created-personal-access-token-container"><input id="created-personal-access-token" value="glpat-nogroup0000000001"></div>`);
    expect(fullReloadAccessToken.find(document, 'personal')?.anchor).toBe(document.querySelector('input'));
    render(`<div class="input-group"><div class="created-personal-access-token-container"><input id="created-personal-access-token" value="glpat-outergroup000001"></div></div>`);
    expect(fullReloadAccessToken.find(document, 'personal')?.anchor).toBe(document.querySelector('input'));
  });

  it('is used by findShownToken on personal pages', () => {
    render(FULL_RELOAD('glpat-server0000000000002'));
    expect(findShownToken(document, PERSONAL_TOKENS)?.secret).toBe('glpat-server0000000000002');
  });

  it('ignores the same id outside its container', () => {
    render(`<div><input id="created-personal-access-token" value="glpat-HOSTILE0000000000"></div>`);
    expect(fullReloadAccessToken.find(document, 'personal')).toBeNull();
  });
});

describe('shared-access-token-app (personal redesign)', () => {
  const SHARED = `
    <div id="js-shared-access-token-app">
      <div class="gl-alert gl-alert-success">
        <div class="input-group">
          <input id="access-token-field" name="access-token-field" data-testid="access-token-field" readonly>
          <div class="input-group-append"><button data-clipboard-text="glpat-sharedcopy00000001"></button></div>
        </div>
      </div>
      <form id="token-create-form"></form>
    </div>`;

  it('reads the value property inside the mount', () => {
    render(SHARED);
    setValue('#access-token-field', 'glpat-shared000000000001');
    const token = sharedAccessTokenApp.find(document, 'personal');
    expect(token?.secret).toBe('glpat-shared000000000001');
    expect(token?.container).toBe(document.getElementById('js-shared-access-token-app'));
    expect(findShownToken(document, PERSONAL_TOKENS)?.secret).toBe('glpat-shared000000000001');
  });

  it('ignores #access-token-field outside the mount', () => {
    render(`<div class="gl-alert gl-alert-success"><input id="access-token-field"></div>`);
    setValue('#access-token-field', 'glpat-HOSTILE0000000000');
    expect(sharedAccessTokenApp.find(document, 'personal')).toBeNull();
  });
});

describe('legacy-personal-token-view', () => {
  const LEGACY = `
    <div id="js-create-legacy-token-app">
      <div>
        <h1>localized heading</h1>
        <div class="input-group"><input data-testid="created-personal-access-token-field" readonly></div>
        <div class="gl-mt-4"><button data-clipboard-text="glpat-legacycopy00000001"></button><a class="btn">Done</a></div>
      </div>
    </div>`;

  it('reads the value property', () => {
    render(LEGACY);
    setValue('[data-testid="created-personal-access-token-field"]', 'glpat-legacy000000000001');
    expect(legacyPersonalTokenView.find(document, 'personal')?.secret).toBe('glpat-legacy000000000001');
  });

  it('uses the separate copy button when the input is masked', () => {
    render(LEGACY);
    setValue('[data-testid="created-personal-access-token-field"]', '****');
    const token = findShownToken(document, PERSONAL_TOKENS);
    expect(token?.secret).toBe('glpat-legacycopy00000001');
    expect(token?.anchor.classList.contains('input-group')).toBe(true);
  });

  it('only applies to personal tokens', () => {
    render(LEGACY);
    setValue('[data-testid="created-personal-access-token-field"]', 'glpat-legacy000000000001');
    expect(legacyPersonalTokenView.find(document, 'project')).toBeNull();
    expect(findShownToken(document, PROJECT_TOKENS)).toBeNull();
  });

  it('reads the input inside an element that carries the data-testid (a wrapper), and nothing from a wrapper without one', () => {
    render(`
      <div id="js-create-legacy-token-app">
        <div data-testid="created-personal-access-token-field" class="input-group"><input readonly></div>
      </div>`);
    document.querySelector('input')!.value = 'glpat-inwrapper00000001';
    expect(legacyPersonalTokenView.find(document, 'personal')?.secret).toBe('glpat-inwrapper00000001');
    render(`<div id="js-create-legacy-token-app"><div data-testid="created-personal-access-token-field">glpat-text000000000001</div></div>`);
    expect(legacyPersonalTokenView.find(document, 'personal')).toBeNull();
  });

  it('uses a copy button placed before the masked input when none follows it', () => {
    render(`
      <div id="js-create-legacy-token-app">
        <div><button data-clipboard-text="glpat-buttonbefore000001"></button>
          <div class="input-group"><input data-testid="created-personal-access-token-field" readonly></div></div>
      </div>`);
    setValue('[data-testid="created-personal-access-token-field"]', '****');
    expect(legacyPersonalTokenView.find(document, 'personal')?.secret).toBe('glpat-buttonbefore000001');
  });

  it('ignores the data-testid outside the mount', () => {
    render(`<div><input data-testid="created-personal-access-token-field" value="glpat-HOSTILE0000000000"></div>`);
    expect(legacyPersonalTokenView.find(document, 'personal')).toBeNull();
  });
});

describe('deploy-token-vue', () => {
  const DEPLOY_VUE = `
    <div id="new-deploy-token-alert">
      <div class="gl-alert gl-alert-success">
        <div class="form-group">
          <div class="input-group">
            <input name="deploy-token-user" readonly>
            <div class="input-group-append"><button data-clipboard-text="gitlab+deploy-token-7"></button></div>
          </div>
        </div>
        <div class="form-group">
          <div class="input-group">
            <input name="deploy-token" readonly>
            <div class="input-group-append"><button data-clipboard-text="gldt-copy000000000000001"></button></div>
          </div>
        </div>
      </div>
    </div>`;

  it('reads username and token from the value properties', () => {
    render(DEPLOY_VUE);
    setValue('input[name="deploy-token-user"]', 'gitlab+deploy-token-7');
    setValue('input[name="deploy-token"]', 'gldt-value00000000000001');
    const token = deployTokenVue.find(document, 'deploy');
    expect(token).toMatchObject({ secret: 'gldt-value00000000000001', username: 'gitlab+deploy-token-7', kind: 'deploy' });
    expect(token?.anchor).toBe(document.querySelectorAll('.input-group')[1]);
    expect(token?.container).toBe(document.querySelector('.gl-alert'));
  });

  it('is no token shown while the token field holds nothing readable (newest GitLab: copy buttons without copy text)', () => {
    render(DEPLOY_VUE.replace(/data-clipboard-text="[^"]*"/g, 'data-testid="clipboard-button"'));
    setValue('input[name="deploy-token-user"]', 'gitlab+deploy-token-7');
    expect(deployTokenVue.find(document, 'deploy')).toBeNull();
    expect(findShownToken(document, PROJECT_DEPLOY)).toBeNull();
  });

  it('takes each value from its own copy button when the inputs are empty', () => {
    render(DEPLOY_VUE);
    const token = findShownToken(document, PROJECT_DEPLOY);
    expect(token?.secret).toBe('gldt-copy000000000000001');
    expect(token?.username).toBe('gitlab+deploy-token-7');
  });

  it('works in an older alert without #new-deploy-token-alert', () => {
    render(DEPLOY_VUE.replace('id="new-deploy-token-alert"', ''));
    setValue('input[name="deploy-token"]', 'gldt-value00000000000002');
    expect(deployTokenVue.find(document, 'deploy')?.secret).toBe('gldt-value00000000000002');
  });

  it('ignores look-alikes outside the alert', () => {
    render(`<div class="md"><input name="deploy-token-user" value="evil"><input name="deploy-token" value="gldt-HOSTILE00000000"></div>`);
    expect(deployTokenVue.find(document, 'deploy')).toBeNull();
    expect(findShownToken(document, PROJECT_DEPLOY)).toBeNull();
  });

  it('only answers for deploy tokens', () => {
    render(DEPLOY_VUE);
    expect(deployTokenVue.find(document, 'project')).toBeNull();
  });
});

describe('deploy-token-inline-15.x', () => {
  // 15.x: the Vue app that replaced #js-new-deploy-token shows the token inline, with generated
  // ids and no alert; its values are Vue-set properties.
  const DEPLOY_INLINE = `
    <div class="settings-content">
      <div class="created-deploy-token-container info-well">
        <div class="well-segment">
          <div class="input-group">
            <input id="gl-form-input-14" name="deploy-token-user" class="form-control" readonly>
            <div class="input-group-append"><button class="btn" data-clipboard-text="gitlab+deploy-token-9"></button></div>
          </div>
          <div class="input-group">
            <input id="gl-form-input-15" name="deploy-token" class="form-control" readonly>
            <div class="input-group-append"><button class="btn" data-clipboard-text="gldt-inline000000000001"></button></div>
          </div>
        </div>
      </div>
    </div>`;

  it('reads the username and token shown inline by their names, with the button after the token', () => {
    render(DEPLOY_INLINE);
    setValue('input[name="deploy-token-user"]', 'gitlab+deploy-token-9');
    const token = setValue('input[name="deploy-token"]', 'gldt-inline000000000001');
    expect(findShownToken(document, PROJECT_DEPLOY)).toMatchObject({
      secret: 'gldt-inline000000000001',
      username: 'gitlab+deploy-token-9',
      kind: 'deploy',
      anchor: token.closest('.input-group'),
    });
    expect(deployTokenInline.find(document, 'deploy')?.secret).toBe('gldt-inline000000000001');
  });

  it('each empty field takes the copy button right after it when the fields and buttons sit side by side', () => {
    render(`
      <div class="created-deploy-token-container">
        <input name="deploy-token-user" readonly><button data-clipboard-text="gitlab+deploy-token-9"></button>
        <input name="deploy-token" readonly><button data-clipboard-text="gldt-sidebyside00000001"></button>
      </div>`);
    expect(deployTokenInline.find(document, 'deploy')).toMatchObject({ secret: 'gldt-sidebyside00000001', username: 'gitlab+deploy-token-9' });
  });

  it('ignores inputs with those names outside GitLab\'s container', () => {
    render(`<div class="md"><input name="deploy-token-user" value="evil"><input name="deploy-token" value="gldt-HOSTILE00000000"></div>`);
    expect(findShownToken(document, PROJECT_DEPLOY)).toBeNull();
  });
});

describe('a copy button without data-clipboard-text (newest GitLab copies through the Clipboard API)', () => {
  it('reads the token from the input alone, and a second token patched into the same input as a property', () => {
    render(NEW_APP_NEWEST.replace(' data-clipboard-text="glpat-FROMCOPYBUTTON0001"', ''));
    const input = setValue('#new-access-token', 'glpat-first0000000000001');
    expect(findShownToken(document, PROJECT_TOKENS)?.secret).toBe('glpat-first0000000000001');
    input.value = 'glpat-second000000000002';
    expect(findShownToken(document, PROJECT_TOKENS)?.secret).toBe('glpat-second000000000002');
  });
});

describe('deploy-token-haml', () => {
  const DEPLOY_HAML = `
    <div class="created-deploy-token-container">
      <div class="input-group">
        <input id="deploy-token-user" name="deploy-token-user" value="gitlab+deploy-token-3" readonly>
        <span class="input-group-append"><button data-clipboard-text="gitlab+deploy-token-3"></button></span>
      </div>
      <div class="input-group">
        <input id="deploy-token" name="deploy-token" value="gldt-haml0000000000000001" readonly>
        <span class="input-group-append"><button data-clipboard-text="gldt-haml0000000000000001"></button></span>
      </div>
    </div>`;

  it('reads the server-rendered username and token', () => {
    render(DEPLOY_HAML);
    expect(deployTokenHaml.find(document, 'deploy')).toMatchObject({
      secret: 'gldt-haml0000000000000001',
      username: 'gitlab+deploy-token-3',
    });
    expect(findShownToken(document, PROJECT_DEPLOY)?.secret).toBe('gldt-haml0000000000000001');
  });

  it('ignores the ids outside the container', () => {
    render(`<div><input id="deploy-token-user" value="x"><input id="deploy-token" value="gldt-HOSTILE00000000"></div>`);
    expect(deployTokenHaml.find(document, 'deploy')).toBeNull();
  });
});

describe('findShownToken', () => {
  it('tries the newest display first', () => {
    render(`
      <div class="created-personal-access-token-container"><input id="created-personal-access-token" value="glpat-old00000000000000001"></div>
      ${NEW_APP_NEWEST}`);
    setValue('#new-access-token', 'glpat-new00000000000000001');
    expect(findShownToken(document, GROUP_TOKENS)?.secret).toBe('glpat-new00000000000000001');
  });

  it('passes the page kind through', () => {
    render(NEW_APP_NEWEST);
    setValue('#new-access-token', 'glpat-xyzXYZ0123456789ab');
    expect(findShownToken(document, GROUP_TOKENS)?.kind).toBe('group');
    expect(findShownToken(document, PERSONAL_TOKENS)?.kind).toBe('personal');
  });

  it('has no token displays for CI/CD pages', () => {
    expect(adaptersFor(PROJECT_CI)).toEqual([]);
    expect(adaptersFor(PROJECT_DEPLOY).map((adapter) => adapter.id)).toEqual(['deploy-token-vue', 'deploy-token-inline-15.x', 'deploy-token-haml']);
  });

  it('finds no token on CI/CD pages', () => {
    render(NEW_APP_NEWEST);
    setValue('#new-access-token', 'glpat-xyzXYZ0123456789ab');
    expect(findShownToken(document, PROJECT_CI)).toBeNull();
  });

  it('does not read access tokens on deploy token pages', () => {
    render(NEW_APP_NEWEST);
    setValue('#new-access-token', 'glpat-xyzXYZ0123456789ab');
    expect(findShownToken(document, PROJECT_DEPLOY)).toBeNull();
  });

  it('returns null on an empty page', () => {
    expect(findShownToken(document, PROJECT_TOKENS)).toBeNull();
  });

  it('never writes the secret into the DOM', () => {
    render(NEW_APP_NEWEST);
    setValue('#new-access-token', 'glpat-neverinthedom00001');
    findShownToken(document, PROJECT_TOKENS);
    expect(document.documentElement.outerHTML).not.toContain('glpat-neverinthedom00001');
  });

  it('has the adapter ids the content script logs', () => {
    expect(TOKEN_DISPLAY_ADAPTERS.map((adapter) => adapter.id)).toEqual([
      'legacy-personal-token-view',
      'shared-access-token-app',
      'new-access-token-app',
      'full-reload-15.0',
      'deploy-token-vue',
      'deploy-token-inline-15.x',
      'deploy-token-haml',
    ]);
  });
});

describe('mount places (Vue 2 replaces the mount element)', () => {
  it('finds a token in the place where GitLab mounted its app, not one elsewhere', async () => {
    const { MountPlaces } = await import('../../../utils/gitlab');
    const { findShownToken } = await import('../../../utils/gitlab');
    document.body.innerHTML =
      '<section class="settings"><div id="js-new-access-token-app"></div></section>' +
      '<div class="md"><input id="new-access-token" data-qa-selector="created_access_token_field"></div>';
    const places = new MountPlaces();
    places.note(document);
    // Vue 2 mounts: the element is replaced by the app's root, without the id.
    const root = document.createElement('div');
    root.innerHTML =
      '<div class="input-group"><input id="new-access-token" data-qa-selector="created_access_token_field">' +
      '<button data-clipboard-text="glpat-fromthecopybutton1"></button></div>';
    document.getElementById('js-new-access-token-app')!.replaceWith(root);
    (root.querySelector('input') as HTMLInputElement).value = '**********';
    (document.querySelector('.md input') as HTMLInputElement).value = 'glpat-hostilelookalike1';
    const page = { kind: 'access-tokens', owner: 'project', relativeRoot: '', fullPath: 'a/b', projectId: '1', groupId: null } as const;

    expect(findShownToken(document, page)).toBeNull();
    const shown = findShownToken(document, page, places);
    expect(shown?.secret).toBe('glpat-fromthecopybutton1');
    expect(shown?.container).toBe(document.querySelector('section.settings'));
  });
});

describe('the shape of what is read as a token', () => {
  it('reads a server-rendered value without the whitespace around it', () => {
    render(`<div class="created-personal-access-token-container"><input id="created-personal-access-token" value="  glpat-served0000000001
"></div>`);
    expect(findShownToken(document, PERSONAL_TOKENS)?.secret).toBe('glpat-served0000000001');
  });

  it('reads copy texts without the whitespace around them, plain or in Rails clipboard JSON', () => {
    render(NEW_APP_NEWEST.replace('"glpat-FROMCOPYBUTTON0001"', '" glpat-spacedcopy000001 "'));
    expect(findShownToken(document, PROJECT_TOKENS)?.secret).toBe('glpat-spacedcopy000001');
    render(NEW_APP_NEWEST.replace('"glpat-FROMCOPYBUTTON0001"', '"{&quot;text&quot;:&quot; glpat-jsoncopy00000001 &quot;,&quot;gfm&quot;:&quot;x&quot;}"'));
    expect(findShownToken(document, PROJECT_TOKENS)?.secret).toBe('glpat-jsoncopy00000001');
  });

  it('takes a copy text of up to 1,024 characters as a token, not a longer blob', () => {
    const withCopyText = (text: string) => NEW_APP_NEWEST.replace('glpat-FROMCOPYBUTTON0001', text);
    render(withCopyText(`glpat-${'a'.repeat(1018)}`));
    expect(findShownToken(document, PROJECT_TOKENS)?.secret).toHaveLength(1024);
    render(withCopyText(`glpat-${'a'.repeat(1019)}`));
    expect(findShownToken(document, PROJECT_TOKENS)).toBeNull();
  });
});

describe('what is never read as the token', () => {
  // Newest GitLab: the copy button copies through navigator.clipboard and carries no
  // data-clipboard-text, so an empty input leaves nothing to read inside GitLab's alert.
  const NEWEST_WITHOUT_COPY_TEXT = `
    <div data-testid="access-token-section">
      <div class="gl-alert gl-alert-success" data-testid="success-message">
        <div class="gl-alert-body">
          <div role="group" class="input-group">
            <input id="new-access-token" name="new-access-token" data-testid="created-access-token-field"
                   class="form-control" readonly>
            <div class="input-group-append"><button class="btn" data-testid="clipboard-button"></button></div>
          </div>
        </div>
      </div>
    </div>`;

  it.each([
    ['before', `<div class="md project-description"><button data-clipboard-text="glpat-HOSTILE0000000001"></button></div>${NEWEST_WITHOUT_COPY_TEXT}`],
    ['after', `${NEWEST_WITHOUT_COPY_TEXT}<div class="md project-description"><button data-clipboard-text="glpat-HOSTILE0000000001"></button></div>`],
  ])("a copy button %s GitLab's alert, elsewhere on the page", (_, html) => {
    render(html);
    expect(newAccessTokenApp.find(document, 'project')).toBeNull();
    expect(findShownToken(document, PROJECT_TOKENS)).toBeNull();
  });

  it.each([
    ['text with spaces', 'docker login -u project_1_bot registry.example.com'],
    ['two lines', 'glpat-first000000000001&#10;glpat-second00000000002'],
    ['Rails clipboard JSON whose text has a space', '{&quot;text&quot;:&quot;not a token&quot;,&quot;gfm&quot;:&quot;x&quot;}'],
  ])("a copy button in GitLab's alert that holds %s", (_, text) => {
    render(NEW_APP_NEWEST.replace('data-clipboard-text="glpat-FROMCOPYBUTTON0001"', `data-clipboard-text="${text}"`));
    expect(newAccessTokenApp.find(document, 'project')).toBeNull();
    expect(findShownToken(document, PROJECT_TOKENS)).toBeNull();
  });
});

describe('deploy tokens: which username goes with the token', () => {
  const pair = () => `
    <div class="form-group"><div class="input-group"><input name="deploy-token-user" readonly></div></div>
    <div class="form-group"><div class="input-group"><input name="deploy-token" readonly></div></div>`;
  function fill(values: string[]): void {
    document.querySelectorAll<HTMLInputElement>('input').forEach((input, index) => {
      input.value = values[index] ?? '';
    });
  }

  it('two alerts on the page: the newest token with the username of its own alert', () => {
    render(`<div id="new-deploy-token-alert">
      <div class="gl-alert gl-alert-success">${pair()}</div>
      <div class="gl-alert gl-alert-success">${pair()}</div>
    </div>`);
    fill(['gitlab+deploy-token-1', 'gldt-first0000000000001', 'gitlab+deploy-token-2', 'gldt-second000000000002']);
    expect(findShownToken(document, PROJECT_DEPLOY)).toMatchObject({ secret: 'gldt-second000000000002', username: 'gitlab+deploy-token-2' });
  });

  it('two tokens in one alert: each username goes with the token after it', () => {
    render(`<div class="gl-alert gl-alert-success">${pair()}${pair()}</div>`);
    fill(['gitlab+deploy-token-1', 'gldt-first0000000000001', 'gitlab+deploy-token-2', 'gldt-second000000000002']);
    expect(findShownToken(document, PROJECT_DEPLOY)).toMatchObject({ secret: 'gldt-second000000000002', username: 'gitlab+deploy-token-2' });
  });

  it('a username shown after the token is still the one that goes with it', () => {
    render(`<div class="gl-alert gl-alert-success">
      <div class="form-group"><input name="deploy-token" readonly></div>
      <div class="form-group"><input name="deploy-token-user" readonly></div>
    </div>`);
    fill(['gldt-only000000000000001', 'gitlab+deploy-token-5']);
    expect(findShownToken(document, PROJECT_DEPLOY)).toMatchObject({ secret: 'gldt-only000000000000001', username: 'gitlab+deploy-token-5' });
  });

  it("a token shown without a username gets none, never the username of another token's alert", () => {
    // The registry checks a deploy token's username exactly: a wrong one would make a value
    // that looks right and fails; none makes the panel ask.
    render(`<div id="new-deploy-token-alert">
      <div class="gl-alert gl-alert-success">${pair()}</div>
      <div class="form-group"><input name="deploy-token" readonly></div>
    </div>`);
    fill(['gitlab+deploy-token-1', 'gldt-first0000000000001', 'gldt-second000000000002']);
    expect(findShownToken(document, PROJECT_DEPLOY)).toMatchObject({ secret: 'gldt-second000000000002', username: null });
  });
});
