import type { AmountConcept } from '../knowledge/amount-concepts.js';
import { stripAccents } from '../knowledge/inflect.js';
import { mentionPattern } from '../knowledge/mention.js';
import { isCodeName } from '../knowledge/server-issued-names.js';
import type { Domain, FieldFact } from '../model/domain.js';
import { statedAmountConcepts } from '../read/amount-words.js';
import { numberedRecord } from '../read/numbered-words.js';
import {
  chargedAmount,
  describesServerSet,
  recordedAs,
  statesValidityPeriod,
  systemAssigns,
} from '../read/server-set-words.js';

/**
 * Fields the documents say the system sets (read/server-set-words.ts), marked with the line that says
 * so: a field whose description says it ("set by the server", "true when cancelled less than 12 h
 * before"), and the one boolean flag of the model a rule sentence records a record as ("is recorded
 * as a late cancellation" → `LateCancel`). Derive leaves them out of create and update bodies.
 */
export function markServerSetFields(domain: Domain): void {
  for (const e of domain.entities)
    for (const f of e.fields)
      if (f.origin.kind === 'source' && describesServerSet(f.description))
        f.serverSet = { file: f.origin.file, line: f.origin.line };
  for (const r of domain.ruleStatements ?? []) {
    if (r.origin.kind !== 'source') continue;
    for (const sentence of r.text.split(/(?<=[.;])\s+/)) {
      const words = recordedAs(sentence);
      if (!words) continue;
      const flags = domain.entities.flatMap((e) =>
        e.fields.filter((f) => f.type.scalar === 'boolean' && !f.primaryKey && namedBy(f, words)),
      );
      if (flags.length === 1 && !flags[0]!.serverSet)
        flags[0]!.serverSet = { file: r.origin.file, line: r.origin.line };
    }
    // "… DOIT exiger un acompte de 10 €": the one number field named after what is charged
    // (`AcompteCentimes`) holds what the rule decides.
    for (const sentence of r.text.split(/(?<=[.;])\s+/)) {
      const charged = chargedAmount(sentence);
      if (!charged) continue;
      const amounts = domain.entities.flatMap((e) =>
        e.fields.filter((f) => NUMBER.has(f.type.scalar) && !f.primaryKey && headedBy(f, charged)),
      );
      if (amounts.length === 1 && !amounts[0]!.serverSet)
        amounts[0]!.serverSet = { file: r.origin.file, line: r.origin.line };
    }
  }
  // "Η προκαταβολή είναι 30 % του συνολικού ποσού", "Late returns are charged 10 € per hour": the
  // one number field of the model named for the amount the rule decides (`deposit_cents`,
  // `late_fee_cents`) is computed by that rule (read/amount-words.ts, knowledge/amount-concepts.ts).
  // A rule no rule reader took stays a requirement ("ΚΕ-02: Η προκαταβολή είναι 30 % …").
  for (const r of [...(domain.ruleStatements ?? []), ...domain.requirements]) {
    if (r.origin.kind !== 'source') continue;
    // A clause after a semicolon may state the amount of the concept named before it ("Ongkos
    // antar-jemput gratis sampai 5 km; di atas 5 km dikenakan Rp 2.000 per km"): whole sentences too.
    const clauses = r.text.split(/(?<=[.;·])\s+/);
    const sentences = r.text.split(/(?<=[.·])\s+/).filter((x) => !clauses.includes(x));
    for (const sentence of [...clauses, ...sentences]) {
      for (const concept of statedAmountConcepts(sentence)) {
        const named = domain.entities.flatMap((e) =>
          e.fields.filter(
            (f) => NUMBER.has(f.type.scalar) && !f.primaryKey && !f.references && namesConcept(f, concept),
          ),
        );
        if (named.length === 1 && !named[0]!.serverSet)
          named[0]!.serverSet = { file: r.origin.file, line: r.origin.line };
      }
    }
  }
  // "The system assigns the order to the nearest outlet" (a rule, or a requirement): the one
  // reference of the assigned record to the record it is assigned to is the system's choice. The
  // record is the one the sentence names, or, when it names none the model knows by that name
  // ("pesanan" for `Order`), the one record whose reference to it is required.
  for (const r of [...(domain.ruleStatements ?? []), ...domain.requirements]) {
    if (r.origin.kind !== 'source') continue;
    for (const sentence of r.text.split(/(?<=[.;])\s+/)) {
      const said = systemAssigns(sentence);
      if (!said) continue;
      const targets = domain.entities.filter(
        (e) =>
          mentionPattern(e.name).test(said.target) ||
          stripAccents((e.table ?? '').toLowerCase()) === said.target,
      );
      if (targets.length !== 1) continue;
      const target = targets[0]!;
      const refs = domain.entities.flatMap((e) =>
        e.name === target.name
          ? []
          : e.fields.filter((f) => f.references?.entity === target.name).map((f) => ({ e, f })),
      );
      const named = refs.filter((x) => mentionPattern(x.e.name).test(said.object));
      const chosen = named.length > 0 ? named : refs.filter((x) => x.f.nullable === false);
      if (chosen.length === 1 && !chosen[0]!.f.serverSet)
        chosen[0]!.f.serverSet = { file: r.origin.file, line: r.origin.line };
    }
  }
  // "An invoice is numbered per year (`LCM-2026-0001`)", "Rechnungen werden fortlaufend nummeriert":
  // the one number (or code) field of the one record the words before the verb name is the next of
  // the system's sequence, never a client's value.
  for (const r of [...(domain.ruleStatements ?? []), ...domain.requirements]) {
    if (r.origin.kind !== 'source') continue;
    for (const sentence of r.text.split(/(?<=[.;])\s+/)) {
      const subject = numberedRecord(sentence);
      if (!subject) continue;
      // The record named last before the verb: "The harbour office issues invoices; an invoice is …".
      const named = domain.entities.filter((e) => mentionPattern(e.name).test(subject));
      if (named.length !== 1) continue;
      const numbers = named[0]!.fields.filter(
        (f) =>
          !f.primaryKey &&
          !f.references &&
          isCodeName(f.name) &&
          (f.type.scalar === 'string' || f.type.scalar === 'text' || NUMBER.has(f.type.scalar)),
      );
      if (numbers.length === 1 && !numbers[0]!.serverSet)
        numbers[0]!.serverSet = { file: r.origin.file, line: r.origin.line };
    }
  }
  // "Абонемент действует 30 дней с момента оплаты" (a rule, or a requirement no rule reader took):
  // the model's one expiry date (`valid_until`, `expires_at`) is computed from the stated period,
  // never sent by a client.
  const stated = [...(domain.ruleStatements ?? []), ...domain.requirements];
  const period = stated.find(
    (r) => r.origin.kind === 'source' && r.text.split(/(?<=[.;])\s+/).some(statesValidityPeriod),
  );
  if (period?.origin.kind === 'source') {
    // A sentence that names another record of the model ("The invitation link is valid for 7 days"
    // beside a `Subscription.valid_until`) says nothing of this one.
    const named = domain.entities.filter((e) => mentionPattern(e.name).test(period.text));
    const ends = domain.entities.flatMap((e) =>
      named.length === 0 || named.includes(e)
        ? e.fields.filter((f) => DATED.has(f.type.scalar) && EXPIRY.test(f.name))
        : [],
    );
    if (ends.length === 1 && !ends[0]!.serverSet)
      ends[0]!.serverSet = { file: period.origin.file, line: period.origin.line };
  }
}

/** Every word of the field's name starts a word of the phrase, or a long phrase word starts it. */
function namedBy(f: FieldFact, words: readonly string[]): boolean {
  const own = stripAccents(f.name)
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 0 && w !== 'is' && w !== 'es' && w !== 'est' && w !== 'ist');
  return (
    own.length > 0 &&
    own.every((w) => words.some((p) => p.startsWith(w) || (p.length >= 4 && w.startsWith(p))))
  );
}

const NUMBER = new Set<string>(['integer', 'bigint', 'decimal', 'float']);
const DATED = new Set<string>(['date', 'datetime']);
/** Field names of when a record stops being valid (`valid_until`, `expiresAt`, `expiry_date`, `vence_el`). */
const EXPIRY =
  /^(?:valid_?(?:until|to|thru|through)|expires?_?(?:at|on)?|expir(?:y|ation)_?(?:date|at)?|vence_?(?:el|en)?|vencimiento|valido_?(?:hasta|ate)|valable_?jusqu(?:_?au)?|gueltig_?bis|gultig_?bis|scade_?il|scadenza)$/i;

/** The field's name opens with a word of what is charged (`acompte_centimes` for "un acompte"). */
function headedBy(f: FieldFact, words: readonly string[]): boolean {
  const first = stripAccents(f.name)
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .find((w) => w.length > 0);
  return !!first && first.length >= 4 && words.some((w) => w.startsWith(first) || first.startsWith(w));
}

/** The field's name carries a word of the concept (and of a charge, when the concept asks for one). */
function namesConcept(f: FieldFact, concept: AmountConcept): boolean {
  const own = stripAccents(f.name)
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  // Two words written as one concept word (`down_payment`, `uang_muka`).
  const pairs = own.slice(1).map((w, i) => own[i]! + w);
  const has = (list: readonly string[]) => [...own, ...pairs].some((w) => list.includes(w));
  return has(concept.field) && (!concept.money || has(concept.money));
}
