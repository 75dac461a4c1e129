import { describe, expect, it } from 'vitest';
import { memoryHost } from '../../src/host.js';
import { compile } from '../../src/pipeline.js';

// Issue 13 (rayon: "Cycliste | Réserve un créneau" granted the cyclist *create* on Creneau). Booking
// a slot, a session or a class makes the booking record that joins the slot and the person, as
// registering for it does: the role creates the booking, never the slot. A record that names its
// person ("book an appointment" with `appointments.patient_id`) is the booking itself.
interface Words {
  tables: [person: string, slot: string, booking: string];
  role: string;
  story: string;
}
const LANGS: Record<string, Words> = {
  en: {
    tables: ['cyclists', 'slots', 'bookings'],
    role: '| Cyclist | Books a slot, follows the repair |',
    story: 'As a cyclist, I want to book a slot, so that I do not wait at the counter.',
  },
  fr: {
    tables: ['cyclistes', 'seances', 'reservations'],
    role: '| Cycliste | Réserve une séance, suit sa réparation |',
    story: 'En tant que cycliste, je veux réserver une séance, afin de ne pas attendre au comptoir.',
  },
  es: {
    tables: ['ciclistas', 'turnos', 'reservas'],
    role: '| Ciclista | Reserva un turno, sigue su reparación |',
    story: 'Como ciclista, quiero reservar un turno, para no esperar en el mostrador.',
  },
  pt: {
    tables: ['ciclistas', 'turnos', 'reservas'],
    role: '| Ciclista | Reserva um turno, acompanha o conserto |',
    story: 'Como ciclista, quero reservar um turno, para não esperar no balcão.',
  },
  de: {
    tables: ['radfahrer', 'termine', 'buchungen'],
    role: '| Radfahrer | Bucht einen Termin, verfolgt die Reparatur |',
    story: 'Als Radfahrer möchte ich einen Termin buchen, damit ich nicht am Tresen warte.',
  },
  it: {
    tables: ['soci', 'turni', 'prenotazioni'],
    role: '| Socio | Prenota un turno, segue la riparazione |',
    story: 'Come socio, voglio prenotare un turno, per non aspettare al banco.',
  },
};

async function compileIn(w: Words, personOnSlot = false) {
  const [person, slot, booking] = w.tables;
  const sql = [
    '```sql',
    `CREATE TABLE ${person} (id uuid PRIMARY KEY, name text NOT NULL);`,
    'CREATE TABLE ateliers (id uuid PRIMARY KEY, address text NOT NULL);',
    `CREATE TABLE ${slot} (id uuid PRIMARY KEY, ateliers_id uuid NOT NULL REFERENCES ateliers(id), starts_at timestamptz NOT NULL, capacity int NOT NULL${personOnSlot ? `, ${person}_id uuid NOT NULL REFERENCES ${person}(id)` : ''});`,
    `CREATE TABLE ${booking} (id uuid PRIMARY KEY, ${slot}_id uuid NOT NULL REFERENCES ${slot}(id), ${person}_id uuid NOT NULL REFERENCES ${person}(id), note text);`,
    '```',
  ].join('\n');
  const r = await compile(
    { root: '/p', verify: { skip: true } },
    memoryHost({
      '/p/docs/prd.md': `# PRD\n\n## Roles\n\n| Role | What they do |\n|---|---|\n${w.role}\n\n## User stories\n\n- ${w.story}\n`,
      '/p/docs/architecture.md': `# Architecture\n\n## Data model\n\n${sql}\n`,
    }),
  );
  return r.spec!;
}

describe('booking a slot creates the booking record', { timeout: 120_000 }, () => {
  for (const [lang, w] of Object.entries(LANGS))
    it(lang, async () => {
      const spec = await compileIn(w);
      const entityOf = (table: string) => spec.entities.find((e) => e.table === table)!.name;
      const [, slot, booking] = w.tables.map(entityOf) as [string, string, string];
      const creates = (spec.permissions?.grants ?? []).filter((g) => g.action === 'create');
      expect(creates.map((g) => g.resource)).toContain(booking);
      expect(creates.map((g) => g.resource)).not.toContain(slot);
      // Who books a slot picks it where it is held: the role reads the slot and its workshop.
      const reads = (spec.permissions?.grants ?? [])
        .filter((g) => g.action === 'read')
        .map((g) => g.resource);
      expect(reads).toEqual(expect.arrayContaining([slot, entityOf('ateliers')]));
      const story = (spec.stories ?? [])[0];
      expect(story?.operations).toEqual([`create${booking}`]);
    });
  it('near-miss: a record that names its person is the booking itself', async () => {
    const spec = await compileIn(LANGS.fr!, true);
    const creates = (spec.permissions?.grants ?? []).filter((g) => g.action === 'create');
    expect(creates.map((g) => g.resource)).toContain('Seance');
    expect(creates.map((g) => g.resource)).not.toContain('Reservation');
  });
});
