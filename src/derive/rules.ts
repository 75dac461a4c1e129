import { foldAccents } from '../knowledge/mention.js';
import { isLifecycleField } from '../knowledge/state-words.js';
import type { Domain, RuleNamePart, RuleReading } from '../model/domain.js';
import { fromRule, type Origin, type SourceRef } from '../model/origin.js';
import type { Endpoint, Service, ServiceMethod, SideEffect, StoryTrace } from '../model/spec/api.js';
import type { SpecEntity } from '../model/spec/data.js';
import type { BusinessRule, Lifecycle, LifecycleTransition } from '../model/spec/rules.js';
import { verbOf } from './api/actions.js';
import { mentionPattern, words } from './api/naming.js';
import { planResources } from './api/resources.js';
import { entitiesOf } from './api/story-operations.js';
import { facts } from './security/roles.js';
import type { DeriveStep } from './types.js';

/**
 * Derive step `rules`: the business-rules table and the lifecycles.
 * - A rule is every rule sentence extract collected with its reading (extract/rule-statements.ts,
 *   read/rule-words.ts: a rule word with a number or a hard modality, in en, es, pt, fr, de). Each
 *   gets the entity it names, the operations that implement its requirement, how it is enforced
 *   and its domain error code.
 * - A lifecycle is every status enum of the data model: its states, the transitions the documents
 *   state (arrows, "from X to Y", a state diagram) plus those the action endpoints make, each with
 *   the roles the permission matrix allows; drawn as a mermaid `stateDiagram-v2` in section 4.
 */

const SNAKE = (s: string) =>
  words(s)
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, '_')
    .replace(/^_|_$/g, '');

/**
 * The domain error code of a rule: the one the documents name ("reject with TOOL_UNAVAILABLE"), the
 * one its wording implies (a slot hold, a lockout), else named from the entity and the kind of rule
 * (`APPOINTMENT_OUTSIDE_WINDOW`). Jobs, retention floors, audit entries and the side effects the
 * documents rule out ("does not automatically …") raise none.
 */
/** A credential's code: the stated one, else named after the credential (`CODE_EXPIRED`). */
const credentialCode = (reading: RuleReading, credential: string): string =>
  reading.statedCode ?? `${SNAKE(foldAccents(credential)).replace(/[^A-Z0-9_]/g, '')}_EXPIRED`;

function errorCode(reading: RuleReading, entity: string | null): string | null {
  if (
    reading.enforcement === 'job' ||
    reading.enforcement === 'retention-policy' ||
    reading.enforcement === 'audit-trail' ||
    reading.enforcement === 'behaviour' ||
    // Counted over a period: no request breaks it, no request gets its error.
    reading.enforcement === 'period-quota' ||
    // What a role sees: its reads return only the records in scope; no request is rejected for it.
    reading.enforcement === 'visibility-scope' ||
    // A stated charge or allowance is what the service applies when it prices a request; it rejects none.
    reading.kind === 'charge' ||
    reading.kind === 'allowance'
  )
    return null;
  if (reading.statedCode) return reading.statedCode;
  if (reading.codeHint) return reading.codeHint;
  const e = entity ? SNAKE(entity) : 'REQUEST';
  switch (reading.kind) {
    case 'unique':
      return reading.overlap ? `${e}_OVERLAP` : `${e}_ALREADY_EXISTS`;
    case 'limit':
      return `${e}_LIMIT_EXCEEDED`;
    case 'minimum':
      return `${e}_BELOW_MINIMUM`;
    case 'window':
      return `${e}_OUTSIDE_WINDOW`;
    // Asked later than the stated lead time ("more than 24 hours before").
    case 'lead-time':
      return `${e}_TOO_LATE`;
    case 'duration':
      return `${e}_EXPIRED`;
    case 'only':
    case 'never':
      return `${e}_NOT_ALLOWED`;
    case 'ordering':
      return `${e}_INVALID_STATE`;
    default:
      return `${e}_INVALID`;
  }
}

/**
 * Where a rule's error code comes from: a code the documents state (in the rule's sentence, an error
 * table's row naming the rule, a listed code whose words the rule says) is stated on the rule's line;
 * any other is named by `derive/domain-error-from-rule` from that line.
 */
function codeOrigin(code: string | null, reading: RuleReading, origin: Origin): { errorCodeOrigin?: Origin } {
  if (code === null) return {};
  if (reading.statedCode === code) return { errorCodeOrigin: origin };
  const from: SourceRef[] = origin.kind === 'source' ? [{ file: origin.file, line: origin.line }] : [];
  return { errorCodeOrigin: fromRule('derive/domain-error-from-rule', from) };
}

export function businessRules(
  domain: Domain,
  entities: readonly SpecEntity[],
  endpoints: readonly Endpoint[],
  stories: readonly StoryTrace[] = [],
): BusinessRule[] {
  const resources = planResources(entities, '');
  // Table names are often written without the accents of the prose ("creneaux" for "créneaux").
  // `inflected`: the entities the statement layer found named there by a stated name written in
  // another case ("otwarte wnioski" for "Wniosek adopcyjny"), taken when no name is written as it is.
  const names = (text: string | null | undefined, inflected: readonly string[] = []): string[] => {
    if (!text) return [];
    const found = entitiesOf(text, resources, entities, inflected);
    const bare = text.normalize('NFD').replace(/\p{M}+/gu, '');
    return [
      ...new Set([
        ...found,
        ...(found.length === 0 && bare !== text ? entitiesOf(bare, resources, entities, inflected) : []),
      ]),
    ]
      .map((r) => r.entity.name)
      .filter((n) => !asField(n, text));
  };
  // "a school year" is Classroom's `school_year`, no mention of School: a mention followed by the
  // word that makes it a field of the model (its key column aside) names that field.
  const fieldKeys = new Set(
    entities.flatMap((e) => e.fields.map((f) => compact(f.name)).filter((k) => !k.endsWith('id'))),
  );
  const asField = (entity: string, text: string): boolean => {
    const re = mentionPattern(entity);
    const flags = re.flags.includes('g') ? re.flags : `${re.flags}g`;
    const bare = [...text.matchAll(new RegExp(re.source, flags))];
    const followed = [...text.matchAll(new RegExp(`(?:${re.source})\\s+([A-Za-z]+)`, flags))];
    return (
      bare.length > 0 &&
      followed.length === bare.length &&
      followed.every((m) =>
        fieldKeys.has(compact(m[0].slice(0, m[0].length - m[1]!.length)) + m[1]!.toLowerCase()),
      )
    );
  };
  const ids = ruleIds(domain.ruleStatements ?? [], domain.requirements);
  const rules = (domain.ruleStatements ?? []).map((c, i) => {
    const id = ids[i]!;
    // The stated id is the rule's own id: the requirements column keeps only the others.
    const requirements = c.requirements.filter((r) => r !== id);
    // The actor of the sentence (read in extract) is who acts, not what the rule constrains.
    const namedIn = (part: RuleNamePart, text: string | null | undefined) => names(text, c.inflected?.[part]);
    const actors = namedIn('actor', c.actor);
    // What the rule is set per ("per user role") is its scope, not what it constrains.
    const scoped = namedIn('scope', c.target?.scope);
    const mentioned = namedIn('text', c.text).filter((n) => !actors.includes(n) && !scoped.includes(n));
    const { kind, enforcement } = c.reading;
    if (enforcement === 'audit-trail') {
      const audited = auditedWrites(c, domain, resources, entities, endpoints);
      return {
        id,
        text: c.text,
        requirements,
        kind,
        entity: audited.entities[0] ?? null,
        operations: audited.operations,
        enforcement,
        errorCode: null,
        origin: c.origin,
      };
    }
    // "a code that expires after 10 minutes": checked where the code is used, by no write of the
    // records the sentence names; its code is named after the credential.
    if (c.reading.credential) {
      const credential = c.reading.credential.replace(/s$/, '');
      // The sign-in or reset operations of the rule's own requirement are where it is used.
      const using = endpoints.filter(
        (e) => e.action === 'auth' && e.requirements.some((r) => c.requirements.includes(r)),
      );
      return {
        id,
        text: c.text,
        requirements,
        kind,
        entity: null,
        operations: using.map((e) => e.operationId),
        enforcement,
        errorCode: credentialCode(c.reading, credential),
        ...codeOrigin(credentialCode(c.reading, credential), c.reading, c.origin),
        origin: c.origin,
      };
    }
    const read = constrained(c, actors, namedIn, entities, endpoints);
    // The rule's verb found no write its own sentence asks for ("annuler tous les créneaux d'une
    // journée" is no cancel of a reservation): the stated route the sentence was mapped to is it.
    const told = toldBy(c, stories, endpoints);
    const misread =
      !!told &&
      !!read &&
      read.operations.length > 0 &&
      !read.operations.some((o) => told.operations.includes(o));
    const targeted = misread ? told : read;
    // A job is the system's own work: no operation a user calls implements it. A provider's webhook
    // (a payment it confirms) serves a story but checks no user's rule.
    const implementing = endpoints.filter(
      (e) =>
        enforcement !== 'job' &&
        e.method !== 'GET' &&
        e.action !== 'webhook' &&
        e.requirements.some((r) => c.requirements.includes(r)) &&
        (mentioned.length === 0 || e.entity === null || mentioned.includes(e.entity)),
    );
    // The entity is the one the sentence's target names (the rows it counts, the write it guards),
    // else the one the rule's operations act on, else the first the sentence names besides its actor.
    const named =
      targeted?.entity ??
      mentioned.find((m) => implementing.some((e) => e.entity === m)) ??
      implementing.find((e) => e.entity && !actors.includes(e.entity))?.entity ??
      // "Een lid ziet alleen zijn eigen facturen": the invoices its requirement's reads serve, not
      // the member who reads them.
      mentioned.find(
        (m) =>
          !actors.includes(m) &&
          endpoints.some((e) => e.entity === m && e.requirements.some((r) => c.requirements.includes(r))),
      ) ??
      mentioned[0] ??
      null;
    const glossed = named === null ? glossedEntity(c, actors) : null;
    // A rule whose verb names the write it guards ("ne peut pas être supprimé") is never enforced by
    // another write of its requirement (the create of the slots): with no such write, none.
    const verb = c.target?.action;
    // "Station staff see only the bookings of their own station": the reads of what is seen.
    const entity = named ?? glossed;
    const reads =
      enforcement === 'visibility-scope'
        ? endpoints.filter((e) => e.method === 'GET' && entity !== null && e.entity === entity)
        : null;
    const operations = reads
      ? reads.map((e) => e.operationId)
      : glossed
        ? implementing.filter((e) => e.entity === glossed).map((e) => e.operationId)
        : targeted && targeted.operations.length > 0
          ? targeted.operations
          : implementing
              .filter((e) => named === null || e.entity === named || e.entity === null)
              .filter(
                (e) => !verb || e.action === verb || e.stateVerb === verb || e.path.endsWith(`/${verb}`),
              )
              .map((e) => e.operationId);
    return {
      id,
      text: c.text,
      requirements,
      kind,
      entity: named ?? glossed,
      ...(glossed ? { entityFrom: 'glossary' as const } : {}),
      // A quota over a period is counted over it, at no write: no operation checks it.
      operations: enforcement === 'period-quota' ? [] : operations,
      enforcement,
      errorCode: errorCode(c.reading, named ?? glossed),
      ...codeOrigin(errorCode(c.reading, named ?? glossed), c.reading, c.origin),
      origin: c.origin,
    };
  });
  return withStatedCodes(rules, domain.ruleStatements ?? []);
}

/**
 * The entity a rule names only by a word of the route-table glossary (extract/aliases.ts: "alet" for
 * what `/tools` holds): the one its target's object names, else its anchor, else the only one its
 * sentence names. It says what the rule is about; it never makes the entity's writes the rule's
 * enforcement point ("en fazla 3 alet ödünç alabilir" limits tools on loan, not `createTool`): only
 * the writes its own requirement traces (`implementing`) are.
 */
function glossedEntity(
  c: NonNullable<Domain['ruleStatements']>[number],
  actors: readonly string[],
): string | null {
  const g = c.glossed;
  if (!g) return null;
  const own = (list: readonly string[] | undefined) =>
    [...new Set(list ?? [])].filter((n) => !actors.includes(n));
  const object = own(g.object);
  if (object.length === 1) return object[0]!;
  const anchor = own(g.anchor);
  if (anchor.length === 1) return anchor[0]!;
  const text = own(g.text);
  return text.length === 1 ? text[0]! : null;
}

/**
 * A rule and an acceptance criterion often state one limit twice: "a family receives at most 2
 * deliveries a month" and "given a family with 2 deliveries this month, a third is rejected with
 * LIMITE_MENSUAL". The rule whose code was only named by the tool takes the stated code of the one
 * rule that constrains the same entity (and operations, where it is traced to any) and states the
 * same number.
 */
function withStatedCodes(
  rules: BusinessRule[],
  statements: readonly NonNullable<Domain['ruleStatements']>[number][],
): BusinessRule[] {
  const numbers = (text: string) => new Set(text.match(/\d+(?:[.,]\d+)?/g) ?? []);
  const stated = rules.filter((r, i) => statements[i]!.reading.statedCode && r.entity && r.errorCode);
  return rules.map((r, i) => {
    if (statements[i]!.reading.statedCode || statements[i]!.reading.codeHint || r.errorCode === null)
      return r;
    if (!r.entity || r.operations.length === 0) return r;
    const own = numbers(r.text);
    const same = stated.filter(
      (x) =>
        x !== r &&
        x.entity === r.entity &&
        // A criterion traced to no operation of its own still guards the entity's writes.
        (x.operations.length === 0 || x.operations.some((o) => r.operations.includes(o))) &&
        [...numbers(x.text)].some((n) => own.has(n)),
    );
    return same.length === 1
      ? {
          ...r,
          errorCode: same[0]!.errorCode,
          ...(same[0]!.errorCodeOrigin ? { errorCodeOrigin: same[0]!.errorCodeOrigin } : {}),
        }
      : r;
  });
}

/**
 * The rule ids: a rule stated with its own id (`BR-12: …` under a business-rules heading) keeps it;
 * the others are numbered `BR-nn` in document order, skipping every id the documents use.
 */
function ruleIds(
  statements: readonly NonNullable<Domain['ruleStatements']>[number][],
  requirements: Domain['requirements'] = [],
): string[] {
  const own = statements.map((c) => c.ruleId ?? null);
  // Every id the documents use is taken, a stated `BR-07` read as no rule too: a numbered rule never
  // gets another rule's stated id.
  const taken = new Set([...own.filter((x): x is string => x !== null), ...requirements.map((r) => r.id)]);
  const used = new Set<string>();
  let n = 0;
  return own.map((x) => {
    if (x !== null && !used.has(x)) {
      used.add(x);
      return x;
    }
    let next: string;
    do next = `BR-${String(++n).padStart(2, '0')}`;
    while (taken.has(next) || used.has(next));
    used.add(next);
    return next;
  });
}

const compact = (name: string) =>
  words(name)
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');

/**
 * The stated writes the rule's own sentence was mapped to as a story ("Le responsable d'atelier peut
 * annuler tous les créneaux d'une journée (fermeture exceptionnelle)" → `POST
 * /ateliers/{id}/fermetures`): the operation the documents name for what the rule allows, where the
 * rule's verb found none of them. A job's rule is the system's own work, not a route's.
 */
function toldBy(
  c: NonNullable<Domain['ruleStatements']>[number],
  stories: readonly StoryTrace[],
  endpoints: readonly Endpoint[],
): { entity: string; operations: string[] } | null {
  if (c.origin.kind !== 'source' || c.reading.enforcement === 'job') return null;
  const { file, line } = c.origin;
  const story = stories.find(
    (s) => s.origin.kind === 'source' && s.origin.file === file && s.origin.line === line,
  );
  const ops = (story?.operations ?? [])
    .map((id) => endpoints.find((e) => e.operationId === id))
    .filter(
      (e): e is Endpoint => !!e && e.method !== 'GET' && e.entity !== null && e.origin.kind === 'source',
    );
  if (ops.length === 0) return null;
  return {
    entity: ops[0]!.entity!,
    operations: ops.filter((e) => e.entity === ops[0]!.entity).map((e) => e.operationId),
  };
}

/**
 * What a rule constrains, from its target (read/rule-target-words.ts): the entity whose rows it
 * counts, limits or orders and the writes it guards. The write named by its verb comes first: a
 * state action the route is named with ("cancel" → `cancelBooking`), among them the ones the actor
 * may call (a volunteer cancels a booking, not a shift), then those a requirement besides the rule
 * asks for, then the ones on the entities the rule names; else the entity the verb makes ("book" → Booking, "reservar" → Reserva, "buchen" →
 * Buchung), whose creates it guards; else the entity named after its number or as its object
 * ("at most 3 upcoming bookings", "publish the week's shifts"): a count or a floor guards its
 * creates. Never the actor's entity. Null when the target names no entity.
 */
function constrained(
  c: NonNullable<Domain['ruleStatements']>[number],
  actors: readonly string[],
  names: (part: RuleNamePart, text: string | null | undefined) => string[],
  entities: readonly SpecEntity[],
  endpoints: readonly Endpoint[],
): { entity: string; operations: string[] } | null {
  const t = c.target;
  if (!t) return null;
  const own = (n: string | null | undefined): n is string => !!n && !actors.includes(n);
  const objects = names('object', t.object).filter(own);
  const anchors = names('anchor', t.anchor).filter(own);
  const writes = endpoints.filter((e) => e.method !== 'GET' && e.entity !== null && own(e.entity));
  const segment = (e: Endpoint) => e.stateVerb ?? e.path.split('/').pop() ?? '';
  // A job makes its state change itself ("the system closes orders 12 hours before the fair"): the
  // route a user calls with that verb is not what it constrains; the object of its verb is.
  // A plain create, update or delete of another entity than the rule's object is not its target:
  // "a paid invoice must not be deleted" guards no `deletePickupPerson`, whatever else the API
  // deletes. A state action keeps its verb's routes ("tests can be cancelled only if …" is the
  // order's `cancelOrder`).
  const crud = (e: Endpoint) => e.action === 'create' || e.action === 'update' || e.action === 'delete';
  const byVerb =
    t.action && c.reading.enforcement !== 'job'
      ? writes.filter(
          (e) =>
            (segment(e) === t.action || e.action === t.action) &&
            (!crud(e) || objects.length === 0 || objects.includes(e.entity!)),
        )
      : [];
  const actorWords = ` ${words(c.actor ?? '').toLowerCase()} `;
  const isActor = (r: string) => {
    const role = words(r).toLowerCase();
    return actorWords.includes(` ${role} `) || actorWords.includes(` ${role}s `);
  };
  if (byVerb.length > 0) {
    const callable = byVerb.filter((e) => e.roles.some(isActor));
    const allowed = callable.length > 0 ? callable : byVerb;
    // A write of the rule's story comes first; then one a stated requirement asks for beats one only
    // this rule's own sentence was mapped to (`BR-14` alone).
    const story = c.requirements.filter((r) => r !== c.ruleId);
    const traced = allowed.filter((e) => e.requirements.some((r) => story.includes(r)));
    const asked = allowed.filter((e) => e.requirements.some((r) => r !== c.ruleId));
    const scope = traced.length > 0 ? traced : asked.length > 0 ? asked : allowed;
    const named = scope.find((e) => objects.includes(e.entity!) || anchors.includes(e.entity!)) ?? scope[0]!;
    return {
      entity: named.entity!,
      operations: scope.filter((e) => e.entity === named.entity).map((e) => e.operationId),
    };
  }
  // "blocks the member from new bookings": the creates of the bookings raise its error.
  const stopped = names('stops', t.stops).find(own);
  if (stopped) {
    const creates = writes.filter((e) => e.entity === stopped && e.action === 'create');
    return { entity: stopped, operations: creates.map((e) => e.operationId) };
  }
  const stem = t.stem;
  const made = stem ? entities.find((e) => own(e.name) && compact(e.name).startsWith(stem)) : undefined;
  // The entity named as the object stands when a write of it implements the rule's story, or when
  // none does ("Tests can be added to the order" under an order story is the order's write).
  const story = c.requirements.filter((r) => r !== c.ruleId);
  const tracedWrites = writes.filter((e) => e.requirements.some((r) => story.includes(r)));
  const object = objects.find((o) => tracedWrites.length === 0 || tracedWrites.some((e) => e.entity === o));
  const entity = made?.name ?? object ?? null;
  if (!entity) return null;
  // A count or a floor guards the creates; a uniqueness no verb names ("two appointments can never
  // overlap") is a database constraint on every write of the entity (withErrors, onWrites).
  const guards = c.reading.kind === 'limit' || c.reading.kind === 'minimum' || c.reading.kind === 'lead-time';
  // "A member may borrow at most 3 tools": a rule on what its actor does guards no create only other
  // roles may call (an administrator's `createTool`); with the actor's role known and none of the
  // creates its own, the rule names its entity and no operation.
  const actorKnown = endpoints.some((e) => e.roles.some(isActor));
  const creates = writes.filter(
    (e) =>
      e.entity === entity &&
      e.action === 'create' &&
      (!actorKnown || e.roles.length === 0 || e.roles.some(isActor)),
  );
  return {
    entity,
    operations: made || guards ? creates.map((e) => e.operationId) : [],
  };
}

/**
 * The writes an audit-trail rule constrains. "Every change to an appointment is logged": every
 * state-changing operation of the entities it names (the audit log itself, a system-written record,
 * is what they write to), or of the whole API when it names none ("Alle Änderungen werden
 * protokolliert"). A rule that names its writes reaches only those, on the entity it names, else on
 * the entity its story names (its title, else its text): "Edit is logged" under "Edit results
 * before authorisation" is the update of a result, not its authorisation; "Amendment and
 * cancellation logged" under an order story is the order's cancellation, not a result's amendment.
 * A state change named by a noun no route uses ("Rejection logged" under "send results back") is
 * the story's state actions on that entity. Otherwise: the writes that implement its requirement,
 * else the writes of the entities it names.
 */
function auditedWrites(
  c: NonNullable<Domain['ruleStatements']>[number],
  domain: Domain,
  resources: ReturnType<typeof planResources>,
  entities: readonly SpecEntity[],
  endpoints: readonly Endpoint[],
): { entities: string[]; operations: string[] } {
  const nonLog = (text: string) =>
    entitiesOf(text, resources, entities)
      .filter((r) => r.kind !== 'log')
      .map((r) => r.entity.name);
  const named = nonLog(c.text);
  const logs = new Set(resources.filter((r) => r.kind === 'log').map((r) => r.entity.name));
  const writes = endpoints.filter(
    (e) => e.method !== 'GET' && e.entity !== null && e.action !== 'auth' && !logs.has(e.entity),
  );
  const of = (scope: Endpoint[], first: string[] = []) => ({
    entities: [...new Set([...first, ...scope.map((e) => e.entity!)])].slice(0, 1),
    operations: scope.map((e) => e.operationId),
  });
  if (c.reading.everyChange)
    return named.length > 0
      ? of(
          writes.filter((e) => named.includes(e.entity!)),
          named,
        )
      : of(writes);
  const traced = (e: Endpoint) => e.requirements.some((r) => c.requirements.includes(r));
  const implementing = writes.filter(traced);
  const verbs = c.reading.actions ?? [];
  const plain = c.reading.writes ?? [];
  if (verbs.length > 0 || plain.length > 0) {
    // The story's entity first: the sentence may name a field of the entry ("user ID") as well.
    const scopes = [storyEntities(c.requirements, domain, nonLog), named].filter((x) => x.length > 0);
    const namesWrite = (e: Endpoint) =>
      (plain.includes('update') && (e.action === 'update' || e.action === 'replace')) ||
      (plain.includes('delete') && e.action === 'delete') ||
      (e.action === 'action' && verbs.some((v) => e.path.endsWith(`/${v}`)));
    const within = (scope: string[], from: Endpoint[], pick: (e: Endpoint) => boolean) =>
      from.filter((e) => scope.includes(e.entity!) && pick(e));
    for (const from of [implementing, writes])
      for (const scope of scopes) {
        const found = within(scope, from, namesWrite);
        if (found.length > 0) return of(found, scope);
      }
    if (scopes.length === 0) return of(implementing.filter(namesWrite));
    // No route has the verb: the story's state actions on its entity.
    const scope = scopes[0]!;
    return of(verbs.length > 0 ? within(scope, implementing, (e) => e.action === 'action') : [], scope);
  }
  if (implementing.length > 0) return of(implementing);
  return of(
    writes.filter((e) => named.includes(e.entity!)),
    named,
  );
}

/** The entities the story of a requirement names: in its title, else in its sentence. */
function storyEntities(
  ids: readonly string[],
  domain: Domain,
  entityNames: (text: string) => string[],
): string[] {
  for (const id of ids) {
    const q = domain.requirements.find((r) => r.id === id);
    if (!q) continue;
    const inTitle = q.title ? entityNames(q.title) : [];
    const found = inTitle.length > 0 ? inTitle : entityNames(q.text);
    if (found.length > 0) return found;
  }
  return [];
}

const norm = (s: string) => s.toLowerCase().replace(/[\s-]+/g, '_');

export function lifecycles(
  domain: Domain,
  entities: readonly SpecEntity[],
  endpoints: readonly Endpoint[],
  roleOf: (op: string) => string[],
): Lifecycle[] {
  const stated = facts(domain, 'transition');
  // Indexed once so that the loop over entities stays linear (every entity of a large model has a
  // status enum): the state actions by entity, and the stated transitions by their normalised
  // source state, each list in its original order.
  const actionsOf = new Map<string, Endpoint[]>();
  for (const x of endpoints)
    if (x.entity !== null && x.action === 'action' && (x.method === 'POST' || x.stateVerb)) {
      const list = actionsOf.get(x.entity);
      if (list) list.push(x);
      else actionsOf.set(x.entity, [x]);
    }
  const statedFrom = new Map<string, number[]>();
  stated.forEach((t, i) => {
    const key = norm(t.from);
    const list = statedFrom.get(key);
    if (list) list.push(i);
    else statedFrom.set(key, [i]);
  });
  const out: Lifecycle[] = [];
  for (const e of entities) {
    for (const f of e.fields) {
      if (!f.enum || f.enum.length < 2 || !isLifecycleField(f.name)) continue;
      const states = f.enum;
      const by = new Map(states.map((s) => [norm(s), s]));
      // The stated transitions from one of these states, in stated order.
      const fromHere = [...new Set([...by.keys()].flatMap((k) => statedFrom.get(k) ?? []))]
        .sort((a, b) => a - b)
        .map((i) => stated[i]!);
      const initial = f.default?.replace(/^'|'(::\w+)?$/g, '') ?? states[0]!;
      const transitions: LifecycleTransition[] = [];
      const push = (t: LifecycleTransition) => {
        if (!transitions.some((x) => x.from === t.from && x.to === t.to && x.trigger === t.trigger))
          transitions.push(t);
      };
      // A state action is a POST named by its last segment, or any route stated to perform it.
      const actions = actionsOf.get(e.name) ?? [];
      const verbOfAction = (a: Endpoint) => a.stateVerb ?? a.path.split('/').pop() ?? '';
      for (const t of fromHere) {
        const from = by.get(norm(t.from));
        const to = by.get(norm(t.to));
        if (!from || !to || from === to) continue;
        const verb = verbOf(to);
        // The provider's call or the stated job the documents name for it (extract/lifecycle-enums.ts).
        const maker = t.by;
        const hook = maker?.kind === 'webhook' ? providerHook(endpoints, maker.provider) : undefined;
        if (hook || maker?.kind === 'job') {
          push({
            from,
            to,
            trigger: hook ? hook.operationId : maker?.kind === 'job' ? maker.name : 'system',
            roles: [],
            origin: t.origin,
          });
          continue;
        }
        // The action named for the verb of the target state; else the stated route the label names
        // (extract/lifecycle-enums.ts), when it acts on this record.
        const byVerb = verb ? actions.find((a) => verbOfAction(a) === verb) : undefined;
        const named =
          maker?.kind === 'route'
            ? actions.find((a) => maker.routes.some((r) => r.method === a.method && samePath(a.path, r.path)))
            : undefined;
        const op = byVerb ?? named;
        const automatic = t.automatic ?? false;
        push({
          from,
          to,
          trigger: op && !automatic ? op.operationId : automatic ? 'job' : (op?.operationId ?? 'system'),
          roles: op && !automatic ? roleOf(op.operationId) : [],
          origin: t.origin,
        });
      }
      // Action endpoints whose verb leads to a state the documents did not chain: the target is
      // the verb's state, the source is not stated (a "deliver" action need not start from the
      // initial "unpaid"), so the transition has no source and the diagram draws no arrow for it.
      for (const a of actions) {
        const verb = verbOfAction(a);
        const to = states.find((s) => verbOf(s) === verb);
        if (!to || transitions.some((t) => t.to === to)) continue;
        push({ from: null, to, trigger: a.operationId, roles: roleOf(a.operationId), origin: a.origin });
      }
      out.push({ entity: e.name, field: f.name, states, initial, transitions, origin: f.origin });
    }
  }
  return out;
}

/** A route as the spec writes it (`/api/v1/bookings/{id}/pickup`) and as a document states it (`/bookings/:id/pickup`). */
function samePath(spec: string, stated: string): boolean {
  const shape = (p: string) =>
    p
      .toLowerCase()
      .split('/')
      .filter(Boolean)
      .map((x) => (x.startsWith('{') || x.startsWith(':') ? '{}' : x));
  const a = shape(spec);
  const b = shape(stated);
  return b.length > 0 && b.length <= a.length && b.every((x, i) => x === a[a.length - b.length + i]);
}

/**
 * The webhook route of a provider: its path names the provider (`/webhooks/viva-wallet`), or its
 * last word is the first word of the provider's name (`/webhooks/viva` for `viva-wallet`, `/nets`
 * for `nets-easy`). The POST that receives the events comes before a GET that verifies the URL.
 */
function providerHook(endpoints: readonly Endpoint[], provider: string): Endpoint | undefined {
  const head = provider.split(/[^a-z0-9]+/)[0] ?? '';
  const hooks = endpoints.filter((x) => {
    if (x.action !== 'webhook') return false;
    const path = x.path.toLowerCase();
    if (path.includes(provider)) return true;
    const last =
      path
        .split('/')
        .filter((p) => p && !p.startsWith('{'))
        .at(-1) ?? '';
    return head.length >= 4 && last === head;
  });
  return hooks.find((x) => x.method === 'POST') ?? hooks[0];
}

/**
 * Service methods learn the domain errors of the rules that constrain their endpoints, each with its
 * source: the rule's sentence when it names the code, else the naming rule over that sentence.
 */
function withErrors(
  services: readonly Service[],
  rules: BusinessRule[],
  stated: ReadonlySet<string>,
  endpoints: readonly Endpoint[],
): Service[] {
  const byId = new Map(endpoints.map((e) => [e.operationId, e]));
  // A database constraint on an entity that no requirement ties to an operation ("two appointments
  // can never overlap") constrains every create and update of that entity.
  const onWrites = (r: BusinessRule, m: ServiceMethod) =>
    r.operations.length === 0 &&
    r.enforcement === 'db-constraint' &&
    r.entity !== null &&
    m.endpoints.some((op) => {
      const e = byId.get(op);
      return e?.entity === r.entity && (e.action === 'create' || e.action === 'update');
    });
  // The rules that can constrain a method, indexed once (methods × rules grew quadratically with
  // the model): by the operations a rule names, and the entity-wide constraints by entity.
  const byOperation = new Map<string, number[]>();
  const onEntityWrites = new Map<string, number[]>();
  const index = (map: Map<string, number[]>, key: string, i: number) => {
    const list = map.get(key);
    if (!list) map.set(key, [i]);
    else if (list[list.length - 1] !== i) list.push(i);
  };
  rules.forEach((r, i) => {
    for (const op of r.operations) index(byOperation, op, i);
    if (r.operations.length === 0 && r.enforcement === 'db-constraint' && r.entity !== null)
      index(onEntityWrites, r.entity, i);
  });
  // Exactly the rules that name one of the method's operations or constrain the writes of its
  // entity (onWrites), in the order of `rules`.
  const constrainingOf = (m: ServiceMethod): BusinessRule[] => {
    const found = new Set<number>();
    for (const op of m.endpoints) {
      for (const i of byOperation.get(op) ?? []) found.add(i);
      const e = byId.get(op);
      if (e && e.entity !== null && (e.action === 'create' || e.action === 'update'))
        for (const i of onEntityWrites.get(e.entity) ?? []) found.add(i);
    }
    return [...found].sort((a, b) => a - b).map((i) => rules[i]!);
  };
  return services.map((s) => ({
    ...s,
    methods: s.methods.map((m) => {
      const constraining = constrainingOf(m);
      const extra = constraining
        .filter((r) => r.errorCode)
        .map((r) => ({
          error: r.errorCode!,
          when: `${r.id}: ${r.text.slice(0, 120)}`,
          // A code another statement of the same limit states (withStatedCodes) is cited there.
          origin: stated.has(r.id)
            ? r.origin
            : r.errorCodeOrigin?.kind === 'source'
              ? r.errorCodeOrigin
              : fromRule(
                  onWrites(r, m)
                    ? 'derive/constraint-error-on-entity-writes'
                    : 'derive/domain-error-from-rule',
                  refs(r.origin),
                ),
        }))
        .filter((t) => !m.throws.some((x) => x.error === t.error));
      const transaction = raceBoundary(m, constraining) ?? auditBoundary(constraining);
      const audits = auditEffects(m, constraining);
      if (extra.length === 0 && transaction === m.transaction && audits.length === 0) return m;
      return {
        ...m,
        throws: [...m.throws, ...extra],
        ...(audits.length > 0 ? { sideEffects: [...(m.sideEffects ?? []), ...audits] } : {}),
        ...(transaction ? { transaction, transactional: transaction.scope === 'one' } : {}),
      };
    }),
  }));
}

/**
 * An audit-trail rule that constrains the method's operation is one of its side effects, beside the
 * mails, jobs and events the documents state for it: the audit entry, cited to the rule's sentence.
 */
function auditEffects(m: ServiceMethod, constraining: readonly BusinessRule[]): SideEffect[] {
  const at = (o: Origin) => (o.kind === 'source' ? `${o.file}:${o.line}` : '');
  return constraining
    .filter((r) => r.enforcement === 'audit-trail')
    .filter((r) => !(m.sideEffects ?? []).some((fx) => fx.kind === 'audit' && at(fx.origin) === at(r.origin)))
    .map((r) => ({
      kind: 'audit' as const,
      via: null,
      trigger: `${r.id}: ${r.text.slice(0, 120)}`,
      origin: r.origin,
    }));
}

/**
 * A write an audit-trail rule constrains writes its record and the audit entry: two tables, one
 * transaction, so that no change commits without its entry (and no entry without its change). A
 * boundary stated or derived for the method stays; the entry is written within it.
 */
function auditBoundary(constraining: readonly BusinessRule[]): ServiceMethod['transaction'] {
  const audit = constraining.find((r) => r.enforcement === 'audit-trail');
  if (!audit) return undefined;
  return {
    scope: 'one',
    mechanism: 'audit',
    rule: audit.id,
    origin: fromRule('derive/transaction-with-audit-entry', refs(audit.origin)),
  };
}

/**
 * Two writers racing for the same slot ("no double booking", no overlapping ranges) are kept apart
 * by the unique or exclusion constraint the rule is enforced with: the insert runs in a transaction
 * that the constraint aborts (PostgreSQL docs §5.4.6, EXCLUDE). A stated mechanism stays and learns
 * the rule; a stated "no transaction" stays as stated.
 */
function raceBoundary(m: ServiceMethod, constraining: readonly BusinessRule[]): ServiceMethod['transaction'] {
  const race = constraining.find(
    (r) =>
      r.kind === 'unique' &&
      r.enforcement === 'db-constraint' &&
      r.errorCode !== null &&
      /(_OVERLAP|^SLOT_UNAVAILABLE)$/.test(r.errorCode),
  );
  if (!race || m.transaction?.scope === 'none') return m.transaction;
  if (m.transaction?.origin.kind === 'source') return { ...m.transaction, rule: race.id };
  return {
    scope: 'one',
    mechanism: 'constraint',
    rule: race.id,
    origin: fromRule('derive/transaction-no-overlap-constraint', refs(race.origin)),
  };
}

const refs = (o: Origin): SourceRef[] => (o.kind === 'source' ? [{ file: o.file, line: o.line }] : []);

export const rulesStep: DeriveStep = {
  name: 'rules',
  derive: ({ domain, spec }) => {
    const rules = businessRules(domain, spec.entities, spec.endpoints, spec.stories ?? []);
    const ids = ruleIds(domain.ruleStatements ?? [], domain.requirements);
    const named = new Set(
      (domain.ruleStatements ?? []).flatMap((c, i) => (c.reading.statedCode ? [ids[i]!] : [])),
    );
    const rows = new Map((spec.permissions?.rows ?? []).map((r) => [r.operationId, r]));
    const roleOf = (op: string) => {
      const row = rows.get(op);
      return row
        ? Object.entries(row.access)
            .filter(([, a]) => a !== 'denied')
            .map(([r]) => r)
        : [];
    };
    const cycles = lifecycles(domain, spec.entities, spec.endpoints, roleOf);
    return {
      spec: { rules, lifecycles: cycles, services: withErrors(spec.services, rules, named, spec.endpoints) },
      diagnostics: [],
    };
  },
};
