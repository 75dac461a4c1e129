import { stripAccents } from '../../knowledge/inflect.js';
import type { SpecEntity } from '../../model/spec/data.js';
import type { PermissionGrant } from '../../model/spec/security.js';

/**
 * The words requirements use for what a user does to a record, mapped to CRUD actions, and the
 * words that name an entity (`test orders`, `report delivery`). Used to turn "As a front desk staff
 * member, I want to register a new patient" into `front_desk may create Patient`.
 */
export type Action = PermissionGrant['action'];

const VERBS: [RegExp, Action][] = [
  [
    /^(create|creates|creating|add|adds|adding|register|registers|registering|registration|enter|enters|entering|entry|record|records|recording|submit|submits|submitting|submission|upload|uploads|uploading|book|books|booking|schedule|schedules|scheduling|place|places|placing|generate|generates|generating|generation|invite|invites|inviting|capture|captures|capturing|write|writes|writing|log|logs|creation|new|lisää|lisätä|luo|luoda|créer|ajouter|anlegen|erstellen|crear|añadir|criar)$/,
    'create',
  ],
  [
    /^(view|views|viewing|see|sees|seeing|search|searches|searching|find|finds|finding|browse|browses|browsing|list|lists|listing|review|reviews|reviewing|read|reads|reading|access|accesses|accessing|accessible|download|downloads|downloading|print|prints|printing|reprint|export|exports|exporting|lookup|monitor|monitors|monitoring|track|tracks|tracking|inspect|inspects|display|displays|share|shares|sharing|get|gets|nähdä|näkee|hakea|voir|consulter|lire|sehen|ansehen|ver|consultar|visualizar)$/,
    'read',
  ],
  [
    /^(edit|edits|editing|update|updates|updating|change|changes|changing|modify|modifies|modifying|amend|amends|amending|amendment|correct|corrects|correcting|configure|configures|configuring|configuration|customise|customize|customising|customizing|set|sets|setting|mark|marks|marking|assign|assigns|assigning|apply|applies|applying|approve|approves|approving|approval|authorise|authorize|authorises|authorizes|authorising|authorizing|authorisation|authorization|reject|rejects|rejecting|cancel|cancels|cancelling|canceling|confirm|confirms|confirming|verify|verifies|verifying|sign|signs|signing|complete|completes|completing|toggle|rename|reset|deactivate|deactivates|deactivating|activate|activates|archive|archives|archiving|close|closes|closing|reopen|receive|receives|receiving|collection|collect|collects|collecting|muokata|päivittää|modifier|ändern|bearbeiten|editar|modificar|actualizar)$/,
    'update',
  ],
  [
    /^(delete|deletes|deleting|deletion|remove|removes|removing|removal|purge|erase|poistaa|supprimer|löschen|eliminar|borrar|excluir)$/,
    'delete',
  ],
  [
    /^(manage|manages|managing|management|administer|administers|administration|maintain|maintains|maintenance|hallita|gérer|verwalten|gestionar|gerenciar)$/,
    'manage',
  ],
];

export function actionOf(word: string): Action | null {
  const w = word.toLowerCase();
  for (const [re, action] of VERBS) if (re.test(w)) return action;
  return null;
}

const split = (name: string) =>
  name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[_-]+/g, ' ')
    .toLowerCase()
    .trim();

const plural = (w: string) =>
  /(s|x|z|ch|sh)$/.test(w) ? `${w}es` : /[^aeiou]y$/.test(w) ? `${w.slice(0, -1)}ies` : `${w}s`;

/** Phrases naming an entity, longest first across entities (so `order item` wins over `order`). */
export function entityPhrases(entities: readonly SpecEntity[]): { phrase: string[]; entity: string }[] {
  const out: { phrase: string[]; entity: string }[] = [];
  for (const e of entities) {
    const forms = new Set<string>();
    for (const base of [split(e.name), split(e.table)]) {
      const words = base.split(' ');
      const last = words[words.length - 1]!;
      const stem = last.endsWith('ies')
        ? `${last.slice(0, -3)}y`
        : last.endsWith('s') && !last.endsWith('ss')
          ? last.slice(0, -1)
          : last;
      forms.add([...words.slice(0, -1), stem].join(' '));
      forms.add([...words.slice(0, -1), plural(stem)].join(' '));
    }
    for (const f of forms) out.push({ phrase: f.split(' '), entity: e.name });
  }
  return out.sort(
    (a, b) => b.phrase.length - a.phrase.length || (a.phrase.join(' ') < b.phrase.join(' ') ? -1 : 1),
  );
}

export interface Mention {
  kind: 'verb' | 'entity';
  value: string;
  index: number;
}

const CARRY = new Set([
  'and',
  'or',
  'the',
  'a',
  'an',
  'new',
  'existing',
  'their',
  'its',
  'all',
  'multiple',
  'other',
  'ja',
  'tai',
  'et',
  'ou',
  'und',
  'oder',
  'y',
  'o',
]);

const SUBORDINATE =
  /\b(so that|so|before|after|when|whenever|if|once|while|because|in order to|in case|unless|until|jotta|kun|afin|damit|para que)\b/i;

/** What a word asks of a record: the action, and the one state action it names (`cancels` → `cancel`). */
interface Asked {
  action: Action;
  verb?: string;
  /** The state action a create word also names ("books" → `book`): granted where the record has that state. */
  made?: true;
}

/**
 * What a word asks for: its action, and, for a word extract read as naming one state action
 * (`stateWords`, read/grant-state-words.ts), that action only: an update limited to its verb, so
 * "reschedules" and "cancels" grant `POST …/reschedule` and `POST …/cancel`, not the record's PATCH.
 * A word that makes, reads, deletes or manages a record keeps that action ("books" creates).
 */
function askedBy(word: string, stateWords: Readonly<Record<string, string>> | undefined): Asked | null {
  const action = actionOf(word);
  const verb = stateWords?.[word];
  if (verb && (action === null || action === 'update')) return { action: 'update', verb };
  // "books": a create that is also a state action (`POST …/{id}/book`); `spread` grants both.
  if (verb && action === 'create') return { action, verb };
  return action ? { action } : null;
}

/** What an ask grants: a create that names a state action grants the create and that action. */
const spread = (a: Asked): Asked[] =>
  a.action === 'create' && a.verb
    ? [{ action: 'create' }, { action: 'update', verb: a.verb, made: true }]
    : [a];

const sameAsk = (a: Asked, b: Asked) => a.action === b.action && a.verb === b.verb;

/**
 * Verb → entity pairs in one clause. Subordinate clauses (`... before results are entered`) are cut
 * off first: they describe conditions, not what the actor does.
 */
export function grantsInText(
  text: string,
  phrases: { phrase: string[]; entity: string }[],
  stateWords?: Readonly<Record<string, string>>,
): { action: Action; entity: string; verb?: string; made?: true }[] {
  const main = text.split(SUBORDINATE)[0] ?? text;
  const words = main
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0);
  const out: { action: Action; entity: string; verb?: string; made?: true }[] = [];
  let pending: Asked[] = [];
  let last: Asked[] = [];
  // Entities named before any action word (`result entry`, `patient registration`).
  let orphans: string[] = [];
  let lastEnd = 0;
  const add = (asked: Asked, entity: string) => {
    for (const a of spread(asked))
      if (!out.some((o) => o.action === a.action && o.entity === entity && o.verb === a.verb))
        out.push({
          action: a.action,
          entity,
          ...(a.verb ? { verb: a.verb } : {}),
          ...(a.made ? { made: a.made } : {}),
        });
  };
  // Entity names are written without accents (`marcacoes`, `reservations`); the sentence may not be
  // ("marcações", "réservations").
  const plain = words.map(stripAccents);
  for (let i = 0; i < words.length; i++) {
    const match = phrases.find((p) => p.phrase.every((w, k) => plain[i + k] === w));
    if (match) {
      // `create, edit, and deactivate users and roles`: actions carry over a plain list of entities,
      // never across a preposition (`enter results for a patient` grants nothing on Patient).
      const between = words.slice(lastEnd, i);
      const carry = lastEnd > 0 && between.every((w) => CARRY.has(w));
      const actions = pending.length > 0 ? pending : carry ? last : [];
      if (actions.length === 0) orphans.push(match.entity);
      for (const a of actions) add(a, match.entity);
      if (pending.length > 0) last = pending;
      pending = [];
      i += match.phrase.length - 1;
      lastEnd = i + 1;
      continue;
    }
    const asked = askedBy(words[i]!, stateWords);
    // Only noun forms right after the entity name what is done to it (`result entry`, `sample
    // collection/receiving`, Dutch "mijn reservering annuleren"): the run of action words that
    // follows it. Such a word is spent on that entity, not carried to the next one ("…, zodat de
    // baan vrijkomt").
    const after =
      asked !== null &&
      orphans.length > 0 &&
      words.slice(lastEnd, i).every((w) => CARRY.has(w) || askedBy(w, stateWords));
    if (after) for (const e of orphans) add(asked, e);
    else if (i >= lastEnd) orphans = [];
    if (asked && !after && !pending.some((p) => sameAsk(p, asked))) pending.push(asked);
  }
  return out;
}

/**
 * Where the first action word of a sentence stands (a character index), or -1: the roles named
 * before it are who acts ("A receptionist can book … for any patient": the receptionist, not the
 * patient).
 */
export function firstActionAt(text: string, stateWords?: Readonly<Record<string, string>>): number {
  for (const m of text.matchAll(/[\p{L}\p{N}]+/gu))
    if (askedBy(m[0].toLowerCase(), stateWords)) return m.index ?? -1;
  return -1;
}

/**
 * The actions a phrase with no object asks for ("Books", "reschedules" in "Books, reschedules and
 * cancels their own appointments"): every word an action word, else none. They act on the object
 * the next phrase names.
 */
export function objectlessActions(text: string, stateWords?: Readonly<Record<string, string>>): Asked[] {
  const words = text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0 && !CARRY.has(w));
  const asked = words.map((w) => askedBy(w, stateWords));
  if (words.length === 0 || asked.some((a) => a === null)) return [];
  return asked.filter((a): a is Asked => a !== null).flatMap(spread);
}

/** A noun phrase with no verb (`report delivery`, `sample management`) in a role's description. */
export function nounPhraseGrants(
  text: string,
  phrases: { phrase: string[]; entity: string }[],
): { action: Action; entity: string }[] {
  const out: { action: Action; entity: string }[] = [];
  for (const part of text.split(/[,;.]|\band\b/)) {
    const found = grantsInText(part, phrases);
    if (found.length > 0) {
      out.push(...found);
      continue;
    }
    // An entity named without an action word: the role works with it (read and write, not delete).
    const words = part
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w.length > 0);
    for (let i = 0; i < words.length; i++) {
      const match = phrases.find((p) => p.phrase.every((w, k) => words[i + k] === w));
      if (!match) continue;
      for (const a of ['read', 'create', 'update'] as const) out.push({ action: a, entity: match.entity });
      break;
    }
  }
  return out;
}

/**
 * A phrase that is only a noun phrase (`rate`, `report delivery`, `the invoices`): the role works with
 * the entity it names (read and write, not delete). A phrase whose first word is a verb nothing reads
 * ("scarica i verbali del condominio") grants nothing: no action is guessed from an unread verb.
 */
export function bareNounGrants(
  text: string,
  phrases: { phrase: string[]; entity: string }[],
): { action: Action; entity: string }[] {
  const words = text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0);
  let i = 0;
  while (i < words.length && CARRY.has(words[i]!)) i++;
  const match = phrases.find((p) => p.phrase.every((w, k) => words[i + k] === w));
  if (!match) return [];
  return (['read', 'create', 'update'] as const).map((action) => ({ action, entity: match.entity }));
}

/**
 * A yes/no column named for what a person does to the record (`deposit_waived`, `is_archived` is
 * not: no noun before the participle) that the sentence asks for by verb and noun ("can waive the
 * deposit"): an update of the record that holds the column. The column's words are names of the
 * model; the sentence's words are only compared with them (a verb that starts with the participle's
 * stem, the noun within the next three words).
 */
export function flagGrants(
  text: string,
  entities: readonly SpecEntity[],
): { action: Action; entity: string; field: string }[] {
  const words = text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0)
    .map(stripAccents);
  const out: { action: Action; entity: string; field: string }[] = [];
  for (const e of entities)
    for (const f of e.fields) {
      if (f.type.scalar !== 'boolean') continue;
      const parts = split(f.name).split(' ');
      const participle = parts[parts.length - 1]!;
      const noun = parts.slice(0, -1);
      if (noun.length === 0 || !participle.endsWith('ed')) continue;
      const stem = participle.replace(/e?d$/, '');
      if (stem.length < 4) continue;
      const asked = words.some(
        (w, i) =>
          w.startsWith(stem) &&
          w !== participle &&
          noun.every((n) => words.slice(i + 1, i + 4).some((x) => x === n || x === plural(n))),
      );
      if (asked && !out.some((o) => o.entity === e.name && o.field === f.name))
        out.push({ action: 'update', entity: e.name, field: f.name });
    }
  return out;
}
