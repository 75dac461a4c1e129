import type { SpecEntity, SpecField } from '../model/spec/data.js';
import type { Spec } from '../model/spec/index.js';
import type { Artifact, ArtifactRenderer } from './types.js';

/**
 * `erd.mmd`: a Mermaid erDiagram (mermaid.js.org/syntax/entityRelationshipDiagram). Entities are
 * tables with their attributes (`type name PK|FK|UK "comment"`); each foreign key is one
 * relationship line whose crow's-foot ends follow the key: `||` required / `|o` optional on the
 * referenced side, `o{` many / `o|` one (unique key) on the referencing side.
 */

/** Attribute types and entity names allow ASCII `[A-Za-z0-9_-]` and brackets/parentheses only: `käyttäjät` → `kayttajat`. */
const word = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9_\-()[\]]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .replace(/^(?=[^A-Za-z_])/, 'x_') || 'x';
const comment = (s: string) => s.replace(/"/g, "'");

function typeWord(f: SpecField): string {
  const t = f.type;
  if (t.scalar === 'enum') return word(f.enumName ?? 'enum');
  if (t.scalar === 'array') return `${t.items ?? 'json'}[]`;
  if (t.length !== undefined) return `${t.scalar}(${t.length})`;
  if (t.scalar === 'decimal' && t.precision !== undefined)
    return `decimal(${t.precision}${t.scale !== undefined ? `_${t.scale}` : ''})`;
  return t.scalar;
}

function keys(e: SpecEntity, f: SpecField): string {
  const k: string[] = [];
  if (e.primaryKey.includes(f.column)) k.push('PK');
  if (f.references) k.push('FK');
  if (f.unique && !f.primaryKey) k.push('UK');
  return k.join(', ');
}

function attribute(e: SpecEntity, f: SpecField, spec: Spec): string {
  const notes: string[] = [];
  if (f.references) {
    const target = spec.entities.find((x) => x.name === f.references!.entity);
    notes.push(`→ ${target?.table ?? f.references.entity}.${f.references.field}`);
  }
  if (f.enum) notes.push(f.enum.join(' | '));
  if (!f.nullable && !e.primaryKey.includes(f.column)) notes.push('not null');
  const k = keys(e, f);
  return `    ${typeWord(f)} ${word(f.column)}${k ? ` ${k}` : ''}${notes.length > 0 ? ` "${comment(notes.join('; '))}"` : ''}`;
}

export function renderErd(spec: Spec): string {
  const lines = ['erDiagram'];
  for (const e of spec.entities) {
    lines.push(`  ${word(e.table)} {`);
    for (const f of e.fields) lines.push(attribute(e, f, spec));
    lines.push('  }');
  }
  for (const e of spec.entities)
    for (const f of e.fields) {
      if (!f.references) continue;
      const target = spec.entities.find((x) => x.name === f.references!.entity);
      if (!target) continue;
      const left = f.nullable ? '|o' : '||';
      const right = f.unique || (e.primaryKey.length === 1 && e.primaryKey[0] === f.column) ? 'o|' : 'o{';
      lines.push(`  ${word(target.table)} ${left}--${right} ${word(e.table)} : "${comment(f.column)}"`);
    }
  return `${lines.join('\n')}\n`;
}

export const erDiagramArtifact: ArtifactRenderer = {
  name: 'erd',
  render(spec: Spec): Artifact[] {
    if (spec.entities.length === 0) return [];
    return [{ path: 'backend-spec/erd.mmd', text: renderErd(spec) }];
  },
};
