import { describe, expect, it } from 'vitest';
import { createGenerateButton } from '../../../components/panel/generate-button';

// Issue 14, item 6: the button next to GitLab's own says it opens a dialog and takes the size of
// the GitLab button it stands beside (GitLab's small "Add variable" on the CI/CD page).
describe('the Generate DOCKER_AUTH_CONFIG button', () => {
  it("shows the label it is given (the page's language) and says it opens a dialog", () => {
    expect(createGenerateButton('DOCKER_AUTH_CONFIG erzeugen', () => {}).textContent).toBe('DOCKER_AUTH_CONFIG erzeugen');
    expect(createGenerateButton('Generate DOCKER_AUTH_CONFIG', () => {}).getAttribute('aria-haspopup')).toBe('dialog');
  });

  it("takes the size of GitLab's button next to it: small beside a small one, medium otherwise", () => {
    const small = document.createElement('button');
    small.className = 'gl-button btn btn-sm btn-confirm';
    const medium = document.createElement('button');
    medium.className = 'gl-button btn btn-md btn-confirm';
    expect(createGenerateButton('Generate DOCKER_AUTH_CONFIG', () => {}, small).classList.contains('btn-sm')).toBe(true);
    expect(createGenerateButton('Generate DOCKER_AUTH_CONFIG', () => {}, small).classList.contains('btn-md')).toBe(false);
    expect(createGenerateButton('Generate DOCKER_AUTH_CONFIG', () => {}, medium).classList.contains('btn-md')).toBe(true);
    expect(createGenerateButton('Generate DOCKER_AUTH_CONFIG', () => {}).classList.contains('btn-md')).toBe(true);
  });
});
