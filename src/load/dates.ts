import type { SourceDocument } from '../model/sources.js';

/** Front matter keys that date a document's content, most specific first. */
const DATE_KEYS = [
  'updated',
  'lastUpdated',
  'last_updated',
  'lastModified',
  'last_modified',
  'modified',
  'completedAt',
  'date',
  'created',
];

const ISO_DATE = /(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)/g;

/**
 * Headings of a change log in the languages of the corpus and its neighbours (en, es, pt, fr, de,
 * fi, ko, zh, ja, ru): its latest row dates the document.
 */
const CHANGE_LOG =
  /change ?log|version history|revision history|document history|historial de (cambios|versiones)|control de versiones|hist[oó]rico de (altera[cç][oõ]es|vers[oõ]es)|historique|journal des modifications|änderungs(historie|protokoll)|versionshistorie|muutoshistoria|변경 ?(이력|내역)|버전 ?이력|变更(记录|历史)|修订(记录|历史)|版本历史|変更履歴|改訂履歴|история изменений/i;

/**
 * The date a document states for itself (`YYYY-MM-DD`): its front matter, else a date in its file
 * or folder name (`prd-2026-07-11/`), else the latest row of its change log. Never the file's
 * modification time, which a clone resets, so two runs on two clones agree.
 */
export function statedDate(doc: Pick<SourceDocument, 'path' | 'frontMatter' | 'body'>): string | null {
  for (const key of DATE_KEYS) {
    const v = doc.frontMatter?.[key];
    const d = v instanceof Date ? v.toISOString().slice(0, 10) : typeof v === 'string' ? firstDate(v) : null;
    if (d) return d;
  }
  const fromPath = latestDate(doc.path);
  if (fromPath) return fromPath;
  return changeLogDate(doc.body);
}

/** The front matter's `version` (`1.2`, `v2`), as numbers for comparing. */
export function statedVersion(doc: Pick<SourceDocument, 'frontMatter'>): number[] | null {
  const v = doc.frontMatter?.version;
  const s = typeof v === 'number' ? String(v) : typeof v === 'string' ? v : null;
  const m = s ? /(\d+(?:\.\d+)*)/.exec(s) : null;
  return m ? m[1]!.split('.').map(Number) : null;
}

export function compareVersions(a: number[], b: number[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

function firstDate(s: string): string | null {
  for (const m of s.matchAll(ISO_DATE)) if (valid(m)) return `${m[1]}-${m[2]}-${m[3]}`;
  return null;
}

export function latestDate(s: string): string | null {
  let best: string | null = null;
  for (const m of s.matchAll(ISO_DATE)) {
    if (!valid(m)) continue;
    const d = `${m[1]}-${m[2]}-${m[3]}`;
    if (best === null || d > best) best = d;
  }
  return best;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
/** `July 18, 2025`, `Oct 15, 2025`, `18 July 2025` (BMAD change logs write dates so). */
const WORD_DATE =
  /\b(?:(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? (\d{1,2}),? (\d{4})|(\d{1,2}) (jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? (\d{4}))\b/gi;

/** The latest date in a change-log row, ISO or written with an English month name. */
function latestRowDate(s: string): string | null {
  let best = latestDate(s);
  for (const m of s.matchAll(WORD_DATE)) {
    const month = MONTHS.indexOf((m[1] ?? m[5] ?? '').toLowerCase()) + 1;
    const day = Number(m[2] ?? m[4]);
    const year = m[3] ?? m[6];
    if (month < 1 || day < 1 || day > 31) continue;
    const d = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    if (best === null || d > best) best = d;
  }
  return best;
}

function valid(m: RegExpMatchArray): boolean {
  const month = Number(m[2]);
  const day = Number(m[3]);
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

/** The latest date in the rows under a change-log heading (up to the next heading). */
function changeLogDate(body: string): string | null {
  const lines = body.split('\n');
  let inLog = false;
  let best: string | null = null;
  for (const line of lines) {
    if (/^#{1,6}\s/.test(line)) {
      inLog = CHANGE_LOG.test(line);
      continue;
    }
    if (!inLog) continue;
    const d = latestRowDate(line.slice(0, 400));
    if (d && (best === null || d > best)) best = d;
  }
  return best;
}
