import * as path from 'node:path';
import type { SourceDocument } from '../model/sources.js';
import { archiveFolderOf } from './classify.js';
import { statedDate } from './dates.js';

/** A document read no further because another copy of the same text is read. */
export interface DuplicateFinding {
  path: string;
  /** The copy that is read (a file, or a shard folder ending in `/`). */
  of: string;
  reason: string;
  /** The copy not read states a newer date than the one read (the config decided otherwise). */
  newerThanRead?: string;
}

/** Share of a monolith's lines found in its shards (or one copy's in another) that makes it a copy. */
const SAME_TEXT = 0.6;
/** Two loose copies: share of the union of their lines they have in common. */
const NEAR_COPY = 0.8;
/** Downstream folders whose copies of planning documents lose to the planning folder's. */
const DOWNSTREAM = /(^|\/)(implementation-artifacts|stories|sprints?|tasks)(\/|$)/i;

/**
 * Lines that identify content: trimmed, list and heading markers and emphasis removed, spaces
 * collapsed, lower-cased; short lines (`---`, `## Goals`) say nothing about which copy it is.
 */
export function contentLines(body: string): Set<string> {
  const out = new Set<string>();
  for (const raw of body.split('\n')) {
    const trimmed = raw.trim();
    // Every step below only shortens a line (lower-casing lengthens only `İ`, U+0130): one already
    // too short is skipped unread.
    if (trimmed.length < 16 && !trimmed.includes('\u0130')) continue;
    const line = trimmed
      .replace(/^(?:[#>*+-]|\d+[.)])+\s*/, '')
      .replace(/[*_`]/g, '')
      .replace(/\s+/g, ' ')
      .toLowerCase();
    if (line.length >= 16 && !/^[|:\s-]+$/.test(line)) out.add(line);
  }
  return out;
}

function overlap(a: Set<string>, b: Set<string>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let n = 0;
  for (const x of small) if (large.has(x)) n++;
  return n;
}

export interface DuplicateOptions {
  /** `prdSharded` / `architectureSharded` from a BMAD v4 config, per document kind. */
  sharded?: Partial<Record<'prd' | 'architecture', boolean>>;
  /** Folders the config names as the planning folder: their copies win over copies elsewhere. */
  preferredFolders?: string[];
}

/**
 * Finds documents whose content another read document already holds:
 * - a monolithic `x.md` beside its shard folder `x/` (BMAD v4 sharding): the config's sharded flag
 *   decides which is read, else the one with the newer stated date, else the shards;
 * - two copies of one document in different folders: the newer stated date, else the copy in the
 *   planning folder over one in an archive or a downstream folder, else the first path.
 */
export function findDuplicates(
  documents: readonly SourceDocument[],
  options: DuplicateOptions = {},
): DuplicateFinding[] {
  const lines = new Map(documents.map((d) => [d.path, contentLines(d.body)]));
  const out: DuplicateFinding[] = [];
  const gone = new Set<string>();
  const mark = (p: string, of: string, reason: string, newerThanRead?: string) => {
    if (gone.has(p)) return;
    gone.add(p);
    out.push({ path: p, of, reason, ...(newerThanRead ? { newerThanRead } : {}) });
  };

  // Monolith and shards.
  for (const mono of documents) {
    const folder = mono.path.replace(/\.(md|markdown|mdx)$/i, '');
    const shards = documents.filter((d) => d !== mono && d.path.startsWith(`${folder}/`));
    if (shards.length < 2) continue;
    const mine = lines.get(mono.path)!;
    if (mine.size === 0) continue;
    const union = new Set<string>();
    for (const s of shards) for (const l of lines.get(s.path)!) union.add(l);
    const shared = overlap(mine, union);
    if (shared / mine.size < SAME_TEXT) continue;
    const share = `${Math.round((100 * shared) / mine.size)}% of its lines`;
    const flagKind = mono.kind === 'prd' || mono.kind === 'architecture' ? mono.kind : null;
    const flag = flagKind ? options.sharded?.[flagKind] : undefined;
    const monoDate = statedDate(mono);
    const shardDate = shards
      .map((s) => statedDate(s))
      .reduce<string | null>((a, b) => (b && (!a || b > a) ? b : a), null);
    let shardsWin: boolean;
    let why: string;
    if (flag !== undefined) {
      shardsWin = flag;
      why = `the config says ${flagKind}Sharded: ${flag}`;
    } else if (monoDate && shardDate && monoDate !== shardDate) {
      shardsWin = shardDate > monoDate;
      why = `the ${shardsWin ? 'shards are' : 'monolith is'} newer (${shardsWin ? shardDate : monoDate})`;
    } else {
      shardsWin = true;
      why = 'neither is newer; the shards are read';
    }
    // The config decided, yet the copy left out says it is newer: read, but say so.
    const lostNewer =
      flag !== undefined &&
      monoDate &&
      shardDate &&
      monoDate !== shardDate &&
      shardDate > monoDate !== shardsWin
        ? shardsWin
          ? `${monoDate} against ${shardDate}`
          : `${shardDate} against ${monoDate}`
        : undefined;
    if (shardsWin) {
      mark(
        mono.path,
        `${folder}/`,
        `monolithic copy of the shards in ${folder}/ (${share}); ${why}`,
        lostNewer,
      );
    } else {
      for (const s of shards) {
        const own = lines.get(s.path)!;
        // A shard with text the monolith lacks is read as well.
        if (own.size === 0 || overlap(own, mine) / own.size >= SAME_TEXT)
          mark(s.path, mono.path, `shard of ${mono.path}, which holds its text; ${why}`, lostNewer);
      }
    }
  }

  // Loose copies in other folders.
  const rest = documents.filter((d) => !gone.has(d.path) && lines.get(d.path)!.size > 0);
  for (let i = 0; i < rest.length; i++) {
    for (let j = i + 1; j < rest.length; j++) {
      const a = rest[i]!;
      const b = rest[j]!;
      if (gone.has(a.path) || gone.has(b.path)) continue;
      if (path.posix.dirname(a.path) === path.posix.dirname(b.path) && a.kind !== b.kind) continue;
      const la = lines.get(a.path)!;
      const lb = lines.get(b.path)!;
      if (Math.min(la.size, lb.size) / Math.max(la.size, lb.size) < NEAR_COPY) continue;
      const shared = overlap(la, lb);
      const jaccard = shared / (la.size + lb.size - shared);
      if (jaccard < NEAR_COPY) continue;
      const { keep, drop, why } = pickCopy(a, b, options);
      const same =
        jaccard === 1
          ? 'identical copy'
          : `near-identical copy (${Math.round(100 * jaccard)}% of lines shared)`;
      mark(drop.path, keep.path, `${same} of ${keep.path}; ${why}`);
    }
  }
  return out.sort((x, y) => (x.path < y.path ? -1 : x.path > y.path ? 1 : 0));
}

function pickCopy(
  a: SourceDocument,
  b: SourceDocument,
  options: DuplicateOptions,
): { keep: SourceDocument; drop: SourceDocument; why: string } {
  const da = statedDate(a);
  const db = statedDate(b);
  if (da && db && da !== db) {
    const [keep, drop] = da > db ? [a, b] : [b, a];
    return { keep, drop, why: `the one read is newer (${keep === a ? da : db})` };
  }
  const score = (d: SourceDocument) => {
    if ((options.preferredFolders ?? []).some((f) => d.path.startsWith(`${f}/`))) return 0;
    if (archiveFolderOf(d.path)) return 3;
    if (DOWNSTREAM.test(d.path)) return 2;
    return 1;
  };
  const sa = score(a);
  const sb = score(b);
  if (sa !== sb) {
    const [keep, drop] = sa < sb ? [a, b] : [b, a];
    const where =
      score(drop) === 3
        ? 'an archive'
        : score(drop) === 2
          ? 'a downstream folder'
          : 'outside the configured folder';
    return { keep, drop, why: `the other copy lies in ${where}` };
  }
  const [keep, drop] = a.path.length <= b.path.length ? [a, b] : [b, a];
  return { keep, drop, why: 'neither is newer; the one with the shorter path is read' };
}
