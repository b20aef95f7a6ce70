import type { MountPlaces, ShownToken } from '../gitlab/token-display';
import type { GitLabPage } from '../gitlab/page';
import type { VariablesPageData } from '../gitlab/variable-form/page-data';
import type { HandoffTake, Locale, PageSettings, WatcherLabels } from '../messaging/protocol';
import type { CiVariablesPage } from './ci-variables-watcher';

/**
 * How a watcher (the small content script parsed on every page it serves) hands over to the
 * panel code, which the background injects into the same frame only when it is needed
 * (utils/background/panel-injection.ts).
 *
 * Why a global: the scripts an extension runs in a frame, its content scripts and the files
 * `scripting.executeScript` injects in the default ISOLATED world, share one JavaScript world
 * per frame in Chromium and in Firefox. The injected file puts its entry points on that world's
 * `globalThis`; the watcher calls them with what it noted (the page, the mount places, GitLab's
 * page data) and what it read at the click (the token). GitLab's own scripts run in the page's
 * main world and cannot see or replace this global; a page cannot inject the file either (it is
 * no web-accessible resource, and the background injects only for its own watchers' frames).
 */

/**
 * The token pages' second stage, injected when GitLab shows a token (the watcher notices one of
 * GitLab's token inputs): it finds the token in GitLab's display, keeps the Generate button
 * next to the newest one, and has the panel injected on a click.
 */
export interface TokenDisplayEntry {
  /** Until `signal` aborts (the watcher's context went). `places`: the mount places the watcher noted while the page was parsed. */
  watch(page: GitLabPage, places: MountPlaces, labels: WatcherLabels, signal: AbortSignal): void;
}

/** What the token pages' panel file provides. */
export interface TokenPanelEntry {
  /** `shown`: the token as GitLab showed it when the person clicked; `opener`: the button, which gets focus back when the panel closes. */
  open(page: GitLabPage, shown: ShownToken, opener: HTMLElement): void;
  /** Fills GitLab's token form for a registry read token; what it did, said in `locale`. */
  fillTokenForm(page: GitLabPage, locale: Locale): string;
  /** Opens GitLab's token form and prepares a registry read token in it (Renew, from the CI/CD page). */
  renew(page: GitLabPage): void;
}

/**
 * What the CI/CD variables page's panel file provides: one session per page, which owns the
 * status box of its fills and removes it when `signal` aborts (the watcher's context went).
 */
export interface VariablePanelEntry {
  start(page: CiVariablesPage, data: VariablesPageData, settings: PageSettings, signal: AbortSignal): VariablePanelSession;
}

export interface VariablePanelSession {
  open(preset: { json: string; registry: string } | null, opener: HTMLElement | null): void;
  /** A hand-off taken by the watcher: fill GitLab's form once, or ask first when a variable exists. */
  handOff(pending: NonNullable<HandoffTake>): Promise<void>;
}

export interface PanelEntries {
  token?: TokenPanelEntry;
  'token-display'?: TokenDisplayEntry;
  variables?: VariablePanelEntry;
}
export type PanelName = keyof PanelEntries;

const GLOBAL_KEY = '__dockerAuthConfigPanels';

const scope = () => globalThis as unknown as Record<typeof GLOBAL_KEY, PanelEntries | undefined>;

/** The entry an injected panel file has put in this frame's isolated world, if it has run. */
export const panelEntry = <Name extends PanelName>(name: Name): PanelEntries[Name] => scope()[GLOBAL_KEY]?.[name];

/** Called once by an injected panel file. */
export function providePanel<Name extends PanelName>(name: Name, entry: NonNullable<PanelEntries[Name]>): void {
  (scope()[GLOBAL_KEY] ??= {})[name] = entry;
}
