import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Block, ListItemBlock } from '../markdown/blocks.js';
import type { EntityFact, IndexFact } from '../model/domain.js';
import { API_CONTEXT, captionName } from './data/captions.js';
import { at, cellText, newEntity } from './data/facts.js';
import { type FieldSpec, readFieldSpec } from './data/field-specs.js';
import { readIndexSpecs } from './data/index-specs.js';
import { readSentences } from './data/prose-entities.js';
import type { Extractor } from './types.js';

/**
 * Extractor `bullets`: data models written as lists and prose.
 * - one line per entity: `- **Order**: id, customer (FK to Customer), total (decimal)`,
 *   `` - `orders` collection: ... ``;
 * - an entity item with one sub-item per field: `- **Order**` then `  - total (decimal)`;
 * - sentences: "A Course has a title, a unique slug and belongs to an Instructor" (data/prose-entities.ts);
 * - index specifications: `Compound index: { status: 1, updatedAt: -1 }` (data/index-specs.ts).
 * Precise patterns only: every field must be an identifier, and the list must show data-model
 * evidence (a type, a key, an `id`) or sit under a data-model heading, so a generic list of
 * features or technologies never becomes an entity.
 */

const MODEL_HEADING =
  /\b(data ?model|domain model|entit(y|ies)|schema|collections?|tables?|database|models?|data architecture|data structures?|persistence)\b/i;
/**
 * `**Order**`, `` `orders` ``, `Order` followed by an optional kind word, then `:` or a dash. The
 * blanks before the parenthesis and before the separator are one run each (`\s*(…)?\s*` split a
 * run of blanks every way: a 40,000-space bullet took 1.5 s).
 */
const ENTITY_LINE =
  /^(?:\*\*|`)?([A-Za-z_][\w]*)(?:\*\*|`)?(?:\s+(collection|table|entity|model|document|record)s?)?(?:\s*\([^)]*\))?(?:\s*(?::|—|–)|\s+-\s)\s*(.*)$/;

export const bulletsExtractor: Extractor = {
  name: 'bullets',
  extract: ({ doc, md }) => {
    const entities: EntityFact[] = [];
    const indexes: IndexFact[] = [];
    const diagnostics: Diagnostic[] = [];
    const mentioned: { name: string; origin: ReturnType<typeof at> }[] = [];
    const blocks = md.blocks;
    for (let i = 0; i < blocks.length; i++) {
      const b = blocks[i]!;
      if (b.kind !== 'list-item' || API_CONTEXT.test(b.headingPath.slice(-2).join(' '))) continue;
      const listed = readHeadingList(blocks, i, doc.path);
      if (listed) {
        entities.push(listed.entity);
        i = listed.last;
        continue;
      }
      const inline = readInline(b, doc.path);
      if (inline) {
        entities.push(inline);
        continue;
      }
      const nested = readNested(blocks, i, doc.path);
      if (nested) entities.push(nested);
      else {
        const named = namedEntity(b, doc.path);
        if (named) mentioned.push(named);
      }
    }
    entities.push(...readSentences(blocks, doc.path));
    indexes.push(...readIndexSpecs(blocks, doc.path));
    const fragment: {
      entities?: EntityFact[];
      indexes?: IndexFact[];
      mentionedEntities?: { name: string; origin: ReturnType<typeof at> }[];
    } = {};
    if (entities.length) fragment.entities = entities;
    if (mentioned.length) fragment.mentionedEntities = mentioned;
    if (indexes.length) fragment.indexes = indexes;
    return { fragment, diagnostics };
  },
};

const modelContext = (b: Block) => b.headingPath.some((h) => MODEL_HEADING.test(h));

/** Splits a field list on top-level commas (not inside parentheses) and a final "and". */
function splitFields(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let cur = '';
  for (const c of text) {
    if (c === '(') depth++;
    if (c === ')') depth--;
    if (c === ',' && depth === 0) {
      out.push(cur);
      cur = '';
    } else cur += c;
  }
  out.push(cur);
  return out
    .flatMap(splitOnAnd)
    .map((p) => p.trim().replace(/\.$/, ''))
    .filter((p) => p.length > 0);
}

function readInline(b: ListItemBlock, file: string): EntityFact | null {
  const firstLine = b.text.split('\n')[0]!.trim();
  const m = ENTITY_LINE.exec(firstLine);
  if (!m || !/^(\*\*|`)/.test(firstLine)) return null;
  const [, name, kindWord, rest] = m;
  const parts = splitFields(rest ?? '');
  if (parts.length < 2) return null;
  const origin = at(file, b.line, firstLine);
  const specs = parts.map((p) => readFieldSpec(p, origin));
  if (specs.some((s) => s === null)) return null;
  const evidence =
    kindWord !== undefined ||
    modelContext(b) ||
    specs.some((s) => s!.typed || /^id$|_id$|[a-z]Id$/.test(s!.field.name));
  if (!evidence) return null;
  const e = newEntity(name!, 'bullets', origin, /^[a-z][a-z0-9_]*$/.test(name!) ? name : undefined);
  e.fields = specs.map((s) => s!.field);
  return e;
}

function readNested(blocks: readonly Block[], index: number, file: string): EntityFact | null {
  const head = blocks[index] as ListItemBlock;
  const text = head.text.split('\n')[0]!.trim();
  const m =
    /^(?:\*\*|`)([A-Za-z_][\w]*)(?:\*\*|`)(?:\s+(collection|table|entity|model|document|record)s?)?(?:\s*\([^)]*\))?\s*(?:[:—–-].*)?$/.exec(
      text,
    );
  if (!m) return null;
  const children: ListItemBlock[] = [];
  for (let j = index + 1; j < blocks.length; j++) {
    const c = blocks[j]!;
    if (c.kind !== 'list-item') {
      if (c.kind === 'paragraph') continue;
      break;
    }
    if (c.depth <= head.depth) break;
    if (c.depth === head.depth + 1) children.push(c);
  }
  if (children.length < 2) return null;
  const specs = children.map((c) =>
    readFieldSpec(c.text.split('\n')[0]!, at(file, c.line, c.text.split('\n')[0]!)),
  );
  if (specs.some((s) => s === null)) return null;
  const typed = specs.filter((s) => s!.typed).length;
  if (typed * 2 < specs.length && !(m[2] && modelContext(head))) return null;
  const e = newEntity(
    m[1]!,
    'bullets',
    at(file, head.line, text),
    /^[a-z][a-z0-9_]*$/.test(m[1]!) ? m[1] : undefined,
  );
  const description = /[:—–-]\s*(.+)$/.exec(cellText(text))?.[1];
  if (description) e.description = description;
  e.fields = specs.map((s) => s!.field);
  return e;
}

/**
 * A heading that names an entity, then one bullet per field (`## HomeVisit (`home_visits`)` then
 * `- scheduled_at — timestamp, required`): the layout hand-written data-model.md files use most after
 * tables. Read only at the first item of a list that follows its heading (a paragraph may sit
 * between), when every item of that list is a field spec, at least two, and most say a type or a
 * key, under a data-model heading or with a reference among them, so a list of features or notes
 * under a heading never becomes fields.
 */
function readHeadingList(
  blocks: readonly Block[],
  index: number,
  file: string,
): { entity: EntityFact; last: number } | null {
  const head = blocks[index] as ListItemBlock;
  if (head.depth !== 0) return null;
  let k = index - 1;
  while (k >= 0 && blocks[k]!.kind === 'paragraph') k--;
  const heading = blocks[k];
  if (heading?.kind !== 'heading') return null;
  const items: ListItemBlock[] = [];
  let last = index;
  for (let j = index; j < blocks.length; j++) {
    const c = blocks[j]!;
    if (c.kind !== 'list-item' || c.ordered !== head.ordered) break;
    if (c.depth !== 0) return null;
    items.push(c);
    last = j;
  }
  if (items.length < 2) return null;
  const specs: FieldSpec[] = [];
  for (const c of items) {
    const line = c.text.split('\n')[0]!;
    const spec = readFieldSpec(line, at(file, c.line, line));
    if (!spec) return null;
    specs.push(spec);
  }
  const typed = specs.filter((s) => s.typed).length;
  const referenced = specs.some((s) => s.field.references !== undefined);
  if (typed * 2 < specs.length || !(modelContext(head) || referenced)) return null;
  const caption = captionName(blocks, index);
  if (!caption) return null;
  const e = newEntity(caption.name, 'bullets', at(file, heading.line, cellText(heading.text)));
  const table = /`([a-z][a-z0-9_]*)`/.exec(heading.text)?.[1];
  if (table) e.table = table;
  e.fields = specs.map((s) => s.field);
  return { entity: e, last };
}

/** Sections that list the domain's entities by name ("Key Entities", "Domain Model"). */
const ENTITY_LIST_HEADING =
  /\b(key|core|main|domain|business|data)\s+entit(y|ies)\b|^entities$|\bdomain\s+(model|objects)\b/i;

/**
 * `- **Invoice**: a bill issued to a patient` under a "Key Entities" heading names an entity
 * without modelling it: a mention (the merge keeps it only when no data model defines it).
 */
function namedEntity(b: ListItemBlock, file: string): { name: string; origin: ReturnType<typeof at> } | null {
  if (!b.headingPath.some((h) => ENTITY_LIST_HEADING.test(cellText(h).replace(/^[\d.]+\s*/, ''))))
    return null;
  const m = /^\*\*([A-Z][A-Za-z]+(?:\s[A-Z][A-Za-z]+)?)\*\*\s*(?::|—|–|\s-\s)/.exec(b.text.trim());
  return m ? { name: m[1]!.replace(/\s+/g, ''), origin: at(file, b.line, b.text.split('\n')[0]) } : null;
}

/**
 * `a and b (c and d)` → `a`, `b (c and d)`: splits on "and" outside parentheses in one pass (the
 * lookahead `(?![^(]*\))` rescanned the rest of the text at every "and": quadratic).
 */
export function splitOnAnd(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let from = 0;
  let scanned = 0;
  for (const m of text.matchAll(/(?<!\s)\s+and\s+/g)) {
    for (; scanned < m.index; scanned++) {
      const c = text[scanned];
      if (c === '(') depth++;
      else if (c === ')') depth = Math.max(0, depth - 1);
    }
    if (depth > 0) continue;
    parts.push(text.slice(from, m.index));
    from = m.index + m[0].length;
  }
  parts.push(text.slice(from));
  return parts;
}
