import { type Diagnostic, diag } from '../diagnostics/diagnostic.js';
import { canonicalId, featureFolder, mentionedIds } from '../knowledge/requirement-ids.js';
import type { Requirement } from '../model/domain.js';
import type { Origin } from '../model/origin.js';
import type { Spec, Trace } from '../model/spec/index.js';
import { jobsNamedIn } from './traceability-jobs.js';
import type { DeriveStep } from './types.js';

/**
 * Appendix A: every requirement id traced to the spec items that satisfy it. Runs last and reads
 * everything. An item satisfies a requirement when
 *  - it says so: `endpoint.requirements`, `job.requirements`, an alert whose source is the id;
 *  - its origin is inside the requirement's text (a validation rule read from an acceptance
 *    criterion, a practice read from an NFR line);
 *  - its origin's quote names the id ("Conversation Monitoring (FR1-FR4): ..." in the architecture);
 *  - it is a business rule read from the requirement (section 4's rules table).
 * A mention is not a trace: an entity the requirement names does not implement it (an operation,
 * a job, a rule, a constraint or an alert does). Requirements nothing implements are listed as
 * untraced (info diagnostics and the appendix).
 */
export const traceabilityStep: DeriveStep = {
  name: 'traceability',
  derive: ({ domain, spec }) => {
    // Indexed once so that tracing stays linear: items by the requirement ids they name or quote,
    // and items stated in a document by file and line (an item written inside a requirement's
    // lines satisfies it).
    const byId = new Map<string, Set<string>>();
    const byFile = new Map<string, { line: number; item: string }[]>();
    // The feature folders each item comes from: spec-kit and Kiro features number their requirements
    // on their own, so "Requirement 3" of one feature is not traced by an item of another.
    const featuresOfItem = new Map<string, Set<string>>();
    // Items made from one line share its quote: its ids are read once.
    const idsOfQuote = new Map<string, string[]>();
    for (const c of collect(spec)) {
      for (const id of [...c.requirements, ...quotedIds(c.origin, idsOfQuote)]) {
        const set = byId.get(id) ?? new Set<string>();
        set.add(c.item);
        byId.set(id, set);
      }
      for (const file of originFiles(c.origin)) {
        const feature = featureFolder(file);
        if (!feature) continue;
        const set = featuresOfItem.get(c.item) ?? new Set<string>();
        set.add(feature);
        featuresOfItem.set(c.item, set);
      }
      if (c.origin.kind === 'source') {
        const list = byFile.get(c.origin.file) ?? [];
        list.push({ line: c.origin.line, item: c.item });
        byFile.set(c.origin.file, list);
      }
    }
    for (const list of byFile.values()) list.sort((a, b) => a.line - b.line);
    // An operation a story designed carries the story's requirement ids: the story's file says which
    // feature's id it is (the endpoint's own origin may be the entity's design file).
    const storyFeatures = new Map<string, Set<string>>();
    for (const st of spec.stories ?? []) {
      const feature = featureFolder(originFiles(st.origin)[0] ?? '');
      if (!feature) continue;
      for (const op of st.operations)
        for (const id of st.requirements) {
          const key = `endpoint:${op}|${canonicalId(id)}`;
          const set = storyFeatures.get(key) ?? new Set<string>();
          set.add(feature);
          storyFeatures.set(key, set);
        }
    }
    const statedJobs = spec.jobs.filter((j) => j.origin.kind === 'source');
    const entityNames = spec.entities.map((e) => e.name);
    const traces: Trace[] = [];
    const diagnostics: Diagnostic[] = [];
    const featuresOfId = new Map<string, Set<string>>();
    for (const r of domain.requirements) {
      const id = canonicalId(r.id);
      const set = featuresOfId.get(id) ?? new Set<string>();
      set.add(featureFolder(originFiles(r.origin)[0] ?? ''));
      featuresOfId.set(id, set);
    }
    for (const r of domain.requirements) {
      const id = canonicalId(r.id);
      const feature = featureFolder(originFiles(r.origin)[0] ?? '');
      // An id several features define is traced only by items of this requirement's feature (or
      // items that come from no feature folder).
      const shared = (featuresOfId.get(id)?.size ?? 0) > 1;
      const ofFeature = (item: string) => {
        if (!shared) return true;
        const features = storyFeatures.get(`${item}|${id}`) ?? featuresOfItem.get(item);
        return !features || features.has(feature);
      };
      const items = new Set<string>([...(byId.get(id) ?? [])].filter(ofFeature));
      for (const item of itemsWithin(byFile, r)) items.add(item);
      // A stated job whose name says what the requirement is about implements it (send-reminders);
      // a job another feature states is about that feature's requirements.
      const jobs = feature
        ? statedJobs.filter((j) => [feature, ''].includes(featureFolder(originFiles(j.origin)[0] ?? '')))
        : statedJobs;
      for (const name of jobsNamedIn(r.text, jobs, entityNames)) items.add(`job:${name}`);
      const sorted = sortByKindThenName(items);
      traces.push({
        requirement: r.id,
        kind: r.kind,
        text: r.title ?? r.text,
        items: sorted,
        origin: r.origin,
      });
      if (sorted.length === 0) {
        diagnostics.push(
          diag(
            'reconcile/untraced-requirement',
            `${r.id} is not satisfied by any endpoint, job, entity, rule or alert`,
            {
              ...(r.origin.kind === 'source' ? { at: { file: r.origin.file, line: r.origin.line } } : {}),
              path: `traceability.${r.id}`,
            },
          ),
        );
      }
    }
    return { spec: qualifyShared(spec, traces, featuresOfId), diagnostics };
  },
};

/**
 * Requirement ids that several feature folders define ("Exigence 3" in two Kiro specs) stay distinct:
 * each becomes `<feature>/<id>` (`facturation-adhesions/Exigence 3`) in the traces, and in the
 * endpoints, jobs, rules and stories that cite it, by the feature of the trace that holds the item (or
 * the story's own file). An id one folder defines is left as written.
 */
function qualifyShared(
  spec: Readonly<Spec>,
  traces: Trace[],
  featuresOfId: ReadonlyMap<string, ReadonlySet<string>>,
): Partial<Spec> {
  const shared = new Set(
    [...featuresOfId].filter(([, f]) => [...f].filter(Boolean).length > 1).map(([id]) => id),
  );
  if (shared.size === 0) return { traceability: traces };
  const name = (feature: string) => feature.split('/').at(-1)!;
  const featureOf = (t: Trace) => featureFolder(originFiles(t.origin)[0] ?? '');
  // The features whose trace of the id holds the item: the item implements that feature's requirement.
  const holders = new Map<string, Set<string>>();
  for (const t of traces) {
    const id = canonicalId(t.requirement);
    if (!shared.has(id)) continue;
    for (const item of t.items) {
      const key = `${item}|${id}`;
      const set = holders.get(key) ?? new Set<string>();
      set.add(featureOf(t));
      holders.set(key, set);
    }
  }
  const qualify = (item: string, ids: readonly string[], own?: string): string[] => {
    const out: string[] = [];
    for (const id of ids) {
      const c = canonicalId(id);
      if (!shared.has(c)) out.push(id);
      else if (own) out.push(`${name(own)}/${id}`);
      else {
        const features = [...(holders.get(`${item}|${c}`) ?? [])].filter(Boolean).sort();
        if (features.length === 0) out.push(id);
        else for (const f of features) out.push(`${name(f)}/${id}`);
      }
    }
    return [...new Set(out)];
  };
  const changed = (a: readonly string[], b: readonly string[]) =>
    a.length !== b.length || a.some((x, i) => x !== b[i]);
  const endpoints = spec.endpoints.map((e) => {
    const requirements = qualify(`endpoint:${e.operationId}`, e.requirements);
    return changed(requirements, e.requirements) ? { ...e, requirements } : e;
  });
  const jobs = spec.jobs.map((j) => {
    const requirements = qualify(`job:${j.name}`, j.requirements);
    return changed(requirements, j.requirements) ? { ...j, requirements } : j;
  });
  const rules = spec.rules?.map((b) => {
    const requirements = qualify(`rule:${b.id}`, b.requirements);
    return changed(requirements, b.requirements) ? { ...b, requirements } : b;
  });
  const stories = spec.stories?.map((st) => {
    const own = featureFolder(originFiles(st.origin)[0] ?? '');
    if (!own) return st;
    const requirements = qualify('', st.requirements, own);
    if (!changed(requirements, st.requirements)) return st;
    const id = st.requirements.includes(st.id) ? `${name(own)}/${st.id}` : st.id;
    return { ...st, id, requirements };
  });
  return {
    traceability: traces.map((t) =>
      shared.has(canonicalId(t.requirement)) && featureOf(t)
        ? { ...t, requirement: `${name(featureOf(t))}/${t.requirement}` }
        : t,
    ),
    endpoints,
    jobs,
    ...(rules ? { rules } : {}),
    ...(stories ? { stories } : {}),
  };
}

interface Candidate {
  item: string;
  origin: Origin;
  /** Canonical requirement ids the item declares. */
  requirements: string[];
}

/** The files an origin cites: its own, or the sources a rule derived it from. */
function originFiles(origin: Origin): string[] {
  if (origin.kind === 'rule') return (origin.from ?? []).map((f) => f.file);
  return 'file' in origin && typeof origin.file === 'string' ? [origin.file] : [];
}

function collect(spec: Readonly<Spec>): Candidate[] {
  const out: Candidate[] = [];
  const add = (item: string, origin: Origin | null | undefined, requirements: string[] = []) => {
    if (origin) out.push({ item, origin, requirements: requirements.map(canonicalId) });
  };
  for (const e of spec.endpoints) add(`endpoint:${e.operationId}`, e.origin, e.requirements);
  for (const j of spec.jobs) add(`job:${j.name}`, j.origin, j.requirements);
  for (const a of spec.observability?.alerts ?? [])
    add(`alert:${a.metric}`, a.origin, a.source === '—' ? [] : [a.source]);
  for (const r of spec.validation?.rules ?? []) add(`rule:${r.entity}.${r.field}:${r.rule}`, r.origin);
  for (const p of spec.performance) add(`performance:${p.topic}`, p.origin);
  for (const p of spec.security) add(`security:${p.topic}`, p.origin);
  for (const c of spec.caching?.entries ?? []) add(`cache:${c.name}`, c.origin);
  for (const i of spec.database.indexes) add(`index:${i.name}`, i.origin);
  for (const i of spec.integrations) add(`integration:${i.provider}`, i.origin);
  for (const b of spec.rules ?? []) add(`rule:${b.id}`, b.origin, b.requirements);
  return out;
}

/** Items whose source line lies within the requirement's lines (binary search in the file's list). */
function itemsWithin(byFile: Map<string, { line: number; item: string }[]>, r: Requirement): string[] {
  if (r.origin.kind !== 'source') return [];
  const list = byFile.get(r.origin.file);
  if (!list) return [];
  const from = r.origin.line;
  const to = r.endLine ?? r.origin.line;
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]!.line < from) lo = mid + 1;
    else hi = mid;
  }
  const out: string[] = [];
  for (let i = lo; i < list.length && list[i]!.line <= to; i++) out.push(list[i]!.item);
  return out;
}

/** Canonical requirement ids that an item's source quote names. */
function quotedIds(origin: Origin, memo: Map<string, string[]>): string[] {
  if (origin.kind !== 'source' || !origin.quote) return [];
  let ids = memo.get(origin.quote);
  if (!ids) {
    ids = [...new Set(mentionedIds(origin.quote).map(canonicalId))];
    memo.set(origin.quote, ids);
  }
  return ids;
}

const KIND_ORDER = [
  'endpoint',
  'job',
  'entity',
  'rule',
  'alert',
  'cache',
  'index',
  'integration',
  'performance',
  'security',
];

/**
 * The items by their kind's place in KIND_ORDER, then by name; each item's kind is looked up once,
 * not twice per comparison (a requirement that traces to thousands of items split each of them
 * log n times, issue 19).
 */
function sortByKindThenName(items: Iterable<string>): string[] {
  const keyed = [...items].map((item) => ({ item, kind: KIND_ORDER.indexOf(item.split(':')[0]!) }));
  keyed.sort((a, b) =>
    a.kind !== b.kind ? a.kind - b.kind : a.item < b.item ? -1 : a.item > b.item ? 1 : 0,
  );
  return keyed.map((x) => x.item);
}
