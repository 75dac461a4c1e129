// Writes src/knowledge/case-fold-table.ts: the data the run-time fold of `new RegExp(…, 'iu')`
// patterns needs (src/knowledge/case-fold.ts, issue 19), computed by V8 itself in this process
// with scripts/case-fold-regex.mjs. `node scripts/case-fold-table.mjs` rewrites the file;
// test/knowledge/case-fold.test.ts fails when it is not what this script writes.
import { writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { caseFoldTableSource } from './case-fold-regex.mjs';

const out = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../src/knowledge/case-fold-table.ts');
writeFileSync(out, caseFoldTableSource());
console.log(`wrote ${path.relative(process.cwd(), out)}`);
