import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, test } from 'vitest';
import { isCatalogued, RULE_ORIGINS } from '../../src/derive/rule-origins.js';
import { catalogFor, LANGUAGES } from '../../src/render/i18n/index.js';
import { footnoteRules, ruleOriginsAppendix } from '../../src/render/markdown/rule-origins.js';
import { corpusRoot } from '../corpus-path.js';
import { EXAMPLE, REPO } from '../foundation/corpus.js';
import { compiledProject } from '../helpers/compiled.js';

/**
 * Provenance that does not drown the text (issue 15): rule citations are labels [R1], [R2], … and the
 * appendix "Rule origins" lists each cited rule once, in the document's language, with what it
 * derives and how many items it produced. Checked over every corpus project, the example and the
 * golden markdown, plus the catalogue against every rule id the source code can write.
 */
const projects = readdirSync(path.dirname(corpusRoot('x')), { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => [e.name, corpusRoot(e.name)] as const);

const RULE_ID = /\b(?:derive|extract)\/[a-z0-9-]+/;

/** The labels a document uses outside its appendix, and the rows and definitions of the appendix. */
function footnotes(markdown: string, appendixHeading: string) {
  const at = markdown.indexOf(`\n## ${appendixHeading}\n`);
  const body = at < 0 ? markdown : markdown.slice(0, at);
  const appendix = at < 0 ? '' : markdown.slice(at);
  const used = new Set([...body.matchAll(/\[R(\d+)\]/g)].map((m) => Number(m[1])));
  const rows = [...appendix.matchAll(/^\| R(\d+) \| `([^`]+)` \| ([^|]+) \| (\d+) \|$/gm)].map((m) => ({
    n: Number(m[1]),
    id: m[2]!,
    sentence: m[3]!.trim(),
  }));
  const defined = new Set([...appendix.matchAll(/^\[R(\d+)\]: #/gm)].map((m) => Number(m[1])));
  return { body, rows, used, defined };
}

describe('rule origins', { timeout: 120_000 }, () => {
  test.each([...projects, ['example', EXAMPLE] as const])(
    '%s: labels instead of rule ids, each explained once',
    async (_name, root) => {
      const result = await compiledProject(root);
      const md = result.artifacts.find((a) => a.path.endsWith('backend-spec.md'))!.text;
      const t = catalogFor(result.spec!.project.language).messages;
      const { body, rows, used, defined } = footnotes(md, t.ruleOrigins.heading);
      // No rule id is printed in the text: no `rule derive/…` tag, no bare id in a table or comment.
      expect(body.split('\n').filter((l) => RULE_ID.test(l))).toEqual([]);
      expect(used.size).toBeGreaterThan(0);
      // Every label used is a row of the appendix and every row is used; numbered 1..n without gaps.
      expect(rows.map((r) => r.n)).toEqual([...used].sort((a, b) => a - b));
      expect(rows.map((r) => r.n)).toEqual(rows.map((_, i) => i + 1));
      expect([...defined].sort((a, b) => a - b)).toEqual(rows.map((r) => r.n));
      // Each rule once, with its catalogued sentence in the document's language.
      expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
      const sentences = t.ruleOrigins.sentences as Record<string, string>;
      for (const r of rows) expect(r.sentence, r.id).toBe(sentences[r.id]);
      // The contents list links the appendix.
      expect(md).toContain(
        `](#${t.ruleOrigins.heading
          .toLowerCase()
          .replace(/[^\p{L}\p{M}\p{N}\s_-]/gu, '')
          .replace(/\s/g, '-')})`,
      );
    },
  );

  test('the golden markdown carries no inline rule tag', () => {
    const dir = path.join(REPO, 'test/cases');
    for (const c of readdirSync(dir, { withFileTypes: true }).filter((e) => e.isDirectory())) {
      const md = readFileSync(path.join(dir, c.name, 'expected/backend-spec.md'), 'utf8');
      expect(md, c.name).not.toMatch(/\brule `?derive\//);
      expect(md, c.name).toMatch(/^\| R1 \| `/m);
    }
  });

  test('the appendix is in the document language', () => {
    const cited = footnoteRules(
      'x | `rule derive/index-every-foreign-key` |\n-- onDelete: rule derive/on-delete-restrict-shared\n(`default derive/pagination-20-100`)',
      ['derive/index-every-foreign-key', 'derive/on-delete-restrict-shared', 'derive/pagination-20-100'],
    );
    expect(cited.text).toBe('x | [R1] |\n-- onDelete: [R2]\n([R3])');
    const en = catalogFor('en').messages;
    for (const lang of LANGUAGES) {
      const t = catalogFor(lang).messages;
      const appendix = ruleOriginsAppendix(cited.labels, new Map([['derive/index-every-foreign-key', 4]]), t);
      expect(appendix.startsWith(`## ${t.ruleOrigins.heading}\n`)).toBe(true);
      expect(appendix).toContain(
        `| R1 | \`derive/index-every-foreign-key\` | ${t.ruleOrigins.sentences['derive/index-every-foreign-key']} | 4 |`,
      );
      expect(appendix).toContain('| R3 | `derive/pagination-20-100` |');
      if (lang === 'en') continue;
      expect(t.ruleOrigins.heading).not.toBe(en.ruleOrigins.heading);
      // No sentence left in English.
      for (const id of Object.keys(RULE_ORIGINS) as (keyof typeof RULE_ORIGINS)[])
        expect(t.ruleOrigins.sentences[id], `${lang} ${id}`).not.toBe(en.ruleOrigins.sentences[id]);
    }
  });

  test('an id is replaced whole, never a prefix of a longer id or part of a path', () => {
    const cited = footnoteRules(
      'rule derive/join-table-composite-key; src/derive/join-table; derive/join-table',
      ['derive/join-table', 'derive/join-table-composite-key'],
    );
    expect(cited.text).toBe('[R1]; src/derive/join-table; [R2]');
    expect(cited.labels).toEqual(['derive/join-table-composite-key', 'derive/join-table']);
  });

  test('citations are found in one pass exactly where the alternation of ids found them', () => {
    // The alternation of every id (the former reading) is the reference; the one-pass reading must
    // agree on prefixes, code spans, unclosed backticks, paths and ids that are not cited here.
    const ids = ['derive/a', 'derive/a-b', 'derive/c_d', 'extract/e'];
    const literal = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const reference = (text: string) => {
      const labels: string[] = [];
      const sorted = [...ids].sort((a, b) => b.length - a.length || a.localeCompare(b));
      const pattern = new RegExp(
        `(?<![\\w/-])(\`?)(?:(?:rule|default) )?(${sorted.map(literal).join('|')})(?![\\w/-])\\1`,
        'g',
      );
      const out = text.replace(pattern, (_m, _t: string, id: string) => {
        let n = labels.indexOf(id);
        if (n < 0) n = labels.push(id) - 1;
        return `[R${n + 1}]`;
      });
      return { text: out, labels };
    };
    const pieces = [...ids, 'derive/zz', 'rule ', 'default ', '`', ' ', '-', '/', 'x', '\n', '(', 'src/'];
    let seed = 7;
    const next = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed;
    };
    for (let i = 0; i < 3000; i++) {
      let text = '';
      for (let j = next() % 12; j > 0; j--) text += pieces[next() % pieces.length];
      expect(footnoteRules(text, ids), text).toEqual(reference(text));
    }
    expect(footnoteRules('default rule derive/a', ids).text).toBe('default [R1]');
    expect(footnoteRules('`rule derive/a` and `derive/a-b', ids).text).toBe('[R1] and `[R2]');
  });

  test('every rule id written in src/ has its sentence in the catalogue', () => {
    const ids = new Set<string>();
    const walk = (dir: string): void => {
      for (const e of readdirSync(dir, { withFileTypes: true })) {
        const p = path.join(dir, e.name);
        if (e.isDirectory()) walk(p);
        else if (e.name.endsWith('.ts') && !p.includes(`${path.sep}i18n${path.sep}`))
          for (const m of readFileSync(p, 'utf8').matchAll(/['"`]((?:derive|extract)\/[a-z0-9-]+)['"`]/g))
            ids.add(m[1]!);
      }
    };
    walk(path.join(REPO, 'src'));
    // Diagnostic codes of extract/ are not rules; `derive/x` is the placeholder of doc comments.
    const rules = [...ids].filter(
      (id) => (id.startsWith('derive/') && id !== 'derive/x') || id === 'extract/join-table-many-to-many',
    );
    expect(rules.length).toBeGreaterThan(150);
    expect(rules.filter((id) => !isCatalogued(id))).toEqual([]);
  });
});
