import { describe, expect, it } from 'vitest';
import { memoryHost } from '../../src/host.js';
import { compile } from '../../src/pipeline.js';

// Issue 11 (Kiro trial): services were written as TypeScript signatures though the stated stack is
// Kotlin. Signatures follow the stated backend language (Kotlin, Java, Python, Go, C#), a neutral form
// for any other, TypeScript when none is stated; section 4 says which, citing the stack's line.
const DATA =
  '```sql\nCREATE TABLE tools (id uuid PRIMARY KEY, name text NOT NULL);\nCREATE TABLE loans (id uuid PRIMARY KEY, tool_id uuid NOT NULL REFERENCES tools(id));\n```';

async function section4(stackRow: string) {
  const host = memoryHost({
    '/p/docs/prd.md': '# PRD\n\n- FR1: A member can borrow a tool.\n',
    '/p/docs/architecture.md': `# Architecture\n\n${stackRow}\n\n${DATA}\n`,
  });
  const r = await compile({ root: '/p', verify: { skip: true } }, host);
  const md = r.artifacts.find((a) => a.path.endsWith('backend-spec.md'))!.text;
  return md.slice(md.indexOf('## 4.'), md.indexOf('## 5.'));
}

describe('service signatures in the stated language', { timeout: 60_000 }, () => {
  it.each([
    [
      'en',
      '- Language: Kotlin 2.0 + Spring Boot 3.3',
      'Kotlin',
      /`fun getTool\(actor: Actor, id: String\): Tool`/,
    ],
    ['es', '- Lenguaje: Java 21 con Spring Boot', 'Java', /`Tool getTool\(Actor actor, String id\)`/],
    [
      'fr',
      '- Langage : Python 3.12 avec FastAPI',
      'Python',
      /`def get_tool\(actor: Actor, id: str\) -> Tool`/,
    ],
    [
      'de',
      '- Sprache: Go 1.22 mit Gin',
      'Go',
      /`GetTool\(ctx context\.Context, actor Actor, id string\) \(Tool, error\)`/,
    ],
    ['pt', '- Linguagem: C# com ASP.NET Core', 'C#', /`Task<Tool> GetToolAsync\(Actor actor, string id\)`/],
  ])('%s: %s', async (_l, row, language, sig) => {
    const text = await section4(row);
    expect(text).toMatch(sig);
    expect(text).toContain(`Method signatures are written in ${language}`);
    expect(text).not.toMatch(/Promise</);
  });
  it('a language with no signature form here gets the neutral form, and says so', async () => {
    const text = await section4('- Language: Ruby 3.3 with Ruby on Rails');
    expect(text).toMatch(/`getTool\(actor: Actor, id: string\) → Tool`/);
    expect(text).toContain('neutral form');
  });
  it('no stated language keeps TypeScript and claims nothing', async () => {
    const text = await section4('- Database: PostgreSQL');
    expect(text).toMatch(/`getTool\(actor: Actor, id: string\): Promise<Tool>`/);
    expect(text).not.toContain('Method signatures are written in');
  });
});
