import * as path from 'node:path';
import type { SourceDocument, Supersession } from '../model/sources.js';
import { archiveFolderOf } from './classify.js';
import { statedDate } from './dates.js';

/**
 * Words of a banner saying THIS document is old, in the languages of the corpus and beyond (en, es,
 * pt, fr, de, it, nl, fi, ko, zh, ja, ru). `REPLACED`: its text no longer holds at all. `FROZEN`: it
 * still holds where a newer document does not change it. `INCREMENT`: this document is the newer
 * one, built on the other (an increment, a delta, "uses X as its baseline").
 */
const REPLACED =
  /\b(superseded|replaced by|obsolete|deprecated|no longer (valid|current|applies)|outdated)\b|reemplazad[oa]|sustituid[oa]|obsolet[oa]|substitu[ií]d[oa]|remplac[ée]|obsol[èe]te|ersetzt durch|abgel[öo]st|veraltet|sostituit[oa]|vervangen|korvattu|대체됨|폐기|废弃|已过时|被取代|廃止|置き換え|устарел|заменён|заменен/iu;
const FROZEN =
  /\b(frozen|not current|no longer current)\b|congelad[oa]|no vigente|gel[ée]e?\b|eingefroren|nicht (mehr )?aktuell|jäädytetty|동결|현행이 아니|冻结|凍結|заморожен/iu;
const INCREMENT =
  /\b(increment(al)?|delta|amendment|addendum to|builds on|on top of|as (its|the) baseline)\b|incremento|enmienda|como (l[ií]nea )?base|incr[ée]ment|avenant|inkrement|nachtrag|lis[äa]ys|증분|델타|기준선으로|增量|変更分|増分|инкремент|дополнение к/iu;
/** This document replaces the other outright. */
const REPLACES =
  /\b(supersedes|replaces)\b|reemplaza a|sustituye a|remplace\b|substitui\b|ersetzt(?! durch)/iu;

/** Front matter values that mark the document itself as old. */
const OLD_STATUS = /^(superseded|deprecated|obsolete|archived|replaced|frozen|baseline)$/i;
/** Front matter keys that name the document this one builds on or replaces. */
const BASE_KEYS = [
  'baseline',
  'baselineArchitecture',
  'baselinePrd',
  'baseline_document',
  'amends',
  'extends',
];
const REPLACES_KEYS = ['supersedes', 'replaces'];
const REPLACED_BY_KEYS = ['supersededBy', 'superseded_by', 'replacedBy', 'replaced_by'];

/** How many lines at the top of a document carry its status banner. */
const HEAD_LINES = 40;

/**
 * Which read document is a newer version of which, from (in order) the front matter's links and
 * status, a banner at the top naming the other document ("baseline (frozen) — current:
 * [increment](...)", "superseded by ..."), spec-kit feature order (`specs/003-x` after
 * `specs/001-y`; a summary at the specs root after the features it names), dated names of one
 * document (`prd-2026-06-17/` before `prd-2026-07-11/`), and archive folders.
 */
export function findSupersessions(documents: readonly SourceDocument[]): Supersession[] {
  const out = new Map<string, Supersession>();
  const add: Add = (older, newer, mode, why, extra = {}) => {
    if (older === newer) return;
    const key = `${older}\n${newer}`;
    const back = out.get(`${newer}\n${older}`);
    if (back || out.has(key)) return;
    out.set(key, { older, newer, mode, why, ...extra });
  };
  const resolve = referenceResolver(documents);

  for (const doc of documents) {
    const fm = doc.frontMatter ?? {};
    for (const key of BASE_KEYS) {
      const target = typeof fm[key] === 'string' ? resolve(doc, fm[key] as string) : null;
      if (target) add(target, doc.path, 'amends', `the newer names it as its baseline (${key})`);
    }
    for (const key of REPLACES_KEYS) {
      const target = typeof fm[key] === 'string' ? resolve(doc, fm[key] as string) : null;
      if (target) add(target, doc.path, 'replaces', `the newer says it ${key} it`);
    }
    for (const key of REPLACED_BY_KEYS) {
      const target = typeof fm[key] === 'string' ? resolve(doc, fm[key] as string) : null;
      if (target) add(doc.path, target, 'replaces', `its front matter says ${key}: ${target}`);
    }
    // The banner: the words of the first lines (references taken out, so that a file named
    // `increment-open-decisions.md` says nothing), and the other versions of this document it names.
    const head = doc.body.split('\n').slice(0, HEAD_LINES);
    const words = head.join('\n').replace(TOKEN, (t) => (isReference(t) ? ' ' : t));
    const status = typeof fm.status === 'string' ? fm.status.trim() : '';
    const replaced = REPLACED.exec(words);
    const frozen = FROZEN.exec(words);
    const increment = INCREMENT.exec(words) ?? REPLACES.exec(words);
    const oldAt = Math.min(
      replaced?.index ?? Infinity,
      frozen?.index ?? Infinity,
      OLD_STATUS.test(status) ? -1 : Infinity,
    );
    const newAt = increment?.index ?? Infinity;
    if (oldAt === Infinity && newAt === Infinity) continue;
    // Only another version of the same document: a PRD that cites "the frozen architecture" is not
    // thereby a version of it.
    const others = head
      .flatMap((line) => references(line))
      .map((r) => resolve(doc, r))
      .filter((r): r is string => r !== null && r !== doc.path)
      .map((r) => documents.find((d) => d.path === r)!)
      .filter((d) => d.kind === doc.kind && sameName(d.path, doc.path));
    const other = others[0];
    if (!other) continue;
    // Both kinds of words ("frozen baseline; the increment governs"): the stated dates decide, else
    // the words that come first describe this document.
    const isOlder =
      oldAt !== Infinity && newAt !== Infinity
        ? newerByDate(other, doc) || (!newerByDate(doc, other) && oldAt < newAt)
        : oldAt !== Infinity;
    const hit = isOlder ? (replaced ?? frozen) : increment;
    const quote = hit
      ? excerpt(words.slice(Math.max(0, hit.index - 30), hit.index + 50))
      : `status: ${status}`;
    if (isOlder)
      add(doc.path, other.path, replaced && !frozen ? 'replaces' : 'amends', `its banner: "${quote}"`);
    else
      add(
        other.path,
        doc.path,
        REPLACES.test(words) && !INCREMENT.test(words) ? 'replaces' : 'amends',
        `the newer builds on it: "${quote}"`,
      );
  }

  specKitOrder(documents, add);
  datedVersions(documents, add);
  archived(documents, add);
  return [...out.values()].sort((a, b) =>
    a.older < b.older ? -1 : a.older > b.older ? 1 : a.newer < b.newer ? -1 : a.newer > b.newer ? 1 : 0,
  );
}

/**
 * Two names of one document: equal, or one extends the other (`architecture` and
 * `architecture-increment-2026-07-12`, `design` and `design-v2`), dates and case aside. A decision
 * log naming the open-decisions file is not a version of it.
 */
function sameName(a: string, b: string): boolean {
  const stem = (p: string) =>
    path.posix
      .basename(p)
      .replace(/\.(md|markdown|mdx)$/i, '')
      .replace(DATE_IN_NAME, '')
      .toLowerCase()
      .replace(/[-_ .]+/g, '-')
      .replace(/^-|-$/g, '');
  const [x, y] = [stem(a), stem(b)];
  if (x === '' || y === '') return false;
  return x === y || x.startsWith(`${y}-`) || y.startsWith(`${x}-`);
}

type Add = (
  older: string,
  newer: string,
  mode: Supersession['mode'],
  why: string,
  extra?: Pick<Supersession, 'ownRequirementIds'>,
) => void;

function newerByDate(a: SourceDocument, b: SourceDocument): boolean {
  const da = statedDate(a);
  const db = statedDate(b);
  return !!da && !!db && da > db;
}

const excerpt = (line: string) => {
  const t = line
    .replace(/[>*_#`]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  return t.length > 80 ? `${t.slice(0, 77)}...` : t;
};

/**
 * A path-like token (no spaces, brackets, quotes or punctuation that ends a link). Tokens are cut
 * first and tested second: one regex for "a path ending in .md" backtracks quadratically on a long
 * run of path characters.
 */
const TOKEN = /[^\s()[\]<>`'"|,;:*]+/g;
const isReference = (t: string) => {
  const l = t.toLowerCase().replace(/#.*$/, '');
  return l.endsWith('.md') || l.endsWith('.markdown');
};

/** Paths a line names: markdown link targets and code spans or bare words ending in `.md`. */
function references(line: string): string[] {
  return (line.slice(0, 2000).match(TOKEN) ?? []).filter(isReference).map((t) => t.replace(/#.*$/, ''));
}

/** A reference → the read document it names: relative to the referrer, to the root, or by suffix. */
function referenceResolver(documents: readonly SourceDocument[]) {
  const paths = new Set(documents.map((d) => d.path));
  return (from: SourceDocument, ref: string): string | null => {
    const clean = ref.replace(/^\.\//, '').replace(/#.*$/, '');
    const relative = path.posix.normalize(path.posix.join(path.posix.dirname(from.path), clean));
    if (paths.has(relative)) return relative;
    if (paths.has(clean)) return clean;
    const bySuffix = documents.filter((d) => d.path === clean || d.path.endsWith(`/${clean}`));
    return bySuffix.length === 1 ? bySuffix[0]!.path : null;
  };
}

/** spec-kit: `specs/NNN-name/<file>`; later features amend the same file of earlier ones. */
const FEATURE = /^(.*?(?:^|\/)specs)\/(\d{3,})-[^/]+\/(.+)$/;

function specKitOrder(documents: readonly SourceDocument[], add: Add): void {
  const byFile = new Map<string, { n: number; path: string }[]>();
  const features = new Map<string, { root: string; folder: string; n: number }>();
  for (const d of documents) {
    const m = FEATURE.exec(d.path);
    if (!m) continue;
    const key = `${m[1]}\n${m[3]}`;
    byFile.set(key, [...(byFile.get(key) ?? []), { n: Number(m[2]), path: d.path }]);
    const folder = d.path.slice(m[1]!.length + 1).split('/')[0]!;
    features.set(`${m[1]}/${folder}`, { root: m[1]!, folder, n: Number(m[2]) });
  }
  for (const list of byFile.values()) {
    list.sort((a, b) => a.n - b.n);
    for (let i = 0; i + 1 < list.length; i++)
      add(
        list[i]!.path,
        list[i + 1]!.path,
        'amends',
        `a later spec-kit feature (${list[i + 1]!.n} after ${list[i]!.n})`,
        { ownRequirementIds: true },
      );
  }
  // A summary at the specs root that names features ("001-mvp") comes after them.
  for (const d of documents) {
    for (const { root, folder } of features.values()) {
      if (path.posix.dirname(d.path) !== root) continue;
      if (!d.body.includes(folder)) continue;
      for (const f of documents)
        if (f.path.startsWith(`${root}/${folder}/`) && f.kind !== 'other')
          add(f.path, d.path, 'amends', `a summary at the specs root that revises ${folder}`, {
            ownRequirementIds: true,
          });
    }
  }
}

const DATE_IN_NAME = /(?<!\d)\d{4}-\d{2}-\d{2}(?!\d)/g;

/**
 * One document kept under dated names (`prds/prd-x-2026-06-17/prd.md`, `architecture-2025-01.md`):
 * the later date is the newer version. It replaces the older when it repeats most of its headings
 * (a full rewrite), and amends it otherwise (a delta that leaves the rest in force).
 */
function datedVersions(documents: readonly SourceDocument[], add: Add): void {
  const groups = new Map<string, { date: string; doc: SourceDocument }[]>();
  for (const d of documents) {
    const dates = d.path.match(DATE_IN_NAME);
    if (!dates) continue;
    const key = `${d.kind}\n${d.path.replace(DATE_IN_NAME, '*')}`;
    groups.set(key, [...(groups.get(key) ?? []), { date: dates[dates.length - 1]!, doc: d }]);
  }
  for (const list of groups.values()) {
    if (list.length < 2) continue;
    list.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
    for (let i = 0; i + 1 < list.length; i++) {
      const older = list[i]!;
      const newer = list[i + 1]!;
      if (older.date === newer.date) continue;
      const mode = repeatsHeadings(older.doc, newer.doc) ? 'replaces' : 'amends';
      add(
        older.doc.path,
        newer.doc.path,
        mode,
        `a dated version of the same document (${newer.date} after ${older.date})`,
      );
    }
  }
}

function headings(doc: SourceDocument): Set<string> {
  return new Set(
    doc.body
      .split('\n')
      .filter((l) => /^#{1,3}\s/.test(l))
      .map((l) =>
        l
          .replace(/^#+\s*/, '')
          .replace(/[\d.]+\s*/, '')
          .trim()
          .toLowerCase(),
      ),
  );
}

function repeatsHeadings(older: SourceDocument, newer: SourceDocument): boolean {
  const a = headings(older);
  if (a.size === 0) return false;
  const b = headings(newer);
  let n = 0;
  for (const h of a) if (b.has(h)) n++;
  return n / a.size >= 0.6;
}

/** An archived document is replaced by a document of the same kind outside the archive. */
function archived(documents: readonly SourceDocument[], add: Add): void {
  for (const d of documents) {
    if (d.kind === 'other' || !archiveFolderOf(d.path)) continue;
    const current = documents.filter((c) => c.kind === d.kind && !archiveFolderOf(c.path));
    if (current.length === 0) continue;
    const best = [...current].sort((a, b) => (a.path < b.path ? -1 : 1))[0]!;
    add(d.path, best.path, 'replaces', `archived, and ${best.path} is a current ${d.kind} document`);
  }
}
