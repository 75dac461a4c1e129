import { stripAccents } from '../../knowledge/inflect.js';
import { fromRule } from '../../model/origin.js';
import type { SecurityFact } from '../../model/security-facts.js';
import type { Endpoint, TransactionBoundary } from '../../model/spec/api.js';
import type { SpecEntity } from '../../model/spec/data.js';
import type { Resource } from '../api/resources.js';

const LOG = /(audit|log|event|history|activity|trail|journal)/i;

/** Entities by name and by the entity they reference, built once per entity list (one scan, not one per endpoint). */
interface EntityIndex {
  length: number;
  byName: Map<string, SpecEntity>;
  referencing: Map<string, SpecEntity[]>;
}
const entityIndexes = new WeakMap<SpecEntity[], EntityIndex>();
function entityIndex(entities: SpecEntity[]): EntityIndex {
  const known = entityIndexes.get(entities);
  if (known?.length === entities.length) return known;
  const byName = new Map<string, SpecEntity>();
  const referencing = new Map<string, SpecEntity[]>();
  for (const x of entities) {
    if (!byName.has(x.name)) byName.set(x.name, x);
    for (const target of new Set(x.fields.flatMap((f) => (f.references ? [f.references.entity] : [])))) {
      const list = referencing.get(target);
      if (list) list.push(x);
      else referencing.set(target, [x]);
    }
  }
  const index = { length: entities.length, byName, referencing };
  entityIndexes.set(entities, index);
  return index;
}

/** The entities whose resource is nested under another entity's resource. */
const parentsOf = new WeakMap<Map<string, Resource>, { size: number; parents: Set<string> }>();
function parentEntities(resources: Map<string, Resource>): Set<string> {
  let cached = parentsOf.get(resources);
  if (cached?.size !== resources.size) {
    const parents = new Set(
      [...resources.values()].flatMap((c) => (c.parent ? [c.parent.resource.entity.name] : [])),
    );
    cached = { size: resources.size, parents };
    parentsOf.set(resources, cached);
  }
  return cached.parents;
}

/**
 * The rule that makes an operation transactional, or null: it writes more than one table, so the
 * writes must commit or fail together (one database transaction; PostgreSQL docs §3.4).
 * - a state change that also appends to the entity's history/event table;
 * - a soft delete that also marks the owned children deleted;
 * - creating an append-only record that changes the state of the record it references
 *   (a payment settling an invoice);
 * - registering an account in a multi-tenant product (the tenant and its first user).
 */
export function transactionRule(
  e: Endpoint,
  resources: Map<string, Resource>,
  entities: SpecEntity[],
): string | null {
  if (!e.entity) {
    if (e.operationId === 'register' && entities.some((x) => x.tenantColumn))
      return 'derive/transaction-register-tenant-and-user';
    return null;
  }
  const r = resources.get(e.entity);
  if (!r) return null;
  const index = entityIndex(entities);
  const referencing = index.referencing.get(e.entity) ?? [];
  if (
    e.action === 'action' &&
    e.method !== 'GET' &&
    referencing.some((x) => x.appendOnly && LOG.test(x.name))
  )
    return 'derive/transaction-state-change-with-history';
  if (e.action === 'delete' && r.entity.softDelete && parentEntities(resources).has(e.entity))
    return 'derive/transaction-cascading-soft-delete';
  if (e.action === 'create' && (r.kind === 'append-only' || r.entity.appendOnly)) {
    const targets = r.entity.fields
      .filter((f) => f.references)
      .map((f) => index.byName.get(f.references!.entity))
      .filter((x): x is SpecEntity => x !== undefined);
    if (
      targets.some((t) =>
        t.fields.some((f) => /^(status|state|balance|amountPaid|paidAmount|outstanding\w*)$/i.test(f.name)),
      )
    )
      return 'derive/transaction-record-updates-referenced-state';
  }
  return null;
}

type TransactionFact = Extract<SecurityFact, { kind: 'transaction' }>;

/** The stated transaction facts, picked once per fact list (asked once per endpoint). */
const transactionLists = new WeakMap<readonly SecurityFact[], { length: number; list: TransactionFact[] }>();
function transactionFacts(facts: readonly SecurityFact[]): readonly TransactionFact[] {
  const known = transactionLists.get(facts);
  if (known?.length === facts.length) return known.list;
  const list = facts.filter((f): f is TransactionFact => f.kind === 'transaction');
  transactionLists.set(facts, { length: facts.length, list });
  return list;
}

const norm = (w: string) => stripAccents(w.toLowerCase());
const nameWords = (name: string) =>
  name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[\s_]+/)
    .filter(Boolean);
/** `loan` is named by `loan`, `loans`, `loan's`; `entry` by `entries`. */
const names = (word: string, noun: string) => {
  const w = norm(word);
  return w === noun || w === `${noun}s` || w === `${noun}es` || w === noun.replace(/y$/, 'ies');
};
const verbOf = (operationId: string) => nameWords(operationId)[0] ?? '';
/** A sentence names an operation's verb when a word starts with its stem (`creating` for `create`). */
const namesVerb = (words: readonly string[], verb: string) =>
  verb.length >= 4 && words.some((w) => norm(w).startsWith(verb.replace(/e$/, '')));

/**
 * The stated transaction facts that name this endpoint's records: every word of the entity's name
 * is in the sentence, and the sentence names this operation's verb or none of the entity's write
 * verbs (then it speaks of every write of the record: "all state mutations are written atomically").
 */
function statedFor(
  e: Endpoint,
  siblings: readonly Endpoint[],
  stated: readonly TransactionFact[],
): TransactionFact[] {
  if (!e.entity || e.method === 'GET') return [];
  const entityWords = nameWords(e.entity);
  const verbs = [...new Set(siblings.filter((x) => x.method !== 'GET').map((x) => verbOf(x.operationId)))];
  return stated.filter((f) => {
    if (!entityWords.every((x) => f.words.some((w) => names(w, x)))) return false;
    const named = verbs.filter((v) => namesVerb(f.words, v));
    return named.length === 0 || named.includes(verbOf(e.operationId));
  });
}

/**
 * The transaction boundary of one operation, with its source: a stated mechanism that names the
 * operation's records beats every derivation (a stated "no transaction" included); else the named
 * derivation rule (several tables written together), citing a stated policy for such writes
 * ("operations involving multiple statements are enclosed in transactions") when there is one.
 */
export function transactionOf(
  e: Endpoint,
  siblings: readonly Endpoint[],
  facts: readonly SecurityFact[],
  derivedRule: string | null,
): TransactionBoundary | undefined {
  const stated = transactionFacts(facts);
  // A version column is checked when a record changes; a create has no version to check.
  const own = statedFor(e, siblings, stated).filter(
    (f) => f.mechanism !== 'optimistic-version' || e.action !== 'create',
  );
  // A mechanism that keeps writers apart says more than "atomic"; the first sentence of a kind wins.
  const rank: TransactionFact['mechanism'][] = [
    'none',
    'eventual',
    'row-lock',
    'advisory-lock',
    'optimistic-version',
    'outbox',
    'atomic',
  ];
  const best = own.sort((a, b) => rank.indexOf(a.mechanism) - rank.indexOf(b.mechanism))[0];
  if (best)
    return {
      scope: best.mechanism === 'none' || best.mechanism === 'eventual' ? 'none' : 'one',
      mechanism: best.mechanism,
      origin: best.origin,
    };
  if (!derivedRule) return undefined;
  const policy = stated.find((f) => f.policy && f.mechanism === 'atomic');
  const ref =
    policy?.origin.kind === 'source' ? [{ file: policy.origin.file, line: policy.origin.line }] : [];
  return { scope: 'one', mechanism: 'atomic', origin: fromRule(derivedRule, ref) };
}
