import pluralize from 'pluralize';
import { type Diagnostic, diag } from '../diagnostics/diagnostic.js';
import { canonicalId, mentionedIds } from '../extract/facts/requirement-ids.js';
import type { Requirement } from '../model/domain.js';
import type { Origin } from '../model/origin.js';
import type { Spec, Trace } from '../model/spec/index.js';
import { MentionIndex } from './api/mentions.js';
import type { DeriveStep } from './types.js';

/**
 * Appendix A: every requirement id traced to the spec items that satisfy it. Runs last and reads
 * everything. An item satisfies a requirement when
 *  - it says so: `endpoint.requirements`, `job.requirements`, an alert whose source is the id;
 *  - its origin is inside the requirement's text (a validation rule read from an acceptance
 *    criterion, a practice read from an NFR line);
 *  - its origin's quote names the id ("Conversation Monitoring (FR1-FR4): ..." in the architecture);
 *  - it is an entity the requirement's text names ("Users can add subtasks" → Subtask).
 * Requirements nothing satisfies are listed as untraced (info diagnostics and the appendix).
 */
export const traceabilityStep: DeriveStep = {
  name: 'traceability',
  derive: ({ domain, spec }) => {
    // Indexed once so that tracing stays linear: items by the requirement ids they name or quote,
    // and items stated in a document by file and line (an item written inside a requirement's
    // lines satisfies it).
    const byId = new Map<string, Set<string>>();
    const byFile = new Map<string, { line: number; item: string }[]>();
    for (const c of collect(spec)) {
      for (const id of [...c.requirements, ...quotedIds(c.origin)]) {
        const set = byId.get(id) ?? new Set<string>();
        set.add(c.item);
        byId.set(id, set);
      }
      if (c.origin.kind === 'source') {
        const list = byFile.get(c.origin.file) ?? [];
        list.push({ line: c.origin.line, item: c.item });
        byFile.set(c.origin.file, list);
      }
    }
    for (const list of byFile.values()) list.sort((a, b) => a.line - b.line);
    const texts = domain.requirements.map((r) =>
      [whatIsWanted(r), ...(r.acceptanceCriteria ?? []).map((a) => a.text)].join(' '),
    );
    // The entities each requirement names: per entity, only the requirements holding the first
    // word of one of its names are tested (a word index, not every entity's pattern on every text).
    const named = new Map<number, string[]>();
    const words = new MentionIndex(texts);
    for (const e of spec.entities) {
      const forms = nameForms(e.name, e.table);
      if (forms.length === 0) continue;
      const re = nameRegex(forms);
      for (const i of words.withWords(forms.map((f) => f.split(' ')[0]!))) {
        if (!re.test(texts[i]!)) continue;
        const list = named.get(i);
        if (list) list.push(e.name);
        else named.set(i, [e.name]);
      }
    }
    // A requirement whose record no model defines (section 0 gaps) is not satisfied by merely
    // naming an entity: "Doctors write visit notes" is not met by the Appointment table.
    const withGap = new Set(
      spec.reconciliation.gaps
        .filter((g) => g.detail.startsWith('record:'))
        .flatMap((g) => g.detail.slice('record:'.length).split(/,\s*/))
        .map(canonicalId),
    );
    const traces: Trace[] = [];
    const diagnostics: Diagnostic[] = [];
    for (const [i, r] of domain.requirements.entries()) {
      const id = canonicalId(r.id);
      const items = new Set<string>(byId.get(id));
      for (const item of itemsWithin(byFile, r)) items.add(item);
      if (!withGap.has(id)) for (const name of named.get(i) ?? []) items.add(`entity:${name}`);
      const sorted = [...items].sort(byKindThenName);
      traces.push({
        requirement: r.id,
        kind: r.kind,
        text: r.title ?? r.text,
        items: sorted,
        origin: r.origin,
      });
      if (sorted.length === 0) {
        diagnostics.push(
          diag(
            'reconcile/untraced-requirement',
            `${r.id} is not satisfied by any endpoint, job, entity, rule or alert`,
            {
              ...(r.origin.kind === 'source' ? { at: { file: r.origin.file, line: r.origin.line } } : {}),
              path: `traceability.${r.id}`,
            },
          ),
        );
      }
    }
    return { spec: { traceability: traces }, diagnostics };
  },
};

interface Candidate {
  item: string;
  origin: Origin;
  /** Canonical requirement ids the item declares. */
  requirements: string[];
}

function collect(spec: Readonly<Spec>): Candidate[] {
  const out: Candidate[] = [];
  const add = (item: string, origin: Origin | null | undefined, requirements: string[] = []) => {
    if (origin) out.push({ item, origin, requirements: requirements.map(canonicalId) });
  };
  for (const e of spec.endpoints) add(`endpoint:${e.operationId}`, e.origin, e.requirements);
  for (const j of spec.jobs) add(`job:${j.name}`, j.origin, j.requirements);
  for (const a of spec.observability?.alerts ?? []) add(`alert:${a.metric}`, a.origin, [a.source]);
  for (const r of spec.validation?.rules ?? []) add(`rule:${r.entity}.${r.field}:${r.rule}`, r.origin);
  for (const b of spec.validation?.businessRules ?? [])
    add(`rule:${b.entity ?? 'business'}:${short(b.text)}`, b.origin);
  for (const p of spec.performance) add(`performance:${p.topic}`, p.origin);
  for (const p of spec.security) add(`security:${p.topic}`, p.origin);
  for (const c of spec.caching?.entries ?? []) add(`cache:${c.name}`, c.origin);
  for (const i of spec.database.indexes) add(`index:${i.name}`, i.origin);
  for (const i of spec.integrations) add(`integration:${i.provider}`, i.origin);
  return out;
}

/** Items whose source line lies within the requirement's lines (binary search in the file's list). */
function itemsWithin(byFile: Map<string, { line: number; item: string }[]>, r: Requirement): string[] {
  if (r.origin.kind !== 'source') return [];
  const list = byFile.get(r.origin.file);
  if (!list) return [];
  const from = r.origin.line;
  const to = r.endLine ?? r.origin.line;
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]!.line < from) lo = mid + 1;
    else hi = mid;
  }
  const out: string[] = [];
  for (let i = lo; i < list.length && list[i]!.line <= to; i++) out.push(list[i]!.item);
  return out;
}

/** Canonical requirement ids that an item's source quote names. */
function quotedIds(origin: Origin): Set<string> {
  if (origin.kind !== 'source' || !origin.quote) return new Set();
  return new Set(mentionedIds(origin.quote).map(canonicalId));
}

/** `OrderItem` / `order_items` → `order item`, `order items`. Names shorter than 3 letters have none. */
function nameForms(name: string, table: string): string[] {
  const spaced = name.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  const forms = new Set<string>();
  for (const f of [spaced, table.toLowerCase().replace(/_/g, ' ')]) {
    if (f.length < 3) continue;
    forms.add(pluralize.singular(f));
    forms.add(pluralize.plural(pluralize.singular(f)));
  }
  return [...forms];
}

/** Forms → /\b(order items?|order_items?)\b/i. */
function nameRegex(forms: string[]): RegExp {
  const alternatives = forms.map((f) => f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '[\\s_-]'));
  return new RegExp(`\\b(?:${alternatives.join('|')})\\b`, 'i');
}

/**
 * The part of a requirement that names what must exist: without its actor ("Authenticated users
 * can ...", "As a front desk member,") and without its purpose ("so that the lab can begin"), which
 * name who asks and why, not what the system keeps.
 */
function whatIsWanted(r: Requirement): string {
  const text = r.title && r.text.startsWith(r.title) ? `${r.title} ${r.text.slice(r.title.length)}` : r.text;
  return text
    .replace(/\bAs (?:an?|any|the) [^,]{1,60},\s*(?:I want(?: to)?)?/gi, ' ')
    .replace(/\b(?:so that|in order to|jotta|para que)\b[^.]*/gi, ' ')
    .replace(
      /^(?:[\p{L}-]+\s){0,3}?(?:users?|käyttäjä|usuarios?|usuários?)\s+(?:can|may|voi|puede|pode)\b/iu,
      ' ',
    );
}

function short(text: string): string {
  return text.replace(/\s+/g, ' ').slice(0, 40).trim();
}

const KIND_ORDER = [
  'endpoint',
  'job',
  'entity',
  'rule',
  'alert',
  'cache',
  'index',
  'integration',
  'performance',
  'security',
];

function byKindThenName(a: string, b: string): number {
  const ka = KIND_ORDER.indexOf(a.split(':')[0]!);
  const kb = KIND_ORDER.indexOf(b.split(':')[0]!);
  if (ka !== kb) return ka - kb;
  return a < b ? -1 : a > b ? 1 : 0;
}
