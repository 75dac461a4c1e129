import { readdirSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalogFor } from '../../src/render/i18n/index.js';
import { formatReport } from '../../src/report/index.js';
import { corpusRoot } from '../corpus-path.js';
import { compiledProject } from '../helpers/compiled.js';

/** Every corpus project, from the committed copies under test/corpus. */
const projects: [string, string][] = readdirSync(path.dirname(corpusRoot('labcore')), { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e): [string, string] => [e.name, corpusRoot(e.name)]);

describe('read coverage in the report of every corpus project', () => {
  it.each(projects)(
    '%s',
    async (_name, root) => {
      const r = await compiledProject(root);
      if (!r.ok) return; // a project without PRD or architecture compiles nothing, and says so
      const cov = r.report!.coverage;
      expect(cov.documents.length).toBe(r.sources.documents.length);
      for (const d of cov.documents) {
        expect(d.read).toBeLessThanOrEqual(d.blocks);
        expect(d.sentences.read).toBeLessThanOrEqual(d.sentences.total);
        expect(d.sentences.total).toBeGreaterThanOrEqual(d.blocks);
      }
      expect(cov.documents.some((d) => d.read > 0)).toBe(true);
      // The report is in the project's language (gatic: es, vitrolib: fr).
      const heading = catalogFor(r.report!.language ?? 'en').messages.report.completion.coverageHeading;
      expect(formatReport(r.report!)).toContain(heading);
      expect(r.spec!.coverage!.unread.length).toBe(Math.min(200, r.spec!.coverage!.unreadTotal));
    },
    120_000,
  );
});
