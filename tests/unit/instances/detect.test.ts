import { afterEach, describe, expect, it } from 'vitest';
import { gitLabFromSignals, probeGitLabPage, type GitLabPageSignals } from '../../../utils/instances/detect';

const SIGNALS: GitLabPageSignals = { dataPage: 'projects:show', siteName: null, hasGon: true, relativeUrlRoot: '', hasCsrfMeta: true };

describe('probeGitLabPage (runs in the tab)', () => {
  afterEach(() => {
    document.head.innerHTML = '';
    document.body.innerHTML = '';
    delete document.body.dataset.page;
  });

  it('reads GitLab page data as GitLab writes it', () => {
    document.head.innerHTML = `
      <meta content="GitLab" property="og:site_name">
      <meta name="csrf-token" content="abc">
      <script>
      //<![CDATA[
      window.gon={};gon.api_version="v4";gon.relative_url_root="/gitlab";gon.version="17.6.0";
      //]]>
      </script>`;
    document.body.dataset.page = 'projects:settings:access_tokens:index';
    expect(probeGitLabPage()).toEqual({
      dataPage: 'projects:settings:access_tokens:index',
      siteName: 'GitLab',
      hasGon: true,
      relativeUrlRoot: '/gitlab',
      hasCsrfMeta: true,
    });
  });

  it('reads JSON-shaped page data too, and nothing on an ordinary page', () => {
    document.head.innerHTML = '<script>window.gon={"api_version":"v4","relative_url_root":""};</script>';
    document.body.dataset.page = 'sessions:new';
    expect(probeGitLabPage()).toMatchObject({ hasGon: true, relativeUrlRoot: '', dataPage: 'sessions:new' });
    document.head.innerHTML = '<script>var x = 1;</script>';
    delete document.body.dataset.page;
    expect(probeGitLabPage()).toEqual({ dataPage: null, siteName: null, hasGon: false, relativeUrlRoot: null, hasCsrfMeta: false });
  });
});

describe('gitLabFromSignals', () => {
  it('knows a GitLab by its data-page and its page data or site name', () => {
    expect(gitLabFromSignals(SIGNALS, '/acme/app')).toEqual({ relativeRoot: '' });
    expect(gitLabFromSignals({ ...SIGNALS, hasGon: false, siteName: 'GitLab' }, '/')).toEqual({ relativeRoot: '' });
  });

  it('is not fooled by any Rails app or a page that only says GitLab somewhere', () => {
    expect(gitLabFromSignals({ ...SIGNALS, hasGon: false }, '/')).toBeNull(); // data-page + CSRF: any Rails app
    expect(gitLabFromSignals({ ...SIGNALS, dataPage: null }, '/')).toBeNull();
    expect(gitLabFromSignals({ ...SIGNALS, dataPage: 'Home Page' }, '/')).toBeNull();
  });

  it('takes the relative root only when the page sits below it', () => {
    expect(gitLabFromSignals({ ...SIGNALS, relativeUrlRoot: '/gitlab' }, '/gitlab/acme/app/-/settings/ci_cd')).toEqual({ relativeRoot: '/gitlab' });
    expect(gitLabFromSignals({ ...SIGNALS, relativeUrlRoot: '/gitlab/' }, '/gitlab')).toEqual({ relativeRoot: '/gitlab' });
    expect(gitLabFromSignals({ ...SIGNALS, relativeUrlRoot: '/gitlab' }, '/other/acme')).toEqual({ relativeRoot: '' });
    expect(gitLabFromSignals({ ...SIGNALS, relativeUrlRoot: '/a*b' }, '/a*b/x')).toEqual({ relativeRoot: '' });
  });
});
