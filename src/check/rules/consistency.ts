import type { Spec } from '../../model/spec/index.js';
import { readText } from '../../read/index.js';
import type { Problem, Rule } from '../types.js';

/** Statuses of section 0 that rule an option out of the designed system. */
const RULED_OUT = new Set(['rejected', 'superseded', 'deprecated', 'out-of-scope', 'deferred', 'future']);

/**
 * What section 0 rules out, as names: the technologies and providers its subjects name as the option
 * itself (not the ones a clause of the subject keeps: "Use PostgreSQL instead of MongoDB" superseded
 * rules out PostgreSQL, not MongoDB), and the subject itself when it is a plain name (an entity).
 */
function ruledOut(spec: Spec): {
  name: string;
  label: string;
  kind: 'technology' | 'provider' | 'subject';
  status: string;
  at: string;
}[] {
  const out: {
    name: string;
    label: string;
    kind: 'technology' | 'provider' | 'subject';
    status: string;
    at: string;
  }[] = [];
  for (const d of spec.reconciliation.decisions) {
    if (!RULED_OUT.has(d.status)) continue;
    const at = `${d.at.file}:${d.at.line}`;
    const title = d.subject.replace(/^[A-Z]{2,6}-?\d+[:.]\s*/, '');
    const s = readText(title);
    const named = s.terms.filter(
      (t): t is typeof t & { kind: 'technology' | 'provider' } =>
        t.kind === 'technology' || t.kind === 'provider',
    );
    for (const t of named) {
      // "Laravel Reverb" deferred rules out Reverb, not Laravel: a name inside a longer named term, or
      // followed by another capitalised name (a product of that vendor or framework), is that
      // product's part.
      if (named.some((o) => o !== t && o.written.length > t.written.length && o.written.includes(t.written)))
        continue;
      if (/^[ \t]+\p{Lu}[\p{L}\p{N}]+/u.test(title.slice(t.index + t.length))) continue;
      // "Spring Session + Redis sessions" rejected rules out the pairing, not Redis the cache store.
      if (/\s\+\s/.test(title)) continue;
      // "WeChat Pay profit sharing" deferred postpones a feature of the provider, not the provider.
      if (t.kind === 'provider' && t.index === 0 && /^[ \t]+\p{Ll}/u.test(title.slice(t.index + t.length)))
        continue;
      if (t.status === 'rejected' || t.status === 'superseded') continue;
      out.push({ name: t.value, label: t.written, kind: t.kind, status: d.status, at });
    }
    if (/^[\p{L}][\p{L}\p{N} _-]{1,40}$/u.test(title.trim()) && title.trim().split(/\s+/).length <= 3) {
      out.push({ name: title.trim(), label: title.trim(), kind: 'subject', status: d.status, at });
    }
  }
  return out;
}

const norm = (s: string) =>
  s
    .toLowerCase()
    .replace(/[\s_-]+/g, '')
    .replace(/(?:ies)$/, 'y')
    .replace(/s$/, '');

/**
 * Section 0 and the rest of the spec agree: an option listed there as rejected, superseded, deferred
 * or out of scope is never a chosen integration, a key decision, the cache store, the job runner or a
 * designed entity elsewhere.
 */
export const ruledOutInUseRule: Rule = {
  code: 'check/ruled-out-in-use',
  description: 'nothing section 0 rules out appears as chosen, designed or in use elsewhere in the spec',
  check(spec) {
    const problems: Problem[] = [];
    const out = ruledOut(spec);
    const say = (o: (typeof out)[number], where: string, path: string) =>
      problems.push({ message: `${o.label} is ${o.status} in section 0 (${o.at}) but ${where}`, path });
    for (const o of out) {
      if (o.kind === 'provider') {
        for (const i of spec.integrations)
          if (i.status === 'chosen' && i.provider === o.name)
            say(o, `integration ${i.name} is in use`, `integrations.${i.provider}`);
      }
      if (o.kind === 'technology') {
        const word = new RegExp(
          `(?<![\\p{L}\\p{N}])${o.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`,
          'u',
        );
        for (const d of spec.decisions)
          if (d.origin.kind !== 'default' && word.test(d.choice))
            say(o, `the key decision "${d.topic}" is ${d.choice}`, `decisions.${d.topic}`);
        if (spec.caching?.store && word.test(spec.caching.store.value))
          say(o, 'it is the cache store', 'caching.store');
      }
      if (o.kind === 'subject') {
        for (const e of spec.entities)
          if (norm(e.name) === norm(o.name))
            say(o, `entity ${e.name} is designed (table ${e.table})`, `entities.${e.name}`);
      }
    }
    return {
      problems,
      evidence: `${out.length} ruled-out options compared with integrations, decisions, caching and entities`,
    };
  },
};

/** A job, integration or cache entry whose target the model lacks is not designed: it is a question. */
export const unresolvedTargetRule: Rule = {
  code: 'check/unresolved-target',
  description: 'every job, integration and cache entry names a target the model has',
  check(spec) {
    const problems: Problem[] = [];
    const tables = new Set(spec.entities.map((e) => e.table));
    for (const j of spec.jobs) {
      for (const step of j.steps) {
        if (/no matching table/.test(step))
          problems.push({ message: `job ${j.name} targets no table: ${step}`, path: `jobs.${j.name}` });
        for (const m of step.matchAll(
          /\b(?:from|into|update)\s+([a-z][a-z0-9_]*)\b(?= where| set| in one| \()/g,
        )) {
          if (tables.size > 0 && !tables.has(m[1]!)) {
            problems.push({
              message: `job ${j.name} targets table ${m[1]}, which the data model lacks`,
              path: `jobs.${j.name}`,
            });
          }
        }
      }
    }
    for (const i of spec.integrations)
      if (i.name.trim().length === 0)
        problems.push({
          message: `integration ${i.provider} has no name`,
          path: `integrations.${i.provider}`,
        });
    const entities = new Set(spec.entities.map((e) => e.name));
    for (const c of spec.caching?.entries ?? []) {
      if (c.kind !== 'entity') continue;
      const targets = c.invalidatedBy.map((w) => w.split('.')[0]!).filter((n) => n.length > 0);
      for (const t of targets)
        if (!entities.has(t))
          problems.push({
            message: `cache entry ${c.name} is invalidated by ${t}, which the data model lacks`,
            path: `caching.${c.name}`,
          });
    }
    return {
      problems,
      evidence: `${spec.jobs.length} jobs, ${spec.integrations.length} integrations, ${spec.caching?.entries.length ?? 0} cache entries checked for targets`,
    };
  },
};

export const CONSISTENCY_RULES: Rule[] = [ruledOutInUseRule, unresolvedTargetRule];
