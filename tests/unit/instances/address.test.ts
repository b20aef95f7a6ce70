import { describe, expect, it } from 'vitest';
import { checkInstanceAddress, insecureWarning } from '../../../utils/instances/address';

const ok = (raw: string, added: string[] = []) => {
  const check = checkInstanceAddress(raw, added);
  if (!check.ok) throw new Error(`expected ${raw} to be accepted: ${check.error}`);
  return check;
};
const error = (raw: string, added: string[] = []) => {
  const check = checkInstanceAddress(raw, added);
  if (check.ok) throw new Error(`expected ${raw} to be refused`);
  return check.error;
};

describe('checkInstanceAddress', () => {
  it.each([
    ['https://gitlab.example.com', 'https://gitlab.example.com', ''],
    ['  https://gitlab.example.com/  ', 'https://gitlab.example.com', ''],
    ['https://GitLab.Example.COM', 'https://gitlab.example.com', ''],
    ['https://example.com/gitlab', 'https://example.com', '/gitlab'],
    ['https://example.com/gitlab/', 'https://example.com', '/gitlab'],
    ['https://example.com/tools/gitlab', 'https://example.com', '/tools/gitlab'],
    ['https://git.example.com:8443/gitlab', 'https://git.example.com:8443', '/gitlab'],
    ['https://git.example.com:443', 'https://git.example.com', ''],
    ['https://10.0.0.5:8443', 'https://10.0.0.5:8443', ''],
  ])('accepts %s as %s + %s', (raw, origin, relativeRoot) => {
    const check = ok(raw);
    expect(check.value).toEqual({ origin, relativeRoot });
    expect(check.warning).toBeNull();
  });

  it('accepts plain http:// with the warning', () => {
    const check = ok('http://gitlab.internal/gitlab');
    expect(check.value).toEqual({ origin: 'http://gitlab.internal', relativeRoot: '/gitlab' });
    expect(check.warning).toBe(insecureWarning());
  });

  it('says what to type when the field is empty or not a URL', () => {
    expect(error('')).toMatch(/Enter the address of your GitLab/);
    expect(error('gitlab.example.com')).toMatch(/Start the address with https:\/\//);
    expect(error('https://')).toMatch(/not a web address/);
    expect(error('https://exa mple.com')).toMatch(/cannot contain spaces/);
    expect(error('https://exa[mple.com')).toMatch(/not a web address/);
  });

  it('refuses schemes other than http(s)', () => {
    expect(error('ftp://gitlab.example.com')).toMatch(/https:\/\/ \(or http:\/\/\), not ftp:\/\//);
    expect(error('file:///etc/passwd')).toMatch(/not file:\/\//);
    expect(error('javascript:alert(1)')).toMatch(/not javascript:/);
  });

  it('refuses a query or a fragment, even an empty one', () => {
    expect(error('https://gitlab.example.com/?a=1')).toMatch(/Remove the query/);
    expect(error('https://gitlab.example.com/#x')).toMatch(/fragment/);
    expect(error('https://gitlab.example.com/?')).toMatch(/Remove the query/);
    expect(error('https://gitlab.example.com#')).toMatch(/Remove the query/);
  });

  it('refuses credentials in the address', () => {
    expect(error('https://user:secret@gitlab.example.com')).toMatch(/Remove the user name and password/);
    expect(error('https://user@gitlab.example.com')).toMatch(/stores no credentials/);
    expect(error('https://@gitlab.example.com')).toMatch(/Remove the user name/);
  });

  it('refuses a page inside GitLab and paths that cannot be a relative root', () => {
    expect(error('https://gitlab.example.com/acme/app/-/settings/access_tokens')).toMatch(/page inside GitLab/);
    expect(error('https://example.com/git*lab')).toMatch(/page inside GitLab/);
  });

  it('says gitlab.com is built in', () => {
    expect(error('https://gitlab.com')).toMatch(/gitlab.com is built in/);
    expect(error('http://gitlab.com/')).toMatch(/built in/);
    expect(error('https://www.gitlab.com')).toMatch(/built in/);
  });

  it('refuses an origin already added, whatever the relative root', () => {
    expect(error('https://gitlab.example.com', ['https://gitlab.example.com'])).toBe('https://gitlab.example.com is already in the list.');
    expect(error('https://example.com/other', ['https://example.com'])).toMatch(/already in the list/);
    // Another port is another origin.
    expect(ok('https://example.com:8443', ['https://example.com']).value.origin).toBe('https://example.com:8443');
  });
});
