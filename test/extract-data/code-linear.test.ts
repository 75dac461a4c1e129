import { describe, expect, it } from 'vitest';
import {
  bracketPairs,
  type CodeModels,
  splitComment,
  splitTopLevel,
} from '../../src/extract/data/code-text.js';
import { readGo } from '../../src/extract/data/go.js';
import { readKotlin } from '../../src/extract/data/kotlin.js';
import { readPython } from '../../src/extract/data/python.js';
import type { CodeBlock } from '../../src/markdown/blocks.js';
import { withinCpu } from '../helpers/cpu-time.js';

// Issue 12: every pattern that reads document text runs in linear time. Each case puts a
// 100,000-character line or a 50,000-blank run where one pattern of the Kotlin, Python or Go
// readers would backtrack or rescan if it could, or thousands of lines where a scan per line to the
// end of the fence would be quadratic (10,000 lines × 200,000 characters), and must finish within
// a second of CPU time (test/helpers/cpu-time.ts: a loaded machine makes the wall time of a linear
// reader seconds, not its CPU time); a last line shows the reader still reads the model beside it.

const LIMIT_MS = 1_000;
const sp = (n: number) => ' '.repeat(n);
const READERS: Record<string, (blocks: readonly CodeBlock[], file: string) => CodeModels> = {
  kotlin: readKotlin,
  python: readPython,
  go: readGo,
};
/** The reader alone on one fence (the markdown parse of a 100,000-line document is not measured). */
const timed = (lang: string, content: string) => {
  const block = {
    kind: 'code',
    lang,
    content,
    contentLine: 3,
    line: 2,
    headingPath: [],
  } as unknown as CodeBlock;
  return withinCpu(LIMIT_MS, () => READERS[lang]!([block], 'docs/architecture.md'), lang);
};
const names = (out: CodeModels) => out.entities.map((e) => e.name);

describe('code-text scanners', () => {
  it('comment split, top-level split and bracket pairs are one pass', () => {
    const quotes = `x = "${'\\"'.repeat(50_000)}" # c`;
    withinCpu(LIMIT_MS, () => {
      expect(splitComment(quotes, '#').comment).toBe('c');
      expect(splitTopLevel('('.repeat(100_000), ',', true)).toHaveLength(1);
      expect(bracketPairs('('.repeat(100_000))(0)).toBe(-1);
      expect(bracketPairs(`(${'[]'.repeat(50_000)})`)(0)).toBe(100_002);
    });
  });
});

describe('Kotlin reader', () => {
  const model = '\ndata class Tool(val id: UUID, val name: String)';
  const cases: [string, string][] = [
    ['class head', `class${sp(50_000)}X${sp(50_000)}`],
    [
      'a 100,000-character parameter list',
      `data class A(${`val a: Map<${'x'.repeat(1_000)}>, `.repeat(100)})`,
    ],
    ['unclosed annotation arguments', `@Entity ${'@A('.repeat(33_000)} class B(val a: Int)`],
    ['blanks before the type colon', `data class A(val a${sp(50_000)}Int)`],
    ['blanks inside a generic', `data class A(val a: Map<${sp(50_000)}x)`],
    ['blanks after an annotation', `data class A(@Column${sp(50_000)}(x) val a: Int)`],
    ['enum entries', `enum class E { ${'A, '.repeat(33_000)} }`],
    ['nested class bodies', 'class A {\n'.repeat(10_000) + '}\n'.repeat(10_000)],
    ['annotation lines above classes', '@A class X(val a: Int)\n'.repeat(2_000)],
    ['modifiers', `data class A(${'private '.repeat(12_500)}val a: Int)`],
    ['a comparison comment', `data class A(\n  val a: Int, // ${'>= '.repeat(33_000)}\n)`],
    ['an unclosed generic', `class A${'<'.repeat(100_000)}`],
    ['a long default', `data class A(val a: Int = ${'x'.repeat(100_000)})`],
  ];
  for (const [what, code] of cases) {
    it(what, () => {
      expect(names(timed('kotlin', `${code}${model}`))).toContain('Tool');
    });
  }
});

describe('Python reader', () => {
  const model =
    '\n\nclass Tool(Base):\n    __tablename__ = "tools"\n    id = Column(Integer, primary_key=True)\n';
  const cases: [string, string][] = [
    ['class head', `class${sp(50_000)}X:`],
    ['unclosed type calls', `class A(Base):\n    x = Column(${'String('.repeat(14_000)}`],
    [
      'nested unique constraints',
      `class A(Base):\n    __table_args__ = (${'UniqueConstraint('.repeat(6_000)}${')'.repeat(6_000)})\n    id = Column(Integer)`,
    ],
    ['nested Mapped', `class A(Base):\n    x: ${'Mapped['.repeat(14_000)}int${']'.repeat(14_000)}`],
    ['a dotted wrapper prefix', `class A(Base):\n    x: ${'a.'.repeat(50_000)}Mapped[int]`],
    ['blanks before the assignment', `class A(Base):\n    x${sp(50_000)}= Column(Integer)`],
    ['blanks in a declarative base', `Base${sp(50_000)}= declarative_base()\nB =${sp(50_000)}x`],
    ['open brackets on many lines', '(\n'.repeat(20_000)],
    [
      'a diamond inheritance chain',
      Array.from(
        { length: 300 },
        (_, i) => `class A${i + 1}(A${i}, A${i}):\n    f${i} = Column(Integer)\n`,
      ).join(''),
    ],
    [
      'many keyword arguments',
      `class A(models.Model):\n    x = models.CharField(${'max_length=1, '.repeat(7_500)})`,
    ],
    ['a 20,000-line docstring', `class A(Base):\n    """${'\n    text'.repeat(20_000)}\n    """`],
    ['a long Literal', `class A(BaseModel):\n    x: Literal[${'"a", '.repeat(25_000)}]`],
    [
      'nested ARRAY types',
      `class A(Base):\n    x = Column(${'ARRAY('.repeat(14_000)}Integer${')'.repeat(14_000)})`,
    ],
  ];
  for (const [what, code] of cases) {
    it(what, () => {
      expect(names(timed('python', `${code}${model}`))).toContain('Tool');
    });
  }
});

describe('Go reader', () => {
  const model = '\n\ntype Tool struct {\n\tID uuid.UUID `gorm:"primaryKey"`\n}\n';
  const cases: [string, string][] = [
    ['struct head', `type A${sp(50_000)}struct {\n}\ntype${sp(50_000)}x`],
    ['many names on a field', `type A struct {\n  ${'A, '.repeat(33_000)}B int\n}`],
    ['a tag of unclosed keys', `type A struct {\n  B int \`${'gorm:"'.repeat(16_000)}\`\n}`],
    [
      'nested anonymous structs',
      `type A struct {\n${'  B struct {\n'.repeat(10_000)}${'}\n'.repeat(10_001)}`,
    ],
    ['many enum constants', `type Status string\nconst (\n${'  A Status = "a"\n'.repeat(10_000)})`],
    ['blanks in a constant', `const (\n  A${sp(50_000)}!\n)`],
    ['a long receiver', `func (${'u'.repeat(100_000)}) TableName() string { return "x" }`],
    ['a long pointer chain', `type A struct {\n  B ${'*'.repeat(100_000)}\n}`],
    ['blanks in a type declaration', `type A${sp(50_000)}string${sp(50_000)}x`],
    ['a long validate tag', `type A struct {\n  B int \`validate:"${'gte=0,'.repeat(16_000)}"\`\n}`],
  ];
  for (const [what, code] of cases) {
    it(what, () => {
      const out = timed('go', `${code}${model}`);
      expect(out.entities.find((e) => e.name === 'Tool')?.fields[0]?.primaryKey).toBe(true);
    });
  }
});
