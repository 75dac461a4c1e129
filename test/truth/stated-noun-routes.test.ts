import { describe, expect, it } from 'vitest';
import { memoryHost } from '../../src/host.js';
import { compile } from '../../src/pipeline.js';

// Issue 13 (rayon: "Le responsable d'atelier peut annuler tous les créneaux d'une journée (fermeture
// exceptionnelle)" designed `POST /creneaux/{id}/cancel` beside the stated `POST
// /ateliers/{id}/fermetures` "Fermer une journée et annuler ses réservations"). A stated write under a
// record whose last segment is a noun the story says is the operation the documents named for it.
interface Words {
  tables: [site: string, slot: string];
  route: string;
  criterion: string;
}
const LANGS: Record<string, Words> = {
  en: {
    tables: ['sites', 'slots'],
    route: '| POST | `/api/sites/{id}/closures` | manager | Close a day and cancel its bookings |',
    criterion: '1. The manager can cancel all slots of a day (exceptional closure).',
  },
  fr: {
    tables: ['ateliers', 'seances'],
    route:
      '| POST | `/api/ateliers/{id}/fermetures` | manager | Fermer une journée et annuler ses réservations |',
    criterion: "1. Le manager peut annuler toutes les séances d'une journée (fermeture exceptionnelle).",
  },
  es: {
    tables: ['talleres', 'turnos'],
    route: '| POST | `/api/talleres/{id}/cierres` | manager | Cerrar un día y cancelar sus reservas |',
    criterion: '1. El manager puede cancelar todos los turnos de un día (cierre excepcional).',
  },
  pt: {
    tables: ['oficinas', 'turnos'],
    route: '| POST | `/api/oficinas/{id}/fechamentos` | manager | Fechar um dia e cancelar as reservas |',
    criterion: '1. O manager pode cancelar todos os turnos de um dia (fechamento excepcional).',
  },
  de: {
    tables: ['werkstaetten', 'termine'],
    route:
      '| POST | `/api/werkstaetten/{id}/sperrungen` | manager | Einen Tag sperren und die Buchungen stornieren |',
    criterion: '1. Der Manager kann alle Termine eines Tages stornieren (außerordentliche Sperrung).',
  },
  it: {
    tables: ['officine', 'turni'],
    route:
      '| POST | `/api/officine/{id}/chiusure` | manager | Chiudere un giorno e annullare le prenotazioni |',
    criterion: '1. Il manager può annullare tutti i turni di un giorno (chiusura straordinaria).',
  },
};

async function compileIn(w: Words) {
  const [site, slot] = w.tables;
  const sql = [
    '```sql',
    `CREATE TABLE ${site} (id uuid PRIMARY KEY, name text NOT NULL);`,
    `CREATE TABLE ${slot} (id uuid PRIMARY KEY, ${site}_id uuid NOT NULL REFERENCES ${site}(id), starts_at timestamptz NOT NULL);`,
    '```',
  ].join('\n');
  const r = await compile(
    { root: '/p', verify: { skip: true } },
    memoryHost({
      '/p/.kiro/steering/product.md':
        '# Product\n\n| Role | Who |\n|---|---|\n| Manager | Runs a workshop |\n',
      '/p/.kiro/specs/w/requirements.md': `# Requirements\n\n## Requirements\n\n### Requirement 6: Planning\n\n#### Acceptance Criteria\n\n${w.criterion}\n`,
      '/p/.kiro/specs/w/design.md': `# Design\n\n## Data\n\n${sql}\n\n## Endpoints\n\n| Method | Route | Role | Description |\n|---|---|---|---|\n${w.route}\n`,
    }),
  );
  return r.spec!;
}

describe('a stated route named by the story’s noun serves the story', { timeout: 120_000 }, () => {
  for (const [lang, w] of Object.entries(LANGS))
    it(lang, async () => {
      const spec = await compileIn(w);
      const story = (spec.stories ?? []).find((s) => /\(/.test(s.action));
      expect(story, JSON.stringify(spec.stories)).toBeDefined();
      const ops = story!.operations.map((id) => spec.endpoints.find((e) => e.operationId === id)?.path);
      expect(ops).toEqual([
        expect.stringMatching(/\{id\}\/(?:closures|fermetures|cierres|fechamentos|sperrungen|chiusure)$/),
      ]);
      expect(spec.endpoints.some((e) => e.path.endsWith(`/${w.tables[1]}/{id}/cancel`))).toBe(false);
    });
});
