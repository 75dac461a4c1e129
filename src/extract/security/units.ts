import type { MarkdownDoc } from '../../markdown/blocks.js';
import { endsInAbbreviation } from '../../read/segment.js';
import { clauseTermStatus, pathScope, rowScope, statusColumns } from '../../read/status.js';

/**
 * A unit of text the security extractors read: one sentence of a paragraph or list item, one table
 * row (cells joined with ` | `, header kept), or one line of a code block — each with its file line.
 */
export interface TextUnit {
  text: string;
  line: number;
  headingPath: string[];
  source: 'prose' | 'table' | 'code';
  /** Table rows only: the header and the cells. */
  header?: string[];
  cells?: string[];
  /** Code lines only: the fence language. */
  lang?: string;
}

/**
 * Removes inline markdown but keeps identifiers intact: the shared `plainText` reads `user_id, lab_id`
 * as `_emphasis_`, which would turn JWT claims and column names into `userid`.
 */
export function cleanInline(inline: string): string {
  // Each pass runs only when its delimiter is in the text (most sentences and cells have none).
  let s = inline;
  if (s.includes('](')) s = s.replace(/!?\[([^[\]]*)\]\([^()]*\)/g, '$1');
  if (s.includes('**')) s = s.replace(/\*\*(\S(?:(?:[^*]|\*(?!\*))*?\S)?)\*\*/g, '$1');
  if (s.includes('__')) s = s.replace(/__(\S(?:(?:[^_]|_(?!_))*?\S)?)__/g, '$1');
  if (s.includes('*')) s = s.replace(/(^|[\s(])\*(\S(?:[^*]*?\S)?)\*(?=[\s.,;:!?)]|$)/g, '$1$2');
  if (s.includes('_')) s = s.replace(/(^|[\s(])_(\S(?:[^_]*?\S)?)_(?=[\s.,;:!?)]|$)/g, '$1$2');
  if (s.includes('`')) s = s.replace(/`([^`]*)`/g, '$1');
  if (s.includes('<')) s = s.replace(/<[^<>]+>/g, '');
  return s.trim();
}

const ABBREVIATION = /\b(e\.g|i\.e|etc|vs|approx|incl|esim|ca|no|dr|mr|ms|fig|cf|resp)$/i;

/** Splits prose into sentences, keeping each sentence's line (soft breaks count). */
function sentences(text: string, line: number): { text: string; line: number }[] {
  const out: { text: string; line: number }[] = [];
  let start = 0;
  const emit = (end: number) => {
    const raw = text.slice(start, end);
    const s = raw.replace(/\s+/g, ' ').trim();
    if (s.length > 0) {
      const lead = raw.length - raw.trimStart().length;
      out.push({ text: s, line: line + (text.slice(0, start + lead).match(/\n/g)?.length ?? 0) });
    }
  };
  // The next sentence starts with a capital, a digit or a quote, or with a letter of a script without
  // case (Hebrew, Arabic: `\p{Lo}`), whose sentences never start with a capital.
  for (const m of text.matchAll(/[.!?]+\s+(?=[\p{Lu}\p{Lo}\p{N}"“(])/gu)) {
    const before = text.slice(start, m.index);
    // The statement layer's abbreviations too: "(z. B. 26)", "d. h.", "p. ej." end no sentence.
    if (ABBREVIATION.test(before) || endsInAbbreviation(`${before}.`)) continue;
    emit(m.index + m[0].trimEnd().length);
    start = m.index + m[0].length;
  }
  emit(text.length);
  return out;
}

const cache = new WeakMap<MarkdownDoc, TextUnit[]>();

export function textUnits(md: MarkdownDoc): TextUnit[] {
  const hit = cache.get(md);
  if (hit) return hit;
  const units: TextUnit[] = [];
  for (const b of md.blocks) {
    switch (b.kind) {
      case 'paragraph':
      case 'list-item':
        for (const s of sentences(cleanInline(b.text), b.line))
          units.push({ text: s.text, line: s.line, headingPath: b.headingPath, source: 'prose' });
        break;
      case 'table': {
        const header = b.header.map(cleanInline);
        for (const r of b.rows) {
          const cells = r.cells.map(cleanInline);
          units.push({
            text: cells.join(' | '),
            line: r.line,
            headingPath: b.headingPath,
            source: 'table',
            header,
            cells,
          });
        }
        break;
      }
      case 'code': {
        const lines = b.content.split('\n');
        lines.forEach((l, i) => {
          if (l.trim().length > 0)
            units.push({
              text: l.trim(),
              line: b.contentLine + i,
              headingPath: b.headingPath,
              source: 'code',
              lang: b.lang,
            });
        });
        break;
      }
      default:
        break;
    }
  }
  cache.set(md, units);
  return units;
}

/** Deferred wording: the fact belongs to a later phase, not to what is built now. */
export const DEFERRED =
  /\b(phase ?2|phase two|post-?mvp|future|v2|later|deferred|out[- ]of[- ]scope|growth features?|roadmap|not in (the )?mvp|nice[- ]to[- ]have|vision)\b|v2:ssa|jatkokehity/i;

/** Wording that says a technology is being replaced, rejected or avoided. */
export const REJECTED =
  /\b(replaces?|replaced|retired?|legacy|deprecated|decommission\w*|instead of|rather than|rejected|do not use|don't use|never|avoid|not use)\b/i;

export const isDeferred = (u: TextUnit): boolean =>
  DEFERRED.test(u.text) || u.headingPath.some((h) => DEFERRED.test(h));

/**
 * Whether the statement layer puts the unit, or the name at [index, index+length) in it, outside
 * what is built, in every language it has a lexicon for: a governing heading that rejects, defers,
 * scopes out or leaves its items open ("Afgewogen en afgewezen", "Alternativas descartadas"), a
 * status cell of the row, or the name's own clause ("Firebase Authentication — afgewezen: …").
 */
export function isSetAside(u: TextUnit, index = -1, length = 0): boolean {
  const scope = pathScope(u.headingPath);
  if (scope && scope !== 'chosen' && scope !== 'proposed') return true;
  if (u.source === 'table' && u.header && u.cells) {
    const row = rowScope(u.cells, statusColumns(u.header, [u.cells]), u.header);
    if (row && row !== 'chosen' && row !== 'proposed') return true;
  }
  return index >= 0 && clauseTermStatus(u.text, index, length) !== null;
}
