import { describe, expect, it } from 'vitest';
import { memoryHost } from '../../src/host.js';
import { compile } from '../../src/pipeline.js';

// buchfink-de: the error table "| `VERANSTALTUNG_AUSGEBUCHT` | 409 | GR-10 |", "| `ABMELDEFRIST_ABGELAUFEN`
// | 409 | GR-09: weniger als 48 Stunden vor Beginn |", "| `VORSCHLAGSLIMIT_ERREICHT` | 429 | GR-11 |"
// was ignored: GR-09/10/11 got invented codes (VERANSTALTUNG_OUTSIDE_WINDOW, REQUEST_LIMIT_EXCEEDED,
// ANSCHAFFUNGSVORSCHLAG_LIMIT_EXCEEDED). A stated code whose row names a rule by its id is that rule's.
const CASES: [lang: string, prd: string, table: string, id: string, code: string][] = [
  [
    'en',
    '## Business rules\n\n- **BR-3:** A member may hold at most 2 bookings per day.\n',
    '| Code | HTTP | Meaning |\n|---|---|---|\n| `DAILY_QUOTA_REACHED` | 409 | BR-3 |\n',
    'BR-3',
    'DAILY_QUOTA_REACHED',
  ],
  [
    'es',
    '## Reglas de negocio\n\n- **RN-02:** Un socio puede tener como máximo 2 reservas por día.\n',
    '| Código | HTTP | Significado |\n|---|---|---|\n| `CUPO_DIARIO_AGOTADO` | 409 | RN-2: ya tiene 2 reservas hoy |\n',
    'RN-02',
    'CUPO_DIARIO_AGOTADO',
  ],
  [
    'de',
    '## Geschäftsregeln\n\n- **GR-10:** Eine Veranstaltung darf nicht überbucht werden: höchstens so viele Anmeldungen wie Plätze.\n',
    '| Code | HTTP | Bedeutung |\n|---|---|---|\n| `VERANSTALTUNG_AUSGEBUCHT` | 409 | GR-10 |\n',
    'GR-10',
    'VERANSTALTUNG_AUSGEBUCHT',
  ],
];

describe('a stated error code names the rule it belongs to by id', { timeout: 120_000 }, () => {
  it.each(CASES)('%s: %s', async (lang, prd, table, id, code) => {
    const host = memoryHost({
      '/p/docs/prd.md': `# PRD\n\n${prd}`,
      '/p/docs/architecture.md': `# Architecture\n\n## Errors\n\n${table}\n\n## Data\n\n\`\`\`sql\nCREATE TABLE bookings (id uuid PRIMARY KEY, member_id uuid NOT NULL, day date NOT NULL);\nCREATE TABLE veranstaltung (id uuid PRIMARY KEY, plaetze int NOT NULL);\n\`\`\`\n`,
    });
    const r = await compile({ root: '/p', verify: { skip: true }, lang }, host);
    const rule = r.spec!.rules?.find((x) => x.id === id);
    expect(rule?.errorCode).toBe(code);
  });
});
