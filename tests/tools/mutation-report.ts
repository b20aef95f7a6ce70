// What the mutation tools share: the groups of the README's table and how Stryker's report
// (reports/mutation/mutation.json) names code.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import ts from 'typescript';

export const root = resolve(import.meta.dirname, '../..');

/** The groups of the README's table, their code and their targets (issue 18). */
export const GROUPS = [
  { name: 'utils/docker-auth-config (engine)', heading: 'Engine (`utils/docker-auth-config`)', dirs: ['utils/docker-auth-config/'], target: 95 },
  { name: 'utils/gitlab (pages, token displays, variable form)', heading: 'GitLab pages and forms (`utils/gitlab`)', dirs: ['utils/gitlab/'], target: 85 },
  { name: 'utils/background + utils/messaging', heading: 'Background and messages (`utils/background`, `utils/messaging`)', dirs: ['utils/background/', 'utils/messaging/'], target: 80 },
] as const;

export interface Position { line: number; column: number }
export interface ReportMutant {
  id: string;
  mutatorName: string;
  replacement?: string;
  status: 'Killed' | 'Survived' | 'NoCoverage' | 'Timeout' | 'CompileError' | 'RuntimeError' | 'Ignored' | 'Pending';
  statusReason?: string;
  static?: boolean;
  location: { start: Position; end: Position };
  coveredBy?: string[];
}
export interface Report {
  files: Record<string, { source: string; mutants: ReportMutant[] }>;
  testFiles?: Record<string, { tests: Array<{ id: string; name: string }> }>;
}

export const reportFile = resolve(root, 'reports/mutation/mutation.json');
export const readReport = (): Report => JSON.parse(readFileSync(reportFile, 'utf8')) as Report;

/** The text a location covers (Stryker's lines and columns: lines from 1, columns from 1). */
export function sourceAt(source: string, { start, end }: ReportMutant['location']): string {
  const lines = source.split('\n');
  if (start.line === end.line) return lines[start.line - 1]!.slice(start.column - 1, end.column - 1);
  const middle = lines.slice(start.line, end.line - 1);
  return [lines[start.line - 1]!.slice(start.column - 1), ...middle, lines[end.line - 1]!.slice(0, end.column - 1)].join('\n');
}

/**
 * Whether a mutant changes code that runs when its module loads, outside every function: a
 * module-level constant. Stryker flags such a mutant "static"; when a test also reaches it, it
 * runs that test without evaluating the module again, so the constant never changes and the
 * mutant "survives" whatever the tests do (applied by hand, e.g. page.ts's page table or
 * token-form.ts's selectors, they fail their tests).
 */
export function isModuleLevel(source: ts.SourceFile, { start }: ReportMutant['location']): boolean {
  const position = source.getPositionOfLineAndCharacter(start.line - 1, start.column - 1);
  let inFunction = false;
  const visit = (node: ts.Node) => {
    if (position < node.getStart(source) || position >= node.getEnd()) return;
    if (ts.isFunctionLike(node)) inFunction = true;
    ts.forEachChild(node, visit);
  };
  ts.forEachChild(source, visit);
  return !inFunction;
}

/** One line, at most 56 characters, and "…" when there is more: how a change is shown, and how reasons name it. */
export function shortCode(code: string): string {
  const firstLine = code.split('\n')[0]!.trim();
  const shown = firstLine.length > 56 ? `${firstLine.slice(0, 56)}…` : code.includes('\n') ? `${firstLine} …` : firstLine;
  return shown.replaceAll('`', 'ˋ');
}


/** Where `npm run mutation:constants` writes what it decided about the unchanged constants. */
export const constantsFile = resolve(root, 'reports/mutation/constants.json');

/** Names a mutant by its code, not only its place, so a result never applies to changed source. */
export const constantKey = (file: string, source: string, mutant: ReportMutant) =>
  [file, `${mutant.location.start.line}:${mutant.location.start.column}`, mutant.mutatorName, sourceAt(source, mutant.location), mutant.replacement ?? ''].join('|');

/** The decided constants of the last `npm run mutation:constants`, if it ran. */
export function readConstants(): Record<string, 'killed' | 'survived'> {
  try {
    return JSON.parse(readFileSync(constantsFile, 'utf8')) as Record<string, 'killed' | 'survived'>;
  } catch {
    return {};
  }
}
