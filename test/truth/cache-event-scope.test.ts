import { describe, expect, it } from 'vitest';
import { memoryHost } from '../../src/host.js';
import { compile } from '../../src/pipeline.js';

// The English trial (test/english/projects/shiftshare) cached free-place counts per shift "invalidated
// on every sign-up change for that shift": the entry was invalidated by `Shift.update` (the scope "for
// that shift" read as the record written) instead of the sign-up writes.
describe('a scope closing a cache event is not the record it writes', () => {
  it.each([
    [
      'en',
      'shifts',
      'signups',
      'Free-place counts per shift are cached in Redis for 30 seconds and invalidated on every sign-up change for that shift.',
      ['Signup'],
    ],
    [
      'es',
      'turnos',
      'inscripciones',
      'Las plazas libres por turno se guardan en caché en Redis durante 30 segundos y se invalidan con cada cambio de inscripción de ese turno.',
      ['Inscripcion'],
    ],
  ])('%s', async (_lang, shifts, signups, sentence, entities) => {
    const sql = `\`\`\`sql\nCREATE TABLE ${shifts} (id uuid PRIMARY KEY, starts_at timestamptz NOT NULL, places int NOT NULL);\nCREATE TABLE ${signups} (id uuid PRIMARY KEY, ${shifts.slice(0, -1)}_id uuid NOT NULL REFERENCES ${shifts}(id));\n\`\`\`\n`;
    const r = await compile(
      { root: '/p', verify: { skip: true } },
      memoryHost({
        '/p/docs/prd.md': '# PRD\n\n- FR-1: A volunteer signs up for a shift.\n',
        '/p/docs/architecture.md': `# Architecture\n\n${sql}\n## Cache\n\n${sentence}\n`,
      }),
    );
    const entry = r.spec!.caching!.entries.find((e) => e.origin.kind === 'source')!;
    expect(entry.invalidatedBy.length).toBeGreaterThan(0);
    expect([...new Set(entry.invalidatedBy.map((w) => w.split('.')[0]))]).toEqual(entities);
  });
});
