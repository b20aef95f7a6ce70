// docs/mutation-survivors.md and the README's score table, from the last `npm run mutation`:
// `npm run mutation:report`. Reads reports/mutation/mutation.json, counts each group the README
// reports on, and gives every surviving mutant the reason recorded for it in
// mutation-reasons.ts. A survivor with no recorded reason is listed as "unexplained" and makes the
// command fail, so the doc can only say "every survivor, with why" when it is true.
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import ts from 'typescript';
import { REASON_KINDS, SURVIVOR_REASONS, type SurvivorReason } from './mutation-reasons';
import { constantKey, GROUPS, isModuleLevel, readConstants, readReport, root, shortCode, sourceAt, type ReportMutant } from './mutation-report';

/** A reason names a mutant by file, mutator and the start of its original and replacement text. */
function matches(reason: SurvivorReason, file: string, source: string, mutant: ReportMutant, original: string, replacement: string): boolean {
  // A cut text ends in "…"; a reason written with a longer or shorter cut still names its mutant.
  const uncut = (text: string) => (text.endsWith('…') ? text.slice(0, -1).trimEnd() : text);
  const fits = (recorded: string, actual: string) => {
    if (!recorded.endsWith('…') && !actual.endsWith('…')) return recorded === actual;
    const [a, b] = [uncut(recorded), uncut(actual)];
    return a.startsWith(b) || b.startsWith(a);
  };
  const line = source.split('\n')[mutant.location.start.line - 1] ?? '';
  return (
    reason.file === file &&
    reason.mutator === mutant.mutatorName &&
    fits(reason.original, original) &&
    fits(reason.replacement, replacement) &&
    (reason.at === undefined || line.includes(reason.at))
  );
}

const report = readReport();
const constants = readConstants();
const escape = (text: string) => text.replaceAll('|', '\\|');
const number = (n: number) => n.toLocaleString('en-US');
let unexplained = 0;
const used = new Set<SurvivorReason>();
const tableRows: string[] = [];
const sections: string[] = [];

for (const group of GROUPS) {
  const files = Object.keys(report.files).filter((file) => group.dirs.some((dir) => file.startsWith(dir))).sort();
  const count = { all: 0, killed: 0, timeout: 0, survived: 0, noCoverage: 0, ignored: 0, unchanged: 0, byHand: 0, errors: 0 };
  const unchangedRows: string[] = [];
  const rows: string[] = [];
  const byKind = new Map<string, number>();
  for (const file of files) {
    const { source, mutants } = report.files[file]!;
    const parsed = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true);
    const ordered = [...mutants].sort((a, b) => a.location.start.line - b.location.start.line || a.location.start.column - b.location.start.column);
    for (const mutant of ordered) {
      count.all += 1;
      const unchangedConstant = mutant.static === true && mutant.status === 'Survived' && isModuleLevel(parsed, mutant.location);
      // Decided by npm run mutation:constants: killed by hand, or a survivor like any other.
      const decided = unchangedConstant ? constants[constantKey(file, source, mutant)] : undefined;
      if (decided === 'killed') {
        count.killed += 1;
        count.byHand += 1;
        continue;
      }
      if (unchangedConstant && decided === undefined) {
        count.unchanged += 1;
        unchangedRows.push(`| \`${file}:${mutant.location.start.line}:${mutant.location.start.column}\` | ${mutant.mutatorName} | \`${escape(shortCode(sourceAt(source, mutant.location)))}\` → \`${escape(shortCode(mutant.replacement ?? ''))}\` |`);
        continue;
      }
      if (mutant.status === 'Killed') count.killed += 1;
      else if (mutant.status === 'Timeout') count.timeout += 1;
      else if (mutant.status === 'Survived') count.survived += 1;
      else if (mutant.status === 'NoCoverage') count.noCoverage += 1;
      else if (mutant.status === 'Ignored') count.ignored += 1;
      else count.errors += 1;
      if (mutant.status !== 'Survived' && mutant.status !== 'NoCoverage') continue;
      const original = shortCode(sourceAt(source, mutant.location));
      const replacement = shortCode(mutant.replacement ?? '');
      const reason = SURVIVOR_REASONS.find((candidate) => matches(candidate, file, source, mutant, original, replacement));
      if (reason) used.add(reason);
      else unexplained += 1;
      const kind = reason?.kind ?? 'unexplained';
      byKind.set(kind, (byKind.get(kind) ?? 0) + 1);
      const where = `${file}:${mutant.location.start.line}:${mutant.location.start.column}`;
      const mutator = mutant.status === 'NoCoverage' ? `${mutant.mutatorName} (no test reaches it)` : mutant.mutatorName;
      rows.push(`| \`${where}\` | ${mutator} | \`${escape(original)}\` → \`${escape(replacement)}\` | ${kind} | ${escape(reason?.why ?? 'No reason recorded yet.')} |`);
    }
  }
  const detected = count.killed + count.timeout;
  const valid = detected + count.survived + count.noCoverage;
  const percent = (part: number, whole: number) => `${(whole === 0 ? 0 : (100 * part) / whole).toFixed(2)}%`;
  const scoreText = percent(detected, valid);
  // Stryker's own figure counts every module-level constant it ran as a survivor.
  const strykerScore = percent(detected - count.byHand, valid + count.unchanged);
  tableRows.push(
    `| ${group.name} | ${number(count.all)} | ${number(count.ignored + count.unchanged)} | ${number(detected)}${count.timeout ? ` (${count.timeout} by timeout)` : ''} | ${count.survived} | ${count.noCoverage} | **${scoreText}** (${strykerScore}) | ≥ ${group.target}% |`,
  );
  const kinds = [...byKind].sort((a, b) => b[1] - a[1]).map(([kind, n]) => `${kind} ${n}`).join(', ');
  sections.push(
    [
      `## ${group.heading}`,
      `${number(count.all)} mutants. Static, not run: ${number(count.ignored)}` +
        `${count.unchanged ? `, and ${count.unchanged} module-level constants that Stryker ran without changing them (listed at the end)` : ''}. ` +
        `Of the ${number(valid)} run, ${number(detected)} killed${count.timeout ? ` (${count.timeout} by timeout)` : ''}` +
        `${count.byHand ? ` (${count.byHand} of them module-level constants, by \`npm run mutation:constants\`)` : ''}, ${count.survived} survived, ` +
        `${count.noCoverage} reached by no test${count.errors ? ` (and ${count.errors} that end in a runtime error, which Stryker leaves out)` : ''}: ` +
        `**${scoreText}** (target ${group.target}%${count.unchanged || count.byHand ? `; Stryker's own figure, with those constants as survivors: ${strykerScore}` : ''}).`,
      '',
      rows.length ? `By reason: ${kinds}.` : 'No survivors.',
      '',
      ...(rows.length ? ['| mutant | mutator | change | reason kind | why it survives |', '|---|---|---|---|---|', ...rows] : []),
      ...(unchangedRows.length
        ? ['', `### ${group.heading}: module-level constants Stryker did not change`, '', '| mutant | mutator | change |', '|---|---|---|', ...unchangedRows]
        : []),
    ].join('\n'),
  );
}

const kindList = Object.entries(REASON_KINDS).map(([kind, meaning]) => `- **${kind}**: ${meaning}`);
const doc = `# Mutation testing: every mutant that survives, and why

Made by \`npm run mutation:report\` from the last \`npm run mutation\` (StrykerJS with its Vitest
runner, unit project only; see \`stryker.config.mjs\`), which changes one thing in the code at a
time and runs the unit tests that reach it. A mutant that no test notices "survives". This file
lists every survivor of the three groups the README's table reports on, each with why it
survives (recorded in \`tests/tools/mutation-reasons.ts\`). The kinds of reason:

${kindList.join('\n')}

Static mutants (module-level constants: selectors, schemas, tables) are not run
(\`--ignoreStatic\`): each one would re-run every unit test that imports its file with the modules
reloaded, and Stryker puts them at 92% of a run's time (about 20 hours on 2 cores). Stryker still
runs a static mutant that a test also reaches, with that test, but without evaluating the module
again: the constant never changes, and the mutant "survives" whatever the tests check (applied by
hand, page.ts's page table and token-form.ts's selectors fail their tests). Those are counted
with the static mutants not run, and listed at the end of each group. The scores are over the
mutants that were run; Stryker's own figure, which counts those constants as survivors, is given
beside each.

${sections.join('\n\n')}
`;

writeFileSync(resolve(root, 'docs/mutation-survivors.md'), doc);
console.log(['| code | mutants | static, not run | killed | survived | no coverage | score (Stryker\'s) | target |', '|---|---|---|---|---|---|---|---|', ...tableRows].join('\n'));
const stale = SURVIVOR_REASONS.filter((reason) => !used.has(reason));
if (stale.length && process.argv.includes('--prune')) {
  // One r(…) per line, in the array's order: drop the lines of the reasons nothing matched.
  const reasonsFile = resolve(import.meta.dirname, 'mutation-reasons.ts');
  let index = -1;
  const kept = readFileSync(reasonsFile, 'utf8')
    .split('\n')
    .filter((line) => !(line.startsWith('  r(') && !used.has(SURVIVOR_REASONS[++index]!)));
  writeFileSync(reasonsFile, kept.join('\n'));
  console.log(`\nRemoved ${stale.length} recorded reasons that match no survivor any more.`);
} else if (stale.length) {
  console.log(`\n${stale.length} recorded reasons match no survivor (killed since, or the code changed): \`npm run mutation:report -- --prune\` removes them.`);
}
if (unexplained) {
  console.error(`\n${unexplained} survivors have no recorded reason: add them to tests/tools/mutation-reasons.ts.`);
  process.exitCode = 1;
}
