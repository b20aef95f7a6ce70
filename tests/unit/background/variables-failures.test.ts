// What the person is told when saving or reading DOCKER_AUTH_CONFIG goes wrong on the way, and
// what GitLab receives then (nothing, where nothing may be written): the paths router.test.ts's
// happy flows do not take. Each case is a message a content script sends, answered by the
// stand-in GitLab behind `fetch`.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { listenForContentScripts } from '../../../utils/background/router';
import { ask, fakeGitLab, variablesSaveRequest, type SeenRequest } from './fake-gitlab';

const GITLAB = { origin: 'https://gitlab.com', relativeRoot: '' };
const CI_PAGE = 'https://gitlab.com/acme/backend/-/settings/ci_cd';
const API = '/api/v4';
const PROJECT = `${API}/projects/acme%2Fbackend`;
const BY_KEY = `${PROJECT}/variables/DOCKER_AUTH_CONFIG`;
const JSON_VALUE = '{"auths":{"registry.example.com":{"auth":"dXNlcjpzZWNyZXQ="}}}';
const VERSION = { [`GET ${API}/version`]: { status: 200, body: { version: '17.6.0' } } };
const writes = (seen: SeenRequest[]) => seen.filter((r) => r.method !== 'GET');

const save = (overrides: Record<string, unknown> = {}) => variablesSaveRequest(JSON_VALUE, overrides);
const stored = (value: unknown, more: Record<string, unknown> = {}) => ({
  status: 200,
  body: { key: 'DOCKER_AUTH_CONFIG', value, variable_type: 'file', protected: false, masked: false, environment_scope: '*', ...more },
});

beforeEach(() => {
  fakeBrowser.reset();
  listenForContentScripts();
});
afterEach(() => {
  vi.unstubAllGlobals();
});

describe('instance-level variables (Admin › CI/CD)', () => {
  const lookup = { type: 'variables-lookup', location: GITLAB, scope: { owner: 'instance', fullPath: null } };
  const ADMIN_PAGE = 'https://gitlab.com/admin/application_settings/ci_cd';

  it("reads the instance's variable from GitLab's admin API, and names the instance when that fails", async () => {
    const seen = fakeGitLab({ [`GET ${API}/admin/ci/variables/DOCKER_AUTH_CONFIG`]: stored('{"auths":{}}', { environment_scope: undefined }) });
    expect(await ask(lookup, ADMIN_PAGE)).toEqual({ ok: true, response: { hidden: false, variableType: 'file', protected: false, masked: false } });
    expect(seen.map((r) => r.url.pathname)).toEqual([`${API}/admin/ci/variables/DOCKER_AUTH_CONFIG`]);
    fakeGitLab({ [`GET ${API}/admin/ci/variables/DOCKER_AUTH_CONFIG`]: { status: 403, body: { message: '403 Forbidden' } } });
    expect(await ask(lookup, ADMIN_PAGE)).toEqual({
      ok: false,
      error: 'GitLab did not allow reading the CI/CD variables of the instance (403): your role may not permit it.',
    });
  });
});

describe('a page that does not say its project', () => {
  it('is told so, and GitLab is not asked', async () => {
    const seen = fakeGitLab({});
    const lookup = { type: 'variables-lookup', location: GITLAB, scope: { owner: 'project', fullPath: null } };
    expect(await ask(lookup, CI_PAGE)).toEqual({ ok: false, error: 'This page does not say which project or group it belongs to.' });
    expect(seen).toEqual([]);
  });
});

describe('create', () => {
  it('refuses a value that is not a valid DOCKER_AUTH_CONFIG, and writes nothing', async () => {
    const seen = fakeGitLab({ ...VERSION });
    expect((await ask(save({ json: '{"auths":' }), CI_PAGE)).response).toEqual({
      outcome: 'failed',
      message: 'The value to save as DOCKER_AUTH_CONFIG is not valid. Check the fields above.',
      existing: null,
      masked: false,
      protected: false,
    });
    expect(writes(seen)).toEqual([]);
  });

  it('still offers "add to it or replace it" when the existing variable cannot be read, as a visible variable', async () => {
    const seen = fakeGitLab({
      ...VERSION,
      [`POST ${PROJECT}/variables`]: { status: 400, body: { message: { key: ['(DOCKER_AUTH_CONFIG) has already been taken'] } } },
      [`GET ${BY_KEY}`]: { status: 500, body: { message: '500 Internal Server Error' } },
    });
    expect((await ask(save({ protectedByDefault: true }), CI_PAGE)).response).toEqual({
      outcome: 'exists',
      message: 'A DOCKER_AUTH_CONFIG exists in this project already: add to it or replace it.',
      existing: { hidden: false, variableType: 'env_var', protected: false, masked: false },
      masked: true,
      protected: true,
    });
    expect(writes(seen)).toHaveLength(1);
  });
});

describe('add to (merge) or replace an existing variable', () => {
  it('fails with what happened when the existing variable cannot be read, and writes nothing', async () => {
    const seen = fakeGitLab({ ...VERSION, [`GET ${BY_KEY}`]: { status: 403, body: { message: '403 Forbidden' } } });
    expect((await ask(save({ mode: 'merge' }), CI_PAGE)).response).toEqual({
      outcome: 'failed',
      message: 'GitLab did not allow reading the DOCKER_AUTH_CONFIG of this project (403): your role may not permit it.',
      existing: null,
      masked: false,
      protected: false,
    });
    expect(writes(seen)).toEqual([]);
  });

  it('fails when GitLab answers the read in an unknown form, and writes nothing', async () => {
    const seen = fakeGitLab({ ...VERSION, [`GET ${BY_KEY}`]: { status: 200, body: { variables: [] } } });
    expect((await ask(save({ mode: 'replace' }), CI_PAGE)).response).toMatchObject({
      outcome: 'failed',
      message: 'GitLab answered in a form the extension does not know.',
    });
    expect(writes(seen)).toEqual([]);
  });

  it('says when the registry was there already with the same credentials', async () => {
    fakeGitLab({ ...VERSION, [`GET ${BY_KEY}`]: stored(JSON_VALUE), [`PUT ${BY_KEY}`]: { status: 200, body: { key: 'DOCKER_AUTH_CONFIG' } } });
    expect((await ask(save({ mode: 'merge' }), CI_PAGE)).response).toMatchObject({
      outcome: 'saved',
      message: 'Added nothing new to DOCKER_AUTH_CONFIG, other registries kept in this project.',
    });
  });

  it('says what GitLab answered when it refuses the new value of a visible variable', async () => {
    fakeGitLab({ ...VERSION, [`GET ${BY_KEY}`]: stored('{"auths":{}}'), [`PUT ${BY_KEY}`]: { status: 500, body: { message: '500 Internal Server Error' } } });
    expect((await ask(save({ mode: 'replace' }), CI_PAGE)).response).toEqual({
      outcome: 'failed',
      message: 'GitLab failed while saving DOCKER_AUTH_CONFIG in this project (500). Try again in a moment.',
      existing: null,
      masked: false,
      protected: false,
    });
  });
});
