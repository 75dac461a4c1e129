import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fieldFromFact } from '../../src/derive/data/fields.js';
import { finishPatterns } from '../../src/derive/data/patterns.js';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import { newField } from '../../src/extract/data/facts.js';
import { typescriptExtractor } from '../../src/extract/typescript.js';
import { memoryHost } from '../../src/host.js';
import { translatePattern } from '../../src/knowledge/regex-pattern.js';
import { parseMarkdown } from '../../src/markdown/parse.js';
import { fromSource } from '../../src/model/origin.js';
import type { SpecEntity, SpecField } from '../../src/model/spec/data.js';
import { compile } from '../../src/pipeline.js';
import { type PgSession, pglite } from '../../src/verify/postgres/session.js';
import { entity, extract, fence, fieldsOf } from '../extract-data/code-fences.js';
import { docFrom } from '../extract-data/corpus-helpers.js';

// Stated field format patterns were dropped: a Norwegian trial's Mongoose `Guardian.phone` with
// `match: /^\+47\d{8}$/` reached no schema. Each notation's pattern is now read with its line and
// dialect, written into the JSON Schemas (ECMA-262) and, for PostgreSQL, into a CHECK.

describe('stated patterns: each notation', () => {
  const patternOf = (text: string, ent: string, field: string) =>
    fieldsOf(entity(extract(text), ent))[field]?.pattern;

  it('Mongoose `match`, also in its `[re, message]` form, with flags', () => {
    const text = fence(
      'js',
      `const guardianSchema = new mongoose.Schema({
  phone: { type: String, required: true, match: /^\\+47\\d{8}$/ },
  code: { type: String, match: [/^[a-z]{3}$/i, 'three letters'] },
});
module.exports = mongoose.model('Guardian', guardianSchema);`,
    );
    expect(patternOf(text, 'Guardian', 'phone')).toMatchObject({
      source: '^\\+47\\d{8}$',
      flags: '',
      flavour: 'ecma',
      via: 'Mongoose match',
      origin: { line: 5 },
    });
    expect(patternOf(text, 'Guardian', 'code')).toMatchObject({ source: '^[a-z]{3}$', flags: 'i' });
  });

  it('zod `.regex(/…/)`', () => {
    const text = fence(
      'ts',
      `export const Plot = z.object({
  id: z.string().uuid(),
  code: z.string().regex(/^[A-Z]{2}-\\d{3}$/).max(6),
});`,
    );
    expect(patternOf(text, 'Plot', 'code')).toMatchObject({ source: '^[A-Z]{2}-\\d{3}$', via: 'zod .regex' });
  });

  it('JSON Schema / OpenAPI `pattern`', () => {
    const text = fence(
      'json',
      `{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "title": "Member",
  "type": "object",
  "required": ["postcode"],
  "properties": {
    "postcode": { "type": "string", "pattern": "^[0-9]{4}$" }
  }
}`,
    );
    expect(patternOf(text, 'Member', 'postcode')).toMatchObject({ source: '^[0-9]{4}$', flavour: 'ecma' });
  });

  it('Pydantic `Field(pattern=…)` and `constr(regex=…)`, Django `RegexValidator`', () => {
    const text = fence(
      'python',
      `class Hive(BaseModel):
    id: int
    tag: str = Field(pattern=r"^(?P<apiary>[A-Z]{2})-\\d{2}\\Z")
    legacy: constr(regex="^[a-z]+\\\\d$")`,
    );
    // Pydantic classes beside ORM models are request shapes: the Django models are their own document.
    const django = fence(
      'python',
      `class Beekeeper(models.Model):
    licence = models.CharField(max_length=12, validators=[RegexValidator(r'^NO\\d{6}$', flags=re.I)])
    nickname = models.CharField(max_length=20, validators=[RegexValidator(regex=r'^\\w+$')])`,
    );
    expect(patternOf(text, 'Hive', 'tag')).toMatchObject({
      source: '^(?P<apiary>[A-Z]{2})-\\d{2}\\Z',
      flavour: 'python',
      via: 'Pydantic Field',
    });
    expect(patternOf(text, 'Hive', 'legacy')).toMatchObject({
      source: '^[a-z]+\\d$',
      via: 'Pydantic constr',
    });
    expect(patternOf(django, 'Beekeeper', 'licence')).toMatchObject({
      source: '^NO\\d{6}$',
      flags: 'i',
      via: 'Django RegexValidator',
    });
    expect(patternOf(django, 'Beekeeper', 'nickname')).toMatchObject({ source: '^\\w+$' });
  });

  it('class-validator `@Matches` on a TypeORM column, as a literal or a string with modifiers', () => {
    const doc = docFrom(
      'docs/architecture.md',
      fence(
        'typescript',
        `@Entity('lockers')
export class Locker {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ length: 8 })
  @Matches(/^L-\\d{4}$/)
  code: string;

  @Column()
  @Matches('^[a-z]+$', 'i')
  owner: string;
}`,
      ),
    );
    const f = typescriptExtractor.extract({ doc, md: parseMarkdown(doc), all: [doc] }).fragment;
    const by = fieldsOf(entity(f, 'Locker'));
    expect(by.code?.pattern).toMatchObject({
      source: '^L-\\d{4}$',
      flags: '',
      via: 'class-validator @Matches',
    });
    expect(by.owner?.pattern).toMatchObject({ source: '^[a-z]+$', flags: 'i' });
  });

  it('Rails `validates … format: { with: /\\A…\\z/ }`', () => {
    const text = fence(
      'ruby',
      `class Pagamento < ApplicationRecord
  validates :txid, presence: true, length: { maximum: 35 }, format: { with: /\\A[a-zA-Z0-9]{26,35}\\z/ }
end`,
    );
    expect(patternOf(text, 'Pagamento', 'txid')).toMatchObject({
      source: '\\A[a-zA-Z0-9]{26,35}\\z',
      flavour: 'ruby',
      via: 'Rails format',
    });
  });

  it('Bean Validation `@Pattern(regexp = …)` in Kotlin and Java', () => {
    const kotlin = fence(
      'kotlin',
      `@Entity
data class Crate(
    @Id val id: Long,
    @field:Pattern(regexp = "^[A-Z]{3}\\\\d{2}$") val label: String,
)`,
    );
    expect(patternOf(kotlin, 'Crate', 'label')).toMatchObject({
      source: '^[A-Z]{3}\\d{2}$',
      flavour: 'java',
    });
    const java = fence(
      'java',
      `@Entity
public class Crate {
    @Id private Long id;
    @Pattern(regexp = "[A-Z]{3}\\\\d{2}") private String label;
}`,
    );
    expect(patternOf(java, 'Crate', 'label')).toMatchObject({ source: '[A-Z]{3}\\d{2}', via: '@Pattern' });
  });
});

describe('stated patterns: translations', () => {
  it('ECMA-262 for JSON Schema: anchors, named groups, whole-value matching, refused flags', () => {
    expect(translatePattern('\\A[a-z]{2}\\z', 'ruby').ecma.pattern).toBe('^[a-z]{2}$');
    expect(translatePattern('^(?P<n>\\d{3})\\Z', 'python').ecma.pattern).toBe('^(?<n>\\d{3})$');
    // `matches()` in Java is the whole value.
    expect(translatePattern('[A-Z]{3}', 'java').ecma.pattern).toBe('^(?:[A-Z]{3})$');
    // JSON Schema has no flags: a case-insensitive pattern is refused there, and becomes `~*` in PostgreSQL.
    const ci = translatePattern('^[a-z]+$', 'ecma', 'i');
    expect(ci.ecma).toMatchObject({ pattern: null, reason: expect.stringMatching(/flag `i`/) });
    expect(ci.postgres).toEqual({ pattern: '^[a-z]+$', caseInsensitive: true });
    // Ruby's `^`/`$` are line anchors: no equivalent, said why.
    expect(translatePattern('^\\d+$', 'ruby').ecma.reason).toMatch(/every line/);
  });

  it('PostgreSQL ARE for the CHECK: word boundaries, named groups; property classes refused', () => {
    expect(translatePattern('\\bNO\\d+\\b', 'ecma').postgres.pattern).toBe('\\yNO\\d+\\y');
    expect(translatePattern('^(?<y>\\d{4})$', 'ecma').postgres.pattern).toBe('^(\\d{4})$');
    expect(translatePattern('^\\p{Lu}+$', 'ecma').postgres).toMatchObject({ pattern: null });
    // A stated SQL CHECK's POSIX class reads as ECMA-262 for the JSON Schemas.
    expect(translatePattern('^[[:digit:]]{4}$', 'postgres').ecma.pattern).toBe('^[0-9]{4}$');
  });
});

describe('stated patterns: only on text', () => {
  it('an enum or a number column keeps its pattern out of the schemas and the CHECK, and says so', () => {
    const diagnostics: Diagnostic[] = [];
    const origin = fromSource('docs/architecture.md', 7);
    const pattern = {
      source: '^[a-z]+$',
      flags: '',
      flavour: 'ecma' as const,
      via: 'Mongoose match',
      origin,
    };
    const status = fieldFromFact(
      { ...newField('status', { scalar: 'enum' }, origin), enumValues: ['open', 'shut'], pattern },
      'Gate',
      diagnostics,
    );
    const width = fieldFromFact(
      { ...newField('width', { scalar: 'integer' }, origin), pattern },
      'Gate',
      diagnostics,
    );
    const gate = { name: 'Gate', checks: [], fields: [status, width] } as unknown as SpecEntity;
    finishPatterns([gate], ['postgresql'], diagnostics);
    expect(status.pattern).toMatchObject({
      jsonSchema: null,
      postgres: null,
      postgresReason: 'status is an enum, not free text',
    });
    expect(width.pattern).toMatchObject({ jsonSchema: null, postgres: null });
    expect(diagnostics.map((d) => d.code)).toEqual(Array(4).fill('data/pattern-not-portable'));
  });
});

/** A PostgreSQL project whose models state patterns in zod and in an SQL CHECK. */
const INJECTION = "^(x'\\); DROP TABLE plots; --)$";
async function project() {
  const host = memoryHost({
    '/p/docs/prd.md': '# PRD\n\n- FR1: A gardener can register a plot.\n',
    '/p/docs/architecture.md': [
      '# Architecture',
      '',
      '## Tech stack',
      '',
      '- Database: PostgreSQL 16',
      '',
      '## Data model',
      '',
      '```ts',
      'export const Plot = z.object({',
      '  id: z.string().uuid(),',
      '  code: z.string().regex(/^[A-Z]{2}-\\d{3}$/),',
      `  note: z.string().regex(/${INJECTION.replace(/\//g, '\\/')}/),`,
      '  word: z.string().regex(/\\bok\\b/),',
      '  shout: z.string().regex(/^[a-z]+$/i),',
      '  secret: z.string().regex(/^(?=.*\\d)(?=.*[A-Z]).{8,}$/),',
      '});',
      '```',
      '',
      '```sql',
      'CREATE TABLE sheds (',
      '  id UUID PRIMARY KEY,',
      "  number TEXT NOT NULL CHECK (number ~ '^S[[:digit:]]{2}$')",
      ');',
      '```',
    ].join('\n'),
  });
  return compile({ root: '/p', verify: { skip: true } }, host);
}

describe('stated patterns: artifacts', () => {
  let r: Awaited<ReturnType<typeof project>>;
  let db: PgSession;
  beforeAll(async () => {
    r = await project();
    db = await pglite();
  }, 60_000);
  afterAll(async () => db?.close());
  const field = (ent: string, name: string): SpecField =>
    r.spec!.entities.find((e) => e.name === ent)!.fields.find((f) => f.name === name)!;
  const text = (suffix: string) => r.artifacts.find((a) => a.path.endsWith(suffix))!.text;

  it('lists each pattern in the validation section with its line, and says which it cannot carry', () => {
    const md = text('backend-spec.md');
    expect(md).toMatch(
      /\| Plot \| `code` \|[^\n]*pattern `\^\[A-Z\]\{2\}-\\d\{3\}\$`[^\n]*`docs\/architecture\.md:12`/,
    );
    expect(md).toMatch(/\| Shed \| `number` \|[^\n]*pattern `\^S\[\[:digit:\]\]\{2\}\$`/);
    expect(field('Plot', 'shout').pattern).toMatchObject({ jsonSchema: null, postgres: '^[a-z]+$' });
    expect(r.diagnostics.filter((d) => d.code === 'data/pattern-not-portable').map((d) => d.message)).toEqual(
      [
        'pattern `^[a-z]+$` (flags i) of Plot.shout (zod .regex) is left out of the JSON Schemas and OpenAPI: the flag `i` cannot be written in a JSON Schema pattern',
      ],
    );
  });

  it('JSON Schema (Ajv 2020) accepts matching values and rejects others', async () => {
    const { Ajv2020 } = (await import('ajv/dist/2020.js')) as unknown as {
      Ajv2020: new (o: object) => { compile(s: unknown): (v: unknown) => boolean };
    };
    const formats = (await import('ajv-formats')) as unknown as { default: (a: unknown) => void };
    const ajv = new Ajv2020({ strict: false, allowUnionTypes: true });
    formats.default(ajv);
    const schema = JSON.parse(text('schemas/Plot.schema.json'));
    expect(schema.properties.code.pattern).toBe('^[A-Z]{2}-\\d{3}$');
    expect(schema.properties.shout.pattern).toBeUndefined();
    const code = ajv.compile(schema.properties.code);
    expect(code('NO-123')).toBe(true);
    expect(code('no-123')).toBe(false);
    expect(code('NO-12')).toBe(false);
    const shed = ajv.compile(JSON.parse(text('schemas/Shed.schema.json')).properties.number);
    expect(shed('S12')).toBe(true);
    expect(shed('S1x')).toBe(false);
    // The schema's own example fits its pattern.
    const whole = ajv.compile(schema);
    expect(whole(schema.examples[0])).toBe(true);
    expect(schema.examples[0].secret).toBe('Aa1!Aa1!');
  });

  it('schema.sql on PostgreSQL (PGlite) rejects a value the pattern refuses; a quote stays a literal', async () => {
    const sql = text('schema.sql');
    expect(sql).toMatch(/code text NOT NULL CHECK \(code ~ E'\^\[A-Z\]\{2\}-\\\\d\{3\}\$'\)/);
    expect(sql).toMatch(/word text NOT NULL CHECK \(word ~ E'\\\\yok\\\\y'\)/);
    expect(sql).toMatch(/shout text NOT NULL CHECK \(shout ~\* '\^\[a-z\]\+\$'\)/);
    expect(sql).toContain("CHECK (note ~ E'^(x''\\\\); DROP TABLE plots; --)$')");
    await db.exec(sql);
    const insert = (
      code: string,
      note = "x'); DROP TABLE plots; --",
      word = 'is ok',
      shout = 'LOUD',
      secret = 'Secret12',
    ) =>
      db.query(
        'INSERT INTO plots (id, code, note, word, shout, secret) VALUES (gen_random_uuid(), $1, $2, $3, $4, $5)',
        [code, note, word, shout, secret],
      );
    await expect(insert('NO-123')).resolves.toBeDefined();
    await expect(insert('NO-12')).rejects.toThrow(/check constraint/);
    await expect(insert('NO-123', 'x')).rejects.toThrow(/check constraint/);
    await expect(insert('NO-123', undefined, 'token')).rejects.toThrow(/check constraint/);
    await expect(insert('NO-123', undefined, undefined, 'l0ud')).rejects.toThrow(/check constraint/);
    // PostgreSQL's AREs have lookaheads (docs §9.7.3.3): the CHECK keeps them.
    expect(sql).toMatch(
      /secret text NOT NULL CHECK \(secret ~ E'\^\(\?=\.\*\\\\d\)\(\?=\.\*\[A-Z\]\)\.\{8,\}\$'\)/,
    );
    await expect(insert('NO-123', undefined, undefined, undefined, 'secret12')).rejects.toThrow(
      /check constraint/,
    );
    // The text of the pattern never ran: the table is still there with its one row.
    expect(await db.query<{ n: number }>('SELECT count(*)::int AS n FROM plots')).toEqual([{ n: 1 }]);
  });
});
