import { describe, expect, it } from 'vitest';
import { memoryHost } from '../../src/host.js';
import { compile } from '../../src/pipeline.js';

// spec-kit's plan template writes the stack as one paragraph of `**Label**: value` lines. Each line
// is its own slot with its own line number; "Primary Dependencies" chooses the libraries it lists,
// never a store or a broker named beside them ("Celery with Redis as the broker").

const PLAN: Record<string, string> = {
  en: '**Language/Version**: Python 3.12\n**Primary Dependencies**: FastAPI 0.115, SQLAlchemy 2.0, Celery 5 with Redis as the broker\n**Storage**: PostgreSQL 16\n**Testing**: pytest',
  de: '**Sprache/Version**: Python 3.12\n**Wichtigste Abhängigkeiten**: FastAPI 0.115, SQLAlchemy 2.0, Celery 5 mit Redis als Broker\n**Speicher**: PostgreSQL 16\n**Tests**: pytest',
  es: '**Lenguaje/Versión**: Python 3.12\n**Dependencias principales**: FastAPI 0.115, SQLAlchemy 2.0, Celery 5 con Redis como broker\n**Almacenamiento**: PostgreSQL 16\n**Pruebas**: pytest',
};

describe("spec-kit's Technical Context", { timeout: 60_000 }, () => {
  it.each(Object.entries(PLAN))(
    '%s: each line is its own chosen slot, a broker beside a library is not',
    async (_l, body) => {
      const host = memoryHost({
        '/p/specs/001-x/spec.md': '# Spec\n\n- **FR-001**: Users can list tasks.\n',
        '/p/specs/001-x/plan.md': `# Plan\n\n## Technical Context\n\n${body}\n`,
      });
      const r = await compile({ root: '/p', verify: { skip: true } }, host);
      const chosen = (concern: string) =>
        r
          .domain!.stack.filter((s) => s.concern === concern && s.status === 'chosen')
          .map((s) => [s.value, s.origin.kind === 'source' ? s.origin.line : 0]);
      expect(chosen('language')).toContainEqual(['Python', 5]);
      expect(chosen('framework')).toContainEqual(['FastAPI', 6]);
      expect(chosen('orm')).toContainEqual(['SQLAlchemy', 6]);
      expect(chosen('database')).toContainEqual(['PostgreSQL', 7]);
      expect(chosen('cache')).toEqual([]);
    },
  );
});
