import { describe, expect, it } from 'vitest';
import { memoryHost } from '../../src/host.js';
import { compile } from '../../src/pipeline.js';

// Issue 13 (a): an Italian project with a written OpenAPI contract got a derived
// `POST /visite/{id}/reschedule` beside it for "Il cliente può spostare una visita": the story's
// operations were designed after the route-list filter. A written contract states every operation of
// the entities it covers; a change it has no action for goes through its stated update.

const contract = (base: string, ops: [string, string, string, string]) => {
  const [list, book, update, cancel] = ops;
  const id = 'parameters: [{ name: id, in: path, required: true, schema: { type: string } }]';
  return `openapi: 3.1.0
info: { title: API, version: 1.0.0 }
paths:
  /${base}:
    get: { operationId: ${list}, responses: { '200': { description: ok } } }
    post: { operationId: ${book}, responses: { '201': { description: ok } } }
  /${base}/{id}:
    patch: { operationId: ${update}, ${id}, responses: { '200': { description: ok } } }
  /${base}/{id}/${cancel.replace(/[A-Z].*$/, '')}:
    post: { operationId: ${cancel}, ${id}, responses: { '200': { description: ok } } }
`;
};

const CASES: [string, Record<string, string>, string, string][] = [
  [
    'en',
    {
      '/p/docs/prd.md':
        '# PRD\n\n## Requirements\n\n- **FR-1** Patients can book an appointment.\n- **FR-2** Patients can reschedule an appointment.\n- **FR-3** Patients can cancel an appointment.\n',
      '/p/docs/architecture.md': `# Architecture\n\n\`\`\`sql\nCREATE TABLE appointments (id uuid PRIMARY KEY, starts_at timestamptz NOT NULL, status text NOT NULL DEFAULT 'booked' CHECK (status IN ('booked', 'cancelled')));\n\`\`\`\n\n## API\n\n\`\`\`yaml\n${contract('appointments', ['listAppointments', 'bookAppointment', 'updateAppointment', 'cancelAppointment'])}\`\`\`\n`,
    },
    'FR-2',
    'updateAppointment',
  ],
  [
    'it',
    {
      '/p/docs/prd.md':
        '# PRD — Clinica\n\n## Requisiti\n\n- RF1: Il paziente può prenotare una visita.\n- RF2: Il paziente può spostare una visita a un altro orario.\n- RF3: Il paziente può annullare una visita.\n\n## Utenti e ruoli\n\n| Ruolo | Descrizione |\n|---|---|\n| Paziente | Prenota le visite |\n| Segreteria | Gestisce l’agenda |\n',
      '/p/docs/architecture.md': `# Architettura\n\nUn monolite in Go con PostgreSQL.\n\n## Visita\n\n| Campo | Tipo | Obbligatorio |\n|---|---|---|\n| id | UUID | sì |\n| inizio | data e ora | sì |\n| stato | enum(prenotata, annullata) | sì |\n\n## API\n\n\`\`\`yaml\n${contract('visite', ['elencoVisite', 'prenotaVisita', 'modificaVisita', 'annullaVisita'])}\`\`\`\n`,
    },
    'RF2',
    'modificaVisita',
  ],
];

describe('a written contract is complete for the entities it covers', { timeout: 60_000 }, () => {
  it.each(CASES)('%s', async (_lang, files, id, update) => {
    const spec = (await compile({ root: '/p', verify: { skip: true } }, memoryHost(files))).spec!;
    const derived = spec.endpoints.filter((e) => e.origin.kind === 'rule' && e.action !== 'auth');
    expect(derived.map((e) => `${e.method} ${e.path}`)).toEqual([]);
    const story = spec.stories?.find((s) => s.id === id);
    expect(story?.operations, JSON.stringify(spec.stories)).toEqual([update]);
  });
});
