import pluralize from 'pluralize';
import { mentionPattern } from '../../knowledge/mention.js';
import type { SpecEntity } from '../../model/spec/data.js';
import { RunIndex } from '../api/statement-index.js';

const words = (s: string): string[] =>
  s
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 1)
    .map((w) => pluralize.singular(w));

/**
 * The entity a quantity's subject or a requirement names (`retention.audit-log` → AuditLog,
 * `reminder.appointment` → Appointment): all of the entity's name words must appear in the subject;
 * the entity with the most words wins (AuditLog over Log).
 */
export function entityForSubject(entities: readonly SpecEntity[], subject: string): SpecEntity | null {
  const have = new Set(words(subject));
  // The entities whose first name word is in the subject, from the index; among those naming all
  // their words, the most words win, then the first in the list (as a scan of the list in order).
  const byFirst = byFirstWord(entities);
  let best = -1;
  let bestScore = 0;
  for (const w of have)
    for (const i of byFirst.get(w) ?? []) {
      const need = nameWords(entities[i]!.name);
      if (!need.every((x) => have.has(x))) continue;
      if (need.length > bestScore || (need.length === bestScore && i < best)) {
        best = i;
        bestScore = need.length;
      }
    }
  if (best >= 0) return entities[best]!;
  // The documents' own plural ("Rechnungen" for Rechnung, "facturas" for Factura, the stated table
  // `rechnungen`): the language-aware mention pattern, the longest name first.
  for (const e of fallbackCandidates(entities, subject))
    if (mentionPattern(e.name).test(subject) || (e.table.length > 3 && tablePattern(e.table).test(subject)))
      return e;
  return null;
}

/**
 * Asked per requirement and quantity with all entities (thousands × thousands on big documents):
 * a name's words, the entities by length and a table's pattern are each made once.
 */
const wordsOfName = new Map<string, string[]>();
export function nameWords(name: string): string[] {
  let out = wordsOfName.get(name);
  if (out === undefined) {
    out = words(name);
    wordsOfName.set(name, out);
  }
  return out;
}

const firstWordIndex = new WeakMap<readonly SpecEntity[], { size: number; index: Map<string, number[]> }>();
function byFirstWord(entities: readonly SpecEntity[]): Map<string, number[]> {
  let kept = firstWordIndex.get(entities);
  if (!kept || kept.size !== entities.length) {
    const index = new Map<string, number[]>();
    entities.forEach((e, i) => {
      const first = nameWords(e.name)[0];
      if (first === undefined) return;
      const list = index.get(first);
      if (list) list.push(i);
      else index.set(first, [i]);
    });
    kept = { size: entities.length, index };
    firstWordIndex.set(entities, kept);
  }
  return kept.index;
}

const byLength = new WeakMap<readonly SpecEntity[], { size: number; sorted: SpecEntity[] }>();
function longestFirst(entities: readonly SpecEntity[]): SpecEntity[] {
  let kept = byLength.get(entities);
  // The list is the spec's, read-only by then; its size guards against a caller that grew it.
  if (!kept || kept.size !== entities.length) {
    kept = { size: entities.length, sorted: [...entities].sort((a, b) => b.name.length - a.name.length) };
    byLength.set(entities, kept);
  }
  return kept.sorted;
}

/**
 * The entities, longest name first, whose mention or table pattern may match the subject: those
 * whose name's runs the subject holds (RunIndex, a superset) and those whose table is one of its
 * words. Every retention sentence that named no entity by its words ran every entity's pattern
 * (quantities × entities, a second of a 1 MB document of 5,000 entities); the patterns still decide.
 */
interface Fallback {
  size: number;
  names: RunIndex<SpecEntity>;
  tables: Map<string, SpecEntity[]>;
  /** Tables that are not one plain word: always tried. */
  always: SpecEntity[];
  rank: Map<SpecEntity, number>;
}
const fallbacks = new WeakMap<readonly SpecEntity[], Fallback>();
function fallbackCandidates(entities: readonly SpecEntity[], subject: string): SpecEntity[] {
  let kept = fallbacks.get(entities);
  if (!kept || kept.size !== entities.length) {
    const sorted = longestFirst(entities);
    const tables = new Map<string, SpecEntity[]>();
    const always: SpecEntity[] = [];
    for (const e of sorted) {
      if (e.table.length <= 3) continue;
      if (!/^\w+$/.test(e.table)) always.push(e);
      else {
        const key = e.table.toLowerCase();
        const list = tables.get(key);
        if (list) list.push(e);
        else tables.set(key, [e]);
      }
    }
    kept = {
      size: entities.length,
      names: new RunIndex(
        sorted,
        (e) => mentionPattern(e.name),
        (e) => e.name,
      ),
      tables,
      always,
      rank: new Map(sorted.map((e, i) => [e, i])),
    };
    fallbacks.set(entities, kept);
  }
  const found = kept.names.candidates(subject);
  for (const e of kept.always) found.add(e);
  // `\btable\b`, case-insensitive, for a table of word characters: one whole word of the subject.
  for (const [word] of subject.matchAll(/\w+/g))
    for (const e of kept.tables.get(word.toLowerCase()) ?? []) found.add(e);
  const rank = kept.rank;
  return [...found].sort((a, b) => rank.get(a)! - rank.get(b)!);
}

const tablePatterns = new Map<string, RegExp>();
function tablePattern(table: string): RegExp {
  let re = tablePatterns.get(table);
  if (!re) {
    re = new RegExp(`\\b${table}\\b`, 'i');
    tablePatterns.set(table, re);
  }
  return re;
}

/** Entities whose name starts with another's first word (RateCardItem belongs with RateCard). */
export function sameAggregate(parent: SpecEntity, child: SpecEntity): boolean {
  if (parent.name === child.name) return false;
  return child.name.startsWith(parent.name) || firstWord(child.name) === firstWord(parent.name);
}

/** The first of a name's singular words, kept per name (sameAggregate is asked per pair of entities). */
const firstWords = new Map<string, string | undefined>();
function firstWord(name: string): string | undefined {
  if (!firstWords.has(name)) firstWords.set(name, words(name)[0]);
  return firstWords.get(name);
}

export function kebab(name: string): string {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .toLowerCase()
    .replace(/^-|-$/g, '');
}

/** The creation timestamp column an age-based purge compares against. */
export function createdColumn(entity: SpecEntity): string {
  const f = entity.fields.find((x) =>
    /^(created_?at|created|inserted_?at|timestamp|occurred_?at)$/i.test(x.column),
  );
  return f?.column ?? 'created_at';
}

/** Human duration for seconds: `7 years`, `8 hours`, `15 minutes`. */
export function duration(seconds: number): string {
  const units: [number, string][] = [
    [31536000, 'year'],
    [2592000, 'month'],
    [604800, 'week'],
    [86400, 'day'],
    [3600, 'hour'],
    [60, 'minute'],
  ];
  for (const [size, name] of units) {
    if (seconds >= size && seconds % size === 0) {
      const n = seconds / size;
      return `${n} ${n === 1 ? name : `${name}s`}`;
    }
  }
  // 7 years stated as 220752000 s (365.xx days): round to the largest unit.
  for (const [size, name] of units) {
    if (seconds >= size) {
      const n = Math.round(seconds / size);
      return `${n} ${n === 1 ? name : `${name}s`}`;
    }
  }
  return `${seconds} seconds`;
}

/** A cron expression for a period in seconds (minute granularity; daily jobs at 03:00 UTC, off-peak). */
export function cronFor(seconds: number): string {
  if (seconds < 3600) return `*/${Math.max(1, Math.round(seconds / 60))} * * * *`;
  if (seconds < 86400) return `0 */${Math.max(1, Math.round(seconds / 3600))} * * *`;
  if (seconds < 604800) return '0 3 * * *';
  if (seconds < 2592000) return '0 3 * * 1';
  return '0 3 1 * *';
}
