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

function attribute(e: SpecEntity, f: SpecField, byName: ReadonlyMap<string, SpecEntity>): string {
  const notes: string[] = [];
  if (f.references) {
    const target = byName.get(f.references.entity);
    notes.push(`→ ${target?.table ?? f.references.entity}.${f.references.field}`);
  }
  if (f.enum) notes.push(f.enum.join(' | '));
  if (!f.nullable && !e.primaryKey.includes(f.column)) notes.push('not null');
  const k = keys(e, f);
  return `    ${typeWord(f)} ${word(f.column)}${k ? ` ${k}` : ''}${notes.length > 0 ? ` "${comment(notes.join('; '))}"` : ''}`;
}

export function renderErd(spec: Spec): string {
  const lines = ['erDiagram'];
  const byName = firstByName(spec.entities);
  for (const e of spec.entities) {
    lines.push(`  ${word(e.table)} {`);
    for (const f of e.fields) lines.push(attribute(e, f, byName));
    lines.push('  }');
  }
  for (const e of spec.entities)
    for (const f of e.fields) {
      if (!f.references) continue;
      const target = byName.get(f.references.entity);
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

/** The most entities one area diagram draws (issue 15: a 24-table diagram no one can read). */
export const AREA_LIMIT = 15;

/** A group of entities drawn in one diagram; `root` names it (the entity the others hang from). */
export interface ErdArea {
  root: SpecEntity;
  /** False when no key links the entities of this diagram (the root then names nothing). */
  linked: boolean;
  entities: SpecEntity[];
}

/** Entities by name, the first of a name winning (as a search in model order finds it). */
function firstByName(entities: readonly SpecEntity[]): Map<string, SpecEntity> {
  const out = new Map<string, SpecEntity>();
  for (const e of entities) if (!out.has(e.name)) out.set(e.name, e);
  return out;
}

/**
 * Each foreign key once as `[child, parent]` (self-references are drawn but link no areas); read
 * once per entity list, since every area's diagram and cross-area keys ask (issue 19).
 */
const linkCache = new WeakMap<
  readonly SpecEntity[],
  { size: number; links: [SpecEntity, SpecEntity, SpecField][] }
>();
function links(spec: Spec): readonly [SpecEntity, SpecEntity, SpecField][] {
  const hit = linkCache.get(spec.entities);
  if (hit && hit.size === spec.entities.length) return hit.links;
  const byName = new Map(spec.entities.map((e) => [e.name, e]));
  const out: [SpecEntity, SpecEntity, SpecField][] = [];
  for (const e of spec.entities)
    for (const f of e.fields) {
      const target = f.references ? byName.get(f.references.entity) : undefined;
      if (target) out.push([e, target, f]);
    }
  linkCache.set(spec.entities, { size: spec.entities.length, links: out });
  return out;
}

/**
 * The links whose child is one of the area's entities, in `links` order: each area reads its own
 * entities' links, where a pass over every link per area grew with areas × links (3,000 entities).
 */
const linksByChild = new WeakMap<readonly unknown[], Map<string, number[]>>();
function areaLinks(spec: Spec, area: ErdArea): [SpecEntity, SpecEntity, SpecField][] {
  const all = links(spec);
  let byChild = linksByChild.get(all);
  if (!byChild) {
    byChild = new Map();
    all.forEach(([child], i) => {
      const list = byChild!.get(child.name);
      if (list) list.push(i);
      else byChild!.set(child.name, [i]);
    });
    linksByChild.set(all, byChild);
  }
  const at = [...new Set(area.entities.map((e) => e.name))].flatMap((n) => byChild.get(n) ?? []);
  return at.sort((a, b) => a - b).map((i) => all[i]!);
}

/**
 * Areas of the data model: the models state no modules, so entities are grouped by foreign-key
 * connectivity. A connected group of at most AREA_LIMIT entities is one area. A larger one is split
 * at its hub (the entity most others point at, e.g. the tenant or the user): without it the rest
 * falls apart into smaller groups, split again the same way; the hub then joins the area holding
 * most of its children (or stands alone when none has room). Groups too small to fill a diagram
 * share one, first fit in model order. Model order breaks every tie, so the
 * same model always gives the same areas.
 */
export function erdAreas(spec: Spec): ErdArea[] {
  const order = new Map(spec.entities.map((e, i) => [e.name, i]));
  const neighbours = new Map(spec.entities.map((e) => [e.name, new Set<string>()]));
  const children = new Map(spec.entities.map((e) => [e.name, new Set<string>()]));
  for (const [child, parent] of links(spec)) {
    if (child === parent) continue;
    neighbours.get(child.name)!.add(parent.name);
    neighbours.get(parent.name)!.add(child.name);
    children.get(parent.name)!.add(child.name);
  }
  const byName = new Map(spec.entities.map((e) => [e.name, e]));
  const sorted = (names: Iterable<string>) => [...names].sort((a, b) => order.get(a)! - order.get(b)!);
  const inDegree = (name: string, within: Set<string>) =>
    [...children.get(name)!].filter((c) => within.has(c)).length;
  const hubOf = (group: Set<string>) =>
    sorted(group).reduce((best, n) => (inDegree(n, group) > inDegree(best, group) ? n : best));
  const components = (group: Set<string>): Set<string>[] => {
    const seen = new Set<string>();
    const out: Set<string>[] = [];
    for (const start of sorted(group)) {
      if (seen.has(start)) continue;
      const component = new Set<string>([start]);
      for (const name of component) for (const n of neighbours.get(name)!) if (group.has(n)) component.add(n);
      for (const name of component) seen.add(name);
      out.push(component);
    }
    return out;
  };
  const split = (group: Set<string>): Set<string>[] => {
    if (group.size <= AREA_LIMIT) return [group];
    const hub = hubOf(group);
    const rest = new Set(group);
    rest.delete(hub);
    const parts = components(rest).flatMap(split);
    const kids = children.get(hub)!;
    const count = (p: Set<string>) => [...p].filter((n) => kids.has(n)).length;
    const home = parts
      .filter((p) => p.size < AREA_LIMIT)
      .reduce<Set<string> | null>((best, p) => (best === null || count(p) > count(best) ? p : best), null);
    if (home) home.add(hub);
    else parts.push(new Set([hub]));
    return parts;
  };
  const all = new Set(order.keys());
  // A model that fits one diagram is drawn whole, even when some entities link to nothing.
  const areas = all.size <= AREA_LIMIT ? [all] : components(all).flatMap(split);
  // Small groups share a diagram (first fit in model order): 20 one-entity diagrams read worse
  // than one diagram of 20 unlinked boxes cut at the limit.
  const bins: Set<string>[] = [];
  // Each area's first entity in model order, found once (not per comparison of the sort).
  const first = new Map(areas.map((a) => [a, order.get(sorted(a)[0]!)!]));
  for (const a of areas.sort((x, y) => first.get(x)! - first.get(y)!)) {
    const bin = bins.find((b) => b.size + a.size <= AREA_LIMIT);
    if (bin) for (const n of a) bin.add(n);
    else bins.push(new Set(a));
  }
  return bins
    .map((a) => ({
      root: byName.get(hubOf(a))!,
      linked: inDegree(hubOf(a), a) > 0,
      entities: sorted(a).map((n) => byName.get(n)!),
    }))
    .sort((a, b) => order.get(a.entities[0]!.name)! - order.get(b.entities[0]!.name)!);
}

/** One area's erDiagram: its entities by table name and the keys among them (columns are in section 1). */
export function renderAreaErd(spec: Spec, area: ErdArea): string {
  const inside = new Set(area.entities.map((e) => e.name));
  const lines = ['erDiagram'];
  const linked = new Set<string>();
  const edges: string[] = [];
  for (const [child, parent, f] of areaLinks(spec, area)) {
    if (!inside.has(child.name) || !inside.has(parent.name)) continue;
    linked.add(child.name).add(parent.name);
    const left = f.nullable ? '|o' : '||';
    const right =
      f.unique || (child.primaryKey.length === 1 && child.primaryKey[0] === f.column) ? 'o|' : 'o{';
    edges.push(`  ${word(parent.table)} ${left}--${right} ${word(child.table)} : "${comment(f.column)}"`);
  }
  for (const e of area.entities) if (!linked.has(e.name)) lines.push(`  ${word(e.table)}`);
  return `${[...lines, ...edges].join('\n')}\n`;
}

/** Keys from this area's entities to entities of other areas: `[child, column, parent]`. */
export function crossAreaKeys(spec: Spec, area: ErdArea): [SpecEntity, SpecField, SpecEntity][] {
  const inside = new Set(area.entities.map((e) => e.name));
  return areaLinks(spec, area)
    .filter(([child, parent]) => inside.has(child.name) && !inside.has(parent.name))
    .map(([child, parent, f]) => [child, f, parent]);
}
