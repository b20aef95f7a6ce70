import { describe, expect, it } from 'vitest';
import { decideMasked } from '../../../utils/background/variables';

const json = `{"auths":{"registry.example.com":{"auth":"${btoa('alice:glpat-abcdefghijklmnop')}"}}}`;

describe('direct save: masked or not', () => {
  it('masks compact JSON from GitLab 16.0 on, never before', () => {
    expect(decideMasked(json, [16, 0], null)).toBe(true);
    expect(decideMasked(json, [18, 6], null)).toBe(true);
    expect(decideMasked(json, [15, 11], null)).toBe(false);
  });

  it('does not mask a value with a space (GitLab would refuse it)', () => {
    expect(decideMasked('{"auths": {}}', [18, 6], null)).toBe(false);
  });

  it('with the version unknown, masks only when the page showed a rule for unexpanded values', () => {
    expect(decideMasked(json, null, null)).toBe(false);
    expect(decideMasked(json, null, '^\\S{8,}$')).toBe(true);
  });

  it("never runs the page's pattern: GitLab's own rule decides, whatever the page says", () => {
    // A pattern that rejects everything is not applied: so neither would one that backtracks
    // catastrophically (not tried here, since the old code would hang instead of failing).
    expect(decideMasked(json, [18, 6], '^x$')).toBe(true);
    expect(decideMasked(json, null, '^x$')).toBe(true);
    expect(decideMasked(json, null, '(unreadable')).toBe(true);
  });
});
