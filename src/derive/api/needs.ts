import { documentsLanguage, documentsNameLanguage } from '../../knowledge/name-language.js';
import type { Domain } from '../../model/domain.js';
import type { Endpoint, SuppressedOperation } from '../../model/spec/api.js';
import { mentionPattern } from './naming.js';
import type { Resource } from './resources.js';
import { routeKey } from './stated.js';
import { StatementIndex } from './statement-index.js';
import { statements } from './suppress.js';

/**
 * CRUD only where something needs it (issue 13 item 2). After stories and requirements are traced,
 * a create, update or list that a CRUD rule derived and that nothing asks for is suppressed:
 * - `derive/no-write-without-requirement`: a create or update that no requirement, story, acceptance
 *   criterion or flow step traces to, nor names as the object of a write verb (create, add, edit,
 *   manage, configure… in en, es, pt, fr, de);
 * - `derive/no-list-without-requirement`: a list of an entity that no requirement, story, criterion
 *   or flow step even names (a list serves pickers too, so a mention is enough for it).
 * Kept whatever the trace says: operations of an entity a stated route list covers (the list is
 * authoritative), the user entity (accounts are managed by the auth and admin routes), and an owned
 * child's operations while its parent keeps a write (the child is written through the parent's form:
 * order items with their order). Join tables get attach/detach, never CRUD, and are not touched.
 */
export const NO_WRITE = 'derive/no-write-without-requirement';
export const NO_LIST = 'derive/no-list-without-requirement';

// Verbs that ask for a write, in en, es, pt, fr and de; `manage`/`configure`/`maintain` ask for both.
const BOTH =
  'manag\\w*|configur\\w*|maintain\\w*|set(?:s|ting)? up|gestion\\w*|administr\\w*|manten\\w*|mantén\\w*|gerenci\\w*|geri[rd]\\w*|manter|mantém|gère\\w*|gérer|gest\\w*|verwalte\\w*|pflege\\w*|konfigurier\\w*|einricht\\w*';
const CREATE_VERBS = new RegExp(
  `\\b(?:${BOTH}|creat\\w*|add\\w*|new|register\\w*|record\\w*|submit\\w*|enter\\w*|book\\w*|schedul\\w*|upload\\w*|defin\\w*|log|logs|cre[aá]\\w*|añad\\w*|agreg\\w*|registr\\w*|dar de alta|da de alta|adicion\\w*|cadastr\\w*|inclu\\w*|crée\\w*|créer|ajout\\w*|enregistr\\w*|saisi\\w*|anlege\\w*|angelegt|erstell\\w*|hinzufüg\\w*|erfass\\w*)`,
  'giu',
);
const UPDATE_VERBS = new RegExp(
  `\\b(?:${BOTH}|edit\\w*|updat\\w*|chang\\w*|modif\\w*|renam\\w*|correct\\w*|adjust\\w*|assign\\w*|set|sets|mark\\w*|mov\\w*|reorder\\w*|actualiz\\w*|cambi\\w*|corrig\\w*|asign\\w*|atualiz\\w*|alter\\w*|mettre à jour|met à jour|chang\\w*|bearbeit\\w*|änder\\w*|aktualisier\\w*|korrigier\\w*)`,
  'giu',
);

export interface NeedsInput {
  endpoints: Endpoint[];
  /** Route keys of the endpoints the CRUD rules derived (stories' and stated ones are never gated). */
  derivedCrud: ReadonlySet<string>;
  resources: readonly Resource[];
  /** Entities a stated route list covers. */
  listed: ReadonlySet<string>;
  /** User entities (accounts). */
  users: ReadonlySet<string>;
  /** operationIds some story maps to. */
  linked: ReadonlySet<string>;
  domain: Domain;
}

export function gateUnneeded(input: NeedsInput): { kept: Endpoint[]; dropped: SuppressedOperation[] } {
  const { endpoints, derivedCrud, resources, listed, users, linked } = input;
  const texts = sentences(input.domain);
  // Each entity's patterns run only on the sentences the trigram index offers for its name (a
  // superset of those that name it): every gated operation scanned every sentence, entities ×
  // sentences regex runs (issue 19).
  const index = new StatementIndex(texts);
  const about = new Map<string, string[]>();
  const textsAbout = (entity: string): string[] => {
    let list = about.get(entity);
    if (!list) {
      list = index.candidates(entity).map((i) => texts[i]!);
      about.set(entity, list);
    }
    return list;
  };
  const byName = new Map(resources.map((r) => [r.entity.name, r]));
  const named = new Map<string, boolean>();
  const isNamed = (entity: string): boolean => {
    const hit = named.get(entity);
    if (hit !== undefined) return hit;
    const re = mentionPattern(entity);
    const out = textsAbout(entity).some((t) => re.test(t));
    named.set(entity, out);
    return out;
  };
  // A story's link counts; the trace rule's requirement ids (a verb somewhere near a name) do not,
  // the verb must take the entity as its object (`asked`).
  const gated = (e: Endpoint): boolean =>
    e.entity !== null &&
    derivedCrud.has(routeKey(e.method, e.path)) &&
    (e.action === 'create' || e.action === 'update' || e.action === 'list') &&
    !linked.has(e.operationId) &&
    !listed.has(e.entity) &&
    !users.has(e.entity);
  const verdict = new Map<Endpoint, string>();
  for (const e of endpoints) {
    if (!gated(e)) continue;
    if (e.action === 'list') {
      if (!isNamed(e.entity!)) verdict.set(e, NO_LIST);
    } else if (!asked(textsAbout(e.entity!), e.entity!, e.action === 'create' ? CREATE_VERBS : UPDATE_VERBS))
      verdict.set(e, NO_WRITE);
  }
  // An owned child keeps its operations while its parent keeps a write: it is written through that form.
  // The writes of each entity, found once (a scan of every endpoint per dropped operation was
  // operations × endpoints).
  const writes = new Map<string, Endpoint[]>();
  for (const p of endpoints)
    if (p.entity !== null && (p.action === 'create' || p.action === 'update')) {
      const list = writes.get(p.entity);
      if (list) list.push(p);
      else writes.set(p.entity, [p]);
    }
  const parentWrites = (entity: string): boolean => (writes.get(entity) ?? []).some((p) => !verdict.has(p));
  for (const e of [...verdict.keys()]) {
    const parent = byName.get(e.entity!)?.parent?.resource.entity.name;
    if (parent && parentWrites(parent)) verdict.delete(e);
  }
  const kept: Endpoint[] = [];
  const dropped: SuppressedOperation[] = [];
  for (const e of endpoints) {
    const rule = verdict.get(e);
    if (!rule) {
      kept.push(e);
      continue;
    }
    const entity = byName.get(e.entity!)?.entity;
    dropped.push({
      method: e.method,
      path: e.path,
      entity: e.entity,
      rule,
      reason:
        rule === NO_LIST
          ? 'no requirement, story or flow names it'
          : 'no requirement, story or flow asks to create or change it',
      origin: entity?.origin ?? e.origin,
    });
  }
  return { kept, dropped };
}

/**
 * A sentence names the entity as the object of a write verb: the name follows the verb within a
 * few words, with no clause boundary, preposition or negation between ("manages clinicians",
 * "create multiple rate cards"; not "register a patient so that the lab…", not "rate card changes
 * do not affect past invoices").
 */
const BETWEEN_STOP =
  /[.;:!?]|\b(?:so|that|which|when|where|who|if|not|never|per|with|for|from|by|via|in|on|at|to|of|into|que|para|por|con|de|del|en|pour|avec|par|dans|sans|ne|für|mit|von|aus|bei|im|nicht|com|em|do|dos|no|na|não)\b/iu;
/** German puts the object before the infinitive: "Marken verwalten", "Aufträge anlegen". */
const OBJECT_FIRST =
  /^(?:verwalten|pflegen|konfigurieren|einrichten|anlegen|erstellen|hinzufügen|erfassen|bearbeiten|ändern|aktualisieren|korrigieren)$/iu;
function asked(texts: readonly string[], entity: string, verbs: RegExp): boolean {
  const mention = new RegExp(mentionPattern(entity).source, 'gi');
  return texts.some((t) => {
    const found = [...t.matchAll(mention)];
    if (found.length === 0) return false;
    // The sentence's own language: an English sentence in a Spanish project reads the English way.
    // Told only for a sentence that names the entity (it was told for every sentence, per
    // operation: 1.4 s of 10 at 1,000 entities).
    const english = documentsNameLanguage() === 'en' && documentsLanguage([t]) === 'en';
    const things = found
      .filter((m) => !english || head(t.slice((m.index ?? 0) + m[0].length)))
      .map((m) => m.index ?? 0);
    if (things.length === 0) return false;
    return [...t.matchAll(verbs)].some((v) => {
      const end = (v.index ?? 0) + v[0].length;
      return things.some((x) => {
        if (x < end) {
          if (!OBJECT_FIRST.test(v[0]) || x > (v.index ?? 0)) return false;
          const before = t.slice(x, v.index ?? 0).replace(mention, '');
          return !BETWEEN_STOP.test(before) && before.trim().split(/\s+/).filter(Boolean).length <= 3;
        }
        const between = t.slice(end, x);
        return !BETWEEN_STOP.test(between) && between.trim().split(/\s+/).filter(Boolean).length <= 6;
      });
    });
  });
}

/**
 * English puts a modifier before its noun: in "configure report templates" the object is the
 * templates, not a report. A mention is the head of its phrase when what follows ends the phrase
 * (punctuation, a preposition, a conjunction, a verb) or is a word that only says "the data of it"
 * ("patient records", "lab details").
 */
const PHRASE_END =
  /^\s*(?:$|[.,;:!?)\]"'’”—–(-]|(?:and|or|but|with|for|from|to|in|on|at|by|of|so|that|which|who|whose|when|where|if|is|are|was|were|be|been|can|could|should|must|will|would|may|as|into|via|per|than|before|after|without|using|through|while|once|until|only|also|directly|immediately|automatically|manually|their|its|his|her|my|our|your|the|a|an|this|these|those|each|every|all|any|records?|details?|information|info|data|entries|entry|profiles?|fields?|forms?|files?|list|lists|screens?|pages?|views?)\b)/i;
const head = (after: string): boolean => PHRASE_END.test(after);

/** Every sentence that can say what users do: requirements, criteria, stories, rules, flow steps. */
function sentences(domain: Domain): string[] {
  const out = statements(domain).map((s) => s.text);
  for (const f of domain.flows) {
    out.push(f.name);
    for (const s of f.steps) out.push(s.text);
  }
  return out;
}
