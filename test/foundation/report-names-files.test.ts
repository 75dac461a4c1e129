import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { memoryHost } from '../../src/host.js';
import { compile } from '../../src/pipeline.js';
import { formatReport } from '../../src/report/index.js';
import { compiledProject } from '../helpers/compiled.js';

/**
 * The completion report names only files that exist (issue 18): every file or folder it names is a
 * file written in this run, or a file of the project. The migration step names the initial migration
 * or the schema file actually written (schema.sqlite.sql, mongodb-collections.js), never "the data
 * store the documents leave open" when they state one; the client step appears only with an
 * openapi.yaml; the standards step only when `.bmad/standards/backend/` exists.
 */
const CORPUS = path.resolve('test/corpus');
const projects = [
  path.resolve('examples/clinic-booking'),
  ...fs
    .readdirSync(CORPUS, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => path.join(CORPUS, e.name))
    .sort(),
];

/** Names of files and folders in the report (`schema.sql`, `backend-spec/prisma/…`, `.bmad/…/`). */
const NAMED = /(?:[\w.-]+\/)*[\w.-]+\.(?:sql|ya?ml|json|js|ts|toml|mmd|md|prisma)\b|\.bmad\/[\w/]+\//g;

describe('the completion report names only files that exist', () => {
  it.each(projects.map((p) => [path.basename(p), p]))(
    '%s',
    async (_name, root) => {
      const result = await compiledProject(root);
      const text = formatReport(result.report!);
      const written = result.report!.artifacts.concat(result.report!.output.path);
      // `Next.js`, `Auth.js`: technologies, not files.
      const missing = [...new Set(text.match(NAMED) ?? [])].filter(
        (named) =>
          !/^[A-Z][\w]*\.js$/.test(named) &&
          !written.some((w) => w === named || w.endsWith(`/${named}`)) &&
          !fs.existsSync(path.join(root, named)),
      );
      expect(missing).toEqual([]);
      const states = result.spec!.database.dialects.length > 0;
      // A stated data store is never called open.
      if (states && result.report!.artifacts.some((a) => /schema|collections|migration/.test(a)))
        expect(text).not.toMatch(/Design the data store the documents leave open/);
    },
    180_000,
  );

  const files = (extra: Record<string, string>) => ({
    '/p/docs/prd.md': '# Shop — PRD\n\n## User Stories\n\n- As a customer, I want to place orders.\n',
    '/p/docs/architecture.md':
      '# Architecture\n\n## Stack\n\n- **Database:** SQLite\n\n## Data model\n\n```sql\nCREATE TABLE orders (\n  id INTEGER PRIMARY KEY,\n  total_cents INTEGER NOT NULL\n);\n```\n',
    ...extra,
  });

  it('names the schema file written for a stated SQLite store, and the standards only when present', async () => {
    const without = await compile({ root: '/p', verify: { skip: true } }, memoryHost(files({})));
    const a = formatReport(without.report!);
    expect(without.report!.artifacts.some((x) => x.endsWith('/schema.sqlite.sql'))).toBe(true);
    expect(a).toContain('Create database migrations from schema.sqlite.sql');
    expect(a).not.toContain('.bmad/standards/backend/');
    const withStandards = await compile(
      { root: '/p', verify: { skip: true } },
      memoryHost(files({ '/p/.bmad/standards/backend/api.md': '# API standards\n' })),
    );
    expect(formatReport(withStandards.report!)).toContain('.bmad/standards/backend/');
  });
});
