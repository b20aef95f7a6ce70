import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { badInputs, badInputTable } from '../../support/bad-inputs';

const readme = readFileSync(resolve(import.meta.dirname, '../../../README.md'), 'utf8');

describe('bad input table', () => {
  it('refuses every listed input with a message (none is accepted silently)', () => {
    for (const row of badInputs()) {
      expect(row.message, `${row.field} ${JSON.stringify(row.input)}`).not.toMatch(/^\((accepted|no problem)\)$/);
    }
  });

  it('is in the README exactly as the code answers (regenerate: npx tsx tests/tools/bad-input-table.ts)', () => {
    expect(readme).toContain(badInputTable());
  });
});
