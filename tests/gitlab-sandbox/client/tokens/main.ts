// The local GitLab's token pages: the parts GitLab renders with Vue, built with Vue 2.7 and
// @gitlab/ui, and the page-wide behaviours GitLab starts on every page: Rails-UJS (the real
// @rails/ujs: remote forms as XHR with the CSRF token from the page's meta tags, data-method
// links, data-confirm), ClipboardJS-style copy buttons and the toggler. The server renders the
// HAML parts; see server/pages/*.ts.
import Rails from '@rails/ujs';
import { mountAccessTokenPage } from './access-tokens.ts';
import { installClipboardButtons } from './clipboard.ts';
import { mountDeployTokenApp } from './deploy-tokens.ts';
import { mountPersonalTokenApps } from './personal-tokens.ts';
import { installToggles } from './toggle.ts';

function start(): void {
  Rails.start();
  installClipboardButtons();
  installToggles();
  mountAccessTokenPage();
  mountDeployTokenApp();
  mountPersonalTokenApps();
}

// Module scripts run after parsing, but be safe when loaded early.
if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
else start();
