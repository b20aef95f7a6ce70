// Screenshots for the README, taken from the built extension: `npm run screenshots`.
import { resolve } from 'node:path';
import { launchWithExtension } from '../support/extension';

const docs = resolve(import.meta.dirname, '../../docs');
const browser = await launchWithExtension();
try {
  const popup = await browser.openExtensionPage('popup.html');
  await popup.setViewportSize({ width: 420, height: 640 });
  await popup.getByLabel('Registry', { exact: true }).fill('https://registry.example.com:5050/');
  await popup.getByLabel('Username', { exact: true }).fill('project_42_bot_3f1c');
  await popup.getByLabel('Token', { exact: true }).fill(' glpat-EXAMPLEexample1234 ');
  await popup.getByLabel('Token', { exact: true }).blur();
  await popup.screenshot({ path: resolve(docs, 'popup.png'), fullPage: true });
} finally {
  await browser.close();
}
