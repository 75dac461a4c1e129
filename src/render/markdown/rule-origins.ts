import { isCatalogued } from '../../derive/rule-origins.js';
import type { Spec } from '../../model/spec/index.js';
import { eachRecord } from '../../model/spec/records.js';
import type { Messages } from '../i18n/index.js';
import { anchor, blocks, heading, table } from './format.js';

/**
 * Provenance that does not drown the text (issue 15): every citation of a named rule in the
 * document (`rule derive/x`, `` `default derive/x` ``, a bare `` `derive/x` ``) becomes a short label
 * `[R1]`, `[R2]`, … numbered in order of first appearance, and the appendix "Rule origins" says once
 * per rule what it derives, from which stated facts, and how many items of this spec it produced.
 * Document lines (`docs/x.md:12`) stay where they are; spec.json keeps the full rule ids.
 */
export interface RuleFootnotes {
  text: string;
  /** Rule ids in label order (label n is `R${n}`). */
  labels: string[];
}

/**
 * Every rule id the spec names, with the number of items each produced: origins (`origin`,
 * `ttlOrigin`, `resolvedBy`, …) of kind rule or default, and records that name the rule which
 * decided them (an operation left out on purpose carries `rule`).
 */
export function ruleCounts(spec: Spec): Map<string, number> {
  const counts = new Map<string, number>();
  eachRecord(spec, ({ kind, rule }) => {
    if (typeof rule === 'string' && (kind === 'rule' || kind === 'default' || isCatalogued(rule)))
      counts.set(rule, (counts.get(rule) ?? 0) + 1);
  });
  return counts;
}

const literal = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Replaces each citation of a rule of `ids` in `markdown` by its label. A citation is the id with
 * an optional `rule ` or `default ` before it, inside one code span or bare (as in SQL comments and
 * code blocks); the id must end there (`derive/join-table` is not `derive/join-table-composite-key`).
 */
export function footnoteRules(markdown: string, ids: Iterable<string>): RuleFootnotes {
  const footnoter = ruleFootnoter(ids);
  return { text: footnoter.cite(markdown), labels: footnoter.labels };
}

/**
 * `footnoteRules` for a document given in pieces, in order (labels numbered across them): a
 * citation never spans a blank line (none of its characters is a line break), so pieces joined by
 * blank lines are labelled as the joined text is. The document is never held as one string.
 */
export function ruleFootnoter(ids: Iterable<string>): {
  cite: (markdown: string) => string;
  labels: string[];
} {
  const known = new Set(ids);
  const labels: string[] = [];
  if (known.size === 0) return { cite: (markdown) => markdown, labels };
  const labelOf = new Map<string, number>();
  const label = (id: string) => {
    let n = labelOf.get(id);
    if (n === undefined) {
      n = labels.push(id);
      labelOf.set(id, n);
    }
    return `[R${n}]`;
  };
  // An id is a whole run of `[\w/-]` (nothing of that class may touch it on either side), so when
  // every id is made of those characters (with a slash), each such run is found from its slash and
  // looked up: one pass over the text, where an alternation of hundreds of ids was tried at every
  // position, and then the citation pattern at every position (14 % of the run at 3,000 entities).
  // A known run's citation starts at most `\`default `.length characters before it: the pattern is
  // tried there, leftmost first, as a scan of the whole text would (its match at the run itself,
  // bare, always succeeds). Runs never share a citation, so the labels and the text are the same.
  if ([...known].every((id) => ID_CHARS.test(id))) {
    const citation = new RegExp(CITATION.source, 'y');
    const cite = (markdown: string): string => {
      const parts: string[] = [];
      let done = 0;
      for (let slash = markdown.indexOf('/'); slash !== -1; ) {
        let start = slash;
        while (start > 0 && isIdChar(markdown.charCodeAt(start - 1))) start--;
        let end = slash + 1;
        while (end < markdown.length && isIdChar(markdown.charCodeAt(end))) end++;
        const run = markdown.slice(start, end);
        if (known.has(run)) {
          for (let at = Math.max(done, start - LONGEST_PREFIX); at <= start; at++) {
            citation.lastIndex = at;
            const m = citation.exec(markdown);
            if (m === null || m[2] !== run || at + m[0].length < end) continue;
            parts.push(markdown.slice(done, at), label(run));
            done = at + m[0].length;
            break;
          }
        }
        slash = markdown.indexOf('/', end);
      }
      parts.push(markdown.slice(done));
      return parts.join('');
    };
    return { cite, labels };
  }
  const longestFirst = [...known].sort((a, b) => b.length - a.length || a.localeCompare(b));
  const pattern = new RegExp(
    `(?<![\\w/-])(\`?)(?:(?:rule|default) )?(${longestFirst.map(literal).join('|')})(?![\\w/-])\\1`,
    'g',
  );
  return {
    cite: (markdown) => markdown.replace(pattern, (_m, _tick: string, id: string) => label(id)),
    labels,
  };
}

/** Rule ids are paths (`derive/x`): runs without a slash (every other word) are not tried. */
const ID_CHARS = /^[\w-]*\/[\w/-]*$/;
/** `[\w/-]`: the characters of an id (A-Z, a-z, 0-9, `_`, `/`, `-`). */
function isIdChar(c: number): boolean {
  return (
    (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 47 || c === 45
  );
}
/** What may stand before a cited id: a backtick and `default `, at most. */
const LONGEST_PREFIX = '`default '.length;
/** A citation of any id-shaped run; the run is a rule's citation only when it is a known id. */
const CITATION = /(?<![\w/-])(`?)(?:(?:rule|default) )?([\w-]*\/[\w/-]*)(?![\w/-])\1/;

/** The appendix: one row per label, in label order, then the link definitions of the labels. */
export function ruleOriginsAppendix(labels: string[], counts: Map<string, number>, t: Messages): string {
  const o = t.ruleOrigins;
  const sentences = o.sentences as Record<string, string>;
  const rows = labels.map((id, i) => [
    `R${i + 1}`,
    `\`${id}\``,
    isCatalogued(id) ? sentences[id]! : o.uncatalogued,
    counts.get(id) ?? 0,
  ]);
  const target = `#${anchor(o.heading)}`;
  return blocks(
    heading(2, o.heading),
    o.intro,
    table([o.columns.label, o.columns.rule, o.columns.derives, o.columns.items], rows),
    // Reference definitions make every `[Rn]` in prose and tables a link to this appendix.
    labels.map((_, i) => `[R${i + 1}]: ${target}`).join('\n'),
  );
}
