import { answerTo } from '../decisions/questions.js';
import { diag } from '../diagnostics/diagnostic.js';
import type { DecisionRecord, Domain, EntityFact } from '../model/domain.js';
import { fromRule } from '../model/origin.js';
import type { OpenQuestion } from '../model/spec/index.js';
import type { Conflict } from '../model/spec/reconciliation.js';
import { type Detector, refOf } from './context.js';

/**
 * A model the documents retire but the data model still defines: "The `LegacyInvoice` model is
 * deprecated", an ADR "Session table" with `Status: Superseded by ADR-7`, a decisions table row
 * "pedidos_antiguos | Obsoleto" — while a CREATE TABLE or an entity block still defines it.
 *
 * Only decision records that retire something (superseded, deprecated) count: a rejected
 * alternative ("a table per tenant — rejected") never existed, so it cannot be still defined. The
 * record's title must name the entity and nothing else besides articles and the words model / table
 * / entity in the lexicon languages, so "Deprecate the invoice PDF layout" never matches Invoice.
 *
 * No rule can say whether the stale part is the schema or the note, so the data model keeps
 * deciding the schema (the entity stays) and the question is asked with the options drop / keep;
 * the decisions file's `choose: drop` leaves the entity, its relationships, its indexes and the
 * foreign keys pointing at it out of the spec on the next run.
 */
export const legacyModelDetector: Detector = {
  name: 'legacy-model',
  detect(domain, ctx) {
    const retired = domain.decisions.filter((d) => d.status === 'superseded' || d.status === 'deprecated');
    if (retired.length === 0 || domain.entities.length === 0) return { findings: {}, diagnostics: [] };
    const conflicts: Conflict[] = [];
    const questions: OpenQuestion[] = [];
    const diagnostics = [];
    const dropped = new Set<string>();
    const seen = new Set<string>();
    for (const entity of domain.entities) {
      const record = retired.find((d) => namesEntity(d, entity));
      const entityAt = refOf(entity.origin);
      const recordAt = record ? refOf(record.origin) : null;
      if (!record || !entityAt || !recordAt || seen.has(entity.name)) continue;
      seen.add(entity.name);
      const id = `reconcile/legacy-model/${kebab(entity.name)}`;
      const replacement = record.supersededBy ? ` (replaced by ${record.supersededBy})` : '';
      const question: OpenQuestion = {
        id,
        text: `${recordAt.file}:${recordAt.line} marks ${entity.writtenAs} ${record.status}${replacement}, but ${entityAt.file}:${entityAt.line} still defines it: drop it from the schema, or keep it?`,
        source: record.origin,
        options: ['drop', 'keep'],
        assumes: 'keep',
      };
      const answer = answerTo(question, ctx.answers);
      if (answer) question.answer = answer;
      questions.push(question);
      const drop = answer?.kind === 'choose' && answer.value === 'drop';
      if (drop) dropped.add(entity.name);
      const quote = sideQuote(record);
      conflicts.push({
        code: 'reconcile/legacy-model',
        subject: entity.name,
        sides: [
          { value: `${entity.writtenAs} defined`, at: entityAt },
          { value: quote, at: recordAt },
        ],
        resolution: answer ? (answer.value ?? answer.kind) : 'keep',
        params: { entity: entity.name, status: drop ? 'dropped' : 'kept', question: id },
        resolvedBy: answer?.kind === 'choose' ? answer.origin : fromRule(RULE, [entityAt, recordAt]),
      });
      diagnostics.push(
        diag(
          'reconcile/legacy-model',
          `${entity.writtenAs} is still defined here, but ${recordAt.file}:${recordAt.line} says: "${quote}" — ${drop ? 'dropped as decided' : `kept until question ${id} is answered`}`,
          { at: entityAt },
        ),
      );
    }
    const findings = conflicts.length > 0 ? { conflicts } : {};
    if (dropped.size === 0) return { findings, diagnostics, questions };
    return { domain: withoutEntities(domain, dropped), findings, diagnostics, questions };
  },
};

const RULE = 'reconcile/legacy-model-kept-until-decided';

/** Words around a model's name that do not change which model is meant. */
const FILLER = new Set([
  ...['the', 'a', 'an', 'old', 'legacy', 'model', 'models', 'table', 'tables', 'entity', 'entities'],
  ...['collection', 'schema', 'record', 'records'],
  ...['el', 'la', 'los', 'las', 'modelo', 'modelos', 'tabla', 'tablas', 'entidad', 'entidades'],
  ...['le', 'les', 'modèle', 'modèles', 'entité', 'entités'],
  ...['der', 'die', 'das', 'modell', 'tabelle', 'entität'],
  ...['o', 'os', 'as', 'tabela', 'tabelas', 'entidade'],
]);

/** The record's title is the entity's name (as the model names it, its table, or as written). */
function namesEntity(record: DecisionRecord, entity: EntityFact): boolean {
  const words = record.title
    .replace(/[`*"'“”«»]/g, ' ')
    .split(/\s+/)
    .filter((w) => w && !FILLER.has(w.toLowerCase()));
  if (words.length !== 1) return false;
  const title = norm(words[0]!);
  return [entity.name, entity.writtenAs, entity.table ?? ''].some((n) => n && norm(n) === title);
}

/** `legacy_orders`, `LegacyOrders`, `legacy-order` → `legacyorder`. */
function norm(name: string): string {
  const flat = name.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
  return flat.replace(/(?:es|s)$/u, '');
}

function kebab(name: string): string {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-|-$/g, '')
    .toLowerCase();
}

/** The words of the record that retire the model, as written. */
function sideQuote(record: DecisionRecord): string {
  const origin = record.origin;
  const quote = origin.kind === 'source' && origin.quote ? origin.quote : `${record.title} ${record.status}`;
  return quote.replace(/\s+/g, ' ').trim().slice(0, 160);
}

/** The Domain without the dropped entities and everything that points at them (by name or table). */
function withoutEntities(domain: Domain, names: ReadonlySet<string>): Domain {
  const gone = new Set<string>();
  for (const e of domain.entities) {
    if (names.has(e.name)) for (const n of [e.name, e.writtenAs, e.table ?? '']) if (n) gone.add(norm(n));
  }
  const isGone = (name: string) => gone.has(norm(name));
  return {
    ...domain,
    entities: domain.entities
      .filter((e) => !names.has(e.name))
      .map((e) =>
        e.fields.some((f) => f.references && isGone(f.references.entity))
          ? {
              ...e,
              fields: e.fields.map((f) => {
                if (!f.references || !isGone(f.references.entity)) return f;
                const { references: _gone, ...rest } = f;
                return rest;
              }),
            }
          : e,
      ),
    relationships: domain.relationships.filter((r) => !isGone(r.from) && !isGone(r.to)),
    indexes: domain.indexes.filter((i) => !isGone(i.entity)),
  };
}
