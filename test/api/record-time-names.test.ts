import { describe, expect, it } from 'vitest';
import { entitySchemas } from '../../src/derive/api/schemas.js';
import { memoryHost } from '../../src/host.js';
import { isRecordTimeName } from '../../src/knowledge/record-time-names.js';
import { compile } from '../../src/pipeline.js';

// Twenty-fourth round (operations): the times the server records for the row itself were read from
// English names only (`created_at`), so `BookingCreate` asked a Danish client for `oprettet` and
// `MunkalapCreate` a Hungarian one for `letrehozva`. The same names in other languages leave the
// create and update bodies; a date the client chooses (`start`, `kezdete`) stays.

const CASES: [string, { table: string; created: string; changed: string; chosen: string }][] = [
  ['da', { table: 'bookinger', created: 'oprettet', changed: 'opdateret', chosen: 'start' }],
  ['hu', { table: 'munkalapok', created: 'letrehozva', changed: 'modositva', chosen: 'kezdete' }],
  ['de', { table: 'anmeldungen', created: 'erstellt_am', changed: 'geaendert_am', chosen: 'beginn' }],
  ['es', { table: 'pedidos', created: 'fecha_creacion', changed: 'actualizado_en', chosen: 'fecha_entrega' }],
  ['cs', { table: 'objednavky', created: 'vytvoreno', changed: 'upraveno', chosen: 'termin' }],
];

const camel = (s: string) => s.replace(/_([a-z])/g, (_, x: string) => x.toUpperCase());

async function bodies(c: (typeof CASES)[number][1]) {
  const r = await compile(
    { root: '/p', verify: { skip: true } },
    memoryHost({
      '/p/docs/prd.md': '# PRD\n\nThe service keeps records in a PostgreSQL database.\n',
      '/p/docs/architecture.md': `# Architecture

\`\`\`sql
CREATE TABLE ${c.table} (
  id uuid PRIMARY KEY,
  navn text NOT NULL,
  ${c.chosen} timestamptz NOT NULL,
  ${c.created} timestamptz NOT NULL DEFAULT now(),
  ${c.changed} timestamptz
);
\`\`\`

| Method | Path | Description |
|---|---|---|
| POST | /${c.table} | ${c.table} |
| PATCH | /${c.table}/{id} | ${c.table} |
`,
    }),
  );
  const spec = r.spec!;
  const entity = spec.endpoints.find((e) => e.method === 'POST' && e.path.endsWith(`/${c.table}`))!.entity!;
  const schemas = entitySchemas(spec, 'offset');
  return {
    create: Object.keys(schemas[`${entity}Create`]?.properties ?? {}),
    update: Object.keys(schemas[`${entity}Update`]?.properties ?? {}),
  };
}

describe('creation and change times named in other languages stay out of bodies', {
  timeout: 120_000,
}, () => {
  it.each(CASES)('%s', async (_lang, c) => {
    const { create, update } = await bodies(c);
    for (const body of [create, update]) {
      expect(body).not.toContain(camel(c.created));
      expect(body).not.toContain(camel(c.changed));
      expect(body).toContain(camel(c.chosen));
    }
  });

  it('reads names, not any word beside a time word', () => {
    for (const n of [
      'oprettet',
      'letrehozva',
      'aangemaaktOp',
      'erstelltAm',
      'creataIl',
      'dataCriacao',
      'olusturma_tarihi',
    ])
      expect(isRecordTimeName(n), n).toBe(true);
    for (const n of ['start', 'kezdete', 'faelligAm', 'abholbarBis', 'payeeLe', 'datum', 'createdAtLocal'])
      expect(isRecordTimeName(n), n).toBe(false);
  });
});
