import { beforeAll, describe, expect, it } from 'vitest';
import { bulletsExtractor, splitOnAnd } from '../../src/extract/bullets.js';
import { nameFromCaption } from '../../src/extract/data/captions.js';
import { readConstraintWords } from '../../src/extract/data/constraint-words.js';
import { readIndexSpecs } from '../../src/extract/data/index-specs.js';
import { readJsonSchemas } from '../../src/extract/data/json-schemas.js';
import { ASSOC, CLASS_OPEN } from '../../src/extract/data/mermaid-class.js';
import { readSentences } from '../../src/extract/data/prose-entities.js';
import { normaliseDialect } from '../../src/extract/data/sql-text.js';
import { trailingComment } from '../../src/extract/data/ts-fields.js';
import { lifecyclesOf } from '../../src/extract/facts/lifecycles.js';
import { ATTRIBUTE, mermaidExtractor, REL_WORDS } from '../../src/extract/mermaid.js';
import { cleanInline } from '../../src/extract/security/units.js';
import { DECLARES, nesting, startsWithObject, typescriptExtractor } from '../../src/extract/typescript.js';
import type { CodeBlock } from '../../src/markdown/blocks.js';
import { parseMarkdown, plainText } from '../../src/markdown/parse.js';
import type { SourceDocument } from '../../src/model/sources.js';
import { withinCpu } from '../helpers/cpu-time.js';

// One test per regular expression that was super-linear on document text (issue 12): the input that
// took seconds to minutes before (or overflowed the stack) now takes milliseconds, and the pattern
// still reads what it read. The bound is CPU time (test/helpers/cpu-time.ts), so a loaded CI machine
// does not fail it; the old cost was 10–1000×.

const LIMIT_MS = 1_000;
const fast = <T>(fn: () => T): T => withinCpu(LIMIT_MS, fn);
const doc = (text: string): SourceDocument => ({
  path: 'docs/architecture.md',
  kind: 'architecture',
  classifiedBy: 'test',
  text,
  body: text,
  bodyLineOffset: 0,
  frontMatter: null,
});
const run = (x: typeof mermaidExtractor, text: string) => {
  const d = doc(text);
  return x.extract({ doc: d, md: parseMarkdown(d), all: [d] });
};
const block = (lang: string, content: string): CodeBlock =>
  ({ kind: 'code', lang, content, contentLine: 2, line: 1, headingPath: [] }) as unknown as CodeBlock;
const spaces = (n: number) => ' '.repeat(n);

describe('mermaid erDiagram', () => {
  it('a relationship line of 20,000 spaces (REL_WORDS was cubic: 4,000 spaces took 15 s)', () => {
    expect(fast(() => REL_WORDS.exec(`MEMBER ${spaces(20_000)} NOTE : x`))).toBeNull();
    const out = fast(() =>
      run(mermaidExtractor, `\`\`\`mermaid\nerDiagram\n  MEMBER ${spaces(20_000)} NOTE : x\n\`\`\`\n`),
    );
    expect(out.diagnostics.map((d) => d.code)).toContain('extract/syntax-error');
  });

  it('word cardinalities still read', () => {
    const out = run(
      mermaidExtractor,
      '```mermaid\nerDiagram\n  CUSTOMER only one to zero or more ORDER : places\n```\n',
    );
    expect(out.fragment.relationships).toHaveLength(1);
    expect(out.fragment.relationships?.[0]).toMatchObject({ from: 'CUSTOMER', to: 'ORDER' });
  });

  it('an attribute line with 20,000 spaces before garbage (ATTRIBUTE was quadratic)', () => {
    expect(fast(() => ATTRIBUTE.exec(`string name ${spaces(20_000)}x`))).toBeNull();
    expect(ATTRIBUTE.exec('string email UK "login name"')?.slice(1)).toEqual([
      'string',
      'email',
      ' UK',
      'login name',
    ]);
  });
});

describe('mermaid classDiagram', () => {
  it('class header and association with long blank runs (CLASS_OPEN, ASSOC were quadratic)', () => {
    expect(fast(() => CLASS_OPEN.exec(`class A [${spaces(30_000)}`))).toBeNull();
    expect(fast(() => ASSOC.exec(`A ${spaces(30_000)}"x`))).toBeNull();
    expect(CLASS_OPEN.exec('class Order["Customer order"] {')?.[1]).toBe('Order');
    expect(ASSOC.exec('Customer "1" --> "*" Order : places')?.slice(1, 6)).toEqual([
      'Customer',
      '1',
      '-->',
      '*',
      'Order',
    ]);
  });
});

describe('TypeScript fences', () => {
  // The first use loads the TypeScript compiler (about a second): not what is measured here.
  beforeAll(() => run(typescriptExtractor, '```ts\ninterface Warm { id: string }\n```\n'), 60_000);

  it('`type A` followed by 50,000 spaces (DECLARES was quadratic)', () => {
    expect(fast(() => DECLARES.test(`type A${spaces(50_000)}x`))).toBe(false);
    expect(DECLARES.test('type Member<T> = { id: string }')).toBe(true);
  });

  it('20,000 comment lines before code (the comment-skipping regex rescanned them per line)', () => {
    const code = `${'// note\n'.repeat(20_000)}x`;
    expect(fast(() => startsWithObject(code))).toBe(false);
    expect(fast(() => DECLARES.test(code))).toBe(false);
    expect(startsWithObject('// shape\n\n{ id: string }')).toBe(true);
  });

  it('a trailing comment after 20,000 `/*` (the block-comment regex was quadratic)', () => {
    expect(fast(() => trailingComment(`; ${'/* '.repeat(20_000)}`))).toBeNull();
    expect(trailingComment('; // the login')).toBe(' the login');
    expect(trailingComment('; /* uuid */')).toBe(' uuid ');
  });

  it('nesting 10,000 deep is a diagnostic, not a stack overflow that aborts the run', () => {
    expect(nesting(`${'['.repeat(10_000)}${']'.repeat(10_000)}`)).toBe(10_000);
    const out = fast(() =>
      run(
        typescriptExtractor,
        `\`\`\`ts\ninterface Member { id: string }\ntype Deep = ${'[\n'.repeat(10_000)}${']\n'.repeat(10_000)};\n\`\`\`\n`,
      ),
    );
    expect(out.diagnostics[0]?.message).toContain('nested too deeply');
  });

  it('`a:` × 50,000 in a type is skipped as too long a line (21 s before)', () => {
    const out = fast(() =>
      run(typescriptExtractor, `\`\`\`ts\ninterface Member {\n  id: ${'a:'.repeat(50_000)};\n}\n\`\`\`\n`),
    );
    expect(out.diagnostics[0]?.message).toContain('too long');
  });

  it('3,000 `*` in a type does not overflow the stack', () => {
    expect(() =>
      run(typescriptExtractor, `\`\`\`ts\ninterface Member {\n  id: ${'*'.repeat(3000)};\n}\n\`\`\`\n`),
    ).not.toThrow();
  });
});

describe('JSON and YAML schema fences', () => {
  it('40,000 stray quotes on one line are not handed to the YAML parser (2–3 s of error recovery)', () => {
    const content = `{"type":"object","properties":{"a${'"'.repeat(40_000)}":{"type":"string"}}}`;
    expect(fast(() => readJsonSchemas(block('json', content), 'f.md', 'Member'))).toEqual([]);
  });

  it('a long minified schema that is valid JSON is still read', () => {
    const props = Object.fromEntries(
      Array.from({ length: 300 }, (_, i) => [`field${i}`, { type: 'string' }]),
    );
    const content = JSON.stringify({ title: 'Member', type: 'object', properties: props });
    const entities = readJsonSchemas(block('json', content), 'f.md', null);
    expect(entities[0]?.fields).toHaveLength(300);
  });
});

describe('markdown text', () => {
  it('20,000 `[` in a paragraph (the link regex rescanned to the end from every `[`)', () => {
    expect(fast(() => plainText('['.repeat(20_000)))).toHaveLength(20_000);
    expect(plainText('see [the PRD](prd.md)')).toBe('see the PRD');
  });

  it('emphasis, tags and link targets without closers (each rescanned the rest of the line)', () => {
    for (const bad of [' *a', ' _a', ' __a', '<', '[a](', '-__a '])
      fast(() => plainText(bad.repeat(Math.ceil(60_000 / bad.length))));
    expect(plainText('**bold**, *it*, _em_, __strong__, <b>x</b>, `code`, gen_random_uuid()')).toBe(
      'bold, it, em, strong, x, code, gen_random_uuid()',
    );
  });
});

describe('data-model helpers', () => {
  it('a key document without its `}` (KEY_DOC was exponential in the number of keys)', () => {
    const md = parseMarkdown(
      doc(`# Indexes\n\nIndex on the members collection: { ${'email: 1 '.repeat(40)}\n`),
    );
    fast(() => readIndexSpecs(md.blocks, 'f.md'));
    const ok = parseMarkdown(
      doc('# Indexes\n\nIndex on the members collection: `{ email: 1, created_at: -1 }`\n'),
    );
    expect(readIndexSpecs(ok.blocks, 'f.md')[0]?.columns).toEqual(['email', 'created_at']);
  });

  it('a key name of 30,000 letters in a key document (the key regex restarted in every letter)', () => {
    const md = parseMarkdown(
      doc(`# Indexes\n\nIndex on the members collection: { ${'a'.repeat(30_000)} }\n`),
    );
    fast(() => readIndexSpecs(md.blocks, 'f.md'));
  });

  it('a SQL Server line of 5,000 identifiers before IDENTITY (the column regex restarted in every one)', () => {
    fast(() => normaliseDialect(`CREATE TABLE t (${'a '.repeat(5_000)}x int IDENTITY(1,1));`));
    const { notes } = normaliseDialect('CREATE TABLE t (id int IDENTITY(1,1) PRIMARY KEY);');
    expect([...notes.autoIncrement].length).toBe(1);
  });

  it('"default" and enum lists with 20,000 blanks (three adjacent blank runs were quadratic)', () => {
    fast(() => readConstraintWords(`default${spaces(20_000)},`));
    fast(() => readConstraintWords(`one of a${spaces(20_000)}b`));
    expect(readConstraintWords('default: 5').default).toBe('5');
    expect(readConstraintWords('one of: draft, sent, paid.').enumValues).toEqual(['draft', 'sent', 'paid']);
  });

  it('captions with 20,000 `(` (the parenthesis regex scanned to the end from each)', () => {
    fast(() => nameFromCaption(`Member ${'('.repeat(20_000)}`));
    expect(nameFromCaption('Member (table)')).toBe('Member');
  });

  it('prose sentences with 20,000 blanks before "and" (the list split restarted in every blank)', () => {
    const md = parseMarkdown(doc(`# Data\n\nA Member has a name${spaces(20_000)}x and an email.\n`));
    fast(() => readSentences(md.blocks, 'f.md'));
    const ok = parseMarkdown(doc('# Data\n\nA Note has a title, a body and belongs to a Member.\n'));
    const [note] = readSentences(ok.blocks, 'f.md');
    expect(note?.fields.map((f) => f.name)).toEqual(['title', 'body', 'member_id']);
  });

  it('"and" outside parentheses, in one pass (the lookahead rescanned the rest at every "and")', () => {
    expect(splitOnAnd('name and email (unique and required)')).toEqual([
      'name',
      'email (unique and required)',
    ]);
    expect(fast(() => splitOnAnd('a and '.repeat(20_000))).length).toBe(20_001);
  });
});

describe('bullets', () => {
  it('a bullet of 100,000 blanks (the entity-line regex split the run two ways: 40,000 took 1.5 s)', () => {
    for (const text of [
      `- a${spaces(100_000)}b\n`,
      `- **Order**${spaces(100_000)}x\n`,
      `# Data model\n\n- Order${spaces(100_000)}(x)${spaces(100_000)}y\n`,
    ])
      expect(fast(() => run(bulletsExtractor, text)).fragment).toEqual({});
  });

  it('inline and nested entity bullets still read, with kind words, parentheses and dashes', () => {
    const inline = run(
      bulletsExtractor,
      '- **Order** table (sales): id (uuid), total (decimal)\n- `notes` - id (uuid), body (text)\n',
    );
    expect(inline.fragment.entities?.map((e) => [e.name, e.fields.map((f) => f.name)])).toEqual([
      ['Order', ['id', 'total']],
      ['Note', ['id', 'body']],
    ]);
    const nested = run(
      bulletsExtractor,
      '- **Invoice** (billing): issued\n  - id (uuid)\n  - total (decimal)\n',
    );
    expect(nested.fragment.entities?.[0]?.fields.map((f) => f.name)).toEqual(['id', 'total']);
  });
});

describe('prose readers of the roles and flows extractors', () => {
  it('40,000 `[` or `<` in a role sentence (link and tag patterns crossed delimiters)', () => {
    fast(() => cleanInline('['.repeat(40_000)));
    fast(() => cleanInline('<'.repeat(40_000)));
    expect(cleanInline('**Admin** and [docs](x) <b>only</b>, user_id')).toBe('Admin and docs only, user_id');
  });

  it('a paragraph of 40,000 spaces or letters (status-list arrows and prefix words were quadratic)', () => {
    fast(() => lifecyclesOf(parseMarkdown(doc(`# PRD\n\nx${spaces(40_000)}y\n`)), 'docs/prd.md'));
    fast(() => lifecyclesOf(parseMarkdown(doc(`# PRD\n\n${'a'.repeat(40_000)} status: x\n`)), 'docs/prd.md'));
    const chain = lifecyclesOf(
      parseMarkdown(doc('# PRD\n\nOrder status: Draft → Paid → Shipped\n')),
      'docs/prd.md',
    );
    expect(chain[0]?.values).toEqual(['Draft', 'Paid', 'Shipped']);
  });
});
