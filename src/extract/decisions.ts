import type { Block, TableBlock } from '../markdown/blocks.js';
import { plainText } from '../markdown/parse.js';
import type { DecisionRecord, ScopeStatement } from '../model/domain.js';
import { fromSource } from '../model/origin.js';
import { rowScope, statusColumns } from '../read/index.js';
import { optionsColumns, optionsInCell, withoutDecisionId } from '../read/option-cell-words.js';
import { optionSetAside, optionsListed } from '../read/option-list-words.js';
import { labelledLines, splitLabel } from './mentions/blocks.js';
import { labelStatus } from './mentions/status.js';
import type { Extractor } from './types.js';

/**
 * Architecture decisions and the alternatives that lost: ADR headings with a Status line
 * (accepted / proposed / superseded by ADR-00X / rejected / deprecated), decision tables
 * ("Rejected: ...", "Selected"), "Why not X?" rows, bullets under "Alternatives considered",
 * struck-out options (`~~X~~`) and "X is excluded / was superseded" sentences. Reconcile lists the
 * losers and checks that no chosen technology is one of them.
 */
export const decisionsExtractor: Extractor = {
  name: 'decisions',
  extract: ({ doc, md }) => {
    const out: DecisionRecord[] = [];
    const scope: ScopeStatement[] = [];
    const at = (line: number, quote: string) => fromSource(doc.path, line, quote.slice(0, 160));
    const blocks = md.blocks;
    for (let i = 0; i < blocks.length; i++) {
      const b = blocks[i]!;
      if (b.kind === 'heading') {
        const adr = ADR_HEADING.exec(plainText(b.text));
        if (adr) {
          const status = statusAfter(blocks, i);
          const record: DecisionRecord = {
            id: adr[1]!.replace(/\s+/g, '-'),
            title: adr[2]!.trim(),
            status: status?.status ?? 'accepted',
            origin: at(b.line, b.text),
          };
          if (status?.supersededBy) record.supersededBy = status.supersededBy;
          out.push(record);
        }
        continue;
      }
      if (b.kind === 'table') {
        out.push(...fromTable(b, doc.path));
        continue;
      }
      if (b.kind === 'code') continue;
      out.push(...unknownAlternatives(b, doc.path));
      const limited = b.kind === 'list-item' ? releaseLimited(b, doc.path) : null;
      if (limited) scope.push(limited);
      const text = b.text;
      const plain = plainText(text);
      // "~~Option~~ — replaced by ...": struck out = no longer the plan.
      // A struck task followed by "Complete"/"Done" is finished work, not a dropped option.
      const done =
        /~~\s*[—–-]?\s*\**\s*(?:complete[d]?|done|finished|implemented|valmis|tehty|completad[oa]|hech[oa]|concluíd[oa]|feito)\b/i.test(
          text,
        );
      for (const m of done ? [] : text.matchAll(/~~(.+?)~~/g)) {
        out.push({
          title: plainText(m[1]!),
          status: 'superseded',
          reason: plain.slice(0, 160),
          origin: at(b.line, plain),
        });
      }
      const whyNot = WHY_NOT.exec(plain);
      if (whyNot) {
        out.push({
          title: whyNot[1]!.trim(),
          status: 'rejected',
          reason: whyNot[2]?.trim() || plain,
          origin: at(b.line, plain),
        });
        continue;
      }
      const stated = STATED_STATUS.exec(plain);
      if (stated && b.kind === 'list-item') {
        const status = statusOf(stated[2]!);
        if (status && status !== 'accepted' && status !== 'proposed')
          out.push({
            title: stated[1]!.trim(),
            status,
            reason: plain.slice(0, 160),
            origin: at(b.line, plain),
          });
        continue;
      }
      // Bullets under "Alternatives considered" that say they lost.
      if (b.kind === 'list-item' && b.headingPath.some((h) => ALTERNATIVES.test(h))) {
        const lost =
          /\b(rejected|not chosen|discarded|declined|hylätty|rechazad[oa]|rejeitad[oa]|descartad[oa]|zamítnut[oaéý]?)\b|否决|放弃|不采纳/i.exec(
            plain,
          );
        if (lost) {
          const title = plain.split(/\s[—–-]\s|:\s|：|\s\(|,\s/)[0]!.trim();
          out.push({ title, status: 'rejected', reason: plain.slice(0, 160), origin: at(b.line, plain) });
        }
      }
    }
    return {
      fragment: {
        ...(out.length > 0 ? { decisions: out } : {}),
        ...(scope.length > 0 ? { scope } : {}),
      },
      diagnostics: [],
    };
  },
};

const ADR_HEADING = /^(ADR[-\s]?\d+|Decision\s+\d+|D-\d+)\s*[:.–—-]?\s*(.+)$/i;
const WHY_NOT = /^(?:Why not|Miksi ei|¿?Por qué no|Por que não)\s+(.+?)\??\s*(?:[:|]\s*(.*))?$/i;
const ALTERNATIVES =
  /alternatives?|options? considered|considered options|vaihtoehdo|alternativas|zvažované (?:možnosti|varianty)|alternativy|(?:考虑|评估)过的方案|备选方案|候选方案/i;
const STATED_STATUS =
  /^(.{2,80}?)\s+(?:is|was|are|were|has been|have been)\s+(excluded|rejected|superseded|deprecated|dropped|abandoned|replaced)\b/i;

function statusOf(word: string): DecisionRecord['status'] | null {
  const w = word.toLowerCase();
  if (
    /^(accepted|approved|adopted|selected|chosen|decided|hyväksytty|valittu|aceptad|aprobad|aceit|aprovad|selecionad)/.test(
      w,
    )
  )
    return 'accepted';
  if (/^(proposed|draft|open|ehdotettu|propuest|propost)/.test(w)) return 'proposed';
  if (/^(superseded|replaced|korvattu|reemplazad|substituíd|substituid)/.test(w)) return 'superseded';
  if (/^(rejected|excluded|dropped|abandoned|declined|hylätty|rechazad|rejeitad|descartad)/.test(w))
    return 'rejected';
  if (/^(deprecated|obsolete|vanhentunut|obsolet|deprecad)/.test(w)) return 'deprecated';
  return null;
}

/** The `Status:` line within an ADR section (before the next heading). */
function statusAfter(
  blocks: Block[],
  at: number,
): { status: DecisionRecord['status']; supersededBy?: string } | null {
  for (let j = at + 1; j < blocks.length; j++) {
    const b = blocks[j]!;
    if (b.kind === 'heading') {
      // "### Status" sub-heading: the next paragraph holds the value.
      if (/^(status|tila|estado)$/i.test(plainText(b.text))) continue;
      break;
    }
    if (b.kind !== 'paragraph' && b.kind !== 'list-item') continue;
    const plain = plainText(b.text);
    const m =
      /^(?:(?:status|tila|estado)\s*[:-]\s*)?(\p{L}+)(?:\s+(?:by|with|in favour of|by:)\s+([A-Z]+[-\s]?\d+))?/iu.exec(
        plain,
      );
    const labelled = /^(status|tila|estado)\s*[:-]/i.test(plain);
    const prevIsStatusHeading =
      blocks[j - 1]?.kind === 'heading' &&
      /^(status|tila|estado)$/i.test(plainText((blocks[j - 1] as { text: string }).text));
    if (!m || (!labelled && !prevIsStatusHeading)) continue;
    const status = statusOf(m[1]!);
    if (!status) return null;
    const by = /(ADR[-\s]?\d+|D-\d+)/i.exec(plain.slice(m[1]!.length));
    return status === 'superseded' && by ? { status, supersededBy: by[1]!.replace(/\s+/g, '-') } : { status };
  }
  return null;
}

const DECISION_HEADER =
  /^(decision|outcome|verdict|choice|päätös|valinta|decisión|decisão|decyzja|решение|结论|決定|决定|决策|рішення)$/i;
/** In an options table only these words are verdicts ("Approved"/"Declined" there are data values). */
const TABLE_VERDICT: [RegExp, DecisionRecord['status']][] = [
  [
    /^(selected|chosen|accepted|adopted|valittu|hyväksytty|seleccionad[oa]|elegid[oa]|escolhid[oa]|selecionad[oa]|已?采纳|已?采用|已?选定)$/i,
    'accepted',
  ],
  // Chinese verdicts: 否决 (rejected), 放弃 (dropped), 不采纳 (not adopted).
  [
    /^(rejected|discarded|not chosen|hylätty|rechazad[oa]|descartad[oa]|rejeitad[oa]|已?否决|已?放弃|不采纳|未采纳)$/i,
    'rejected',
  ],
  [/^(superseded|replaced|korvattu|已被?替代|已被?取代)$/i, 'superseded'],
  [/^(deprecated|vanhentunut|obsolet[oa]|已?废弃)$/i, 'deprecated'],
];

/** "| Database-per-tenant | Yes | Rejected: too much overhead |" and "| Why not MySQL? | ... |" rows. */
function fromTable(t: TableBlock, file: string): DecisionRecord[] {
  const header = t.header.map((h) => plainText(h));
  const col = header.findIndex((h) => DECISION_HEADER.test(h));
  const out: DecisionRecord[] = [];
  const rows = t.rows.map((r) => r.cells.map((c) => plainText(c)));
  const statuses = statusColumns(header, rows);
  const options = statuses.some(Boolean) ? optionsColumns(header) : [];
  for (const [r, row] of t.rows.entries()) {
    const cells = rows[r]!;
    // A decision log's options cell: the options that lost and that no catalogue knows ("Temporal
    // (rejected: too much to run)", "passwords (rejected)"); the stack and integrations readers carry
    // the names they know, with the same statuses.
    // The row's id (`D3`) names the decision, not the option that lost it: the option is listed
    // under its own name ("Temporal"), the row cited as its source.
    const scoped = rowScope(cells, statuses, header);
    for (const [i, cell] of cells.entries()) {
      if (!options[i]) continue;
      for (const o of optionsInCell(cell, scoped)) {
        if (o.known || (o.status !== 'rejected' && o.status !== 'superseded')) continue;
        out.push({
          title: withoutDecisionId(o.name),
          status: o.status,
          ...(o.reason ? { reason: o.reason } : {}),
          origin: fromSource(file, row.line, cells.join(' | ').slice(0, 160)),
        });
      }
    }
    const label = cells[0] ?? '';
    const quote = cells.join(' | ').slice(0, 160);
    const whyNot = WHY_NOT.exec(label);
    if (whyNot) {
      out.push({
        title: whyNot[1]!.trim(),
        status: 'rejected',
        reason: cells[1] ?? '',
        origin: fromSource(file, row.line, quote),
      });
      continue;
    }
    if (col < 0) continue;
    const verdict = cells[col] ?? '';
    const m = /^(\p{L}+(?: chosen)?)\s*[:—–-]?\s*(.*)$/u.exec(verdict);
    const status = m ? (TABLE_VERDICT.find(([re]) => re.test(m[1]!))?.[1] ?? null) : null;
    if (!status || !label) continue;
    // "| D3: Temporal | Rejected: … |": the id is the row's label, not part of what was decided.
    const record: DecisionRecord = {
      title: withoutDecisionId(label),
      status,
      origin: fromSource(file, row.line, quote),
    };
    if (m?.[2]) record.reason = m[2];
    out.push(record);
  }
  return out;
}

/**
 * The options a labelled list of alternatives rejects that the technology and provider catalogues do
 * not know ("**Alternativas consideradas**: Z-API (não oficial), Zenvia."): the stack and
 * integrations readers carry the names they know, with their status; these would otherwise vanish.
 * Each is rejected with the reason its parenthesis gives, never chosen. Also the items under a lead
 * "- Alternatives considered:" that lists them as children.
 */
/**
 * A label that introduces a list of alternatives (not a bare "Rejected:", which as often gives a
 * reason as names, nor a singular "Alternative:", one option described), in en, es, pt, fr, de, it.
 */
const ALTERNATIVES_LABEL =
  /alternatives|alternativas|alternativen|alternative (?:considerate|valutate|scartate|escluse)|(?:considered|rejected|evaluated|discarded) (?:alternatives?|options?)|options? (?:considered|evaluated|rejected)|opciones|opções|opzioni|options (?:envisagées|écartées|évaluées)|optionen|(?<!\p{L})alternatif(?!\p{L})|opsi yang (?:dipertimbangkan|ditolak)/iu;
const listsAlternatives = (label: string): boolean =>
  ALTERNATIVES_LABEL.test(label) && labelStatus(label) === 'rejected';

function unknownAlternatives(b: Block, file: string): DecisionRecord[] {
  const lists: { text: string; line: number; quote: string }[] = [];
  if (b.kind === 'paragraph')
    for (const l of labelledLines(b.text)) {
      const split = splitLabel(l.text);
      if (split && listsAlternatives(split.label))
        lists.push({ text: split.rest, line: b.line + l.offset, quote: plainText(l.text) });
    }
  if (b.kind === 'list-item') {
    const split = splitLabel(b.text);
    if (split && listsAlternatives(split.label))
      lists.push({ text: split.rest, line: b.line, quote: plainText(b.text) });
    const lead = b.parents?.[b.parents.length - 1];
    const parent = lead ? /^([^:：]{2,60}?)\s*[:：]\s*$/u.exec(plainText(lead).trim())?.[1] : undefined;
    if (!split && parent && listsAlternatives(parent))
      lists.push({ text: plainText(b.text), line: b.line, quote: plainText(b.text) });
  }
  const out = lists.flatMap((l) =>
    optionsListed(l.text.replace(/\s*\n\s*/g, ' '))
      .filter((o) => !o.known)
      .map((o) => ({
        title: o.name,
        status: 'rejected' as const,
        ...(o.reason ? { reason: o.reason } : {}),
        origin: fromSource(file, l.line, l.quote.slice(0, 160)),
      })),
  );
  // "- Azure Cosmos DB — fravalgt: …", "- **Barion** — elvetve (ADR-003).": an item whose own verdict
  // follows the option's name, under any lead or heading.
  if (b.kind === 'list-item') {
    const text = plainText(b.text).replace(/\s*\n\s*/g, ' ');
    const o = optionSetAside(text);
    // "- **SMS** — не используется в MVP": out of the MVP, read by the scope reader, never rejected.
    if (o && !o.known && !o.release && !out.some((r) => r.title === o.name))
      out.push({
        title: o.name,
        status: 'rejected' as const,
        ...(o.reason ? { reason: o.reason } : {}),
        origin: fromSource(file, b.line, text.slice(0, 160)),
      });
  }
  return out;
}

/**
 * "- **SMS** — не используется в MVP", "- Push notifications — not used in v1": an item whose verdict
 * holds for one release is out of scope for that release, with the verdict as its note.
 */
function releaseLimited(b: Extract<Block, { kind: 'list-item' }>, file: string): ScopeStatement | null {
  const text = plainText(b.text).replace(/\s*\n\s*/g, ' ');
  const o = optionSetAside(text);
  if (!o?.release || o.known) return null;
  const note = text
    .slice(text.indexOf(o.name) + o.name.length)
    .replace(/^[\s*_]*[—–-]\s*/u, '')
    .replace(/[.;]+$/u, '')
    .trim();
  return {
    subject: o.name,
    scope: 'out-of-scope',
    origin: fromSource(file, b.line, text.slice(0, 160)),
    ...(note ? { reason: note } : {}),
  };
}
