import { type Diagnostic, diag } from '../diagnostics/diagnostic.js';
import { entityFromIdField } from '../knowledge/names.js';
import { scalarType } from '../knowledge/scalar-types.js';
import { STATE_COLUMN } from '../knowledge/state-words.js';
import type { CodeBlock } from '../markdown/blocks.js';
import type { Cardinality, EntityFact, RelationshipFact } from '../model/domain.js';
import { applyPipedValues, applyWords, enumList, readConstraintWords } from './data/constraint-words.js';
import { at, newEntity, newField } from './data/facts.js';
import { readClassDiagram } from './data/mermaid-class.js';
import type { Extractor } from './types.js';

/**
 * Extractor `mermaid`: `erDiagram` blocks, read by a small line parser following the grammar in
 * the Mermaid entity-relationship documentation (https://mermaid.js.org/syntax/entityRelationshipDiagram.html):
 * entities with attribute blocks (`type name PK, FK "comment"`), aliases (`p[Person]`), quoted names,
 * relationship lines with crow's-foot markers (`||`, `|o`, `o|`, `}|`, `|{`, `}o`, `o{`), identifying
 * `--` and non-identifying `..` lines, and the word aliases (`one or more`, `zero or many`, ...).
 */

type Side = { many: boolean; optional: boolean };

const LEFT: Record<string, Side> = {
  '||': { many: false, optional: false },
  '|o': { many: false, optional: true },
  'o|': { many: false, optional: true },
  '}|': { many: true, optional: false },
  '}o': { many: true, optional: true },
};
const RIGHT: Record<string, Side> = {
  '||': { many: false, optional: false },
  'o|': { many: false, optional: true },
  '|o': { many: false, optional: true },
  '|{': { many: true, optional: false },
  'o{': { many: true, optional: true },
};
const WORDS: [RegExp, Side][] = [
  [/^(only one|exactly one|1)$/i, { many: false, optional: false }],
  [/^(zero or one|one or zero|0\|1|0\.\.1)$/i, { many: false, optional: true }],
  [/^(one or more|one or many|many\(1\)|1\+)$/i, { many: true, optional: false }],
  [/^(zero or more|zero or many|many\(0\)|0\+)$/i, { many: true, optional: true }],
];

const NAME = String.raw`(?:"[^"]+"|[A-Za-z_][\w-]*)(?:\[(?:"[^"]+"|[^\]]+)\])?`;
const REL = new RegExp(
  String.raw`^(${NAME})\s*([|}][|o]|o\|)(--|\.\.)([|o][|{]|o\|)\s*(${NAME})\s*(?::\s*(.*))?$`,
);
const WORD_CARDINALITY = String.raw`only one|exactly one|zero or one|one or zero|one or more|one or many|zero or more|zero or many|many\(0\)|many\(1\)|0\+|1\+|1`;
const WORDS_ALT = new RegExp(`^(${WORD_CARDINALITY})$`, 'i');
// The cardinalities are spelled out inline (not `(.+?)` checked afterwards): two lazy wildcards
// between `\s+` made a line of spaces cubic (4,000 spaces took 15 s). Every `\s+` here sits between
// tokens that cannot start with a space, so the match is linear.
export const REL_WORDS = new RegExp(
  String.raw`^(${NAME})\s+(${WORD_CARDINALITY})\s+(to|optionally to)\s+(${WORD_CARDINALITY})\s+(${NAME})\s*(?::\s*(.*))?$`,
  'i',
);
const BARE_ENTITY = new RegExp(`^${NAME}$`);
const ENTITY_OPEN = new RegExp(String.raw`^(${NAME})\s*\{\s*(\})?\s*$`);
// `\s*(?:"…")?\s*$` let two adjacent `\s*` share a run of spaces (quadratic); the comment's
// leading spaces now belong to the optional group only.
export const ATTRIBUTE =
  /^([A-Za-z_][\w().,[\]~-]*)\s+([A-Za-z_*][\w-]*)((?:\s+(?:PK|FK|UK)(?:\s*,\s*(?:PK|FK|UK))*)?)(?:\s*"([^"]*)")?\s*$/;

function unquote(s: string): string {
  return s.replace(/^"(.*)"$/, '$1');
}

/** `p[Person]` → alias `p`, name `Person`. */
function nameOf(token: string): { key: string; name: string } {
  const m = /^("[^"]+"|[^[]+)(?:\[(.+)\])?$/.exec(token.trim())!;
  const key = unquote(m[1]!.trim());
  return { key, name: m[2] ? unquote(m[2].trim()) : key };
}

export const mermaidExtractor: Extractor = {
  name: 'mermaid',
  extract: ({ doc, md }) => {
    const diagnostics: Diagnostic[] = [];
    const entities: EntityFact[] = [];
    const relationships: RelationshipFact[] = [];
    for (const b of md.blocks) {
      if (b.kind !== 'code' || (b.lang !== 'mermaid' && b.lang !== 'mmd')) continue;
      if (/^\s*(%%[^\n]*\n\s*)*(---[\s\S]*?---\s*)?classDiagram\b/.test(b.content)) {
        const read = readClassDiagram(b, doc.path);
        entities.push(...read.entities);
        relationships.push(...read.relationships);
        continue;
      }
      if (!/^\s*(%%[^\n]*\n\s*)*(---[\s\S]*?---\s*)?erDiagram\b/.test(b.content)) continue;
      readDiagram(b, doc.path, entities, relationships, diagnostics);
    }
    const fragment = entities.length > 0 || relationships.length > 0 ? { entities, relationships } : {};
    return { fragment, diagnostics };
  },
};

function readDiagram(
  block: CodeBlock,
  file: string,
  entities: EntityFact[],
  relationships: RelationshipFact[],
  out: Diagnostic[],
): void {
  const byKey = new Map<string, EntityFact>();
  const entity = (token: string, line: number, quote: string): EntityFact => {
    const { key, name } = nameOf(token);
    let e = byKey.get(key);
    if (!e) {
      e = newEntity(
        name,
        'mermaid',
        at(file, line, quote),
        /^[a-z][a-z0-9_]*$/.test(name) ? name : undefined,
      );
      byKey.set(key, e);
      entities.push(e);
    }
    return e;
  };
  const lines = block.content.split('\n');
  let open: EntityFact | null = null;
  let started = false;
  lines.forEach((rawLine, i) => {
    const line = block.contentLine + i;
    const text = rawLine.replace(/%%.*$/, '').trim();
    if (text === '') return;
    if (!started) {
      if (/^erDiagram\b/.test(text)) started = true;
      return;
    }
    if (open) {
      if (text === '}') {
        open = null;
        return;
      }
      const a = ATTRIBUTE.exec(text);
      if (!a) {
        out.push(
          diag('extract/syntax-error', `erDiagram attribute not understood: "${text}"; skipped`, {
            at: { file, line },
          }),
        );
        return;
      }
      open.fields.push(attribute(a, file, line, rawLine));
      return;
    }
    if (/^(direction|title|accTitle|accDescr|style|classDef|class)\b/.test(text)) return;
    const opened = ENTITY_OPEN.exec(text);
    if (opened) {
      const e = entity(opened[1]!, line, rawLine);
      if (!opened[2]) open = e;
      return;
    }
    const rel = REL.exec(text) ?? wordsRelationship(text);
    if (rel) {
      const [, leftName, l, , r, rightName, label] = rel;
      const left = LEFT[l!] ?? sideFromWords(l!);
      const right = RIGHT[r!] ?? sideFromWords(r!);
      const a = entity(leftName!, line, rawLine);
      const b = entity(rightName!, line, rawLine);
      if (!left || !right) {
        out.push(
          diag('extract/syntax-error', `erDiagram cardinality not understood: "${text}"; skipped`, {
            at: { file, line },
          }),
        );
        return;
      }
      relationships.push(relationship(a, left, b, right, label, at(file, line, rawLine)));
      return;
    }
    if (BARE_ENTITY.test(text)) {
      entity(text, line, rawLine);
      return;
    }
    out.push(
      diag('extract/syntax-error', `erDiagram line not understood: "${text}"; skipped`, {
        at: { file, line },
      }),
    );
  });
  if (open) {
    out.push(
      diag(
        'extract/syntax-error',
        `erDiagram entity ${(open as EntityFact).writtenAs} is not closed with "}"`,
        {
          at: { file, line: block.contentLine + lines.length - 1 },
        },
      ),
    );
  }
}

function wordsRelationship(text: string): RegExpExecArray | null {
  const m = REL_WORDS.exec(text);
  if (!m || !WORDS_ALT.test(m[2]!) || !WORDS_ALT.test(m[4]!)) return null;
  // Same shape as REL: [all, left, leftCard, line, rightCard, right, label]
  const shaped = [
    m[0],
    m[1],
    m[2],
    m[3] === 'to' ? '--' : '..',
    m[4],
    m[5],
    m[6],
  ] as unknown as RegExpExecArray;
  return shaped;
}

function sideFromWords(w: string): Side | undefined {
  return WORDS.find(([re]) => re.test(w.trim()))?.[1];
}

function attribute(a: RegExpExecArray, file: string, line: number, quote: string) {
  const [, type, name, keys, comment] = a;
  const origin = at(file, line, quote);
  const written = type!.replace(/~/g, '');
  const scalar = scalarType(written, name);
  const field = newField(name!.replace(/^\*/, ''), scalar ?? { scalar: 'enum', raw: written }, origin);
  if (!scalar) field.enumName = written;
  const k = (keys ?? '').toUpperCase();
  if (/\bPK\b/.test(k) || name!.startsWith('*')) {
    field.primaryKey = true;
    field.nullable = false;
  }
  if (/\bUK\b/.test(k)) field.unique = true;
  if (/\bFK\b/.test(k)) {
    const target = entityFromIdField(field.name);
    if (target) field.references = { entity: target, field: 'id' };
  }
  if (comment) {
    field.description = comment;
    applyWords(field, readConstraintWords(comment));
    // `string status "agendado, cancelado, aplicado"`: a status column whose comment is only a list
    // of values states its values.
    const values = STATE_COLUMN.test(field.name) ? enumList(comment) : null;
    if (values) applyWords(field, { enumValues: values });
    applyPipedValues(field, comment);
  }
  return field;
}

function relationship(
  a: EntityFact,
  left: Side,
  b: EntityFact,
  right: Side,
  label: string | undefined,
  origin: ReturnType<typeof at>,
): RelationshipFact {
  // Normalise so `from` is the "one" side: `A }o--|| B` is B one-to-many A.
  const swap = left.many && !right.many;
  const [from, to, toSide] = swap ? [b, a, left] : [a, b, right];
  const kind: Cardinality =
    left.many && right.many ? 'many-to-many' : left.many || right.many ? 'one-to-many' : 'one-to-one';
  const rel: RelationshipFact = {
    from: from.writtenAs,
    to: to.writtenAs,
    kind,
    required: !toSide.optional,
    notation: 'mermaid',
    origin,
  };
  const text = label?.trim();
  if (text) rel.label = unquote(text);
  return rel;
}
