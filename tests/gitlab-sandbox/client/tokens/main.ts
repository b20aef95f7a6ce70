// The local GitLab's token pages: the parts GitLab renders with Vue (and Rails-UJS), built
// with Vue 2.7 and @gitlab/ui. The server renders the HAML parts; see server/pages/*.ts.
import { mountAccessTokenPage } from './access-tokens.ts';
import { mountDeployTokenApp } from './deploy-tokens.ts';
import { mountPersonalTokenApps } from './personal-tokens.ts';
import { installUjs } from './ujs.ts';

function start(): void {
  installUjs();
  mountAccessTokenPage();
  mountDeployTokenApp();
  mountPersonalTokenApps();
}

// Module scripts run after parsing, but be safe when loaded early.
if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
else start();
