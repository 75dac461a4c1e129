import { diag } from '../diagnostics/diagnostic.js';
import { canonicalState } from '../knowledge/state-words.js';
import type { Domain, LifecycleFact } from '../model/domain.js';
import { fromRule, type Origin } from '../model/origin.js';
import type { Conflict } from '../model/spec/reconciliation.js';
import { type Detector, refOf } from './context.js';

/**
 * A status list stated in prose (PRD, UX) that names states the data model's enum does not have:
 * "lists per status: Ordered, Collected, Received, In Process, Completed, Reported" against
 * `sample_status ('collected', 'received', 'processing', 'completed', 'rejected')`.
 *
 * A list is compared with the model enum it overlaps most (at least three values and half of the
 * list in common, or the same subject name — "sample status" and `Sample.status` — and one value):
 * unrelated lists never meet (an application's "approved/declined/in progress" against a
 * conversation's two-valued decision status shares two words and is not compared). Spelling
 * differences are not mismatches (`In Process` = `in_process` = `in-process`). Values that mean "no
 * value" ("no decision", "none") map to NULL and are not states. A prose list that is a subset of the
 * enum agrees with it (a filter need not offer every state); only prose states missing from the
 * model are reported. The data model wins (precedence: data model for schema): the enum is kept
 * and the extra prose states need a mapping or a schema change.
 */
export const enumMismatchDetector: Detector = {
  name: 'enum-mismatch',
  detect(domain) {
    const models = modelEnums(domain);
    const conflicts: Conflict[] = [];
    const diagnostics = [];
    const reported = new Set<string>();
    for (const list of domain.lifecycles ?? []) {
      const stated = list.values.filter((v) => !NULLISH.test(v));
      const statedNorm = new Map(stated.map((v) => [norm(v), v]));
      const match = bestMatch(list, statedNorm, models);
      if (!match) continue;
      const modelNorm = new Set(match.values.map(norm));
      const missing = [...statedNorm]
        .filter(([n, v]) => !modelNorm.has(n) && !meansNoValue(v, list, match))
        .map(([, v]) => v);
      if (missing.length === 0) continue;
      const at = refOf(list.origin);
      const modelAt = refOf(match.origin);
      if (!at || !modelAt) continue;
      const id = `${match.name}|${missing.map(norm).sort().join(',')}`;
      if (reported.has(id)) continue;
      reported.add(id);
      conflicts.push({
        code: 'reconcile/enum-mismatch',
        subject: match.name,
        sides: [
          { value: list.values.join(', '), at },
          { value: `${match.name}: ${match.values.join(', ')}`, at: modelAt },
        ],
        resolution: `${match.name} kept; not in the model: ${missing.join(', ')}`,
        params: { enum: match.name, missing: missing.join(', ') },
        resolvedBy: fromRule('reconcile/precedence/data-model-for-schema', [at, modelAt]),
      });
      diagnostics.push(
        diag(
          'reconcile/enum-mismatch',
          `${missing.length === 1 ? 'state' : 'states'} ${missing.map((m) => `"${m}"`).join(', ')} ${missing.length === 1 ? 'is not a value' : 'are not values'} of ${match.name} (${modelAt.file}:${modelAt.line})`,
          { at, hint: 'map each stated state to an enum value, or add it to the data model' },
        ),
      );
    }
    return { findings: conflicts.length > 0 ? { conflicts } : {}, diagnostics };
  },
};

interface ModelEnum {
  name: string;
  values: string[];
  origin: Origin;
  /** Words naming it: `sample_status` → sample, status; `Order.status` → order, status. */
  words: Set<string>;
}

function modelEnums(domain: Domain): ModelEnum[] {
  const out: ModelEnum[] = domain.enums.map((e) => ({ ...e, words: words(e.name) }));
  for (const entity of domain.entities)
    for (const f of entity.fields)
      if (f.enumValues && f.enumValues.length >= 2 && !f.enumName)
        out.push({
          name: `${entity.name}.${f.name}`,
          values: f.enumValues,
          origin: f.origin,
          words: new Set([...words(entity.name), ...words(f.name)]),
        });
  return out;
}

function bestMatch(list: LifecycleFact, stated: Map<string, string>, models: ModelEnum[]): ModelEnum | null {
  let best: { m: ModelEnum; score: number } | null = null;
  for (const m of models) {
    const values = new Set(m.values.map(norm));
    const common = [...stated.keys()].filter((v) => values.has(v)).length;
    const subject = singular(list.subject);
    const named = subject !== '' && !GENERIC.has(subject) && m.words.has(subject);
    const ok = (common >= 3 && common * 2 >= stated.size) || (named && common >= 1);
    if (!ok) continue;
    const score = common + (named ? 0.5 : 0);
    if (!best || score > best.score) best = { m, score };
  }
  return best?.m ?? null;
}

/** Subject words that name no entity ("status: a, b, c"). */
const GENERIC = new Set(['statu', 'status', 'state', 'current', 'lifecycle', 'stage', 'tila', 'estado']);

const NULLISH = /^(?:none|not set|n\/a|ninguno|nenhum|ei mitään)$/iu;

/** "no decision" in a decision-status list is NULL; "No Show" in an appointment list is a state. */
function meansNoValue(v: string, list: LifecycleFact, model: ModelEnum): boolean {
  const m = /^(?:no|ei|sin|sem)\s+(\p{L}+)$/iu.exec(v.trim());
  if (!m) return false;
  const word = singular(m[1]!);
  return word === singular(list.subject) || model.words.has(word);
}

/** A state name in a form two documents agree on: spelling folded, then the language's word mapped. */
export function norm(v: string): string {
  return canonicalState(
    v
      .toLowerCase()
      .replace(/[`'"]/g, '')
      .trim()
      .replace(/[\s-]+/g, '_'),
  );
}

function singular(w: string): string {
  return w.toLowerCase().replace(/(?:es|s)$/, '');
}

function words(name: string): Set<string> {
  return new Set(
    name
      .replace(/([a-z])([A-Z])/g, '$1 $2')
      .toLowerCase()
      .split(/[^a-z0-9]+/)
      .filter(Boolean)
      .map(singular),
  );
}
