// `npm run mutation:constants`: decides the module-level constants that `npm run mutation` ran
// without changing (see isModuleLevel in mutation-report.ts). For each one it writes the mutated
// constant into the source file, runs the unit test files that exercise that file (every test
// file that covers one of its other mutants) and, when they all pass, every unit test file that
// imports it (`vitest related`), and puts the file back. A failing run kills the mutant. Results go to reports/mutation/constants.json, which `npm run mutation:report` counts.
// About 10 s a mutant on 2 cores. Run it on a quiet machine: a test slowed into failure would
// count as a kill, so the unchanged source is run first and must pass.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import ts from 'typescript';
import { constantKey, constantsFile, GROUPS, isModuleLevel, readConstants, readReport, root, type ReportMutant } from './mutation-report';

const report = readReport();
const testFileOf = new Map<string, string>();
for (const [file, { tests }] of Object.entries(report.testFiles ?? {})) for (const test of tests) testFileOf.set(test.id, file);

function offset(source: string, line: number, column: number): number {
  const lines = source.split('\n');
  return lines.slice(0, line - 1).reduce((sum, text) => sum + text.length + 1, 0) + column - 1;
}

const vitest = (args: string[]) => spawnSync('npx', ['vitest', ...args], { cwd: root, stdio: 'ignore', timeout: 900_000 }).status === 0;
const unitTests = (files: string[]) => vitest(['run', '--project', 'unit', ...files]);
/** Every unit test file that imports `file`, directly or not (slower: only for what the first run left alive). */
const relatedUnitTests = (file: string) => vitest(['related', '--run', '--project', 'unit', file]);

// Earlier decisions are kept: a run over some files adds to them.
const results: Record<string, 'killed' | 'survived'> = readConstants();
let restore: (() => void) | null = null;
process.on('SIGINT', () => {
  restore?.();
  process.exit(130);
});

// `npm run mutation:constants -- utils/gitlab/token-form.ts …` decides those files' constants only.
const only = process.argv.slice(2);
const inGroups = (name: string) => GROUPS.some((group) => group.dirs.some((dir) => name.startsWith(dir)));
for (const file of Object.keys(report.files).filter((name) => inGroups(name) && (only.length === 0 || only.includes(name)))) {
  const { source, mutants } = report.files[file]!;
  const parsed = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true);
  const unchanged = mutants.filter((mutant) => mutant.static === true && mutant.status === 'Survived' && isModuleLevel(parsed, mutant.location));
  if (unchanged.length === 0) continue;
  const path = resolve(root, file);
  if (readFileSync(path, 'utf8') !== source) {
    console.log(`${file}: changed since the run; run npm run mutation again first.`);
    continue;
  }
  const testFiles = [...new Set(mutants.flatMap((mutant: ReportMutant) => mutant.coveredBy ?? []).map((id) => testFileOf.get(id)!))].filter(Boolean).sort();
  if (!unitTests(testFiles)) {
    console.log(`${file}: its tests fail without a mutant; nothing decided.`);
    continue;
  }
  let relatedPass: boolean | undefined;
  for (const mutant of unchanged) {
    const from = offset(source, mutant.location.start.line, mutant.location.start.column);
    const to = offset(source, mutant.location.end.line, mutant.location.end.column);
    restore = () => writeFileSync(path, source);
    try {
      writeFileSync(path, source.slice(0, from) + (mutant.replacement ?? '') + source.slice(to));
      let outcome: 'killed' | 'survived' = unitTests(testFiles) ? 'survived' : 'killed';
      if (outcome === 'survived') {
        // The wider set must pass without the mutant first, or its failure proves nothing.
        relatedPass ??= (writeFileSync(path, source), relatedUnitTests(file));
        writeFileSync(path, source.slice(0, from) + (mutant.replacement ?? '') + source.slice(to));
        if (relatedPass && !relatedUnitTests(file)) outcome = 'killed';
      }
      results[constantKey(file, source, mutant)] = outcome;
      console.log(`${file}:${mutant.location.start.line}:${mutant.location.start.column} ${mutant.mutatorName} ${outcome}`);
    } finally {
      restore();
      restore = null;
    }
  }
}
writeFileSync(constantsFile, `${JSON.stringify(results, null, 1)}\n`);
console.log(`${Object.values(results).filter((outcome) => outcome === 'killed').length} of ${Object.keys(results).length} killed; results in ${constantsFile}`);
