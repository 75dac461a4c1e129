import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkSpec } from '../../src/spec-check/index.js';
import { EXAMPLE } from '../foundation/corpus.js';
import { compiledProject } from '../helpers/compiled.js';

const codes = (r: { diagnostics: { code: string }[] }) => r.diagnostics.map((d) => d.code);

const SECTIONS_ES = [
  'Modelos de datos',
  'Esquema de la base de datos',
  'Endpoints de la API',
  'Servicios de lógica de negocio',
  'Autenticación y autorización',
  'Validación de datos',
  'Manejo de errores',
  'Integraciones externas',
  'Tareas en segundo plano',
  'Estrategia de caché',
  'Registro y monitorización',
  'Rendimiento',
  'Seguridad',
  'Estrategia de pruebas',
  'Despliegue',
];
const SECTIONS_DE = [
  'Datenmodell',
  'Datenbankschema',
  'API-Endpunkte',
  'Geschäftslogik',
  'Authentifizierung und Autorisierung',
  'Validierung',
  'Fehlerbehandlung',
  'Integrationen',
  'Hintergrundjobs',
  'Caching',
  'Protokollierung und Überwachung',
  'Leistung',
  'Sicherheit',
  'Teststrategie',
  'Bereitstellung',
];

const SECTIONS_FR = [
  'Modèles de données',
  'Schéma de la base de données',
  "Points de terminaison de l'API",
  'Logique métier',
  'Authentification et autorisation',
  'Validation des données',
  'Gestion des erreurs',
  'Intégrations externes',
  'Tâches de fond',
  'Mise en cache',
  'Journalisation et surveillance',
  'Performance',
  'Sécurité',
  'Stratégie de test',
  'Déploiement',
];
const SECTIONS_PT = [
  'Modelos de dados',
  'Esquema do banco de dados',
  'Endpoints da API',
  'Serviços',
  'Autenticação e autorização',
  'Validação de dados',
  'Tratamento de erros',
  'Integrações externas',
  'Tarefas em segundo plano',
  'Estratégia de cache',
  'Registro e monitoramento',
  'Desempenho',
  'Segurança',
  'Estratégia de testes',
  'Implantação',
];

describe('backend-spec check: sections', () => {
  it.each([
    ['es, unnumbered', SECTIONS_ES.map((s) => `## ${s}`)],
    ['de, numbered', SECTIONS_DE.map((s, i) => `## ${i + 1}. ${s}`)],
    ['fr, numbered', SECTIONS_FR.map((s, i) => `### ${i + 1}) ${s}`)],
    ['pt, unnumbered', SECTIONS_PT.map((s) => `## ${s}`)],
  ])('finds the 15 sections (%s)', async (_name, headings) => {
    const r = await checkSpec({
      file: 'spec.md',
      text: `# Spec\n\n${headings.join('\n\ntext\n\n')}\n`,
      sql: false,
    });
    expect(r.summary.sections.missing).toEqual([]);
    expect(codes(r)).not.toContain('spec-check/missing-section');
  });

  it('names each missing section', async () => {
    const r = await checkSpec({
      file: 'spec.md',
      text: '# Spec\n\n## 1. Data Models\n\n## 3. API Endpoints\n',
      sql: false,
    });
    expect(r.summary.sections.missing).toHaveLength(13);
    expect(r.diagnostics.filter((d) => d.code === 'spec-check/missing-section')).toHaveLength(13);
  });
});

describe('backend-spec check: SQL on PostgreSQL', () => {
  const SPEC = [
    '# Spec', //                                                  1
    '',
    '## Database Schema',
    '',
    '```sql', //                                                  5
    'CREATE TABLE comments (id uuid PRIMARY KEY, post_id uuid NOT NULL REFERENCES posts(id));',
    '```',
    '',
    '```sql',
    'CREATE TABLE posts (id uuid PRIMARY KEY, title text NOT NULL, status post_status NOT NULL);', // 10
    "CREATE TYPE post_status AS ENUM ('draft', 'published');",
    '',
    '-- trigram search on titles',
    'CREATE INDEX posts_title_trgm ON posts USING gin (title gin_trgm_ops);',
    'GRANT SELECT ON posts TO reporting_reader;', //             15
    '```',
    '',
  ].join('\n');

  it('applies the blocks in dependency order, and reports what still fails with its line and the usual cause', async () => {
    const r = await checkSpec({ file: 'docs/spec.md', text: SPEC });
    expect(r.summary.sql).toMatchObject({ blocks: 2, statements: 5, applied: 3, failed: 2 });
    const errors = r.diagnostics.filter((d) => d.code === 'spec-check/sql-error');
    expect(errors.map((d) => d.at)).toEqual([
      { file: 'docs/spec.md', line: 14 },
      { file: 'docs/spec.md', line: 15 },
    ]);
    expect(errors[0]!.message).toContain('gin_trgm_ops');
    expect(errors[0]!.hint).toContain('CREATE EXTENSION IF NOT EXISTS pg_trgm');
    expect(errors[1]!.message).toContain('role "reporting_reader" does not exist');
  }, 60_000);

  it('reports SQL that does not parse, with its line', async () => {
    const r = await checkSpec({
      file: 'spec.md',
      text: '# S\n\n```sql\nCREATE TABLE t (id int);\nCREAT TABLE u (id int);\n```\n',
      sql: false,
    });
    expect(r.diagnostics.find((d) => d.code === 'spec-check/sql-syntax')?.at?.line).toBe(5);
  });
});

describe('backend-spec check: cross-references', () => {
  const SPEC = `# Spec

## API Endpoints

### \`GET /api/v1/posts\`

### \`POST /api/v1/posts\`

## Authentication & Authorization

| Role | Description |
|---|---|
| \`author\` | writes posts |

| Endpoint | author | moderator |
|---|---|---|
| \`GET /api/v1/posts\` | allowed | allowed |
| \`DELETE /api/v1/posts/{id}\` | denied | allowed |
`;

  it('finds matrix rows without an endpoint, endpoints without a row, and undefined roles', async () => {
    const r = await checkSpec({ file: 'spec.md', text: SPEC, sql: false });
    const byCode = (c: string) =>
      r.diagnostics.filter((d) => d.code === c).map((d) => [d.at?.line, d.message]);
    expect(byCode('spec-check/matrix-unknown-endpoint')).toEqual([
      [18, 'the permission matrix lists DELETE /posts/{}, which the API section does not document'],
    ]);
    expect(byCode('spec-check/endpoint-not-in-matrix')).toEqual([
      [7, 'POST /posts has no row in the permission matrix (line 15)'],
    ]);
    expect(byCode('spec-check/undefined-role')).toEqual([
      [15, 'the permission matrix has a column for role "moderator", which the spec never defines'],
    ]);
  });
});

describe('backend-spec check: claims against the documents', () => {
  it('flags a rejected technology named as chosen, and a table and a role no document mentions', async () => {
    const documents = [
      {
        path: 'docs/architecture.md',
        kind: 'architecture' as const,
        classifiedBy: 'test',
        text: '# Architecture\n\nPosts and comments are stored in PostgreSQL. MongoDB was rejected.\nAuthors write posts.\n',
        body: '',
        bodyLineOffset: 0,
        frontMatter: null,
      },
    ];
    const domain = {
      stack: [
        {
          concern: 'database',
          value: 'PostgreSQL',
          status: 'chosen',
          origin: { kind: 'source', file: 'docs/architecture.md', line: 3 },
        },
        {
          concern: 'database',
          value: 'MongoDB',
          status: 'rejected',
          origin: { kind: 'source', file: 'docs/architecture.md', line: 3 },
        },
      ],
    } as unknown as Parameters<typeof checkSpec>[0]['project'] extends infer P
      ? P extends { domain: infer D }
        ? D
        : never
      : never;
    const text = [
      '# Spec',
      '',
      '## Key decisions',
      '',
      '- Database: MongoDB for posts',
      '- MongoDB was rejected in favour of PostgreSQL',
      '',
      '```sql',
      'CREATE TABLE posts (id int PRIMARY KEY);',
      'CREATE TABLE invoices (id int PRIMARY KEY);',
      '```',
      '',
      '| Role | Name |',
      '|---|---|',
      '| `author` | Author |',
      '| `auditor` | Auditor |',
    ].join('\n');
    const r = await checkSpec({ file: 'spec.md', text, sql: false, project: { documents, domain } });
    const at = (c: string) => r.diagnostics.filter((d) => d.code === c).map((d) => d.at?.line);
    expect(at('spec-check/rejected-technology')).toEqual([5]);
    expect(at('spec-check/entity-not-in-documents')).toEqual([10]);
    expect(at('spec-check/role-not-in-documents')).toEqual([16]);
  });
});

describe('backend-spec check on real specs', () => {
  it("reports nothing on the tool's own output for the example project", async () => {
    const r = await compiledProject(EXAMPLE);
    const md = r.artifacts.find((a) => a.path === 'backend-spec.md')!.text;
    const checked = await checkSpec({
      file: 'docs/technical/backend-spec.md',
      text: md,
      project: { documents: r.sources.documents, domain: r.domain },
    });
    expect(checked.diagnostics).toEqual([]);
    expect(checked.summary.sections.missing).toEqual([]);
    expect(checked.summary.sql.failed).toBe(0);
    expect(checked.summary.sql.applied).toBe(checked.summary.sql.statements);
  }, 120_000);

  // A frontier model's spec for labcore (../shared/reference; never copied into this repository).
  const LLM_SPEC = '/work/shared/reference/labcore-backend-spec-by-an-llm.md';
  it.skipIf(!existsSync(LLM_SPEC))(
    'reports the SQL defects of the labcore spec written by a model, each with its line',
    async () => {
      const r = await checkSpec({
        file: 'labcore-backend-spec-by-an-llm.md',
        text: readFileSync(LLM_SPEC, 'utf8'),
      });
      const sql = r.diagnostics.filter((d) => d.code === 'spec-check/sql-error');
      const trigram = sql.filter((d) => d.message.includes('gin_trgm_ops'));
      expect(trigram.length).toBeGreaterThanOrEqual(1);
      expect(trigram[0]!.at?.line).toBe(1173);
      const grants = sql.filter((d) => /role "[^"]+" does not exist/.test(d.message));
      expect(grants.length).toBeGreaterThanOrEqual(6);
      for (const g of grants) expect(g.at?.line).toBeGreaterThan(1860);
      expect(r.summary.sections.missing).toEqual([]);
    },
    180_000,
  );
});
