import { describe, expect, it } from 'vitest';
import { memoryHost } from '../../src/host.js';
import { compile } from '../../src/pipeline.js';

// Issue 13 (labcore): acceptance criteria of a UI story ("the button is disabled", "the page shows a
// spinner", "the list is sorted …") were listed as business rules. A business rule is a constraint the
// backend enforces; what a screen does is checked in the client. Read from the sentence, in six
// languages; a criterion that is a real constraint beside them stays a rule.
const DATA =
  '```sql\nCREATE TABLE shifts (id uuid PRIMARY KEY, starts_at timestamptz NOT NULL);\nCREATE TABLE bookings (id uuid PRIMARY KEY, shift_id uuid NOT NULL REFERENCES shifts(id));\n```';

const CRITERIA: Record<string, { ui: string[]; rule: string }> = {
  en: {
    ui: [
      'The Book button must be disabled when the shift is full.',
      'The page must show a spinner while the shifts load.',
      'The list must be sorted by start time.',
      'Line charts for the bookings of the past 30 days.',
    ],
    rule: 'Only one booking per shift is allowed.',
  },
  es: {
    ui: [
      'El botón Reservar debe estar deshabilitado cuando el turno está lleno.',
      'La página debe mostrar un indicador mientras cargan los turnos.',
      'La lista debe estar ordenada por hora de inicio.',
    ],
    rule: 'Solo se permite una reserva por turno.',
  },
  pt: {
    ui: [
      'O botão Reservar deve ficar desabilitado quando o turno está cheio.',
      'A página deve exibir um indicador enquanto os turnos carregam.',
      'A lista deve ser ordenada pela hora de início.',
    ],
    rule: 'Apenas uma reserva por turno é permitida.',
  },
  fr: {
    ui: [
      'Le bouton Réserver doit être désactivé quand le créneau est complet.',
      'La page doit afficher un indicateur pendant le chargement.',
      'La liste doit être triée par heure de début.',
    ],
    rule: 'Une seule réservation par créneau est autorisée.',
  },
  de: {
    ui: [
      'Die Schaltfläche Buchen muss deaktiviert sein, wenn die Schicht voll ist.',
      'Die Seite muss beim Laden einen Spinner anzeigen.',
      'Die Liste muss nach Startzeit sortiert sein.',
    ],
    rule: 'Nur eine Buchung pro Schicht ist erlaubt.',
  },
  it: {
    ui: [
      'Il pulsante Prenota deve essere disabilitato quando il turno è pieno.',
      'La pagina deve mostrare un indicatore durante il caricamento.',
      "L'elenco deve essere ordinato per ora di inizio.",
    ],
    rule: 'Solo una prenotazione per turno è consentita.',
  },
};

describe('what a screen does is no business rule', { timeout: 120_000 }, () => {
  it.each(Object.keys(CRITERIA))('%s', async (lang) => {
    const { ui, rule } = CRITERIA[lang]!;
    const prd = `# PRD\n\n## Functional requirements\n\n- FR-1: A volunteer can book a shift.\n  - ${[...ui, rule].join('\n  - ')}\n`;
    const host = memoryHost({
      '/p/docs/prd.md': prd,
      '/p/docs/architecture.md': `# Architecture\n\n${DATA}\n`,
    });
    const spec = (await compile({ root: '/p', verify: { skip: true } }, host)).spec!;
    const texts = [...(spec.rules ?? []), ...(spec.validation?.businessRules ?? [])].map((r) => r.text);
    for (const u of ui) expect(texts, u).not.toContain(u);
    expect(texts).toContain(rule);
  });
  it('a screen sentence that names what the API rejects stays a rule', async () => {
    const prd =
      '# PRD\n\n## Functional requirements\n\n- FR-1: A volunteer can book a shift.\n  - The Book button is disabled when the shift is full, and the API rejects a booking of a full shift with SHIFT_FULL.\n';
    const host = memoryHost({
      '/p/docs/prd.md': prd,
      '/p/docs/architecture.md': `# Architecture\n\n${DATA}\n`,
    });
    const spec = (await compile({ root: '/p', verify: { skip: true } }, host)).spec!;
    expect((spec.rules ?? []).find((r) => r.errorCode === 'SHIFT_FULL')).toBeDefined();
  });
});
