import { type Diagnostic, diag } from '../../diagnostics/diagnostic.js';
import { sameStem } from '../../knowledge/inflect.js';
import { roleKey } from '../../knowledge/role-names.js';
import type { Domain, RoleAbility, StoryIntent } from '../../model/domain.js';
import { fromRule, type Origin } from '../../model/origin.js';
import type { SpecEntity } from '../../model/spec/data.js';
import type { PermissionGrant, RoleScope, RoleSpec } from '../../model/spec/security.js';
import { ownColumnOf, userEntity } from './ownership.js';
import { facts, isAdminRole, matchPersona, sameRole } from './roles.js';
import { entityNamed } from './scopes.js';
import {
  type Action,
  bareNounGrants,
  entityPhrases,
  firstActionAt,
  flagGrants,
  grantsInText,
  nounPhraseGrants,
  objectlessActions,
} from './vocabulary.js';

const FULL_ACCESS =
  /full access|all permissions|everything|unrestricted|superuser|all access|täydet oikeudet|accès complet|vollzugriff/i;
const ALL_ROLES =
  /\ball (\w+ )?roles\b|\bevery role\b|\bany role\b|\ball (authenticated )?users\b|\bauthenticated users\b|\bany (authenticated )?user\b/i;

/** Wording that scopes a role to its own records (`their own appointments`, `only their schedule`). */
const OWN =
  /\btheir own\b|\bown (records|data|items|account)\b|\bonly (reach|see|access|view) their\b|\bomat\b|\bleurs? propres?\b|\bsus propi[oa]s\b/i;

export interface Vocabulary {
  /** Roles the documents scope to their own records. */
  ownScoped: Set<string>;
  /** Words each role's stated permissions use (`dashboard`, `report`): for endpoints with no entity. */
  words: Map<string, { word: string; origin: Origin }[]>;
  /** Cells of a stated role × resource matrix: for the resources they name, the whole truth. */
  cells: MatrixCell[];
  /** Operations a sentence refuses a role ("A volunteer cannot cancel shifts"): denied, whatever else grants them. */
  denials: PermissionGrant[];
}

/**
 * One stated matrix cell, resolved: `resource` is the entity it names, or the noun as a lower-case
 * singular key (`mission`) when the model has no such entity.
 */
export interface MatrixCell {
  role: string;
  resource: string;
  entity: boolean;
  grants: { action: Action; verb?: string }[];
  /** Words of the cell no vocabulary reads (`Favoris`): the cell may grant more than is known. */
  unread: number;
  origin: Origin;
}

/** `Missions` → `mission`, `Paiements` → `paiement`: the key an endpoint's resource word is compared by. */
export const nounKey = (w: string) => {
  const l = w.toLowerCase().trim();
  return l.endsWith('ies') ? `${l.slice(0, -3)}y` : /[^s]s$|x$/.test(l) ? l.slice(0, -1) : l;
};

const wordsOf = (text: string) =>
  text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 3)
    .map((w) => (w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w));

/** Where the sentence first names the role (a character index), or -1. */
function mentionAt(text: string, role: RoleSpec): number {
  const forms = new Set([
    role.name.replace(/_/g, '[ _-]'),
    role.label.toLowerCase().replace(/\s+/g, '[ _-]'),
  ]);
  const at = [...forms]
    .map((f) => new RegExp(`(^|[^\\p{L}])${f}s?($|[^\\p{L}])`, 'iu').exec(text)?.index ?? -1)
    .filter((i) => i >= 0);
  return at.length > 0 ? Math.min(...at) : -1;
}

/**
 * Permissions per role, resource and action, from (in this order) role descriptions, user stories,
 * sentences naming roles, then the named default rules. A role inherits its bases' grants in the
 * matrix, not here.
 */
export function deriveGrants(
  domain: Domain,
  roles: RoleSpec[],
  entities: readonly SpecEntity[],
  defaulted: boolean,
  scopes: readonly RoleScope[] = [],
  storyEntities: ReadonlyMap<string, ReadonlySet<string>> = new Map(),
): { grants: PermissionGrant[]; vocabulary: Vocabulary; diagnostics: Diagnostic[] } {
  const phrases = entityPhrases(entities);
  const grants: PermissionGrant[] = [];
  const vocabulary: Vocabulary = {
    words: new Map(roles.map((r) => [r.name, []])),
    ownScoped: new Set(),
    cells: [],
    denials: [],
  };
  const diagnostics: Diagnostic[] = [];
  // "Books … appointments" also calls the record's `book` action, where the record has that state.
  const made = (g: { entity: string; verb?: string; made?: true }) =>
    !g.made || hasState(entities, g.entity, g.verb ?? '');
  const add = (
    role: string,
    resource: string,
    action: Action,
    origin: Origin,
    verb?: string,
    field?: string,
  ) => {
    if (
      !grants.some(
        (g) =>
          g.role === role &&
          g.resource === resource &&
          g.action === action &&
          g.verb === verb &&
          g.field === field,
      )
    )
      grants.push({ role, resource, action, origin, ...(verb ? { verb } : {}), ...(field ? { field } : {}) });
  };
  // "je veux réserver un créneau", "can book a slot": the story read there makes the booking record
  // (extract/stories.ts: a create that `joins`); a create or a `book` of a record it points at is that
  // record's create, never the slot's.
  const joinedAt = new Map<string, string>();
  for (const st of domain.stories ?? [])
    for (const i of st.intents)
      if (i.kind === 'create' && (i.joins || i.booked) && i.entity && st.origin.kind === 'source')
        joinedAt.set(`${st.origin.file}:${st.origin.line}`, i.entity);
  // The booking records a role makes by booking what they join (read below: who books a slot picks
  // it, and where it is).
  const booked = new Set<string>();
  const booking = (origin: Origin, g: { action: Action; entity: string; verb?: string }) => {
    const record = origin.kind === 'source' ? joinedAt.get(`${origin.file}:${origin.line}`) : undefined;
    if (!record || (g.action !== 'create' && g.verb !== 'book')) return undefined;
    const points = entities
      .find((e) => e.name === record)
      ?.fields.some((f) => f.references?.entity === g.entity);
    if (points) booked.add(record);
    return points ? record : undefined;
  };
  const learn = (role: string, text: string, origin: Origin) => {
    if (OWN.test(text)) vocabulary.ownScoped.add(role);
    const list = vocabulary.words.get(role);
    if (list)
      for (const word of wordsOf(text)) if (!list.some((w) => w.word === word)) list.push({ word, origin });
  };

  const abilities = new Map<string, RoleAbility[]>();
  for (const a of domain.roleAbilities ?? []) abilities.set(a.role, [...(abilities.get(a.role) ?? []), a]);
  // Roles whose own description states the inheritance ("Everything a coordinator does, plus …" in
  // the role's row): its "everything" is the base role's, not every permission. An inheritance stated
  // elsewhere ("ADMIN can do everything FRONT_DESK can do") leaves the row's "Full access" as it is.
  const at = (o: Origin) => (o.kind === 'source' ? `${o.file}:${o.line}` : null);
  const rowOf = new Map(roles.map((r) => [r.name, at(r.origin)]));
  const inheritsStated = new Set(
    facts(domain, 'role-inherits')
      .filter((f) => at(f.origin) !== null && at(f.origin) === rowOf.get(f.role))
      .map((f) => f.role),
  );
  for (const r of roles) {
    if (!r.description) continue;
    learn(r.name, r.description, r.origin);
    // "Everything a coordinator does, plus …" is read as inheriting the coordinator (a stated
    // `role-inherits`), not as every permission on every resource.
    if (FULL_ACCESS.test(r.description) && !inheritsStated.has(r.name)) add(r.name, '*', 'manage', r.origin);
    const read = abilities.get(r.name);
    if (!read) {
      for (const g of nounPhraseGrants(r.description, phrases)) add(r.name, g.entity, g.action, r.origin);
      continue;
    }
    // Phrase by phrase: what its verb says on what it names (a persona line grants the actions it
    // names, not every action on every entity it mentions).
    let previous: string | null = null;
    // "Books, reschedules and cancels their own appointments": the verbs with no object of their own
    // act on the object the next phrase names.
    let carried: { action: Action; verb?: string; made?: true }[] = [];
    for (const a of read) {
      // "marks appointments completed" asks for the action that sets the state (`complete`), not
      // every edit of the record: its update is that verb's only; a word that names a state action
      // ("cancels", "collection") grants that action only.
      const grant = (entity: string, action: Action, verb?: string) =>
        add(r.name, entity, action, r.origin, action === 'update' ? (verb ?? a.markedVerb) : undefined);
      if (a.negated) continue;
      // "Réserve un créneau", "Books classes": the booking record is made, not the slot booked.
      if (a.joins && a.entity) {
        booked.add(a.entity);
        grant(a.entity, 'create');
        carried = [];
        previous = a.entity;
        continue;
      }
      const found = grantsInText(a.text, phrases, a.stateWords);
      if (found.length > 0) {
        for (const g of found) if (made(g)) grant(g.entity, g.action, g.verb);
        for (const c of carried)
          for (const e of new Set(found.map((g) => g.entity)))
            if (made({ ...c, entity: e })) grant(e, c.action, c.verb);
        carried = [];
        previous = found[found.length - 1]!.entity;
        continue;
      }
      const alone = a.entity || a.object || a.pronoun ? [] : objectlessActions(a.text, a.stateWords);
      if (alone.length > 0) {
        carried.push(...alone);
        continue;
      }
      carried = [];
      if (a.read) {
        // "ne aggiorna lo stato" (updates their status): a verb with no object of its own acts on the
        // record the phrase before named.
        const entity: string | null =
          a.entity ??
          a.named ??
          (a.object ? (entityNamed([a.object], entities)?.name ?? null) : a.pronoun ? previous : null);
        if (entity) for (const action of intentActions(a.intents, !!a.entity)) grant(entity, action);
        previous = entity ?? previous;
        continue;
      }
      const bare = bareNounGrants(a.text, phrases);
      for (const g of bare) add(r.name, g.entity, g.action, r.origin);
      previous = bare[0]?.entity ?? previous;
    }
  }

  const unmatched = new Set<string>();
  for (const p of facts(domain, 'persona')) {
    const who = matchPersona(p.phrase, roles);
    if (who === null) {
      if (!unmatched.has(p.phrase.toLowerCase()) && !defaulted) {
        unmatched.add(p.phrase.toLowerCase());
        diagnostics.push(
          diag(
            'security/unmatched-persona',
            `user-story actor "${p.phrase}" matches none of the roles ${roles.map((r) => r.name).join(', ')}`,
            {
              at: p.origin.kind === 'source' ? { file: p.origin.file, line: p.origin.line } : undefined,
            },
          ),
        );
      }
      continue;
    }
    const targets = who === '*' ? roles.map((r) => r.name) : [who];
    for (const t of targets) {
      learn(t, p.want, p.origin);
      // "mark an appointment as completed": the complete action, not every edit (as in persona lines).
      // A story the API maps to operations grants on their entities only (see storyEntities).
      const mapped =
        p.origin.kind === 'source' ? storyEntities.get(`${p.origin.file}:${p.origin.line}`) : undefined;
      for (const g of grantsInText(p.want, phrases, p.stateWords).filter(made)) {
        const record = booking(p.origin, g);
        if (mapped && !mapped.has(record ?? g.entity)) continue;
        if (record) add(t, record, 'create', p.origin);
        else
          add(t, g.entity, g.action, p.origin, g.action === 'update' ? (g.verb ?? p.markedVerb) : undefined);
      }
      for (const g of flagGrants(p.want, entities)) add(t, g.entity, g.action, p.origin, undefined, g.field);
    }
  }

  for (const s of facts(domain, 'permission-statement')) {
    // The roles named before the sentence's first action word act; one named after it ("… for any
    // patient of their clinic") is what the action is done for, and is granted nothing.
    // A sentence that names no role before its verb ("Read access for auditors") grants the roles it
    // names.
    const mentioned = roles.map((r) => ({ r, at: mentionAt(s.text, r) })).filter((m) => m.at >= 0);
    // An action word before any role ("For a phone booking, the receptionist searches the patient")
    // is no one's: the subject is who is named before the first action word after the first role.
    const first = Math.min(...mentioned.map((m) => m.at));
    const after = mentioned.length > 0 ? firstActionAt(s.text.slice(first), s.stateWords) : -1;
    const verbAt = after < 0 ? -1 : first + after;
    const subjects = mentioned.filter((m) => verbAt < 0 || m.at < verbAt);
    // "Patients never see internal notes" grants nothing. Where the modal is negated ("A volunteer
    // cannot cancel shifts", "Readonly users can view conversations but cannot perform write
    // actions"), the words before it grant and the words after it refuse its subjects what they name.
    if (s.negated) continue;
    // A semicolon after the verb closes what the subject may do: "… peut annuler tous les créneaux
    // d'une journée ; les cyclistes concernés DOIVENT être prévenus" grants nothing on the cyclists.
    const semicolon = verbAt < 0 ? -1 : s.text.indexOf(';', verbAt);
    const clause = semicolon > verbAt ? s.text.slice(0, semicolon) : s.text;
    const granting = s.denial && s.denial.at < clause.length ? clause.slice(0, s.denial.at) : clause;
    if (s.denial?.refuses)
      for (const m of subjects)
        for (const g of grantsInText(s.text.slice(s.denial.at), phrases, s.stateWords).filter(made))
          vocabulary.denials.push({
            role: m.r.name,
            resource: g.entity,
            action: g.action,
            origin: s.origin,
            ...(g.verb ? { verb: g.verb } : {}),
          });
    const named = ALL_ROLES.test(s.text)
      ? roles
      : (subjects.length > 0 ? subjects : mentioned).map((m) => m.r);
    if (named.length === 0) continue;
    for (const r of named) {
      // "A volunteer cannot cancel shifts" states no word of what the volunteer does.
      if (named.length < roles.length && (!s.denial || firstActionAt(granting, s.stateWords) >= 0))
        learn(r.name, granting, s.origin);
      for (const g of grantsInText(granting, phrases, s.stateWords).filter(made)) {
        const record = booking(s.origin, g);
        if (record) add(r.name, record, 'create', s.origin);
        else add(r.name, g.entity, g.action, s.origin, g.verb);
      }
      // "… and can waive the deposit": the record whose `deposit_waived` the role sets.
      for (const g of flagGrants(granting, entities))
        add(r.name, g.entity, g.action, s.origin, undefined, g.field);
    }
  }

  // A stated role × resource matrix: each cell grants what it says on its resource, and a row that
  // grants everything in every column (`Super Admin | Tout | Tout`) grants everything.
  const rows = new Map<string, { all: boolean; origin: Origin }>();
  for (const c of facts(domain, 'permission-cell')) {
    const role = roles.find((r) => sameRole(r.name, roleKey(c.role)));
    if (!role) continue;
    // `Aufträge` / `Fahrzeuge` (a German plural with an umlaut) name `Auftrag` / `Fahrzeug`.
    const entity =
      phrases.find((p) => p.phrase.join(' ') === c.resource.toLowerCase())?.entity ??
      entities.find((e) => [e.name, e.table].some((n) => sameStem(n, c.resource)))?.name;
    const resource = entity ?? nounKey(c.resource);
    vocabulary.cells.push({
      role: role.name,
      resource,
      entity: !!entity,
      grants: c.grants,
      unread: c.unread.length,
      origin: c.origin,
    });
    for (const g of c.grants) add(role.name, resource, g.action, c.origin, g.verb);
    const all = c.grants.some((g) => g.action === 'manage') && !c.denied;
    const row = rows.get(role.name);
    rows.set(role.name, { all: (row?.all ?? true) && all, origin: row?.origin ?? c.origin });
  }
  for (const [role, row] of rows) if (row.all) add(role, '*', 'manage', row.origin);

  // A stated scope says what the role sees (read), and "everything on …" grants all of it; the matrix
  // then keeps the role inside its scope (scopes.ts).
  for (const s of scopes) {
    add(s.role, s.entity, 'read', s.origin);
    if (s.everything) for (const e of s.entities) add(s.role, e, 'manage', s.origin);
  }

  // Named defaults. OWASP ASVS V4.1.3 (least privilege): nothing beyond these is granted.
  for (const r of roles) {
    if (roles.length === 1) add(r.name, '*', 'manage', fromRule('derive/authz-single-role-all'));
    // An admin whose permissions are stated as another role's plus its own ("Everything a coordinator
    // does, plus …") has them stated: the default does not widen them to everything.
    else if (isAdminRole(r.name) && !inheritsStated.has(r.name))
      add(r.name, '*', 'manage', fromRule('derive/authz-admin-all'));
  }
  const user = userEntity(
    entities,
    roles.map((r) => r.name),
  );
  for (const g of [...grants]) {
    if (g.resource === '*' || (g.action !== 'create' && g.action !== 'update' && g.action !== 'manage'))
      continue;
    add(g.role, g.resource, 'read', fromRule('derive/authz-writer-reads', ref(g.origin)));
    const entity = entities.find((e) => e.name === g.resource);
    // A role a sentence scopes ("sees only …") reads no record outside its scope.
    const only = scopes.find((s) => s.role === g.role && !s.everything);
    for (const f of entity?.fields ?? [])
      if (
        f.references &&
        (!only || only.entities.includes(f.references.entity)) &&
        // Who books for themselves points at their own user record (`bookings.resident_id` for the
        // resident): no licence to read every user (a patient listing every patient, issue 13); their
        // own record is the self-profile rule's. A receptionist's `patient_id` still reads patients.
        !(f.references.entity === user?.name && ownColumnOf(f.column, g.role))
      ) {
        add(g.role, f.references.entity, 'read', fromRule('derive/authz-read-referenced', ref(g.origin)));
        // Who books a slot picks it where it is held: the slot's own references ("réserver un
        // créneau … dans l'atelier de mon choix" reads the workshops).
        if (g.action !== 'create' || !booked.has(g.resource) || f.references.entity === g.resource) continue;
        for (const h of entities.find((e) => e.name === f.references!.entity)?.fields ?? [])
          if (h.references && (!only || only.entities.includes(h.references.entity)))
            add(g.role, h.references.entity, 'read', fromRule('derive/authz-read-referenced', ref(g.origin)));
      }
  }
  return { grants, vocabulary, diagnostics };
}

/** The grant an intent of a role's description asks for (a verb named after an entity creates it). */
function intentActions(intents: readonly StoryIntent[], verbNoun: boolean): Action[] {
  if (verbNoun) return ['create'];
  const out = new Set<Action>();
  for (const i of intents) {
    if (i.kind === 'create') out.add('create');
    else if (['view', 'search', 'export', 'dashboard', 'analytics'].includes(i.kind)) out.add('read');
    else if (['update', 'state', 'settings', 'deactivate'].includes(i.kind)) out.add('update');
    else if (i.kind === 'delete') out.add('delete');
    else if (i.kind === 'manage') out.add('manage');
  }
  return [...out];
}

const ref = (o: Origin) => (o.kind === 'source' ? [{ file: o.file, line: o.line }] : undefined);

/** Whether a status column of the entity has a state the verb leads to (`book` → `booked`). */
function hasState(entities: readonly SpecEntity[], entity: string, verb: string): boolean {
  const e = entities.find((x) => x.name === entity);
  return !!verb && !!e?.fields.some((f) => f.enum?.some((v) => v.toLowerCase().startsWith(verb)));
}
