// Every visible string of the CI/CD variables apps, in English and German. GitLab is localized,
// so the extension must never match on these texts; the German set makes that testable.
import type { Locale } from './config';

const en = {
  title: 'CI/CD Variables',
  addVariable: 'Add variable',
  addVariableTitle: 'Add variable',
  key: 'Key',
  value: 'Value',
  type: 'Type',
  typeVariable: 'Variable',
  typeFile: 'File',
  environments: 'Environments',
  environmentScope: 'Environment scope',
  allEnvironments: 'All (default)',
  searchEnvironments: 'Search',
  createScope: 'Create wildcard',
  flags: 'Flags',
  protect: 'Protect variable',
  protectHelp: 'Export variable to pipelines running on protected branches and tags only.',
  mask: 'Mask variable',
  maskHelp: 'Mask this variable in job logs if it meets regular expression requirements.',
  expand: 'Expand variable reference',
  expandHelp: '$ will be treated as the start of a reference to another variable.',
  visibility: 'Visibility',
  visible: 'Visible',
  visibleHelp: 'Can be seen in job logs.',
  masked: 'Masked',
  maskedHelp: 'Masked in job logs but value can be revealed in CI/CD settings.',
  maskedAndHidden: 'Masked and hidden',
  maskedAndHiddenHelp: 'Masked in job logs, and can never be revealed in the CI/CD settings after the variable is saved.',
  description: 'Description',
  descriptionHelp: 'The description of the variable\'s value or usage.',
  optional: '(optional)',
  cancel: 'Cancel',
  close: 'Close',
  invalidKey: "A variable key can only contain letters, numbers, and '_'.",
  maskUnsupportedCharacters: 'This value cannot be masked because it contains the following characters: %{chars}.',
  maskMinLength: 'The value must have at least %{count} characters.',
  searchQueryNote: 'Enter a search query to find more environments, or use * to create a wildcard.',
  maxEnvironmentsNote: 'Maximum of 30 environments listed. For more environments, enter a search query.',
  addSuccess: 'Variable %{key} has been successfully added.',
  saveError: 'Unable to save the variable.',
  loadError: 'There was an error fetching the variables.',
  noVariables: 'There are no variables yet.',
  environment: 'Environments',
  actions: 'Actions',
  hiddenValue: 'Hidden',
  reveal: 'Reveal values',
  hide: 'Hide values',
  limitReached: 'This project has reached the maximum number of variables.',
} as const;

export type MessageKey = keyof typeof en;

const de: Record<MessageKey, string> = {
  title: 'CI/CD-Variablen',
  addVariable: 'Variable hinzufügen',
  addVariableTitle: 'Variable hinzufügen',
  key: 'Schlüssel',
  value: 'Wert',
  type: 'Typ',
  typeVariable: 'Variable',
  typeFile: 'Datei',
  environments: 'Umgebungen',
  environmentScope: 'Umgebungsbereich',
  allEnvironments: 'Alle (Standard)',
  searchEnvironments: 'Suchen',
  createScope: 'Platzhalter erstellen',
  flags: 'Markierungen',
  protect: 'Variable schützen',
  protectHelp: 'Variable nur in Pipelines auf geschützten Branches und Tags exportieren.',
  mask: 'Variable maskieren',
  maskHelp: 'Diese Variable in Job-Protokollen maskieren, wenn sie die Anforderungen des regulären Ausdrucks erfüllt.',
  expand: 'Variablenreferenz erweitern',
  expandHelp: '$ wird als Beginn einer Referenz auf eine andere Variable behandelt.',
  visibility: 'Sichtbarkeit',
  visible: 'Sichtbar',
  visibleHelp: 'Kann in Job-Protokollen gesehen werden.',
  masked: 'Maskiert',
  maskedHelp: 'In Job-Protokollen maskiert, der Wert kann aber in den CI/CD-Einstellungen angezeigt werden.',
  maskedAndHidden: 'Maskiert und verborgen',
  maskedAndHiddenHelp: 'In Job-Protokollen maskiert und nach dem Speichern nie mehr in den CI/CD-Einstellungen sichtbar.',
  description: 'Beschreibung',
  descriptionHelp: 'Die Beschreibung des Werts oder der Verwendung der Variable.',
  optional: '(optional)',
  cancel: 'Abbrechen',
  close: 'Schließen',
  invalidKey: "Ein Variablenschlüssel darf nur Buchstaben, Ziffern und '_' enthalten.",
  maskUnsupportedCharacters: 'Dieser Wert kann nicht maskiert werden, weil er folgende Zeichen enthält: %{chars}.',
  maskMinLength: 'Der Wert muss mindestens %{count} Zeichen lang sein.',
  searchQueryNote: 'Gib einen Suchbegriff ein, um weitere Umgebungen zu finden, oder verwende *, um einen Platzhalter zu erstellen.',
  maxEnvironmentsNote: 'Es werden höchstens 30 Umgebungen angezeigt. Gib für weitere Umgebungen einen Suchbegriff ein.',
  addSuccess: 'Die Variable %{key} wurde erfolgreich hinzugefügt.',
  saveError: 'Die Variable konnte nicht gespeichert werden.',
  loadError: 'Beim Abrufen der Variablen ist ein Fehler aufgetreten.',
  noVariables: 'Es gibt noch keine Variablen.',
  environment: 'Umgebungen',
  actions: 'Aktionen',
  hiddenValue: 'Verborgen',
  reveal: 'Werte anzeigen',
  hide: 'Werte verbergen',
  limitReached: 'Dieses Projekt hat die maximale Anzahl an Variablen erreicht.',
};

/**
 * Japanese, as GitLab's Japanese translation writes the parts a person sees first (title, the add
 * form's labels and buttons); like GitLab's own partial translations, the rest stays English.
 */
const ja: Partial<Record<MessageKey, string>> = {
  title: 'CI/CD変数',
  addVariable: '変数を追加',
  addVariableTitle: '変数を追加',
  key: 'キー',
  value: '値',
  type: 'タイプ',
  typeVariable: '変数',
  typeFile: 'ファイル',
  environments: '環境',
  environmentScope: '環境スコープ',
  allEnvironments: 'すべて (デフォルト)',
  searchEnvironments: '検索',
  flags: 'フラグ',
  protect: '変数の保護',
  mask: '変数のマスク',
  expand: '変数参照を展開',
  visibility: '可視性',
  visible: '表示',
  masked: 'マスク',
  maskedAndHidden: 'マスクして非表示',
  description: '説明',
  optional: '(オプション)',
  cancel: 'キャンセル',
  close: '閉じる',
  noVariables: '変数はまだありません。',
  environment: '環境',
  actions: 'アクション',
  hiddenValue: '非表示',
  reveal: '値を表示',
  hide: '値を非表示',
};

const catalogs: Record<Locale, Record<MessageKey, string>> = { en, de, ja: { ...en, ...ja } };

export type Translate = (key: MessageKey, params?: Record<string, string>) => string;

/** A translator bound to one locale; `%{name}` placeholders are filled from params. */
export function translator(locale: Locale): Translate {
  const catalog = catalogs[locale];
  return (key, params = {}) =>
    catalog[key].replace(/%\{(\w+)\}/g, (whole, name: string) => params[name] ?? whole);
}

export type Labels = Record<MessageKey, string>;

/** All messages of a locale as one object, for templates (`labels.key`). */
export function labelsFor(locale: Locale): Labels {
  return { ...catalogs[locale] };
}
