import { diag } from '../diagnostics/diagnostic.js';
import { canonicalId } from '../knowledge/requirement-ids.js';
import type { Domain, Quantity, Requirement, StackChoice } from '../model/domain.js';
import { fromRule, type SourceRef } from '../model/origin.js';
import type { Supersession } from '../model/sources.js';
import type { Conflict } from '../model/spec/reconciliation.js';
import { type Detector, fileOf, refOf } from './context.js';

const RULE = 'reconcile/newer-document-governs';
/**
 * Concerns a backend settles with one choice: a newer document choosing another database or queue
 * replaces the older choice. Languages, frameworks and hosting often hold several at once (a Python
 * API and a TypeScript front end), so a newer plan naming only one of them replaces nothing.
 */
const ONE_CHOICE = new Set<StackChoice['concern']>([
  'database',
  'orm',
  'migrations',
  'cache',
  'queue',
  'scheduler',
  'auth',
  'search',
  'api-style',
]);
const CODE = 'reconcile/superseded-document';

/**
 * A newer version of a document (an increment over a frozen baseline, a later spec-kit feature, a
 * dated rewrite) that states a requirement, a parameter or a technology choice differently from
 * the older one. The newer governs: the older statement leaves the Domain, and section 0 shows
 * both lines. Documents replaced outright were never in the Domain (they are history); their
 * statements are compared all the same, so that what changed is still reported.
 */
export const supersededDocumentDetector: Detector = {
  name: 'superseded-document',
  detect(domain, ctx) {
    const pairs = ctx.supersessions ?? [];
    if (pairs.length === 0) return { findings: {}, diagnostics: [] };
    const newer = newerThan(pairs);
    const isNewer = (a: string, b: string) => newer.get(b)?.has(a) ?? false;
    // Requirement ids compare only between versions that share a numbering (not spec-kit features,
    // where every feature starts again at FR-001).
    const newerIds = newerThan(pairs.filter((p) => !p.ownRequirementIds));
    const isNewerIds = (a: string, b: string) => newerIds.get(b)?.has(a) ?? false;
    const conflicts: Conflict[] = [];
    const history = ctx.history;

    // Requirements: one id, two versions.
    const dropReq = new Set<Requirement>();
    const reqs = [...domain.requirements, ...(history?.requirements ?? [])];
    const byId = group(reqs, (r) => canonicalId(r.id));
    for (const list of byId.values()) {
      for (const older of list)
        for (const winner of list) {
          const [fo, fw] = [fileOf(older.origin), fileOf(winner.origin)];
          if (!fo || !fw || !isNewerIds(fw, fo)) continue;
          if (domain.requirements.includes(older)) dropReq.add(older);
          if (!sameWords(older.text, winner.text))
            conflicts.push(conflict(older.id, winner.text, older.text, winner.origin, older.origin, fw, fo));
          break;
        }
    }

    // Parameters: one key, disjoint values.
    const dropParam = new Set<Quantity>();
    const params = [...domain.parameters, ...(history?.parameters ?? [])].filter(
      (q) => !q.superseded && !q.key.endsWith('.general'),
    );
    for (const list of group(params, (q) => q.key).values()) {
      const reported = new Set<string>();
      for (const older of list)
        for (const winner of list) {
          const [fo, fw] = [fileOf(older.origin), fileOf(winner.origin)];
          if (!fo || !fw || !isNewer(fw, fo)) continue;
          const winnerValues = new Set(list.filter((q) => fileOf(q.origin) === fw).map((q) => q.value));
          if (winnerValues.has(older.value)) continue;
          if (domain.parameters.includes(older)) dropParam.add(older);
          const key = `${fo}\n${fw}`;
          if (!reported.has(key)) {
            reported.add(key);
            conflicts.push(conflict(older.key, winner.text, older.text, winner.origin, older.origin, fw, fo));
          }
          break;
        }
    }

    // Technology: the older chose something for a concern, the newer chose another and never names it.
    const dropStack = new Set<StackChoice>();
    const stack = [...domain.stack, ...(history?.stack ?? [])];
    for (const older of stack) {
      if (older.status !== 'chosen' || !ONE_CHOICE.has(older.concern)) continue;
      const fo = fileOf(older.origin);
      if (!fo) continue;
      const successors = [...(newer.get(fo) ?? [])].sort();
      for (const fw of successors) {
        const inNewer = stack.filter((s) => fileOf(s.origin) === fw);
        const chosen = inNewer.filter((s) => s.concern === older.concern && s.status === 'chosen');
        if (chosen.length === 0 || inNewer.some((s) => s.value === older.value)) continue;
        // The older document chose several for the concern ("SQLite (default); supports PostgreSQL",
        // "SQLite (dev) / PostgreSQL (prod)") and the newer names one of them: it restates a choice
        // the older already made and replaces none of the others.
        const olderChose = stack.filter(
          (s) => fileOf(s.origin) === fo && s.concern === older.concern && s.status === 'chosen',
        );
        if (chosen.some((w) => olderChose.some((s) => s.value === w.value))) continue;
        if (domain.stack.includes(older)) dropStack.add(older);
        const winner = chosen[0]!;
        conflicts.push(
          conflict(
            `stack.${older.concern}`,
            chosen.map((s) => s.value).join(', '),
            older.value,
            winner.origin,
            older.origin,
            fw,
            fo,
          ),
        );
        break;
      }
    }

    if (conflicts.length === 0 && dropReq.size === 0 && dropParam.size === 0 && dropStack.size === 0)
      return { findings: {}, diagnostics: [] };
    const unique = dedupe(conflicts);
    const diagnostics = unique.map((c) =>
      diag(
        CODE,
        `${c.subject}: ${c.sides[0]!.value} in ${c.params!.newer} replaces ${c.sides[1]!.value} in this older version`,
        {
          at: c.sides[1]!.at,
        },
      ),
    );
    return {
      domain: {
        ...domain,
        requirements: domain.requirements.filter((r) => !dropReq.has(r)),
        parameters: domain.parameters.map((q) => (dropParam.has(q) ? { ...q, superseded: true } : q)),
        stack: domain.stack.map((s) => (dropStack.has(s) ? { ...s, status: 'superseded' as const } : s)),
      } satisfies Domain,
      findings: { conflicts: unique },
      diagnostics,
    };
  },
};

function conflict(
  subject: string,
  newValue: string,
  oldValue: string,
  newOrigin: Parameters<typeof refOf>[0],
  oldOrigin: Parameters<typeof refOf>[0],
  newerFile: string,
  olderFile: string,
): Conflict {
  const at = refOf(newOrigin) as SourceRef;
  const oldAt = refOf(oldOrigin) as SourceRef;
  const value = newValue.slice(0, 200);
  return {
    code: CODE,
    subject,
    sides: [
      { value, at },
      { value: oldValue.slice(0, 200), at: oldAt },
    ],
    resolution: value,
    params: { value, newer: newerFile, older: olderFile },
    resolvedBy: fromRule(RULE, [at, oldAt]),
  };
}

/** older file → every file newer than it (the transitive closure of the supersessions). */
function newerThan(pairs: readonly Supersession[]): Map<string, Set<string>> {
  const direct = new Map<string, string[]>();
  for (const p of pairs) direct.set(p.older, [...(direct.get(p.older) ?? []), p.newer]);
  const out = new Map<string, Set<string>>();
  for (const start of direct.keys()) {
    const seen = new Set<string>();
    const stack = [...direct.get(start)!];
    while (stack.length > 0) {
      const f = stack.pop()!;
      if (seen.has(f) || f === start) continue;
      seen.add(f);
      stack.push(...(direct.get(f) ?? []));
    }
    out.set(start, seen);
  }
  return out;
}

function group<T>(items: readonly T[], key: (t: T) => string): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const t of items) m.set(key(t), [...(m.get(key(t)) ?? []), t]);
  return m;
}

/** The same statement reworded a little (at least half the words in common) is not a change. */
function sameWords(a: string, b: string): boolean {
  const words = (s: string) =>
    new Set(
      s
        .toLowerCase()
        .split(/[^\p{L}\p{N}]+/u)
        .filter((w) => w.length > 1),
    );
  const wa = words(a);
  const wb = words(b);
  if (wa.size === 0 || wb.size === 0) return a.trim() === b.trim();
  let common = 0;
  for (const w of wa) if (wb.has(w)) common++;
  return common * 2 >= Math.max(wa.size, wb.size);
}

function dedupe(conflicts: Conflict[]): Conflict[] {
  const seen = new Set<string>();
  const out: Conflict[] = [];
  for (const c of conflicts) {
    const key = `${c.subject}\n${c.sides.map((s) => `${s.at.file}:${s.at.line}`).join('\n')}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(c);
  }
  return out.sort((a, b) => (a.subject < b.subject ? -1 : a.subject > b.subject ? 1 : 0));
}
