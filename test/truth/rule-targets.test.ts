import { describe, expect, it } from 'vitest';
import { memoryHost } from '../../src/host.js';
import { compile } from '../../src/pipeline.js';
import { catalogFor } from '../../src/render/i18n/index.js';
import { validationSection } from '../../src/render/markdown/sections/06-validation.js';

// Issue 13 (a food-bank project nobody had seen): "A volunteer may hold at most 3 upcoming bookings"
// (BR-12), "A volunteer cannot book two overlapping shifts" (BR-13) and "A volunteer must cancel at
// least 12 hours before the shift starts" (BR-14) constrained Volunteer, the actor, instead of the
// rows they count and the writes they guard. Each language names its own tables; the rule keeps the
// id the documents give it.
type Case = {
  tables: [foodBank: string, volunteer: string, shift: string, booking: string];
  keys: [foodBank: string, volunteer: string, shift: string];
  prd: string;
  /** Stated rule id → the entity it must constrain (a booking's, or for the publish rule a shift's). */
  expect: Record<string, 'booking' | 'shift'>;
};

const CASES: Record<string, Case> = {
  en: {
    tables: ['food_banks', 'volunteers', 'shifts', 'bookings'],
    keys: ['food_bank_id', 'volunteer_id', 'shift_id'],
    prd: `# PRD\n\n## Functional requirements\n\n- FR-1: A volunteer can book a shift.\n- FR-2: A volunteer can cancel a booking.\n- FR-3: A coordinator can publish shifts.\n\n## Business rules\n\n- BR-12: A volunteer may hold at most 3 upcoming bookings.\n- BR-13: A volunteer cannot book two overlapping shifts.\n- BR-14: A volunteer must cancel at least 12 hours before the shift starts.\n- BR-15: A food bank must publish the week's shifts by Friday.\n`,
    expect: { 'BR-12': 'booking', 'BR-13': 'booking', 'BR-14': 'booking', 'BR-15': 'shift' },
  },
  es: {
    tables: ['bancos_alimentos', 'voluntarios', 'turnos', 'reservas'],
    keys: ['banco_alimentos_id', 'voluntario_id', 'turno_id'],
    prd: `# PRD\n\n## Requisitos funcionales\n\n- RF-1: Un voluntario puede reservar un turno.\n- RF-2: Un voluntario puede cancelar una reserva.\n- RF-3: Un coordinador puede publicar turnos.\n\n## Reglas de negocio\n\n- RN-12: Un voluntario puede tener como máximo 3 reservas próximas.\n- RN-13: Un voluntario no puede reservar dos turnos solapados.\n- RN-14: Un voluntario debe cancelar al menos 12 horas antes de que empiece el turno.\n- RN-15: Un banco de alimentos debe publicar los turnos de la semana antes del viernes.\n`,
    expect: { 'RN-12': 'booking', 'RN-13': 'booking', 'RN-14': 'booking', 'RN-15': 'shift' },
  },
  pt: {
    tables: ['bancos_alimentos', 'voluntarios', 'turnos', 'reservas'],
    keys: ['banco_alimentos_id', 'voluntario_id', 'turno_id'],
    prd: `# PRD\n\n## Requisitos funcionais\n\n- RF-1: Um voluntário pode reservar um turno.\n- RF-2: Um voluntário pode cancelar uma reserva.\n- RF-3: Um coordenador pode publicar turnos.\n\n## Regras de negócio\n\n- RN-12: Um voluntário pode ter no máximo 3 reservas futuras.\n- RN-13: Um voluntário não pode reservar dois turnos sobrepostos.\n- RN-14: Um voluntário deve cancelar pelo menos 12 horas antes do início do turno.\n- RN-15: Um banco de alimentos deve publicar os turnos da semana até sexta-feira.\n`,
    expect: { 'RN-12': 'booking', 'RN-13': 'booking', 'RN-14': 'booking', 'RN-15': 'shift' },
  },
  fr: {
    tables: ['banques_alimentaires', 'benevoles', 'creneaux', 'reservations'],
    keys: ['banque_alimentaire_id', 'benevole_id', 'creneau_id'],
    prd: `# PRD\n\n## Exigences fonctionnelles\n\n- EF-1 : Un bénévole peut réserver un créneau.\n- EF-2 : Un bénévole peut annuler une réservation.\n- EF-3 : Un coordinateur peut publier les créneaux.\n\n## Règles de gestion\n\n- RG-12 : Un bénévole peut avoir au plus 3 réservations à venir.\n- RG-13 : Un bénévole ne peut pas réserver deux créneaux qui se chevauchent.\n- RG-14 : Un bénévole doit annuler au moins 12 heures avant le début du créneau.\n- RG-15 : Une banque alimentaire doit publier les créneaux de la semaine avant vendredi.\n`,
    expect: { 'RG-12': 'booking', 'RG-13': 'booking', 'RG-14': 'booking', 'RG-15': 'shift' },
  },
  de: {
    tables: ['tafeln', 'helfer', 'schichten', 'buchungen'],
    keys: ['tafel_id', 'helfer_id', 'schicht_id'],
    prd: `# PRD\n\n## Funktionale Anforderungen\n\n- FA-1: Ein Helfer kann eine Schicht buchen.\n- FA-2: Ein Helfer kann eine Buchung stornieren.\n- FA-3: Ein Koordinator kann Schichten veröffentlichen.\n\n## Geschäftsregeln\n\n- GR-12: Ein Helfer darf höchstens 3 anstehende Buchungen haben.\n- GR-13: Ein Helfer kann keine zwei überschneidenden Schichten buchen.\n- GR-14: Ein Helfer muss mindestens 12 Stunden vor Schichtbeginn stornieren.\n- GR-15: Eine Tafel muss die Schichten der Woche bis Freitag veröffentlichen.\n`,
    expect: { 'GR-12': 'booking', 'GR-13': 'booking', 'GR-14': 'booking', 'GR-15': 'shift' },
  },
  it: {
    tables: ['banchi_alimentari', 'volontari', 'turni', 'prenotazioni'],
    keys: ['banco_alimentare_id', 'volontario_id', 'turno_id'],
    prd: `# PRD\n\n## Requisiti funzionali\n\n- RF-1: Un volontario può prenotare un turno.\n- RF-2: Un volontario può annullare una prenotazione.\n- RF-3: Un coordinatore può pubblicare i turni.\n\n## Regole di business\n\n- RB-12: Un volontario può avere al massimo 3 prenotazioni future.\n- RB-13: Un volontario non può prenotare due turni sovrapposti.\n- RB-14: Un volontario deve annullare almeno 12 ore prima dell'inizio del turno.\n- RB-15: Un banco alimentare deve pubblicare i turni della settimana entro venerdì.\n`,
    expect: { 'RB-12': 'booking', 'RB-13': 'booking', 'RB-14': 'booking', 'RB-15': 'shift' },
  },
};

async function run(c: Case) {
  const [fb, vo, sh, bo] = c.tables;
  const [fbId, voId, shId] = c.keys;
  const sql = [
    `CREATE TABLE ${fb} (id uuid PRIMARY KEY, name text NOT NULL);`,
    `CREATE TABLE ${vo} (id uuid PRIMARY KEY, ${fbId} uuid NOT NULL REFERENCES ${fb}(id), name text NOT NULL);`,
    `CREATE TABLE ${sh} (id uuid PRIMARY KEY, ${fbId} uuid NOT NULL REFERENCES ${fb}(id), starts_at timestamptz NOT NULL, status text NOT NULL CHECK (status IN ('draft','published','cancelled')));`,
    `CREATE TABLE ${bo} (id uuid PRIMARY KEY, ${voId} uuid NOT NULL REFERENCES ${vo}(id), ${shId} uuid NOT NULL REFERENCES ${sh}(id), status text NOT NULL CHECK (status IN ('booked','cancelled')));`,
  ].join('\n');
  const host = memoryHost({
    '/p/docs/prd.md': c.prd,
    '/p/docs/architecture.md': `# Architecture\n\n\`\`\`sql\n${sql}\n\`\`\`\n`,
  });
  return (await compile({ root: '/p', verify: { skip: true } }, host)).spec!;
}

describe('a rule constrains the rows it counts and the write it guards, not its actor', {
  timeout: 120_000,
}, () => {
  it.each(Object.keys(CASES))('%s', async (lang) => {
    const c = CASES[lang]!;
    const spec = await run(c);
    const tableOf = (name: string | null) => spec.entities.find((e) => e.name === name)?.table ?? null;
    const rules = spec.rules ?? [];
    for (const [id, want] of Object.entries(c.expect)) {
      const rule = rules.find((r) => r.id === id);
      // The stated id is the rule's id, cited to its line.
      expect(rule, `${lang} ${id}`).toBeDefined();
      expect(rule!.origin).toMatchObject({ kind: 'source', file: 'docs/prd.md' });
      expect(tableOf(rule!.entity), `${lang} ${id}: ${rule!.text}`).toBe(
        want === 'booking' ? c.tables[3] : c.tables[2],
      );
      // Whatever the guarded write, it is never one of the actor's rows.
      for (const op of rule!.operations) {
        const e = spec.endpoints.find((x) => x.operationId === op);
        expect(tableOf(e?.entity ?? null), `${lang} ${id} ${op}`).not.toBe(c.tables[1]);
      }
    }
    // The count and the overlap guard the creation of a booking; the cancel window its cancellation.
    const creates = spec.endpoints.filter((e) => e.action === 'create' && tableOf(e.entity) === c.tables[3]);
    const [limit, overlap, window] = Object.keys(c.expect).map((id) => rules.find((r) => r.id === id));
    for (const r of [limit, overlap])
      for (const e of creates) expect(r!.operations, `${lang} ${r!.id}`).toContain(e.operationId);
    expect(overlap!.kind).toBe('unique');
    const cancel = spec.endpoints.find(
      (e) => tableOf(e.entity) === c.tables[3] && /cancel/i.test(e.operationId),
    );
    if (cancel && c.expect[window!.id]) expect(window!.operations).toEqual([cancel.operationId]);
  });
});

// Issue 11: section 6.2 was a second business-rules list, read again in derive by an English regex
// ("must", "cannot", "at most") over requirement sentences: no Spanish, French or German rule was in
// it, and English ones appeared twice. The workflow lists custom business rules among the input
// validation rules (step 5): they are rows of section 6.1's table, the section-4 rules enforced on a
// request, by their id.
describe('section 6 checks a request against the business rules of section 4, by id', {
  timeout: 120_000,
}, () => {
  it.each(Object.keys(CASES))('%s', async (lang) => {
    const c = CASES[lang]!;
    const spec = await run(c);
    const onRequest = (spec.rules ?? []).filter(
      (r) => ['validation', 'service-check', 'db-constraint'].includes(r.enforcement) && r.entity !== null,
    );
    expect(onRequest.length, lang).toBeGreaterThan(0);
    expect(spec.validation!.businessRules).toEqual(
      onRequest.map((r) => ({
        id: r.id,
        text: r.text,
        entity: r.entity,
        operations: r.operations,
        origin: r.origin,
      })),
    );
    const text = validationSection.render({ spec, t: catalogFor(lang).messages } as never) ?? '';
    const said = catalogFor(lang).messages.security.validation;
    for (const r of onRequest) expect(text, `${lang} ${r.id}`).toContain(`| ${said.businessRule(r.id)} |`);
    // One table: the headings are 6.1 and 6.2 (output sanitisation), no second rules list.
    expect(text.match(/^### 6\.\d/gm)).toEqual(['### 6.1', '### 6.2']);
  });
});
