import { findMeasures, type Measure } from '../knowledge/durations.js';
import { findProviders } from '../knowledge/providers.js';
import { matchDefinition } from '../knowledge/requirement-ids.js';
import { dailyCron } from '../knowledge/time-of-day.js';
import type { Block, TableBlock } from '../markdown/blocks.js';
import { plainText } from '../markdown/parse.js';
import type { Quantity } from '../model/domain.js';
import { fromSource } from '../model/origin.js';
import { pointsBackToLinkOrCode } from '../read/anaphor-words.js';
import { lastAnd } from '../read/and-words.js';
import {
  contentWords,
  messageChannel,
  namesBackup,
  periodAction,
  periodActWord,
  periodSince,
  reminderEvent,
  retentionBound,
} from '../read/period-words.js';
import { isProviderLimit, readLimitSubject } from '../read/rate-limit-words.js';
import { statedPeriod } from '../read/schedule-words.js';
import { vietnameseNounPhrase } from '../read/vietnamese-force.js';
import { classify, slugWords } from './facts/quantity-rules.js';
import type { Extractor } from './types.js';

/**
 * Measured values a document states (token lifetimes, session timeouts, retention periods, latency
 * targets, rate limits, page sizes, upload limits, ...) as `Quantity` facts keyed by the vocabulary
 * in knowledge/quantity-keys.ts. Read from table rows (the row label and the column header name the
 * value), list items and paragraphs (the clause around the number names it), and `KEY=value` lines
 * in env/yaml code blocks. One value per key, value and document: a number restated in the same
 * document is not a second fact.
 */
export const quantitiesExtractor: Extractor = {
  name: 'quantities',
  extract: ({ doc, md }) => {
    const out: Quantity[] = [];
    const seen = new Set<string>();
    const push = (q: Quantity) => {
      const id = `${q.key}|${q.value}`;
      if (seen.has(id)) return;
      seen.add(id);
      out.push(q);
    };
    // The list items that enclose the current one, by depth: "Polling (no WebSockets):" governs
    // the intervals listed under it.
    const parents: string[] = [];
    for (const b of md.blocks) {
      const heading = b.headingPath[b.headingPath.length - 1] ?? '';
      const headingPath = b.headingPath.join(' ');
      if (b.kind === 'list-item') parents.length = b.depth;
      else parents.length = 0;
      const context = `${headingPath} ${parents.join(' ')}`;
      if (b.kind === 'table')
        for (const q of fromTable(b, doc.path, headingPath)) push(clientSide(q, context));
      else if (b.kind === 'paragraph' || b.kind === 'list-item') {
        for (const q of fromText(b, doc.path, heading, headingPath)) push(clientSide(q, context));
      } else if (b.kind === 'code') for (const q of fromConfigLines(b, doc.path)) push(q);
      if (b.kind === 'list-item') parents[b.depth] = b.text.slice(0, 200);
    }
    return { fragment: out.length > 0 ? { parameters: out } : {}, diagnostics: [] };
  },
};

/**
 * A period under a polling heading or list ("Polling (no WebSockets): badges every 15 s") is how often
 * a client asks, not recurring work of the backend: it is a sync interval, never a job.
 */
const CLIENT_POLLING =
  /\bpoll(?:s|ing|ed)?\b|wire:poll|auto[- ]?refresh|sondeo|actualizaci[oó]n autom[aá]tica|rafra[iî]chissement|atualiza[çc][ãa]o autom[aá]tica|automatische aktualisierung/i;

/** A heartbeat is a client telling the server it is still there (a lock's tab is open), not a job. */
const HEARTBEAT = /\bheart-?beats?\b|\bkeep-?alive\b|\blatido\b/i;

function clientSide(q: Quantity, context: string): Quantity {
  if (!q.key.startsWith('schedule.')) return q;
  const quote = q.origin.kind === 'source' ? (q.origin.quote ?? '') : '';
  if (!CLIENT_POLLING.test(context) && !HEARTBEAT.test(`${q.label} ${quote}`)) return q;
  return { ...q, key: `sync.${q.key.slice('schedule.'.length)}` };
}

function quantity(
  m: Measure,
  around: Parameters<typeof classify>[1],
  file: string,
  line: number,
  label: string,
  requirement: string | undefined,
  quote: string,
): Quantity | null {
  const c = classify(m, around);
  if (!c) return null;
  // "Backups are kept 30 days": the backups' period is the deployment's, no table's retention.
  const backup = c.key.startsWith('retention.') && namesBackup(`${label} ${around.prefix ?? around.before}`);
  const q: Quantity = {
    key: backup ? 'backup.retention' : c.key,
    label: label.slice(0, 120),
    value: c.value,
    unit: c.unit,
    text: m.text,
    origin: fromSource(file, line, quote.slice(0, 160)),
  };
  if (requirement) q.requirement = requirement;
  if (m.isDefault || CONFIGURABLE.test(quote)) q.configurable = true;
  // A purge or a recurring task stated with its daily time ("every night at 2 am") runs then.
  if (/^(?:retention|schedule)\./.test(c.key)) {
    const at = dailyCron(quote);
    if (at) q.at = at;
  }
  // What a retention does at its end and what it counts from, and the event a reminder precedes,
  // are read here once: derive designs the job from them.
  if (c.key.startsWith('retention.')) {
    const action = periodAction(quote);
    const since = periodSince(quote);
    const bound = retentionBound(`${label} ${quote}`);
    if (action) q.action = action;
    if (bound) q.bound = bound;
    if (since) {
      q.since = since;
      q.timeWords = contentWords(since);
      const act = periodActWord(quote);
      if (act) q.actWords = contentWords(act);
    }
  }
  // "Limite de 60 requisições por minuto por usuário": who the limit counts is read from the
  // sentence, never left to a default key.
  if (c.key.startsWith('rate-limit')) {
    const at = quote.indexOf(m.text);
    const per = at >= 0 ? readLimitSubject(quote.slice(at + m.text.length)) : null;
    if (per) q.per = per;
  }
  if (c.key.startsWith('reminder.')) {
    const event = reminderEvent(quote);
    if (event) {
      q.event = event;
      q.timeWords = contentWords(event);
    }
    const channel = messageChannel(quote);
    if (channel) q.channel = channel;
  }
  return q;
}

const CONFIGURABLE =
  /\b(?:configurable|adjustable|customi[sz]able|per[- ]tenant setting|settable)\b|säädettävä|konfiguroitava|configurável|ajustable/i;

/** `**Label**: value` or `__Label__: value` at the start of a line. */
const LABELLED_LINE = /^\s*(?:\*\*[^*\n]{1,60}\*\*|__[^_\n]{1,60}__)\s*:/;

/** Whether a request limit is a provider's (read/rate-limit-words.ts), with the providers its words name. */
function providerLimit(headingPath: readonly string[], before: string): boolean {
  return isProviderLimit(headingPath, before, findProviders(before));
}

/**
 * Split on sentence ends and semicolons, but not inside numbers ("99.9"); Japanese and Chinese end a
 * sentence with "。" and no space ("…形式で返します。一覧APIは…").
 */
const SENTENCE_END = /(?<=[.!?;])\s+(?=[A-ZÀ-Ý*(])|;\s+|(?<=[。！？；])\s*/gu;

/**
 * The sentences of a paragraph, each with the file line it starts on: a wrapped paragraph's second
 * sentence ("… käyttökerralla. Viisi\nepäonnistunutta kirjautumista lukitsee tilin …") is cited at
 * its own line, not at the paragraph's first.
 */
function sentencesWithLines(text: string, line: number): { text: string; line: number }[] {
  const plain = plainText(text);
  const lead = /^[*_\s]*/.exec(plain)![0];
  const body = plain.slice(lead.length);
  const first = line + (lead.match(/\n/g)?.length ?? 0);
  const out: { text: string; line: number }[] = [];
  let from = 0;
  const push = (start: number, end: number) => {
    if (end <= start && out.length > 0) return;
    out.push({
      text: body.slice(start, end).replace(/\s+/g, ' '),
      line: first + (body.slice(0, start).match(/\n/g)?.length ?? 0),
    });
  };
  for (const m of body.matchAll(SENTENCE_END)) {
    if (m[0] === '' && m.index >= body.length) break;
    push(from, m.index);
    from = m.index + m[0].length;
  }
  push(from, body.length);
  return out;
}

/** Sentences of a paragraph; each measure is read with the words between it and its neighbours. */
function fromText(
  b: Block & { text: string },
  file: string,
  heading: string,
  headingPath: string,
): Quantity[] {
  const def = matchDefinition(b.text);
  const requirement = def?.id;
  // The id is not part of what the value is about: "NFR1: Search < 1 second" is about search.
  const raw = def ? def.rest : b.text;
  const text = plainText(raw)
    .replace(/^[*_\s]+/, '')
    .replace(/\s+/g, ' ');
  const out: Quantity[] = [];
  // spec-kit's "Technical Context" is one paragraph of labelled lines ("**Storage**: PostgreSQL 16",
  // "**Performance Goals**: p95 < 300 ms"): each line is a statement of its own, or a value is
  // named by the line above it.
  const lines = raw.split('\n').map((l, i) => ({ text: l, line: b.line + i }));
  const filled = lines.filter((l) => l.text.trim() !== '');
  const labelled = filled.length > 1 && filled.every((l) => LABELLED_LINE.test(l.text));
  const sentences = (labelled ? filled : [{ text: raw, line: b.line }]).flatMap((part) =>
    sentencesWithLines(part.text, part.line),
  );
  for (const { text: sentence, line } of sentences) {
    const measures = findMeasures(sentence);
    // "…sign in with a magic link sent by e-mail; the link is valid for 20 minutes": a clause that
    // points back at the link or code is read with the clauses of its sentence before it.
    const pointsBack = measures.length > 0 && pointsBackToLinkOrCode(sentence);
    const whole = pointsBack ? wholeSentence(text, sentence) : sentence;
    const earlier = pointsBack ? whole.slice(0, Math.max(0, whole.indexOf(sentence))) : '';
    for (let i = 0; i < measures.length; i++) {
      const m = measures[i]!;
      const prevEnd = i > 0 ? measures[i - 1]!.index + measures[i - 1]!.text.length : 0;
      const nextStart = i + 1 < measures.length ? measures[i + 1]!.index : sentence.length;
      // Between two values an "and" divides the words: those before it belong to the first value,
      // those after it to the second ("15 minutes for access tokens and 14 days for refresh tokens").
      const between = sentence.slice(prevEnd, m.index);
      const joined = i > 0 ? lastAnd(between) : null;
      const before = joined ? between.slice(joined.index + joined.length) : between;
      // The clause after a number ends at the next comma: in "the 24-hour reminder, staff invitations
      // and password resets" the 24 hours belong to the reminder, not to the invitations.
      const tail = sentence.slice(m.index + m.text.length, nextStart);
      const comma = tail.search(/,\s/);
      const next = i + 1 < measures.length ? lastAnd(tail) : null;
      const after = comma >= 0 ? tail.slice(0, comma) : next ? tail.slice(0, next.index) : tail;
      const label = labelOf(sentence);
      const q = quantity(
        m,
        {
          before,
          after,
          label: label ?? '',
          heading: `${heading} ${headingPath}`,
          section: heading,
          prefix: pointsBack ? `${earlier}${sentence.slice(0, m.index)}` : sentence.slice(0, m.index),
          sentence,
        },
        file,
        line,
        label ?? sentence,
        requirement,
        sentence,
      );
      // "Mollie allows 100 requests per second", "Koha erlaubt höchstens 60 Anfragen pro Minute"
      // under "### Koha": a provider's limit binds our client (its integration block carries it),
      // never our endpoints.
      if (q?.key.startsWith('rate-limit') && providerLimit(b.headingPath, sentence.slice(0, m.index)))
        continue;
      if (q) {
        // "NÃO DEVE excluir pedidos; pedidos são mantidos por 5 anos": the refused deletion sits in
        // the clause before the semicolon, so the bound is read over the whole sentence.
        if (q.key.startsWith('retention.') && !q.bound) {
          const bound = retentionBound(wholeSentence(text, sentence));
          if (bound) q.bound = bound;
        }
        out.push(q);
      }
    }
    const periodic = periodWork(sentence, file, line, requirement);
    if (periodic && !out.some((q) => q.key.startsWith('schedule.'))) out.push(periodic);
  }
  return out;
}

/**
 * Recurring work stated with a period word ("Rechnungen werden … monatlich als CSV an das
 * Steuerbüro exportiert"): a `schedule.*` quantity labelled with the act and its object (the
 * sentence's subject when the act closes the clause, else the word after the act), so the job is
 * named from the documents' words.
 */
/** A time of day after the period ("todos os dias às 2h", "ogni giorno alle 2"): no object of the act. */
const CLOCK_TIME =
  /(?<!\p{L})(?:at|um|à|a las|às|as|alle(?: ore)?)?\s*\d{1,2}(?:[:.h]\d{2})?\s*(?:am|pm|uhr|h)?(?!\p{L})/giu;

function periodWork(text: string, file: string, line: number, requirement?: string): Quantity | null {
  // "Entscheidung: Rechnungen werden …": a short lead label is not the sentence's subject.
  const sentence = text.replace(/^[^:.;]{2,40}:\s+/, '');
  const p = statedPeriod(sentence);
  if (!p) return null;
  // "Backups are taken daily": the noun names the deployment's backups (an operations fact of the
  // database or the host), not work of this backend; "the worker backs up the uploads nightly" is.
  if (p.act === 'back up' && namesBackup(/^\S+/u.exec(sentence.slice(p.actAt))?.[0] ?? '')) return null;
  // The object follows the act, past the period word ("exported monthly as CSV" names no "monthly").
  const after = sentence.slice(p.actAt).replace(/^\S+/, '').replace(p.text, ' ').replace(CLOCK_TIME, ' ');
  const subject = slugWords(sentence.slice(0, p.actAt))[0];
  // "xuất báo cáo công nợ theo tháng": a Vietnamese object is a phrase of syllables, head first.
  const phrase = p.actLast ? null : vietnameseNounPhrase(after);
  const object = phrase ? syllableSlug(phrase) : p.actLast ? subject : (slugWords(after)[0] ?? subject);
  if (!object) return null;
  const q: Quantity = {
    key: `schedule.${object}`,
    label: `${p.act} ${object}`,
    value: p.seconds,
    unit: 's',
    text: p.text,
    origin: fromSource(file, line, text.slice(0, 160)),
  };
  if (requirement) q.requirement = requirement;
  const by = sentence.slice(0, p.actAt).trim();
  if (by && by.length <= 60) q.by = by;
  // "exported every night at 2 am": the stated time of day; without one the job proposes it.
  const at = p.seconds === 86400 ? dailyCron(text) : null;
  if (at) q.at = at;
  return q;
}

/** `báo cáo công nợ` → `bao-cao-cong-no`: the syllables of a phrase, their marks dropped. */
function syllableSlug(phrase: string): string {
  return phrase
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[đĐ]/gu, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** The sentence of `text` (split at sentence ends only, not at semicolons) that holds `clause`. */
function wholeSentence(text: string, clause: string): string {
  return (
    text.split(/(?<=[.!?])\s+(?=[A-ZÀ-Ý*(])|(?<=[。！？])\s*/u).find((s) => s.includes(clause)) ?? clause
  );
}

/** `**JWT expiry:** 30 days` → `JWT expiry`: a bold or colon-terminated lead names the value. */
function labelOf(sentence: string): string | undefined {
  const m = /^\s*(?:[-*]\s*)?(?:[A-Z]+[-_.]?[A-Z]?\d+(?:\.\d+)*\s*[:.–-]\s*)?([^:]{2,60}):\s/u.exec(sentence);
  return m?.[1]?.trim();
}

function fromTable(t: TableBlock, file: string, headingPath: string): Quantity[] {
  const header = t.header.map((h) => plainText(h));
  const out: Quantity[] = [];
  for (const { row, cells } of t.rows.flatMap((r) =>
    parallelRows(
      r,
      r.cells.map((c) => plainText(c)),
    ),
  )) {
    const requirement = matchDefinition(`${cells[0] ?? ''}:`)?.id;
    // The row label is the first cell that is not an id.
    const labelIdx = requirement && cells.length > 2 ? 1 : 0;
    const label = cells[labelIdx] ?? '';
    // The first column holding a value is the row's own value; a later one is named by its header.
    const firstValue = cells.findIndex(
      (c, k) => k !== labelIdx && !(requirement && k === 0) && findMeasures(c).length > 0,
    );
    for (let k = 0; k < cells.length; k++) {
      // The id cell holds no value; the label cell is read on its own when the row is one statement
      // ("| RNF-01 | El token de acceso expira en 15 minutos | Must |").
      if (requirement && k === 0) continue;
      const ownLabel = k === labelIdx && cells.length > 1;
      if (ownLabel && !requirement) continue;
      const rowLabel = ownLabel ? '' : label;
      const cellText = cells[k]!;
      const measures = findMeasures(cellText);
      for (let i = 0; i < measures.length; i++) {
        const m = measures[i]!;
        const prevEnd = i > 0 ? measures[i - 1]!.index + measures[i - 1]!.text.length : 0;
        const nextStart = i + 1 < measures.length ? measures[i + 1]!.index : cellText.length;
        // Only the clause of the cell that holds the number: prose cells mention many things.
        const clause =
          cellText
            .slice(prevEnd, m.index)
            .split(/[.;:]\s/)
            .pop() ?? '';
        const before = `${rowLabel} ${ownLabel ? '' : (header[k] ?? '')} ${clause}`;
        const after = cellText.slice(m.index + m.text.length, nextStart);
        const q = quantity(
          m,
          {
            before,
            after,
            label: rowLabel,
            heading: `${header[0] ?? ''} ${headingPath}`,
            prefix: cellText.slice(0, m.index),
            sentence: cells.join(' | '),
          },
          file,
          row.line,
          ownLabel
            ? cellText
            : valueLabel(label, cellText, header[k], requirement !== undefined, k !== firstValue),
          requirement,
          cells.join(' | '),
        );
        if (q?.key.startsWith('rate-limit') && providerLimit(t.headingPath, `${rowLabel} ${clause}`))
          continue;
        if (q) out.push(q);
      }
    }
    // "Audit log retention | Indefinite": a stated absence of a limit is also a fact.
    const joined = cells.join(' ');
    if (
      /retention|retain|säilyt|retenc|retenç/i.test(joined) &&
      /indefinite|forever|never deleted|permanent|pysyvästi|indefinid/i.test(joined)
    ) {
      const subject = classify(
        { dimension: 'duration', value: 0, unit: 's', text: '', index: 0 },
        { before: `${label} retention`, after: '', label },
      );
      if (subject && !out.some((q) => q.key === subject.key)) {
        out.push({
          key: subject.key,
          label,
          value: null,
          unit: 's',
          text: cells.slice(1).join(' ').slice(0, 80) || 'indefinite',
          origin: fromSource(file, row.line, joined.slice(0, 160)),
        });
      }
    }
  }
  return out;
}

/**
 * A row that states several targets at once: "| Reliability | Uptime / Workflow success / Recovery |
 * 99.5% / < 5% failures / 60s |". A cell of names and a cell of values, both split by " / " into the
 * same number of parts (two or more), pair up one by one: the row is read as one row per pair, the
 * name standing in the label cell, so "Uptime" is filed with 99.5% and "Workflow success" with
 * "< 5% failures". A value cell alone ("2s / 5s") or parts of unequal count leave the row as it is.
 */
function parallelRows<R>(row: R, cells: string[]): { row: R; cells: string[] }[] {
  const parts = cells.map((c) => c.split(/\s+\/\s+/).map((p) => p.trim()));
  const names = parts.findIndex(
    (p, k) =>
      p.length >= 2 && p.every((x) => x.length > 0 && findMeasures(x).length === 0) && k < cells.length - 1,
  );
  if (names < 0) return [{ row, cells }];
  const n = parts[names]!.length;
  const values = parts.findIndex(
    (p, k) => k > names && p.length === n && p.every((x) => findMeasures(x).length > 0),
  );
  if (values < 0) return [{ row, cells }];
  // The name takes the label cell (after a requirement id); a category there ("Reliability") names
  // no single target, and the names cell is emptied so nothing is read twice.
  const labelAt = matchDefinition(`${cells[0] ?? ''}:`) && cells.length > 2 ? 1 : 0;
  if (names < labelAt) return [{ row, cells }];
  return parts[names]!.map((name, i) => ({
    row,
    cells: cells.map((c, k) =>
      k === labelAt ? name : k === names ? '' : k === values ? parts[values]![i]! : c,
    ),
  }));
}

/**
 * The label a reader sees for a value read from a table cell. A requirement row whose value cell is
 * a sentence ("| NFR-05 | Privacy | Audit log entries are retained for 7 years |") is labelled by that
 * sentence, not its category; otherwise the row label. The first column holding a value is the row's
 * own value and needs no header ("Dashboard load (Target)" says nothing more than "Dashboard load");
 * a later column is named by its header ("JSONB query time (Alert)").
 */
function valueLabel(
  label: string,
  cellText: string,
  header: string | undefined,
  requirement: boolean,
  secondary: boolean,
): string {
  const words = cellText.replace(/[\d.,%<>≤≥~+-]+/g, ' ').match(/\p{L}{2,}/gu) ?? [];
  if (requirement && words.length >= 3) return cellText.replace(/\s+/g, ' ').trim();
  return header && secondary ? `${label} (${header})` : label;
}

const CONFIG_KEY = /TTL|EXPIR|TIMEOUT|LIFETIME|RETENTION|MAX_|_MAX|LIMIT|PAGE_SIZE|ROUNDS|COST|WINDOW/;
const SUFFIX_UNIT: [RegExp, string][] = [
  [/_MS$|_MILLIS(?:ECONDS)?$/, 'ms'],
  [/_S$|_SEC(?:ONDS)?$/, 's'],
  [/_MIN(?:UTES)?$/, 'min'],
  [/_H(?:OURS)?$/, 'h'],
  [/_DAYS?$/, 'days'],
  [/_(?:BYTES)$/, 'bytes'],
  [/_MB$/, 'MB'],
];

/** `JWT_EXPIRES_IN=15m`, `SESSION_TIMEOUT_MINUTES: 30` in env, yaml or dotenv code blocks. */
function fromConfigLines(b: Block & { kind: 'code' }, file: string): Quantity[] {
  if (
    !['', 'env', 'dotenv', 'bash', 'sh', 'shell', 'yaml', 'yml', 'ini', 'toml', 'properties'].includes(b.lang)
  )
    return [];
  const out: Quantity[] = [];
  b.content.split('\n').forEach((raw, i) => {
    const m =
      /^\s*(?:export\s+)?([A-Z][A-Z0-9_]{2,})\s*[=:]\s*["']?(\d+(?:\.\d+)?)\s*([a-zA-Z]*)["']?\s*(?:#.*)?$/.exec(
        raw,
      );
    if (!m || !CONFIG_KEY.test(m[1]!)) return;
    const name = m[1]!;
    const unit = m[3] || SUFFIX_UNIT.find(([re]) => re.test(name))?.[1] || '';
    const text = m[3] ? `${m[2]}${m[3]}` : `${m[2]}${unit ? ` ${unit}` : ''}`;
    const measure = findMeasures(text)[0];
    if (!measure) return;
    const words = name.toLowerCase().replace(/_/g, ' ');
    const q = quantity(
      measure,
      { before: words, after: '', label: words },
      file,
      b.contentLine + i,
      name,
      undefined,
      raw.trim(),
    );
    if (q) out.push({ ...q, text: raw.trim().slice(0, 80) });
  });
  return out;
}
