import { describe, expect, it } from 'vitest';
import { memoryHost } from '../../src/host.js';
import { compile } from '../../src/pipeline.js';

// Issue 13 point 2 (rayon: `ReservationCreate` carried `acompteCentimes`, although "SI un cycliste
// cumule 2 annulations tardives sur 6 mois ALORS sa prochaine réservation DOIT exiger un acompte de
// 10 €"). An amount a rule makes the system require or charge is the rule's to decide: the number
// field named after it is set by the server, never sent in a create body.
const LANGS: Record<string, [table: string, field: string, field2: string, rule: string]> = {
  en: [
    'bookings',
    'deposit_cents',
    'depositCents',
    'If a customer has 2 late cancellations in 6 months, their next booking must require a deposit of 10 €.',
  ],
  fr: [
    'reservations',
    'acompte_centimes',
    'acompteCentimes',
    'SI un client cumule 2 annulations tardives sur 6 mois ALORS sa prochaine réservation DOIT exiger un acompte de 10 €.',
  ],
  es: [
    'reservas',
    'fianza_centimos',
    'fianzaCentimos',
    'Si un cliente acumula 2 cancelaciones tardías en 6 meses, su próxima reserva debe exigir una fianza de 10 €.',
  ],
  pt: [
    'reservas',
    'sinal_centavos',
    'sinalCentavos',
    'Se um cliente acumular 2 cancelamentos tardios em 6 meses, a próxima reserva deve exigir um sinal de 10 €.',
  ],
  de: [
    'buchungen',
    'anzahlung_cent',
    'anzahlungCent',
    'Hat ein Kunde 2 späte Stornierungen in 6 Monaten, muss seine nächste Buchung eine Anzahlung von 10 € verlangen.',
  ],
  it: [
    'prenotazioni',
    'acconto_centesimi',
    'accontoCentesimi',
    'Se un cliente accumula 2 cancellazioni tardive in 6 mesi, la prossima prenotazione deve richiedere un acconto di 10 €.',
  ],
};

describe('an amount a rule charges is set by the server', { timeout: 120_000 }, () => {
  for (const [lang, [table, column, field, rule]] of Object.entries(LANGS))
    it(lang, async () => {
      const r = await compile(
        { root: '/p', verify: { skip: true } },
        memoryHost({
          '/p/docs/prd.md': `# PRD\n\n## Business rules\n\n- BR-1: ${rule}\n- BR-2: A second rule with no amount must hold.\n`,
          '/p/docs/architecture.md': `# Architecture\n\n\`\`\`sql\nCREATE TABLE ${table} (id uuid PRIMARY KEY, note text NOT NULL, ${column} int NOT NULL DEFAULT 0, total_cents int NOT NULL);\n\`\`\`\n`,
        }),
      );
      const set = (r.spec!.serverSetFields ?? []).filter((x) => x.rule === 'stated').map((x) => x.field);
      expect(set).toContain(field);
      // Only the field named after what is charged: another amount stays the client's.
      expect(set).not.toContain('totalCents');
    });
  it('near-miss: an amount the client states ("a deposit of 10 € is shown") sets nothing', async () => {
    const r = await compile(
      { root: '/p', verify: { skip: true } },
      memoryHost({
        '/p/docs/prd.md':
          '# PRD\n\n## Business rules\n\n- BR-1: The booking form must show the deposit before payment.\n',
        '/p/docs/architecture.md':
          '# Architecture\n\n```sql\nCREATE TABLE bookings (id uuid PRIMARY KEY, deposit_cents int NOT NULL DEFAULT 0);\n```\n',
      }),
    );
    expect((r.spec!.serverSetFields ?? []).map((x) => x.field)).not.toContain('depositCents');
  });
});
