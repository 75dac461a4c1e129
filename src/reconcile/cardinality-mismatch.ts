import { diag } from '../diagnostics/diagnostic.js';
import { joinKeys } from '../knowledge/join-entities.js';
import { entityKey } from '../knowledge/names.js';
import type { Cardinality, Domain, EntityFact, RelationshipFact } from '../model/domain.js';
import { fromRule, type SourceRef } from '../model/origin.js';
import type { Conflict } from '../model/spec/reconciliation.js';
import { type Detector, refOf } from './context.js';

/**
 * A relationship the documents draw or state (an ER diagram, a relationship summary, a bullet) with
 * a cardinality its own keys contradict:
 *  - stated one-to-many or one-to-one, but a join entity whose identity is exactly the two foreign
 *    keys links the two entities: the keys make it many-to-many;
 *  - stated many-to-many, but one entity holds a plain foreign key to the other and no join entity
 *    links them: the keys make it one-to-many.
 * Only notations that state a cardinality without keys are compared (diagrams, tables, bullets,
 * prose); the keys come from the precise notations (SQL, Prisma, DBML, TypeScript...). The keys
 * win (precedence: data model for schema): the schema is what gets built, and the drawing is the
 * summary that must be corrected.
 */
const DRAWN = new Set(['mermaid', 'table', 'bullets', 'prose', 'class']);

/** The two entity names of a relationship as an unordered key. */
const pair = (a: string, b: string) => [entityKey(a), entityKey(b)].sort().join('|');

const LABEL: Record<Cardinality, string> = {
  'one-to-one': '1:1',
  'one-to-many': '1:N',
  'many-to-many': 'M:N',
};

interface Keyed {
  kind: Cardinality;
  at: SourceRef | null;
  via: string;
}

/** What the keys of the data model make of each pair of entities. */
function keyedPairs(entities: readonly EntityFact[]): Map<string, Keyed> {
  const out = new Map<string, Keyed>();
  for (const e of entities) {
    if (DRAWN.has(e.notation)) continue;
    const join = joinKeys(e);
    if (join) {
      const [a, b] = join;
      out.set(pair(a.references!.entity, b.references!.entity), {
        kind: 'many-to-many',
        at: refOf(a.origin),
        via: e.name,
      });
      continue;
    }
    for (const f of e.fields) {
      if (!f.references || entityKey(f.references.entity) === entityKey(e.name)) continue;
      const k = pair(f.references.entity, e.name);
      if (out.get(k)?.kind === 'many-to-many') continue;
      out.set(k, { kind: 'one-to-many', at: refOf(f.origin), via: `${e.name}.${f.name}` });
    }
  }
  return out;
}

function contradicts(stated: RelationshipFact, keyed: Keyed): boolean {
  if (keyed.kind === 'many-to-many') return stated.kind !== 'many-to-many' && !stated.through;
  // A plain FK: one-to-many (or one-to-one when unique, which a 1:N drawing does not contradict).
  return stated.kind === 'many-to-many' && !stated.through;
}

export const cardinalityMismatchDetector: Detector = {
  name: 'cardinality-mismatch',
  detect(domain: Domain) {
    const keyed = keyedPairs(domain.entities);
    const conflicts: Conflict[] = [];
    const diagnostics = [];
    const seen = new Set<string>();
    for (const r of domain.relationships) {
      if (!DRAWN.has(r.notation)) continue;
      const k = pair(r.from, r.to);
      const keys = keyed.get(k);
      const at = refOf(r.origin);
      if (!keys?.at || !at || seen.has(k) || !contradicts(r, keys)) continue;
      seen.add(k);
      const subject = `${r.from} – ${r.to}`;
      conflicts.push({
        code: 'reconcile/cardinality-mismatch',
        subject,
        sides: [
          { value: `${LABEL[r.kind]} (${r.notation})`, at },
          { value: `${LABEL[keys.kind]} (${keys.via})`, at: keys.at },
        ],
        resolution: `${LABEL[keys.kind]} as the keys define it`,
        params: { stated: LABEL[r.kind], keyed: LABEL[keys.kind], via: keys.via },
        resolvedBy: fromRule('reconcile/precedence/data-model-for-schema', [at, keys.at]),
      });
      diagnostics.push(
        diag(
          'reconcile/cardinality-mismatch',
          `${subject} is drawn as ${LABEL[r.kind]} here, but the keys make it ${LABEL[keys.kind]} (${keys.via}, ${keys.at.file}:${keys.at.line})`,
          { at, hint: 'correct the drawing or the summary, or change the keys if the drawing is right' },
        ),
      );
    }
    return { findings: { conflicts }, diagnostics };
  },
};
