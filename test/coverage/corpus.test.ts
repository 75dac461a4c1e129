import { existsSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { nodeHost } from '../../src/host.js';
import { compile } from '../../src/pipeline.js';
import { formatReport } from '../../src/report/index.js';
import { GATIC_INPUT } from '../facts/gatic.js';
import { CORPUS, corpusProject } from '../foundation/corpus.js';

/** The full corpus, when this machine has it (../shared); the committed copies always. */
const SHARED = '/work/shared/corpus';
const shared = existsSync(SHARED)
  ? readdirSync(SHARED, { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .map((e): [string, string] => [e.name, path.join(SHARED, e.name)])
  : [];
const projects: [string, string][] = [
  ...CORPUS.map((p): [string, string] => [p, corpusProject(p)]),
  ['gatic', GATIC_INPUT],
  ...shared.filter(([name]) => !CORPUS.includes(name) && name !== 'gatic'),
];

describe('read coverage in the report of every corpus project', () => {
  it.each(projects)(
    '%s',
    async (_name, root) => {
      const r = await compile({ root, verify: { skip: true } }, nodeHost());
      if (!r.ok) return; // a project without PRD or architecture compiles nothing, and says so
      const cov = r.report!.coverage;
      expect(cov.documents.length).toBe(r.sources.documents.length);
      for (const d of cov.documents) {
        expect(d.read).toBeLessThanOrEqual(d.blocks);
        expect(d.sentences.read).toBeLessThanOrEqual(d.sentences.total);
        expect(d.sentences.total).toBeGreaterThanOrEqual(d.blocks);
      }
      expect(cov.documents.some((d) => d.read > 0)).toBe(true);
      expect(formatReport(r.report!)).toContain(
        'Read Coverage (blocks and sentences that gave at least one fact):',
      );
      expect(r.spec!.coverage!.unread.length).toBe(Math.min(200, r.spec!.coverage!.unreadTotal));
    },
    120_000,
  );
});
