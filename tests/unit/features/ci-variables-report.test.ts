import { describe, expect, it } from 'vitest';
import { describeReport, formProtect, statusOf } from '../../../utils/features/ci-variables-page';
import { englishPanelText } from '../../support/panel-text';
import type { VariableFormReport } from '../../../utils/gitlab/variable-form';

// What the CI/CD page says after a fill, with a GitLab's settings: the key, Protect, Save automatically.

const report = (overrides: Partial<VariableFormReport> = {}): VariableFormReport => ({
  generation: 'E',
  complete: true,
  missing: [],
  masked: true,
  unmaskedBecause: null,
  protected: false,
  problem: null,
  ...overrides,
});

describe('Protect setting to the form', () => {
  it("leaves GitLab's default (null) or sets the box", () => {
    expect(formProtect('gitlab')).toBeNull();
    expect(formProtect('on')).toBe(true);
    expect(formProtect('off')).toBe(false);
  });
});

describe('status after a fill', () => {
  it('is filled, saved or incomplete', () => {
    expect(statusOf(report())).toBe('filled');
    expect(statusOf(report({ complete: false, missing: ['protected'] }))).toBe('incomplete');
    expect(statusOf(report({ submitted: 'saved' }))).toBe('saved');
    expect(statusOf(report({ submitted: 'pressed' }))).toBe('saved');
    expect(statusOf(report({ submitted: 'refused' }))).toBe('incomplete');
  });

  it('names the key the jobs read', () => {
    expect(describeReport(report(), 'REGISTRY_AUTH', englishPanelText)).toBe(
      "Filled: REGISTRY_AUTH, type File, masked, Expand off. Review GitLab's form, then save it with GitLab's button. With type File, scripts get a path: cp \"$REGISTRY_AUTH\" ~/.docker/config.json.",
    );
    expect(describeReport(report({ protected: true, masked: false, unmaskedBecause: 'rule' }), 'DOCKER_AUTH_CONFIG', englishPanelText)).toContain(
      'visible (this GitLab cannot mask JSON), Expand off. Review GitLab\'s form, then save it with GitLab\'s button. With type File, scripts get a path: cp "$DOCKER_AUTH_CONFIG" ~/.docker/config.json. Protected: only pipelines of protected branches and tags get it.',
    );
  });

  it('says why a value stays visible: the rule of this GitLab, or its form refusing Masked', () => {
    expect(describeReport(report({ masked: false, unmaskedBecause: 'rule' }), 'K', englishPanelText)).toMatch(/^Filled: K, type File, visible \(this GitLab cannot mask JSON\), Expand off\./);
    expect(describeReport(report({ masked: false, unmaskedBecause: 'form' }), 'K', englishPanelText)).toMatch(
      /^Filled: K, type File, visible \(GitLab's form refused Masked for this value\), Expand off\./,
    );
  });

  it('says that GitLab\'s save button was pressed, and what GitLab answered', () => {
    expect(describeReport(report({ submitted: 'saved', protected: true }), 'REGISTRY_AUTH', englishPanelText)).toBe(
      "Filled (REGISTRY_AUTH, type File, masked, Expand off) and pressed GitLab's save button: saved. With type File, scripts get a path: cp \"$REGISTRY_AUTH\" ~/.docker/config.json. Protected: only pipelines of protected branches and tags get it.",
    );
    expect(describeReport(report({ submitted: 'pressed' }), 'K', englishPanelText)).toMatch(/^Filled \(K, type File, masked, Expand off\) and pressed GitLab's save button\. /);
    expect(describeReport(report({ submitted: 'refused' }), 'K', englishPanelText)).toMatch(/and pressed GitLab's save button: GitLab refused it, see its message\./);
  });

  it('names the fields that did not take', () => {
    expect(describeReport(report({ complete: false, missing: ['type', 'protected'] }), 'K', englishPanelText)).toMatch(/^Not filled: Type File, protected\. Set these yourself, then save\./);
  });
});
