import { describe, expect, it } from 'vitest';
import { memoryHost } from '../../src/host.js';
import { compile } from '../../src/pipeline.js';

// Issue 13 (rayon: "Le cycliste peut annuler sans frais jusqu'à 24 heures avant le créneau" designed
// `POST /creneaux/{id}/cancel` for cyclists). The record after a time preposition ("before the
// slot", "avant le créneau", "antes del turno", "vor dem Termin", "prima del turno") says when, not
// what is cancelled: the criterion cancels what its story cancels (the booking), and grants nothing
// on the slot.
interface Words {
  tables: [person: string, slot: string, booking: string];
  roles: string;
  story: string;
  criterion: string;
}
const LANGS: Record<string, Words> = {
  en: {
    tables: ['cyclists', 'slots', 'bookings'],
    roles: '| Role | Who |\n|---|---|\n| Cyclist | A customer of the workshop |',
    story: '**User Story:** As a cyclist, I want to cancel my booking, so that the place is freed.',
    criterion: '1. The cyclist can cancel free of charge up to 24 hours before the slot.',
  },
  fr: {
    tables: ['cyclistes', 'creneaux', 'reservations'],
    roles: "| Rôle | Qui |\n|---|---|\n| Cycliste | Client de l'atelier |",
    story: '**User Story :** En tant que cycliste, je veux annuler ma réservation, afin de libérer la place.',
    criterion: "1. Le cycliste peut annuler sans frais jusqu'à 24 heures avant le créneau.",
  },
  es: {
    tables: ['ciclistas', 'turnos', 'reservas'],
    roles: '| Rol | Quién |\n|---|---|\n| Ciclista | Cliente del taller |',
    story: '**Historia de usuario:** Como ciclista, quiero cancelar mi reserva, para liberar la plaza.',
    criterion: '1. El ciclista puede cancelar sin coste hasta 24 horas antes del turno.',
  },
  pt: {
    tables: ['ciclistas', 'turnos', 'reservas'],
    roles: '| Papel | Quem |\n|---|---|\n| Ciclista | Cliente da oficina |',
    story: '**História de usuário:** Como ciclista, quero cancelar minha reserva, para liberar a vaga.',
    criterion: '1. O ciclista pode cancelar sem custo até 24 horas antes do turno.',
  },
  de: {
    tables: ['radfahrer', 'termine', 'buchungen'],
    roles: '| Rolle | Wer |\n|---|---|\n| Radfahrer | Kunde der Werkstatt |',
    story: '**User Story:** Als Radfahrer möchte ich meine Buchung stornieren, damit der Platz frei wird.',
    criterion: '1. Der Radfahrer kann bis 24 Stunden vor dem Termin kostenlos stornieren.',
  },
  it: {
    tables: ['ciclisti', 'turni', 'prenotazioni'],
    roles: "| Ruolo | Chi |\n|---|---|\n| Ciclista | Cliente dell'officina |",
    story: '**User Story:** Come ciclista, voglio annullare la mia prenotazione, per liberare il posto.',
    criterion: '1. Il ciclista può annullare gratuitamente fino a 24 ore prima del turno.',
  },
};

async function compileIn(w: Words, extra: Record<string, string> = {}) {
  const [person, slot, booking] = w.tables;
  const sql = [
    '```sql',
    `CREATE TABLE ${person} (id uuid PRIMARY KEY, name text NOT NULL);`,
    `CREATE TABLE ${slot} (id uuid PRIMARY KEY, starts_at timestamptz NOT NULL, capacity int NOT NULL);`,
    `CREATE TABLE ${booking} (id uuid PRIMARY KEY, ${slot}_id uuid NOT NULL REFERENCES ${slot}(id), ${person}_id uuid NOT NULL REFERENCES ${person}(id), status text NOT NULL DEFAULT 'confirmed' CHECK (status IN ('confirmed', 'cancelled')));`,
    '```',
  ].join('\n');
  const r = await compile(
    { root: '/p', verify: { skip: true } },
    memoryHost({
      '/p/.kiro/steering/product.md': `# Product\n\n${w.roles}\n`,
      '/p/.kiro/specs/workshop/requirements.md': `# Requirements\n\n## Requirements\n\n### Requirement 3: Cancellation\n\n${w.story}\n\n#### Acceptance Criteria\n\n${w.criterion}\n`,
      '/p/.kiro/specs/workshop/design.md': `# Design\n\n## Data\n\n${sql}\n`,
      ...extra,
    }),
  );
  return r.spec!;
}

describe('the record a time preposition names says when, not what is acted on', { timeout: 120_000 }, () => {
  for (const [lang, w] of Object.entries(LANGS))
    it(lang, async () => {
      const spec = await compileIn(w);
      const slotPath = `/${w.tables[1]}/{id}/cancel`;
      const criterion = (spec.stories ?? []).find((s) => /24/.test(s.action));
      expect(criterion, JSON.stringify(spec.stories)).toBeDefined();
      expect(criterion!.operations).toEqual([expect.stringMatching(/^cancel/)]);
      const op = spec.endpoints.find((e) => e.operationId === criterion!.operations[0]);
      expect(op?.path).toMatch(new RegExp(`/${w.tables[2]}/\\{id\\}/cancel$`));
      expect(spec.endpoints.some((e) => e.path.endsWith(slotPath))).toBe(false);
      expect(
        (spec.permissions?.grants ?? []).some((g) => g.verb === 'cancel' && g.resource !== op?.entity),
      ).toBe(false);
    });
});

// Two Kiro feature specs number their requirements alike ("Exigence 3" in each requirements.md): a
// criterion's story is the one of its own file (rayon: the cancellation criterion was read against
// the other spec's "exporter les factures" story and cancelled an invoice).
it('a criterion belongs to the story of its own feature spec', { timeout: 60_000 }, async () => {
  const w = LANGS.fr!;
  const spec = await compileIn(
    { ...w, criterion: "1. Le cycliste peut annuler sans frais jusqu'à 24 heures à l'avance." },
    {
      '/p/.kiro/specs/billing/requirements.md': [
        '# Requirements',
        '',
        '## Requirements',
        '',
        '### Requirement 3: Export',
        '',
        '**User Story :** En tant que cycliste, je veux exporter mes factures au format CSV, afin de les garder.',
        '',
      ].join('\n'),
      '/p/.kiro/specs/billing/design.md':
        '# Design\n\n```sql\nCREATE TABLE factures (id uuid PRIMARY KEY, cyclistes_id uuid NOT NULL REFERENCES cyclistes(id), total int NOT NULL);\n```\n',
    },
  );
  const criterion = (spec.stories ?? []).find((s) => /24/.test(s.action));
  const op = spec.endpoints.find((e) => e.operationId === criterion?.operations[0]);
  expect(op?.path).toMatch(/\/reservations\/\{id\}\/cancel$/);
});
