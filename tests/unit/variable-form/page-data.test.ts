// GitLab's settings for new variables are on the variables app's mount element only in the
// server's HTML (docs/gitlab-compatibility.md, "Masking"): Vue 2 replaces the element when it
// mounts. The content script notes them while the page is parsed, and only then.
import { afterEach, describe, expect, it } from 'vitest';
import { noteVariablesPageData } from '../../../utils/gitlab/variable-form';
import { changeAndLetObserversRun, parsed, parsing, resetDocument } from '../gitlab/document-parsing';

const MOUNT = '<div id="js-ci-variables" data-protected-by-default="true" data-maskable-raw-regex="^\\S{8,}$"></div>';

/** What Vue 2 does on mount: the element with its data attributes is replaced by the app's root. */
const vueMounts = () => document.getElementById('js-ci-variables')!.replaceWith(document.createElement('div'));

afterEach(resetDocument);

describe('noteVariablesPageData', () => {
  it('keeps what the mount element said while the page was parsed, after Vue has replaced it', async () => {
    parsing();
    const data = noteVariablesPageData(document);
    expect(data).toEqual({ protectedByDefault: null, maskableRawRegex: null });
    await changeAndLetObserversRun(() => {
      document.body.innerHTML = `<section id="js-cicd-variables-settings">${MOUNT}</section>`;
    });
    vueMounts();
    parsed();
    expect(data).toEqual({ protectedByDefault: true, maskableRawRegex: '^\\S{8,}$' });
  });

  it('reads a mount element the parser reaches last, at DOMContentLoaded', () => {
    parsing();
    const data = noteVariablesPageData(document);
    document.body.innerHTML = '<div id="js-instance-variables" data-protected-by-default="false"></div>';
    parsed();
    expect(data).toEqual({ protectedByDefault: false, maskableRawRegex: null });
  });

  it('stops once the page is parsed: an element added later (user content, another app) is not read', async () => {
    parsing();
    const data = noteVariablesPageData(document);
    parsed();
    await changeAndLetObserversRun(() => {
      document.body.innerHTML = MOUNT;
    });
    expect(data).toEqual({ protectedByDefault: null, maskableRawRegex: null });
  });

  it('on a page already parsed, reads what is there and nothing added afterwards', async () => {
    document.body.innerHTML = '<div id="js-ci-variables" data-protected-by-default="true"></div>';
    const data = noteVariablesPageData(document);
    expect(data).toEqual({ protectedByDefault: true, maskableRawRegex: null });
    await changeAndLetObserversRun(() => {
      document.body.innerHTML = MOUNT.replace('"true"', '"false"');
    });
    expect(data).toEqual({ protectedByDefault: true, maskableRawRegex: null });
  });
});
