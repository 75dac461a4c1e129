import {
  findPriority,
  kindOfId,
  matchDefinition,
  seriesKind,
  seriesPrefixes,
} from '../knowledge/requirement-ids.js';
import type { Block, TableBlock } from '../markdown/blocks.js';
import { plainText } from '../markdown/parse.js';
import type { Requirement } from '../model/domain.js';
import { fromSource } from '../model/origin.js';
import type { Extractor } from './types.js';

/**
 * Requirements with ids, in every common form: `**FR12:** text` bullets, `FR-01 – text` lines,
 * `### US-1.1 Title` headings and `**US-1.1: Title** (P0)` story paragraphs followed by an
 * "As a ..." quote and acceptance criteria, and tables with an ID column. Only definitions are read:
 * an id that opens a line or a table row. Mentions elsewhere (`Monitoring (FR1-FR4)`) are traced
 * later, not redefined. The first definition of an id in a document wins.
 */
export const requirementsExtractor: Extractor = {
  name: 'requirements',
  extract: ({ doc, md }) => {
    const found: Requirement[] = [];
    const seen = new Set<string>();
    const add = (r: Requirement) => {
      if (seen.has(r.id)) return;
      seen.add(r.id);
      found.push(r);
    };
    const blocks = md.blocks;
    // The prefixes this document numbers its items with besides the known ones (`PU-01`, `CF-01`).
    const series = seriesPrefixes(
      blocks.filter((b) => b.kind !== 'code' && b.kind !== 'table').map((b) => b.text),
    );
    for (let i = 0; i < blocks.length; i++) {
      const b = blocks[i]!;
      if (b.kind === 'table') {
        for (const r of fromTable(b, doc.path)) add(r);
        continue;
      }
      if (b.kind === 'code') continue;
      const def = matchDefinition(b.text, series);
      if (!def) continue;
      const title = clean(def.rest);
      if (!title) continue;
      const req: Requirement = {
        id: def.id,
        kind: seriesKind(def.id, b.headingPath.join(' > ')),
        text: title,
        section: b.headingPath.join(' > ') || undefined,
        origin: fromSource(doc.path, b.line, clean(b.text).slice(0, 160)),
      };
      const priority = findPriority(def.rest);
      if (priority) req.priority = priority;
      const body = attachBody(blocks, i, series);
      if (body.story || body.description) {
        req.title = stripPriority(title);
        req.text = `${req.title}. ${body.story ?? body.description!.slice(0, 400)}`;
      }
      if (body.priority && !req.priority) req.priority = body.priority;
      if (body.criteria.length > 0) {
        req.acceptanceCriteria = body.criteria.map((c) => ({
          text: clean(c.text),
          origin: fromSource(doc.path, c.line),
        }));
      }
      req.endLine = body.endLine ?? b.line;
      if (!req.section) delete req.section;
      add(req);
    }
    return { fragment: found.length > 0 ? { requirements: found } : {}, diagnostics: [] };
  },
};

interface Body {
  story?: string;
  description?: string;
  priority?: string;
  criteria: { text: string; line: number }[];
  endLine?: number;
}

const STORY_RE =
  /^(?:As (?:an?|any|the|\p{L}+ user)\b|As (?:\p{L}+ ){0,2}\p{L}{3,}, (?:I|we) (?:want|need|would like)\b|Como\b|Com a\s|Jako\s|Käyttäjänä\b|Enquanto\b|En tant qu(?:e\b|['’])|Als\s.{1,60}\b(?:möchte|will) ich\b|Als\s.{1,60}\b(?:wil|wens|moet|kan) ik\b|Som\s.{1,60}\b(?:vill|behöver|kan) jag\b|.{1,60}\solarak,?\s.*(?:istiyorum|isterim|istiyoruz)|.*\b(?:I want|haluan|quiero|quero|je veux|ich möchte)\b|.{1,60}として[、,].*たい)/iu;
const STORY_LABEL =
  /^(?:user story|story|historia de usuario|historia|hist[óo]ria de usu[áa]rio|r[ée]cit utilisateur|user-story|anwendergeschichte|benutzergeschichte|gebruikersverhaal|ユーザーストーリー|ユーザー ストーリー)\s*[:：—–-]\s*/iu;
const CRITERIA_RE =
  /^(?:acceptance criteria|hyväksymiskriteerit|criterios de aceptación|critérios de aceitação|critères d['’]acceptation|akzeptanzkriterien|abnahmekriterien|acceptatiecriteria|given\b|受け入れ基準|受入基準|受け入れ条件|受入条件)/iu;

/**
 * What follows a definition and belongs to it: the story sentence and the acceptance criteria (or,
 * for a bullet, its nested bullets), up to the next heading or the next definition.
 */
function attachBody(blocks: Block[], at: number, series: readonly string[]): Body {
  const head = blocks[at]!;
  const out: Body = {
    criteria: [],
  };
  for (let j = at + 1; j < blocks.length; j++) {
    const b = blocks[j]!;
    // Kiro's `#### Acceptance Criteria` sub-heading opens the criteria of the requirement above it.
    if (
      b.kind === 'heading' &&
      head.kind === 'heading' &&
      b.level > head.level &&
      CRITERIA_RE.test(clean(b.text))
    ) {
      out.endLine = b.line;
      continue;
    }
    if (b.kind === 'heading' || b.kind === 'table') break;
    if (b.kind === 'code') continue;
    if (matchDefinition(b.text, series)) break;
    if (head.kind === 'list-item') {
      // A bullet's body is its nested bullets only.
      if (b.kind !== 'list-item' || b.depth <= head.depth) break;
      out.criteria.push({ text: b.text, line: b.line });
      out.endLine = lastLine(b);
      continue;
    }
    const text = clean(b.text);
    // "Priority: High" / "Prioridad: Alta" under a requirement heading.
    const priority = /^(?:priority|prioriteetti|prioridad|prioridade)\s*:\s*(\S+)/i.exec(text);
    if (b.kind === 'paragraph' && priority) {
      out.priority = priority[1]!;
      out.endLine = lastLine(b);
      continue;
    }
    // `**User Story:** As a member, …` (Kiro, spec-kit) is the story under its label.
    const story = text.replace(STORY_LABEL, '');
    if (b.kind === 'paragraph' && !out.story && out.criteria.length === 0 && STORY_RE.test(story)) {
      out.story = story;
      out.endLine = lastLine(b);
      continue;
    }
    if (b.kind === 'paragraph' && CRITERIA_RE.test(text)) {
      out.endLine = lastLine(b);
      continue;
    }
    if (b.kind === 'list-item') {
      out.criteria.push({ text: b.text, line: b.line });
      out.endLine = lastLine(b);
      continue;
    }
    // Under a "### FR-01: Login" heading, the paragraphs are the requirement's statement.
    if (head.kind === 'heading' && b.kind === 'paragraph' && out.criteria.length === 0) {
      out.description = out.description ? `${out.description} ${text}` : text;
      out.endLine = lastLine(b);
      continue;
    }
    break;
  }
  return out;
}

const ID_HEADER =
  /^(?:id|ref|ref\.?|req(?:uirement)?\.? ?id|tunnus|código|codigo|identificador|nº|no\.?|#)$/i;
const TEXT_HEADER =
  /^(?:requirement|description|text|title|name|story|user story|vaatimus|kuvaus|descripción|descrição|requisito|historia|história|feature|statement|требование|описание)/i;
const PRIORITY_HEADER = /^(?:priority|prioriteetti|prioridad|prioridade|moscow)$/i;

function fromTable(t: TableBlock, file: string): Requirement[] {
  const header = t.header.map((h) => plainText(h));
  let idCol = header.findIndex((h) => ID_HEADER.test(h));
  const out: Requirement[] = [];
  for (const row of t.rows) {
    const cells = row.cells.map((c) => plainText(c));
    // Without an ID column, a row whose first cell is exactly an id still defines one.
    const col = Math.max(idCol, 0);
    const def = matchDefinition(`${cells[col] ?? ''}:`);
    if (!def || def.rest.length > 0) continue;
    if (idCol < 0) idCol = 0;
    let textCol = header.findIndex((h, k) => k !== col && TEXT_HEADER.test(h));
    if (textCol < 0) {
      // The longest other cell is the statement.
      textCol = cells.reduce(
        (best, c, k) => (k !== col && c.length > (cells[best]?.length ?? -1) ? k : best),
        -1,
      );
    }
    const text = cells[textCol] ?? '';
    if (!text) continue;
    const req: Requirement = {
      id: def.id,
      kind: kindOfId(def.id),
      text,
      origin: fromSource(file, row.line, cells.join(' | ').slice(0, 160)),
      endLine: row.line,
    };
    const pCol = header.findIndex((h) => PRIORITY_HEADER.test(h));
    const priority = pCol >= 0 ? cells[pCol] : findPriority(cells.join(' '));
    if (priority) req.priority = priority;
    const section = t.headingPath.join(' > ');
    if (section) req.section = section;
    out.push(req);
  }
  return out;
}

function clean(text: string): string {
  return plainText(text)
    .replace(/^[*_\s]+|[*_\s]+$/g, '')
    .replace(/\*\*/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

function stripPriority(title: string): string {
  return title
    .replace(/\s*[([]\s*(?:P[0-4]|Must|Should|Could|Won'?t|High|Medium|Low|Critical)[^)\]]*[)\]]\s*$/i, '')
    .trim();
}

/** The last file line of a block ("**Given** … **When** … **Then** …" is one paragraph of several lines). */
function lastLine(b: Block): number {
  const text = b.kind === 'paragraph' || b.kind === 'list-item' ? b.text : '';
  return b.line + Math.max(0, text.split('\n').length - 1);
}
