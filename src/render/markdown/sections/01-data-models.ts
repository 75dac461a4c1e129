import type { SpecEntity } from '../../../model/spec/data.js';
import type { Spec } from '../../../model/spec/index.js';
import { crossAreaKeys, erdAreas, renderAreaErd } from '../../erd.js';
import type { Messages } from '../../i18n/index.js';
import type { RenderContext, Section } from '../../types.js';
import { blocks, fence, heading, source, table } from '../format.js';
import { type BaseInterface, baseInterface, baseInterfaceText, entityInterface } from './data/typescript.js';

/**
 * The first entity of each name and each entity's relationships, indexed once per spec: a scan of
 * every entity and every relationship per entity grew with their product (issue 19).
 */
const entityIndex = new WeakMap<readonly SpecEntity[], Map<string, SpecEntity>>();
function nameOf(spec: Spec, entity: string): SpecEntity | undefined {
  let index = entityIndex.get(spec.entities);
  if (!index) {
    index = new Map();
    for (const e of spec.entities) if (!index.has(e.name)) index.set(e.name, e);
    entityIndex.set(spec.entities, index);
  }
  return index.get(entity);
}

type Relationship = Spec['relationships'][number];
const fromIndex = new WeakMap<readonly Relationship[], Map<string, Relationship[]>>();
/** The relationships that start from the entity, in the spec's order (the only ones listed under it). */
function relationshipsFrom(spec: Spec, entity: string): readonly Relationship[] {
  let index = fromIndex.get(spec.relationships);
  if (!index) {
    index = new Map();
    for (const r of spec.relationships) {
      const list = index.get(r.from);
      if (list) list.push(r);
      else index.set(r.from, [r]);
    }
    fromIndex.set(spec.relationships, index);
  }
  return index.get(entity) ?? [];
}

function relationships(e: SpecEntity, spec: Spec, t: Messages['data']['models']): string | null {
  const items: string[] = [];
  // Every item below is of a relationship that starts from this entity.
  for (const r of relationshipsFrom(spec, e.name)) {
    if (r.kind === 'many-to-many') {
      if (r.from === e.name) {
        const other = r.to;
        items.push(
          `- ${t.manyToMany(other, nameOf(spec, r.through ?? '')?.table ?? r.through ?? '')} — ${source(r.origin)}`,
        );
      }
      continue;
    }
    const fk = r.foreignKey;
    if (!fk) continue;
    // Each relationship once, under the entity it starts from; the other entity's interface names
    // the foreign key (`FK → clinics.id`) and its delete rule.
    if (r.to === e.name && r.from === e.name) {
      const field = e.fields.find((f) => f.column === fk.column);
      const onDelete = field?.references?.onDelete ?? '';
      const text =
        r.kind === 'one-to-one'
          ? t.oneToOneOwned(r.from, fk.column, onDelete)
          : t.manyToOne(r.from, fk.column, onDelete);
      items.push(`- ${text}${r.label ? ` “${r.label}”` : ''} — ${source(r.origin)}`);
    }
    if (r.from === e.name && !(r.to === e.name)) {
      const child = nameOf(spec, r.to);
      const where = `${child?.table ?? r.to}.${fk.column}`;
      items.push(
        `- ${r.kind === 'one-to-one' ? t.oneToOne(r.to, where) : t.oneToMany(r.to, where)}${r.label ? ` “${r.label}”` : ''} — ${source(r.origin)}`,
      );
    }
  }
  return items.length > 0 ? items.join('\n') : null;
}

type Indexes = RenderContext['spec']['database']['indexes'];
const grouped = new WeakMap<Indexes, Map<string, Indexes>>();
/** Indexes grouped by entity once per spec (a filter per entity grew with entities × indexes). */
function indexesByEntity(indexes: Indexes): Map<string, Indexes> {
  let by = grouped.get(indexes);
  if (!by) {
    by = new Map();
    for (const i of indexes) {
      const list = by.get(i.entity);
      if (list) list.push(i);
      else by.set(i.entity, [i]);
    }
    grouped.set(indexes, by);
  }
  return by;
}

/** Every index once, in one table (the DDL of section 2 creates them): name, columns, why, source. */
function indexTable(ctx: RenderContext): string | null {
  const t = ctx.t.data.models;
  const by = indexesByEntity(ctx.spec.database.indexes);
  const rows = ctx.spec.entities.flatMap((e) =>
    (by.get(e.name) ?? []).map((i) => [
      e.name,
      `\`${i.name}\``,
      i.columns.join(', '),
      i.unique ? t.yes : t.no,
      i.purpose === 'stated'
        ? t.purpose.stated
        : i.purpose === 'unique constraint'
          ? t.purpose.uniqueConstraint
          : i.purpose,
      source(i.origin),
    ]),
  );
  if (rows.length === 0) return null;
  return blocks(
    heading(3, t.indexesHeading),
    table(
      [
        ctx.t.api.compact.entity,
        t.indexTable.name,
        t.indexTable.columns,
        t.indexTable.unique,
        t.indexTable.purpose,
        t.indexTable.origin,
      ],
      rows,
    ),
  );
}

/**
 * The ER diagrams, one per area (issue 15): every entity in exactly one diagram of at most 15, the
 * keys inside the area drawn, the keys to other areas listed under it (each key printed once).
 */
function diagrams(ctx: RenderContext): string | null {
  const { spec } = ctx;
  // Without a single foreign key a diagram would only repeat the entity names.
  if (!spec.entities.some((e) => e.fields.some((f) => f.references))) return null;
  const t = ctx.t.data.models;
  const areas = erdAreas(spec);
  const areaOf = new Map(areas.flatMap((a) => a.entities.map((e) => [e.name, a.root.name] as const)));
  return blocks(
    heading(3, t.diagramsHeading),
    t.diagramsIntro(areas.length),
    ...areas.map((a) => {
      const byParent = new Map<string, string[]>();
      for (const [child, f, parent] of crossAreaKeys(spec, a)) {
        const list = byParent.get(parent.name) ?? [];
        list.push(`\`${child.table}.${f.column}\``);
        byParent.set(parent.name, list);
      }
      const out = [...byParent].map(
        ([parent, keys]) =>
          `- **${parent}**${areaOf.get(parent) === parent ? '' : ` (${t.inArea(areaOf.get(parent) ?? parent)})`}: ${keys.join(', ')}`,
      );
      return blocks(
        areas.length > 1
          ? a.linked
            ? t.area(a.root.name, a.entities.length)
            : t.unlinked(a.entities.length)
          : null,
        fence('mermaid', renderAreaErd(spec, a)),
        out.length > 0 ? `${t.crossArea}:\n\n${out.join('\n')}` : null,
      );
    }),
  );
}

function entityBlock(e: SpecEntity, ctx: RenderContext, base: BaseInterface | null): string {
  const { spec } = ctx;
  const t = ctx.t.data.models;
  const flags = [
    e.joinTable ? t.flags.joinTable : null,
    e.appendOnly ? t.flags.appendOnly : null,
    e.softDelete ? t.flags.softDelete : null,
    e.tenantColumn ? t.flags.tenant(e.tenantColumn) : null,
  ].filter((x): x is string => x !== null);
  const own = JSON.stringify(e.origin);
  const others = e.seenIn.filter((o) => JSON.stringify(o) !== own);
  const meta = [
    `${t.table}: \`${e.table}\` · ${t.source}: ${source(e.origin)}`,
    others.length > 0 ? `${t.alsoIn}: ${others.map(source).join(', ')}` : null,
    flags.length > 0 ? flags.join(' · ') : null,
  ].filter((x): x is string => x !== null);
  const rels = relationships(e, spec, t);
  return blocks(
    heading(3, e.name),
    e.description,
    meta.join('  \n'),
    fence('typescript', entityInterface(e, spec, ctx.t.data.comment, base)),
    rels && `**${t.relationshipsHeading}**`,
    rels,
  );
}

/**
 * Section 1: per entity a TypeScript interface with commented constraints, its relationships (each
 * once) and indexes. Validation rules are in section 6 and the DDL in section 2, not repeated here.
 */
export const dataModelsSection: Section = {
  id: 'dataModels',
  render: (ctx) => {
    const { spec, t } = ctx;
    if (spec.entities.length === 0) return null;
    const base = baseInterface(spec, t.data.comment);
    return blocks(
      heading(2, t.common.sections.dataModels),
      t.data.models.intro(spec.entities.length, spec.relationships.length, spec.database.indexes.length),
      t.data.models.legend,
      diagrams(ctx),
      base && t.api.compact.sharedFields(base.name),
      base && fence('typescript', baseInterfaceText(base)),
      ...spec.entities.map((e) => entityBlock(e, ctx, base)),
      indexTable(ctx),
    );
  },
};
