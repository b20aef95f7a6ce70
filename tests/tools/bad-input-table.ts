// Prints the README's bad-input table from the code's own answers: `npx tsx tests/tools/bad-input-table.ts`.
import { badInputTable } from '../support/bad-inputs';

console.log(badInputTable());
