import { findProviders } from '../knowledge/providers.js';
import { findTechnologies } from '../knowledge/technologies.js';
import { parentheticalReason } from './reason-words.js';
import { cellScope } from './status.js';
import type { ScopeStatus } from './types.js';

/**
 * A decision log's row, read cell by cell: "| D3 | Background work | SQS + EventBridge Scheduler;
 * Temporal (rejected: too much to run for a team of three) | Accepted |". The id column names the
 * row, never an option; the options column lists every option the row weighed, the winner among
 * them, each with the status its own parenthesis writes ("(rejected: reason)"), which beats the
 * row's status. Read by the stack, integrations, decisions and scope extractors alike.
 */

/** Headers of a column of row ids: "#", "ID", "No.", "Nr.", "N°", "Ref". */
const ID_HEADER = /^[\s*_]*(?:#|id|no\.?|nr\.?|n[°º]\.?|ref\.?|núm\.?|num\.?)[\s*_]*$/iu;
/** A row id: "D4", "ADR-002", "DEC_7" (letters then digits, nothing else). */
const ID_CELL = /^\s*\p{Lu}{1,6}[-_]?\d{1,4}[a-z]?\s*$/u;

/**
 * A decision's id written before its subject as its label: "D3: Temporal", "ADR-007 — Kafka",
 * "#12. Redis Streams", "Decision 4 - Nightly export" (and the other languages' word for decision).
 * The separator is required, so "D3 Background work" or "#1 priority" stay whole.
 */
const DECISION_LABEL =
  /^\s*(?:ADR[-\s]?\d+|D-?\d+|DEC[-_]?\d+|(?:decision|decisión|decisão|décision|entscheidung|decisione|besluit)\s+\d+|#\d+)\s*(?:[:.–—]|\s-)\s*(?=\S)/iu;

/** The subject without the decision id its label opens with ("D3: Temporal" → "Temporal"). */
export function withoutDecisionId(subject: string): string {
  return subject.replace(DECISION_LABEL, '').trim() || subject;
}

/**
 * The columns that hold row ids: headed "#" / "ID", or a column whose every cell (two rows at least)
 * is an id with the same letters ("D1", "D2", …). Never an option, a subject or a slot label.
 */
export function idColumns(header: readonly string[], rows: readonly (readonly string[])[]): boolean[] {
  return header.map((h, i) => {
    if (ID_HEADER.test(h)) return true;
    const cells = rows.map((r) => r[i] ?? '');
    if (cells.length < 2 || !cells.every((c) => ID_CELL.test(c))) return false;
    const prefixes = new Set(cells.map((c) => c.trim().replace(/[-_]?\d.*$/u, '')));
    return prefixes.size === 1;
  });
}

/**
 * A column that lists every option a row weighed, the winner among them ("Options considered",
 * "Opciones consideradas", "Opções consideradas", "Options envisagées", "Betrachtete Optionen",
 * "Opzioni considerate"). Unlike "Alternatives" or "Rejected", its header rejects nothing: each
 * option's own words, then the row's status, decide.
 */
const OPTIONS_HEADER =
  /^[\s*_]*(?:options?(?: (?:considered|evaluated|weighed|compared))?|(?:considered|evaluated) options|opciones(?: (?:consideradas|evaluadas))?|opç(?:ões|oes)(?: (?:consideradas|avaliadas))?|options (?:envisagées|considérées|évaluées|étudiées)|(?:betrachtete|geprüfte|erwogene|bewertete) optionen|optionen|opzioni(?: (?:considerate|valutate))?)[\s*_:]*$/iu;

export function optionsColumns(header: readonly string[]): boolean[] {
  return header.map((h, i) => i > 0 && OPTIONS_HEADER.test(h));
}

export interface CellOption {
  /** The option as written, without its parenthesis ("SQS + EventBridge Scheduler", "passwords"). */
  name: string;
  /** Where the name starts in the cell. */
  offset: number;
  /** Its own status (from its parenthesis) or the row's; `null` when neither decides it. */
  status: ScopeStatus | null;
  /** Why, when its parenthesis says ("too much to run for a team of three", "not needed at this size"). */
  reason: string | null;
  /** Its status was written beside it, not taken from the row. */
  ownStatus: boolean;
  /** The technology or provider catalogue knows the name. */
  known: boolean;
}

/** The options of one options cell, each with its status: its own parenthesis first, then the row's. */
export function optionsInCell(cell: string, rowStatus: ScopeStatus | null): CellOption[] {
  const items = itemsOf(cell);
  const read: CellOption[] = items.map(({ text, offset }) => {
    const lead = text.length - text.trimStart().length;
    const body = text.trim().replace(/[.]+$/u, '');
    const paren = body.indexOf('(');
    const name = (paren >= 0 ? body.slice(0, paren) : body).trim();
    const inside = paren >= 0 ? body.slice(paren + 1).replace(/\)\s*$/u, '') : '';
    // "(rejected: overlap queries need SQL)", "(rechazada: …)", "(écartée)", "(deferred to v2)".
    const [word, ...rest] = inside.split(/[:：—–]\s*/u);
    const own = word ? cellScope(word.trim()) : null;
    const ownStatus = own !== null && own !== 'undecided' && own !== 'proposed';
    const reason = ownStatus
      ? rest.join(': ').trim() || null
      : paren >= 0
        ? parentheticalReason(body.slice(paren))
        : null;
    const status: ScopeStatus | null = ownStatus ? own : null;
    return {
      name,
      offset: offset + lead,
      status,
      reason,
      ownStatus,
      known: findTechnologies(name).length > 0 || findProviders(name).length > 0,
    };
  });
  const open = read.filter((o) => !o.ownStatus);
  // An accepted row names one winner: when every other open option carries a reason beside it, the
  // one without a reason is the choice and the reasons say why the others were not taken
  // ("PostgreSQL filters; Elasticsearch (not needed at this size)"). Otherwise the row's status
  // decides only a lone open option; several stay undecided.
  const winners = open.filter((o) => o.reason === null);
  for (const o of open) {
    if (rowStatus === 'chosen') {
      if (open.length === 1) o.status = 'chosen';
      else if (winners.length === 1) o.status = o === winners[0] ? 'chosen' : 'rejected';
    } else o.status = rowStatus;
  }
  return read.filter((o) => o.name.length >= 2);
}

/** Items split at the semicolons (or, with none, the commas) outside parentheses. */
function itemsOf(cell: string): { text: string; offset: number }[] {
  const sep = /;/.test(cell.replace(/\([^()]*\)/gu, '')) ? ';' : ',';
  const out: { text: string; offset: number }[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i <= cell.length; i++) {
    const c = cell[i];
    if (c === '(') depth++;
    else if (c === ')' && depth > 0) depth--;
    else if (i === cell.length || (depth === 0 && c === sep)) {
      if (cell.slice(from, i).trim()) out.push({ text: cell.slice(from, i), offset: from });
      from = i + 1;
    }
  }
  return out;
}
