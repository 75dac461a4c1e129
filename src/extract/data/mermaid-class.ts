import { scalarType } from '../../knowledge/scalar-types.js';
import type { CodeBlock } from '../../markdown/blocks.js';
import type { Cardinality, EntityFact, RelationshipFact } from '../../model/domain.js';
import { at, newEntity, newField } from './facts.js';

/**
 * Mermaid `classDiagram` used as a domain model (https://mermaid.js.org/syntax/classDiagram.html):
 * class blocks with attributes (`+String name`, `-email: string`, `Name : +int age`), methods
 * ignored, and associations with multiplicities (`Customer "1" --> "*" Order : places`,
 * composition `*--`, aggregation `o--`). Inheritance (`<|--`) and classes without attributes are
 * not read as data.
 */

// Linear: no two quantifiers share a run of characters (`\s*(?:"…")?\s*` and `\[\s*"?[^\]]*"?\s*\]`
// were quadratic on long runs of spaces); a label's quotes are stripped after the match.
export const CLASS_OPEN = /^class\s+([A-Za-z_][\w]*)(?:~[^~]*~)?(?:\s*\[[^\]]*\])?\s*\{\s*$/;
const MEMBER_LINE = /^([A-Za-z_][\w]*)\s*:\s*(.+)$/;
export const ASSOC =
  /^([A-Za-z_][\w]*)(?:\s*"([^"]*)")?\s*(<\|--|--\|>|\*--|--\*|o--|--o|-->|<--|--|\.\.>|<\.\.|\.\.)(?:\s*"([^"]*)")?\s*([A-Za-z_][\w]*)\s*(?::\s*(.*))?$/;

const many = (m: string | undefined) => m !== undefined && /\*|n|many|\.\.\*|[2-9]|1\.\.n/i.test(m);

function attribute(text: string): { name: string; type: string } | null {
  const t = text
    .trim()
    .replace(/^[+\-#~]/, '')
    .replace(/[$*]$/, '')
    .trim();
  if (t.includes('(')) return null;
  const colon = /^([A-Za-z_]\w*)\s*:\s*(.+)$/.exec(t);
  if (colon) return { name: colon[1]!, type: colon[2]!.trim() };
  const spaced = /^([\w<>[\],~?]+)\s+([A-Za-z_]\w*)$/.exec(t);
  if (spaced) return { name: spaced[2]!, type: spaced[1]!.replace(/~/g, '') };
  return null;
}

export function readClassDiagram(
  block: CodeBlock,
  file: string,
): { entities: EntityFact[]; relationships: RelationshipFact[] } {
  const byName = new Map<string, EntityFact>();
  const relationships: RelationshipFact[] = [];
  const entity = (name: string, line: number, quote: string) => {
    let e = byName.get(name);
    if (!e) {
      e = newEntity(name, 'mermaid', at(file, line, quote));
      byName.set(name, e);
    }
    return e;
  };
  const addAttr = (e: EntityFact, text: string, line: number, quote: string) => {
    const a = attribute(text);
    if (!a) return;
    const scalar = scalarType(a.type.replace(/\?$/, ''), a.name);
    const f = newField(a.name, scalar ?? { scalar: 'enum', raw: a.type }, at(file, line, quote));
    if (!scalar) f.enumName = a.type.replace(/\?$/, '').replace(/\[\]$/, '');
    if (a.type.endsWith('?')) f.nullable = true;
    e.fields.push(f);
  };
  let open: EntityFact | null = null;
  block.content.split('\n').forEach((raw, i) => {
    const line = block.contentLine + i;
    const text = raw.replace(/%%.*$/, '').trim();
    if (text === '' || /^classDiagram\b/.test(text)) return;
    if (open) {
      if (text === '}') open = null;
      else addAttr(open, text, line, raw);
      return;
    }
    const c = CLASS_OPEN.exec(text);
    if (c) {
      open = entity(c[1]!, line, raw);
      return;
    }
    const assoc = ASSOC.exec(text);
    if (assoc) {
      const [, a, ma, arrow, mb, b, label] = assoc;
      if (arrow === '<|--' || arrow === '--|>' || arrow === '..>' || arrow === '<..' || arrow === '..')
        return;
      entity(a!, line, raw);
      entity(b!, line, raw);
      const aMany = many(ma);
      const bMany = many(mb) || (!ma && !mb && /\*--|o--/.test(arrow!));
      const kind: Cardinality =
        aMany && bMany ? 'many-to-many' : aMany || bMany ? 'one-to-many' : 'one-to-one';
      const [from, to] = aMany && !bMany ? [b!, a!] : [a!, b!];
      const rel: RelationshipFact = { from, to, kind, notation: 'mermaid', origin: at(file, line, raw) };
      if (label?.trim()) rel.label = label.trim();
      relationships.push(rel);
      return;
    }
    const member = MEMBER_LINE.exec(text);
    if (member && !/^class\b/.test(text)) addAttr(entity(member[1]!, line, raw), member[2]!, line, raw);
  });
  const entities = [...byName.values()].filter((e) => e.fields.length > 0);
  const kept = new Set(entities.map((e) => e.writtenAs));
  return { entities, relationships: relationships.filter((r) => kept.has(r.from) && kept.has(r.to)) };
}
