/**
 * Small projects that state flows in en, es, fr and de (issue 15: a sequence diagram per stated flow),
 * each with near-misses beside the real flow: a numbered list of requirements under a flow heading,
 * a data flow of tools, a development checklist of imperative steps. Only the real flow is drawn.
 */
const sql = (table: string) =>
  [
    '```sql',
    `CREATE TABLE ${table} (`,
    '  id uuid PRIMARY KEY,',
    '  starts_at timestamptz NOT NULL,',
    '  status text NOT NULL',
    ');',
    '```',
  ].join('\n');

export interface FlowFixture {
  lang: string;
  files: Record<string, string>;
  /** The flow that must be drawn, its roles, and the near-misses that must not. */
  flow: string;
  roles: string[];
  notFlows: string[];
}

export const FLOW_FIXTURES: FlowFixture[] = [
  {
    lang: 'en',
    flow: 'Booking flow',
    roles: ['Patient'],
    notFlows: ['Checkout flow requirements', 'Data flow', 'Development workflow'],
    files: {
      'docs/prd.md':
        '# PRD\n\n## Roles\n\n- Roles: patient, receptionist\n\n## Functional requirements\n\n- FR-1: The patient can book an appointment.\n',
      'docs/architecture.md': `# Architecture\n\nNode.js with PostgreSQL; payments with Stripe.\n\n## Data model\n\n${sql('appointments')}\n\n## API\n\n- GET /api/v1/appointments — list appointments\n- POST /api/v1/appointments — book an appointment\n`,
      'docs/ux.md': [
        '# UX',
        '',
        '## Booking flow',
        '',
        '1. The patient opens the calendar and picks a free slot.',
        '2. The system holds the slot for 10 minutes.',
        '3. The patient pays the deposit with Stripe.',
        '4. The patient confirms: POST /api/v1/appointments creates the booking.',
        '',
        '## Checkout flow requirements',
        '',
        '1. Checkout must answer within 2 seconds.',
        '2. Payments must be idempotent.',
        '',
        '## Data flow',
        '',
        '1. Nginx forwards the request to Node.',
        '2. Node writes to PostgreSQL.',
        '',
        '## Development workflow',
        '',
        '1. Pick a story from the board.',
        '2. Open a branch and write the tests first.',
        '',
      ].join('\n'),
    },
  },
  {
    lang: 'es',
    flow: 'Flujo de reserva',
    roles: ['Paciente'],
    notFlows: ['Flujo de datos', 'Flujo de desarrollo'],
    files: {
      'docs/prd.md':
        '# PRD\n\n## Roles\n\n- Roles: paciente, recepcionista\n\n## Requisitos funcionales\n\n- RF-1: El paciente puede reservar una cita.\n',
      'docs/architecture.md': `# Arquitectura\n\nNode.js con PostgreSQL; pagos con Stripe.\n\n## Modelo de datos\n\n${sql('citas')}\n\n## API\n\n- GET /api/v1/citas — listar citas\n- POST /api/v1/citas — reservar una cita\n`,
      'docs/ux.md': [
        '# UX',
        '',
        '## Flujo de reserva',
        '',
        '1. El paciente abre el calendario y elige un hueco libre.',
        '2. El sistema retiene el hueco durante 10 minutos.',
        '3. El paciente paga el depósito con Stripe.',
        '4. Al confirmar, el paciente envía POST /api/v1/citas y recibe la reserva.',
        '',
        '## Flujo de datos',
        '',
        '1. Nginx reenvía la petición a Node.',
        '2. Node escribe en PostgreSQL.',
        '',
        '## Flujo de desarrollo',
        '',
        '1. Elige una historia del tablero.',
        '2. Crea una rama y escribe primero las pruebas.',
        '',
      ].join('\n'),
    },
  },
  {
    lang: 'fr',
    flow: 'Parcours de réservation',
    roles: ['Patient'],
    notFlows: ['Flux de données'],
    files: {
      'docs/prd.md':
        '# PRD\n\n## Rôles\n\n- Rôles : patient, secrétaire\n\n## Exigences fonctionnelles\n\n- EF-1 : Le patient peut réserver un rendez-vous.\n',
      'docs/architecture.md': `# Architecture\n\nNode.js avec PostgreSQL ; paiements avec Stripe.\n\n## Modèle de données\n\n${sql('rendez_vous')}\n\n## API\n\n- GET /api/v1/rendez-vous — lister les rendez-vous\n- POST /api/v1/rendez-vous — réserver\n`,
      'docs/ux.md': [
        '# UX',
        '',
        '## Parcours de réservation',
        '',
        '1. Le patient ouvre le calendrier et choisit un créneau libre.',
        '2. Le système bloque le créneau pendant 10 minutes.',
        '3. Le patient paie l’acompte avec Stripe.',
        '',
        '## Flux de données',
        '',
        '1. Nginx transmet la requête à Node.',
        '2. Node écrit dans PostgreSQL.',
        '',
      ].join('\n'),
    },
  },
  {
    lang: 'de',
    flow: 'Buchungsablauf',
    roles: ['Patient'],
    notFlows: ['Datenfluss'],
    files: {
      'docs/prd.md':
        '# PRD\n\n## Rollen\n\n- Rollen: Patient, Empfang\n\n## Funktionale Anforderungen\n\n- FA-1: Der Patient kann einen Termin buchen.\n',
      'docs/architecture.md': `# Architektur\n\nNode.js mit PostgreSQL; Zahlungen mit Stripe.\n\n## Datenmodell\n\n${sql('termine')}\n\n## API\n\n- GET /api/v1/termine — Termine auflisten\n- POST /api/v1/termine — Termin buchen\n`,
      'docs/ux.md': [
        '# UX',
        '',
        '## Buchungsablauf',
        '',
        '1. Der Patient öffnet den Kalender und wählt einen freien Termin.',
        '2. Das System hält den Termin 10 Minuten lang frei.',
        '3. Der Patient zahlt die Anzahlung mit Stripe.',
        '',
        '## Datenfluss',
        '',
        '1. Nginx leitet die Anfrage an Node weiter.',
        '2. Node schreibt in PostgreSQL.',
        '',
      ].join('\n'),
    },
  },
];

/** A project whose architecture states its flow as a mermaid sequence diagram (and a flowchart, not a flow). */
export const SEQUENCE_FIXTURE: Record<string, string> = {
  'docs/prd.md': '# PRD\n\n## Roles\n\n- Roles: member, admin\n',
  'docs/architecture.md': [
    '# Architecture',
    '',
    'Node.js with PostgreSQL.',
    '',
    '## Data model',
    '',
    sql('sessions'),
    '',
    '## Login flow',
    '',
    '### Sequence diagram',
    '',
    '```mermaid',
    'sequenceDiagram',
    '    autonumber',
    '    actor M as Member',
    '    participant API as Our API',
    '    participant DB as PostgreSQL',
    '    M->>API: POST /api/v1/sessions (email; password)',
    '    activate API',
    '    API->>DB: Find user by email',
    '    DB-->>API: User row',
    '    alt wrong password',
    '        API-->>M: 401 #problem',
    '    else ok',
    '        API-->>M: 201 session cookie',
    '    end',
    '    Note over M,API: The cookie is HttpOnly',
    '    deactivate API',
    '```',
    '',
    '## Deployment',
    '',
    '```mermaid',
    'flowchart LR',
    '  A[Client] --> B[API] --> C[(DB)]',
    '```',
    '',
  ].join('\n'),
};
