import { describe, expect, it } from 'vitest';
import { checkSecret, checkUsername } from '../../../utils/docker-auth-config';

describe('checkSecret', () => {
  it('trims a pasted token and says so', () => {
    const result = checkSecret('  glpat-abcdefghijklmnopqrst\n');
    expect(result).toEqual({
      ok: true,
      value: 'glpat-abcdefghijklmnopqrst',
      notes: ['Removed spaces and line breaks around the token (3 characters).'],
    });
  });

  it('counts one removed character as one, not as "1 characters"', () => {
    expect(checkSecret('glpat-abcdefghijklmnopqrst ')).toMatchObject({ notes: ['Removed spaces around the token (1 character).'] });
  });

  it('accepts a clean token without notes', () => {
    expect(checkSecret('glpat-abc:def')).toEqual({ ok: true, value: 'glpat-abc:def', notes: [] });
  });

  it.each([
    ['', /Enter the token/],
    [' \n ', /Enter the token/],
    ['glpat-abc def', /contains a space at character 10.*Copy the token again/],
    ['glpat-abc\ndef', /contains a line break at character 10/],
    ['glpat-abc\tdef', /contains a tab/],
    ['glpat-abc\u0000def', /invisible character U\+0000/],
    ['glpat-abc\u200bdef'.replace('\u200b', '\u0085'), /U\+0085/],
    // A carriage return is a line break to the person who pasted it (Windows line ends), not an "invisible character".
    ['glpat-abc\rdef', /contains a line break at character 10/],
    // Code points are written as Unicode writes them: upper-case hex digits.
    ['glpat-abc\u001bdef', /invisible character U\+001B at character 10/],
  ])('refuses %j', (secret, message) => {
    const result = checkSecret(secret);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatch(message);
  });
});

describe('checkUsername', () => {
  it('trims and says so', () => {
    expect(checkUsername(' alice ')).toEqual({
      ok: true,
      value: 'alice',
      notes: ['Removed spaces around the username (2 characters).'],
    });
  });

  it('keeps a deploy token username as it is', () => {
    expect(checkUsername('gitlab+deploy-token-12')).toEqual({ ok: true, value: 'gitlab+deploy-token-12', notes: [] });
  });

  it.each([
    ['', /Enter a username.*deploy token needs its own username/],
    ['al:ice', /cannot contain ":".*Remove the ":"/],
    ['ali\u0007ce', /invisible character U\+0007/],
    ['ali\u009bce', /invisible character U\+009B\./],
    ['ali\rce', /contains a line break\./],
    ['ali\nce', /contains a line break\./],
    ['ali\tce', /contains a tab/],
  ])('refuses %j', (username, message) => {
    const result = checkUsername(username);
    expect(!result.ok && result.error).toMatch(message);
  });
});
