import { findProviders } from '../../knowledge/providers.js';
import { concernsOfLabel, findTechnologies } from '../../knowledge/technologies.js';
import type { Block } from '../../markdown/blocks.js';
import { latin1Flat, plainText } from '../../markdown/parse.js';
import type { SourceDocument } from '../../model/sources.js';
import {
  choosesLabel,
  defersLabel,
  isRejectionSentence,
  labelEndsInVerdict,
  noteColumns,
  reasonAfterNames,
  reasonStart,
  rejectsLabel,
  restReason,
  rowScope,
  sentencesOf,
  statedSlot,
  statusColumns,
  verdictReason,
} from '../../read/index.js';
import { idColumns, optionsColumns, optionsInCell } from '../../read/option-cell-words.js';
import {
  cellStatus,
  DECISION_LABEL,
  fromScope,
  headingStatus,
  labelStatus,
  type MentionStatus,
  STACK_HEADER,
} from './status.js';

/**
 * A piece of text to scan for named options, with the slot label it sits under (`Database`, `Email`)
 * and the status its position gives it: a row of a technology table or a labelled line
 * (`**Database:** PostgreSQL`) states a choice; prose only mentions.
 */
export interface Passage {
  text: string;
  line: number;
  /** Label of the slot (`Cache`, `Backend framework`), when the text sits under one. */
  label: string | null;
  /**
   * `chosen` for a technology-table cell or a `Decision:` line; `labelled` when the text sits under a
   * label (a table row's first cell, `Database: ...`) and is a choice only if the reader recognises
   * the label; `mentioned` for prose.
   */
  base: 'chosen' | 'labelled' | 'mentioned';
  /** A status forced by the enclosing heading or a status cell (rejected, future, ...). */
  forced: MentionStatus | null;
  /** The row is a question ("Why not MongoDB?"): nothing in it is a choice. */
  question: boolean;
  /** A table row's Notes / Reason / Motivo / Begründung cell: why the row's option won or lost. */
  note?: string;
  /** A technology table row's Version cell (`| Database | PostgreSQL | 16 (Amazon RDS) |`). */
  version?: string;
}

/** A column headed Version, in en, es, pt, fr, de, it, nl, fi and ru. */
const VERSION_HEADER =
  /^(?:versions?|versi[oó]n|vers[aã]o|versione|versie|versio|verzió|verze|wersja|sürüm|версия|release|バージョン|版本|버전|גרסה|الإصدار|النسخة)$/i;

const LABELLED = /^([^:：]{2,60}?)\s*[:：]\s*(.+)$/s;
const DASH_LABELLED = /^(?:\*\*|__)([^*_]{2,60})(?:\*\*|__)\s*[—–-]\s+(.+)$/s;

function stripHeadingId(text: string): string {
  return text.replace(/^\s*(?:[A-Z]{1,5}-?\d+[:.]?|\d+(?:\.\d+)*\.?)\s*/, '').trim();
}

/** Splits `Label: rest` (or a bold `**Label** — rest`) into its parts. */
export function splitLabel(raw: string): { label: string; rest: string } | null {
  // Both parts one byte per character when they fit (`latin1Flat`): a label cut from a line with an
  // em dash is otherwise a two-byte slice, and every reader pattern would be compiled again for it.
  const dash = DASH_LABELLED.exec(raw.trim());
  if (dash) return { label: latin1Flat(dash[1]!.trim()), rest: plainText(dash[2]!) };
  const m = LABELLED.exec(plainText(raw));
  if (!m) return null;
  const label = latin1Flat(stripHeadingId(m[1]!));
  if (label.length < 2 || /https?$/i.test(label)) return null;
  return { label, rest: latin1Flat(m[2]!) };
}

const cache = new WeakMap<Block, Passage[]>();

/**
 * The passages of one block, in reading order. Code blocks are skipped: commands are not choices.
 * Cached per block: the stack and integrations extractors read the same passages.
 */
/**
 * The status of what a label names: the section's, unless the text after it rejects it ("Out of
 * scope: - SEPA transfers via PSD2: evaluated and rejected for v1" is rejected, not deferred).
 */
function labelVerdict(rest: string, forced: MentionStatus | null): MentionStatus | null {
  if ((forced === null || forced === 'out-of-scope' || forced === 'future') && rejectsLabel(rest))
    return 'rejected';
  // "- **Stripe** — good API, but payouts in EUR. Rejected.": the item closes with its verdict.
  if (forced === null && sentencesOf(rest).some((s, i) => i > 0 && isRejectionSentence(s.text)))
    return 'rejected';
  // Under "Alternatives considered", "- FCM push: deferred (phase 2)" waits for a later phase: the
  // item's own verdict is more precise than the heading's.
  if (forced === 'rejected' && defersLabel(rest)) return 'future';
  // "- **PostgreSQL 16** — chosen: …" among the options considered is the one the record chose.
  if (forced === 'rejected' && choosesLabel(rest)) return null;
  return forced;
}

/** The reason a verdict after a label gives, as the label passage's note (the rejected options table shows it). */
/**
 * The reason a verdict label's line gives for the names it sets aside ("**Rejected:** Stripe,
 * because its fees are higher"), as the note of the passage that names them.
 */
function verdictLabelReason(label: string, rest: string): { note?: string } {
  const status = labelStatus(label);
  if (status !== 'rejected' && status !== 'superseded') return {};
  const reason = reasonAfterNames(rest);
  return reason ? { note: reason } : {};
}

function labelReason(rest: string, label: string, status: MentionStatus | null): { note?: string } {
  // "Stripe wurde geprüft und abgelehnt: die Gebühr …", and under "Verworfene Alternativen" the
  // item "RabbitMQ als Broker: zusätzlicher Dienst …": what follows the label says why.
  const lost = status === 'rejected' || status === 'superseded' || labelEndsInVerdict(label);
  const reason = verdictReason(rest) ?? (lost ? restReason(rest) : null);
  return reason ? { note: reason } : {};
}

/**
 * A line that opens with a bold label and a colon, outside the bold or inside it (`**Storage**:
 * PostgreSQL 16`, `**Rejected:** Stripe, because …`).
 */
const LABEL_LINE = /^\s*\*\*(?:[^*\n]{1,60}\*\*\s*[:：]|[^*\n]{1,60}[:：]\s*\*\*)/u;
/** A line that opens with a plain short label (`Decision: PostgreSQL`, `Alternativas consideradas: …`). */
const PLAIN_LABEL_LINE = /^\s*\p{L}[\p{L} ]{1,38}:\s+\S/u;

/**
 * What opens a labelled line in this paragraph: a bold label always; a plain one when the paragraph
 * opens with one and has another ("Decision: X\nRationale: …\nAlternatives considered: …").
 */
function labelLineOf(lines: readonly string[]): (line: string) => boolean {
  const plain =
    PLAIN_LABEL_LINE.test(lines[0] ?? '') && lines.filter((l) => PLAIN_LABEL_LINE.test(l)).length >= 2;
  return plain ? (l) => LABEL_LINE.test(l) || PLAIN_LABEL_LINE.test(l) : (l) => LABEL_LINE.test(l);
}

/**
 * The lines of a paragraph of labelled lines, each with the continuation lines that wrap it: in
 * research.md "**Alternativas consideradas**: MongoDB (…),\nFirebase Firestore (…)." is one
 * statement, and its second line names a rejected option as much as the first. A line that opens
 * with a label of its own starts a new statement; `offset` is the line's index in the paragraph.
 */
export function labelledLines(text: string): { text: string; offset: number; labelled: boolean }[] {
  const lines = text.split('\n');
  const isLabel = labelLineOf(lines);
  const out: { text: string; offset: number; labelled: boolean }[] = [];
  lines.forEach((l, i) => {
    const last = out[out.length - 1];
    if (last?.labelled && !isLabel(l) && l.trim().length > 0)
      last.text = `${last.text.trimEnd()} ${l.trim()}`;
    else out.push({ text: l, offset: i, labelled: isLabel(l) });
  });
  return out;
}

/** The technologies and providers a text names outside its brackets ("GoodJob (jobs in PostgreSQL)"). */
function optionNames(text: string): Set<string> {
  const bare = plainText(text).replace(/\([^)]*\)/g, ' ');
  return new Set([
    ...findTechnologies(bare).map((m) => m.tech.name),
    ...findProviders(bare).map((m) => m.provider.id),
  ]);
}

/**
 * Whether an item's reason is free of its heading's status: the label names an option and the reason
 * does not name it again ("Stripe: rejected — Pix on Stripe needs…" keeps Stripe rejected).
 */
function reasonFree(label: string, rest: string): boolean {
  const own = optionNames(label);
  if (own.size === 0) return false;
  for (const n of optionNames(rest)) if (own.has(n)) return false;
  return true;
}

export function passagesOf(block: Block): Passage[] {
  let hit = cache.get(block);
  if (!hit) {
    const forced = headingStatus(block.headingPath) ?? parentItemStatus(block);
    hit = computePassages(block).flatMap((p) => apartFromReason(p, forced));
    cache.set(block, hit);
  }
  return hit;
}

/**
 * A verdict label sets aside the names before its reason, never the reason's own ("**Rejected:**
 * Liquibase, because the team prefers plain SQL over XML changelogs" rejects Liquibase, not plain
 * SQL): the reason becomes a passage of its own, its names left to their own words.
 */
function apartFromReason(p: Passage, forcedByBlock: MentionStatus | null): Passage[] {
  if (forcedByBlock !== null || p.base !== 'labelled' || p.label === null) return [p];
  if (p.forced !== 'rejected' && p.forced !== 'superseded') return [p];
  const at = reasonStart(p.text);
  if (at <= 0) return [p];
  return [
    { ...p, text: p.text.slice(0, at) },
    { text: p.text.slice(at), line: p.line, label: null, base: 'mentioned', forced: null, question: false },
  ];
}

function computePassages(block: Block): Passage[] {
  const forced = headingStatus(block.headingPath) ?? parentItemStatus(block);
  switch (block.kind) {
    case 'code':
      return [];
    case 'heading': {
      const split = splitLabel(block.text);
      if (split) {
        return [
          {
            label: split.label,
            text: split.rest,
            line: block.line,
            base: 'labelled',
            forced,
            question: false,
          },
        ];
      }
      return [
        {
          text: plainText(block.text),
          line: block.line,
          label: null,
          base: 'mentioned',
          forced,
          question: false,
        },
      ];
    }
    case 'paragraph':
    case 'list-item': {
      // spec-kit's "Technical Context": one paragraph of `**Label**: value` lines, each its own slot.
      if (block.kind === 'paragraph' && block.text.includes('\n')) {
        const lines = labelledLines(block.text);
        if (lines.filter((l) => l.labelled).length >= 2)
          return lines.flatMap(({ text: l, offset: i }) => {
            const split = splitLabel(l);
            const line = block.line + i;
            // Each line is its own labelled passage, so its label speaks for it alone: research.md's
            // "**Decision**: BullMQ" chooses, "**Alternatives considered**: pg-boss" rejects.
            const decision = split !== null && DECISION_LABEL.test(split.label);
            return split
              ? [
                  {
                    text: split.rest,
                    line,
                    label: decision
                      ? stripHeadingId(block.headingPath[block.headingPath.length - 1] ?? '')
                      : split.label,
                    base: decision ? ('chosen' as const) : ('labelled' as const),
                    forced: forced ?? labelStatus(split.label),
                    question: false,
                    ...verdictLabelReason(split.label, split.rest),
                  },
                  {
                    text: split.label,
                    line,
                    label: null,
                    base: 'mentioned' as const,
                    forced: labelVerdict(split.rest, forced),
                    question: false,
                    ...labelReason(split.rest, split.label, labelVerdict(split.rest, forced)),
                  },
                ]
              : [
                  {
                    text: plainText(l),
                    line,
                    label: null,
                    base: 'mentioned' as const,
                    forced,
                    question: false,
                  },
                ];
          });
      }
      const split = splitLabel(block.text);
      if (split) {
        const decision = DECISION_LABEL.test(split.label);
        const fromLabel = labelStatus(split.label);
        const label = decision
          ? stripHeadingId(block.headingPath[block.headingPath.length - 1] ?? '')
          : split.label;
        // An alternatives list's item names its option in the label ("GoodJob (jobs in PostgreSQL):
        // rejected — it would avoid Redis"): the heading rejects the label's option, and the names its
        // reason cites keep what their own words say (read/read.ts reads items the same way).
        const labelNames = forced !== null && reasonFree(split.label, split.rest);
        return [
          {
            text: split.rest,
            line: block.line,
            label,
            base: decision ? 'chosen' : 'labelled',
            forced: labelNames ? fromLabel : (forced ?? fromLabel),
            question: false,
            ...verdictLabelReason(split.label, split.rest),
          },
          {
            text: split.label,
            line: block.line,
            label: null,
            base: 'mentioned',
            forced: labelVerdict(split.rest, forced),
            question: false,
            ...labelReason(split.rest, split.label, labelVerdict(split.rest, forced)),
          },
        ];
      }
      return [
        {
          text: plainText(block.text),
          line: block.line,
          label: null,
          base: 'mentioned',
          forced,
          question: false,
        },
      ];
    }
    case 'table': {
      // In a technology table only the columns headed "Technology", "Choice", ... state choices.
      const choiceColumn = block.header.map((h) => STACK_HEADER.test(plainText(h)));
      const stackTable = choiceColumn.some(Boolean);
      const out: Passage[] = [];
      const rows = block.rows.map((r) => r.cells.map(plainText));
      const columns = statusColumns(block.header.map(plainText), rows);
      const notes = noteColumns(block.header.map(plainText));
      const versionColumn = block.header.findIndex((h) => VERSION_HEADER.test(plainText(h).trim()));
      // A column headed "Alternatives considered", "Rejected", "Out of scope" or "Phase 2" gives
      // every cell under it that status, whatever the row decided ("| Database | PostgreSQL |
      // MongoDB, DynamoDB |").
      const header = block.header.map(plainText);
      // An id column ("#", "D4") is never an option nor the row's label; a decision log's "Options
      // considered" column holds the winner too: each option there takes its own status, then the row's.
      const ids = idColumns(header, rows);
      const optionCells = columns.some(Boolean) ? optionsColumns(header) : header.map(() => false);
      const columnStatus = header.map((h, i) => (optionCells[i] ? null : headingStatus([h])));
      const labelAt = Math.max(
        0,
        ids.findIndex((id) => !id),
      );
      for (const [r, row] of block.rows.entries()) {
        const cells = rows[r]!;
        const first = cells[labelAt] ?? '';
        const question = /\?\s*$/.test(first) || /^why\b/i.test(first);
        // A status column (✅/❌, Accepted, Rechazado, Écarté) governs the whole row; a chosen row
        // leaves each clause's own words to speak ("PostgreSQL over MongoDB").
        const scoped = rowScope(cells, columns, header);
        const status =
          scoped === 'chosen'
            ? null
            : (fromScope(scoped) ??
              // A Version column's "v2" is the version of the row's choice, not a later release.
              cells.map((c, i) => (i === versionColumn ? null : cellStatus(c))).find((s) => s !== null) ??
              null);
        // "| Laravel Breeze | ❌ Trop simple, pas de DDD |": the verdict symbol is the status, not the reason.
        const note = cells
          .filter((c, i) => notes[i] && c.trim().length > 0)
          .map((c) => c.replace(/^\s*(?:❌|✅|⚠️?|✗|✘|✔️?|☑️?|✓|⛔|🚫|⏳)\s*/u, ''))
          .join('; ')
          .trim();
        for (let i = 0; i < cells.length; i++) {
          if (ids[i]) continue;
          const label = i <= labelAt ? (header[i] ?? null) : first;
          if (optionCells[i] && !question) {
            for (const o of optionsInCell(cells[i]!, scoped)) {
              out.push({
                text: o.name,
                line: row.line,
                label,
                base: 'labelled',
                // An option nothing decides is only mentioned, whatever the slot label says.
                forced:
                  o.status === null ? 'mentioned' : o.status === 'chosen' ? forced : fromScope(o.status),
                question,
                ...(o.reason ? { note: o.reason } : {}),
              });
            }
            continue;
          }
          out.push({
            text: cells[i]!,
            line: row.line,
            label: question ? null : label,
            base: question
              ? 'mentioned'
              : (scoped === 'chosen' && i === labelAt) ||
                  choiceColumn[i] ||
                  (stackTable && i === labelAt && !choiceColumn.some((c, j) => c && j > labelAt))
                ? 'chosen'
                : // Beside a choice column, the version and reason cells state no choice of their own
                  // ("| Jobs | River | 0.13 | queue on PostgreSQL, no Redis |").
                  i > labelAt && !stackTable
                  ? 'labelled'
                  : // "| Queue and cache | Redis 7 | BullMQ for jobs |": a label naming two slots
                    // leaves the note to name what fills the second; the slot still has to fit.
                    notes[i] && stackTable && concernsOfLabel(first).length > 1
                    ? 'labelled'
                    : 'mentioned',
            forced:
              columnStatus[i] ?? forced ?? status ?? (i > labelAt && !question ? labelStatus(first) : null),
            question,
            ...(note && !notes[i] ? { note } : {}),
            ...(versionColumn > 0 && choiceColumn[i] && cells[versionColumn]
              ? { version: cells[versionColumn]! }
              : {}),
          });
        }
      }
      return out;
    }
  }
}

/**
 * The sentences of a prose block that name the slot they fill ("We use Prisma as the ORM", "Als ORM
 * nutzen wir Drizzle"; read/slot-words.ts), each as a passage labelled with that slot. Only the stack
 * reads these: a labelled line states a choice, and so does such a sentence.
 */
export function slotPassages(block: Block): Passage[] {
  if ((block.kind !== 'paragraph' && block.kind !== 'list-item') || splitLabel(block.text)) return [];
  const forced = headingStatus(block.headingPath) ?? parentItemStatus(block);
  // A wrapped line of a list item is the same sentence ("We use Prisma\nas the ORM"); the segmenter
  // takes a line feed for a sentence's end.
  return sentencesOf(plainText(block.text).replace(/\n/g, ' ')).flatMap((s) => {
    const label = statedSlot(s.text);
    return label
      ? [{ text: s.text, line: block.line, label, base: 'labelled' as const, forced, question: false }]
      : [];
  });
}

/**
 * Front matter values (`techStack: { database: PostgreSQL }`) as labelled passages, each at the line
 * where its key is written.
 */
export function frontMatterPassages(doc: SourceDocument): Passage[] {
  if (!doc.frontMatter) return [];
  const lines = doc.text.split('\n').slice(0, doc.bodyLineOffset);
  const out: Passage[] = [];
  const walk = (value: unknown, key: string) => {
    if (typeof value === 'string') {
      const idx = lines.findIndex((l) => new RegExp(`^\\s*-?\\s*${escapeRegExp(key)}\\s*:`).test(l));
      out.push({
        text: value,
        line: idx >= 0 ? idx + 1 : 1,
        label: key,
        base: 'labelled',
        forced: null,
        question: false,
      });
    } else if (Array.isArray(value)) {
      for (const v of value) walk(v, key);
    } else if (value && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) walk(v, k);
    }
  };
  walk(doc.frontMatter, '');
  return out;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The status an enclosing list item's lead gives a nested item: the bullets under "2. **Phase 2
 * (Multi-Server):**" or "- Post-MVP:" are not built now. Only the lead before its colon is read, as
 * a heading would be.
 */
function parentItemStatus(block: Block): MentionStatus | null {
  if (block.kind !== 'list-item' || !block.parents) return null;
  const leads = block.parents.flatMap((p) => {
    const lead = /^([^:]{2,60}):/.exec(plainText(p).trim())?.[1];
    return lead ? [lead] : [];
  });
  return leads.length > 0 ? headingStatus(leads) : null;
}
