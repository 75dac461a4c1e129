import { describe, expect, it } from 'vitest';
import { memoryHost } from '../../src/host.js';
import { compile } from '../../src/pipeline.js';

// Issue 13 (rayon: "En tant que responsable d'atelier, je veux définir les créneaux d'ouverture" had no
// operation). Defining records ("define", "définir", "definir", "festlegen", "definire") makes them;
// and the criterion beside it, "Un créneau qui a des réservations ne peut pas être supprimé", guards
// the delete of a slot, never the create its requirement also has.
const LANGS: Record<string, [table: string, story: string, rule: string]> = {
  en: [
    'slots',
    'As a manager, I want to define the opening slots, so that capacity fits the volunteers.',
    'A slot that has bookings cannot be deleted.',
  ],
  fr: [
    'creneaux',
    "En tant que manager, je veux définir les créneaux d'ouverture, afin d'adapter la capacité.",
    'Un créneau qui a des réservations ne peut pas être supprimé.',
  ],
  es: [
    'turnos',
    'Como manager, quiero definir los turnos de apertura, para ajustar la capacidad.',
    'Un turno que tiene reservas no puede ser eliminado.',
  ],
  pt: [
    'turnos',
    'Como manager, quero definir os turnos de abertura, para ajustar a capacidade.',
    'Um turno que tem reservas não pode ser excluído.',
  ],
  de: [
    'termine',
    'Als Manager möchte ich die Termine festlegen, damit die Kapazität passt.',
    'Ein Termin mit Buchungen darf nicht gelöscht werden.',
  ],
  it: [
    'turni',
    'Come manager, voglio definire i turni di apertura, per adattare la capacità.',
    'Un turno con prenotazioni non può essere eliminato.',
  ],
};

describe('defining records creates them; a delete rule guards no create', { timeout: 120_000 }, () => {
  for (const [lang, [table, story, rule]] of Object.entries(LANGS))
    it(lang, async () => {
      const r = await compile(
        { root: '/p', verify: { skip: true } },
        memoryHost({
          '/p/.kiro/steering/product.md':
            '# Product\n\n| Role | Who |\n|---|---|\n| Manager | Runs a workshop |\n',
          '/p/.kiro/specs/w/requirements.md': `# Requirements\n\n## Requirements\n\n### Requirement 6: Planning\n\n**User Story:** ${story}\n\n#### Acceptance Criteria\n\n1. ${rule}\n`,
          '/p/.kiro/specs/w/design.md': `# Design\n\n\`\`\`sql\nCREATE TABLE ${table} (id uuid PRIMARY KEY, starts_at timestamptz NOT NULL, capacity int NOT NULL);\n\`\`\`\n`,
        }),
      );
      const spec = r.spec!;
      const s = (spec.stories ?? []).find((x) => x.action.length > 20);
      const ops = (s?.operations ?? []).map((id) => spec.endpoints.find((e) => e.operationId === id));
      expect(
        ops.map((e) => `${e?.method} ${e?.path}`),
        JSON.stringify(s),
      ).toEqual([expect.stringMatching(new RegExp(`^POST /(?:api/v1/)?${table}$`))]);
      const guard = (spec.rules ?? []).find((x) => x.text.includes(rule.slice(0, 12)));
      expect(guard?.operations ?? []).not.toContain(ops[0]!.operationId);
    });
});
