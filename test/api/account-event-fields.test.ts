import { describe, expect, it } from 'vitest';
import { entitySchemas } from '../../src/derive/api/schemas.js';
import { memoryHost } from '../../src/host.js';
import { compile } from '../../src/pipeline.js';

// Issue 13 item 2: fields only the server can know stayed in create and update bodies of the golden
// cases (clinic-booking `failedSignIns`/`lockedUntil`, hallbooking `borgerSub`, odla `bankidSubject`,
// dugnad `recordedBy`, labcore `pdfSizeBytes`, despensa `anonimizadaEl`, gustarica `lastOrderAt`).
// Each is named by what it holds, in any language: the token's subject, the sign-in's state, the
// latest event's time, a stored size, who did it, the tenant, the erasure's time, the time it was
// recorded (armentum `registradoEn`, mam-non-vi `recordedAt`). A field of the same record the
// client types stays in the body.

interface Case {
  intro: string;
  table: string;
  /** Columns the server owns, with the rule that must name each. */
  owned: [string, string, string][];
  /** Columns the client sends. */
  kept: [string, string][];
}

const CASES: [string, Case][] = [
  [
    'en, a library with its members signed in through an OpenID provider',
    {
      intro: 'The service keeps the library members and their loans in a PostgreSQL database.',
      table: 'members',
      owned: [
        ['auth0_sub', 'varchar(64)', 'derive/subject-from-token'],
        ['failed_login_attempts', 'integer NOT NULL DEFAULT 0', 'derive/sign-in-state'],
        ['locked_until', 'timestamptz', 'derive/sign-in-state'],
        ['last_loan_at', 'timestamptz', 'derive/last-event-time'],
        ['anonymized_at', 'timestamptz', 'derive/anonymised-time'],
        ['tenant_id', 'varchar(40) NOT NULL', 'derive/tenant-from-token'],
        ['held_until', 'timestamptz', 'derive/hold-expiry'],
      ],
      kept: [
        ['display_name', 'varchar(80) NOT NULL'],
        ['last_name', 'varchar(80) NOT NULL'],
      ],
    },
  ],
  [
    'es, a warehouse that stores delivery notes as files',
    {
      intro: 'El servicio guarda los albaranes del almacén en una base de datos PostgreSQL.',
      table: 'albaranes',
      owned: [
        ['tamano_bytes', 'bigint NOT NULL', 'derive/stored-file-size'],
        ['registrado_por', 'uuid', 'derive/actor-from-caller'],
        ['anonimizado_el', 'timestamptz', 'derive/anonymised-time'],
        ['registrado_en', 'timestamptz NOT NULL', 'derive/record-time'],
        ['retenido_hasta', 'timestamptz', 'derive/hold-expiry'],
      ],
      kept: [
        ['proveedor', 'varchar(80) NOT NULL'],
        ['fecha_entrega', 'date NOT NULL'],
      ],
    },
  ],
  [
    'de, a sports club whose members sign in with a club account',
    {
      intro: 'Der Dienst speichert die Mitglieder des Vereins in einer PostgreSQL-Datenbank.',
      table: 'mitglieder',
      owned: [
        ['keycloak_id', 'uuid NOT NULL', 'derive/subject-from-token'],
        ['letzte_anmeldung', 'timestamptz', 'derive/sign-in-state'],
        ['erfasst_von', 'uuid', 'derive/actor-from-caller'],
        ['erfasst_am', 'timestamptz NOT NULL', 'derive/record-time'],
      ],
      kept: [
        ['vorname', 'varchar(80) NOT NULL'],
        ['sort_by', 'varchar(20)'],
      ],
    },
  ],
];

function project(c: Case): Record<string, string> {
  const columns = [...c.owned.map(([n, t]) => `  ${n} ${t}`), ...c.kept.map(([n, t]) => `  ${n} ${t}`)];
  return {
    '/p/docs/prd.md': `# PRD\n\n${c.intro}\n`,
    '/p/docs/architecture.md': `# Architecture

${c.intro}

Roles: clerk, admin.

\`\`\`sql
CREATE TABLE ${c.table} (
  id uuid PRIMARY KEY,
${columns.join(',\n')}
);
\`\`\`

| Method | Path | Who | Description |
|---|---|---|---|
| POST | /${c.table} | clerk | ${c.table} |
| PATCH | /${c.table}/{id} | clerk | ${c.table} |
| GET | /${c.table}/{id} | clerk | ${c.table} |
`,
  };
}

const camel = (s: string) => s.replace(/_([a-z0-9])/g, (_, x: string) => x.toUpperCase());

describe('fields only the server can know stay out of the bodies', { timeout: 120_000 }, () => {
  it.each(CASES)('%s', async (_name, c) => {
    const r = await compile({ root: '/p', verify: { skip: true } }, memoryHost(project(c)));
    const spec = r.spec!;
    const entity = spec.endpoints.find((e) => e.method === 'POST' && e.path.endsWith(`/${c.table}`))!.entity!;
    const schemas = entitySchemas(spec, 'offset');
    const create = Object.keys(schemas[`${entity}Create`]?.properties ?? {});
    const update = Object.keys(schemas[`${entity}Update`]?.properties ?? {});
    for (const [column, , rule] of c.owned) {
      expect(create, column).not.toContain(camel(column));
      expect(update, column).not.toContain(camel(column));
      // Named: the rule is in spec.json and in the body's description.
      expect(spec.serverSetFields).toContainEqual({ entity, field: camel(column), rule });
      expect(schemas[`${entity}Create`]?.description).toContain(`${camel(column)} (${rule})`);
    }
    for (const [column] of c.kept) expect(create, column).toContain(camel(column));
  });
});
