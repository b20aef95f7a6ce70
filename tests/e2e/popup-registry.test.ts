import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from '../support/extension';
import { requireTools, startRegistry, type TestRegistry } from '../support/registry';

// The popup's output, saved as a file, used by a real OCI client against a real registry.
const USER = 'deployer';
const TOKEN = 'glpat-Zx9:real-token_1'; // ":" inside the secret on purpose

let browser: ExtensionBrowser;
let registry: TestRegistry;

beforeAll(async () => {
  requireTools();
  registry = await startRegistry({ users: [{ username: USER, secret: TOKEN }] });
  browser = await launchWithExtension();
});
afterAll(async () => {
  await browser?.close();
  await registry?.stop();
});

async function popupOutput(registryInput: string, username: string, token: string): Promise<string> {
  const page = await browser.openExtensionPage('popup.html');
  await page.getByLabel('Registry', { exact: true }).fill(registryInput);
  await page.getByLabel('Username', { exact: true }).fill(username);
  await page.getByLabel('Token', { exact: true }).fill(token);
  const result = page.getByLabel('DOCKER_AUTH_CONFIG', { exact: true });
  // Empty until all three fields are valid, which the last fill (Token) makes them: the first JSON is the final one.
  await expect.poll(() => result.inputValue(), { message: 'the JSON the popup builds' }).not.toBe('');
  const json = await result.inputValue();
  await page.close();
  return json;
}

describe('popup output with skopeo and docker-registry', () => {
  it('lets skopeo read the image with the right token', async () => {
    const json = await popupOutput(`http://${registry.host}/v2/`, USER, TOKEN);
    const pull = await registry.canPull(json);
    expect(pull.ok, 'skopeo inspect should succeed').toBe(true);
  });

  it('is refused by the registry with a wrong token', async () => {
    const json = await popupOutput(registry.host, USER, `${TOKEN}x`);
    const pull = await registry.canPull(json);
    expect(pull.ok).toBe(false);
    expect(pull.output).toMatch(/unauthorized/i);
  });
});
