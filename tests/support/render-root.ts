import { h, render, type ComponentChildren } from 'preact';
import { LanguageProvider } from '../../components/i18n';
import { english } from '../../utils/i18n';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, vi } from 'vitest';

/**
 * For component tests: registers hooks that give each test a fresh element in the body to
 * render into, and after it unmount what was rendered, remove the element and restore mocks.
 * Returns the current test's root.
 */
export function renderRootPerTest(): () => HTMLElement {
  let root: HTMLElement | null = null;
  beforeEach(() => {
    root = document.createElement('div');
    document.body.append(root);
  });
  afterEach(() => {
    if (root) {
      render(null, root);
      root.remove();
    }
    root = null;
    vi.restoreAllMocks();
  });
  return () => root!;
}

/** Lets Preact's effects and the promises they start settle (20 macrotask turns). */
export const settle = () =>
  act(async () => {
    for (let i = 0; i < 20; i += 1) await new Promise((resolve) => setTimeout(resolve, 0));
  });

/**
 * `page` inside an English LanguageProvider, as the extension pages render (in the browser's
 * language): without a provider, components show message ids.
 */
export const inEnglish = (page: ComponentChildren) => h(LanguageProvider, { language: { locale: 'en', t: english }, children: page });
