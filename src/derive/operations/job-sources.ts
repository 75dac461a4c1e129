import { mentionPattern } from '../../knowledge/mention.js';
import { sendRoute } from '../../knowledge/providers.js';
import { STATE_COLUMN } from '../../knowledge/state-words.js';
import type { Domain, Quantity, Requirement, Role } from '../../model/domain.js';
import { byDefault, fromRule, type Origin } from '../../model/origin.js';
import type { Spec } from '../../model/spec/index.js';
import type { Integration, Job } from '../../model/spec/operations.js';
import { MTLS_VERIFICATION } from '../integrations.js';
import { keepsHeaderTokens } from '../security/auth-settings.js';
import { createdColumn, cronFor, duration, entityForSubject, kebab } from './entities.js';
import { jobName } from './job-names.js';
import { jobRetry } from './retry.js';
import { deadLetterFor, type JobRunner } from './stack.js';
import { sameWord, timeColumns, timeColumnsNamed, timeColumnsNoted } from './time-fields.js';

/** A job before the runner and retry are attached. */
export type JobDraft = Omit<Job, 'runner' | 'retry'> & { attempts: number };

const LIFECYCLE_LOGS = [
  'job.started {job, runId, attempt}',
  'job.succeeded {job, runId, durationMs, affected}',
  'job.failed {job, runId, attempt, error.code, willRetry}',
];

const src = (q: { origin: Origin }): { file: string; line: number }[] =>
  q.origin.kind === 'source' ? [{ file: q.origin.file, line: q.origin.line }] : [];

const subjectOf = (key: string, prefix: string) => key.slice(prefix.length + 1);

/** Requirement ids whose text matches the pattern (linking a job to the requirements it serves). */
export function requirementsMatching(domain: Domain, pattern: RegExp): string[] {
  return [
    ...new Set(domain.requirements.filter((r: Requirement) => pattern.test(r.text)).map((r) => r.id)),
  ].sort();
}

/** A stated "never deleted" / "deactivated, not deleted" constraint names the entity. */
function neverDeleted(domain: Domain, entity: string): boolean {
  const pattern = mentionPattern(entity);
  return (domain.constraints ?? []).some(
    (c) => (c.kind === 'never-delete' || c.kind === 'deactivate') && pattern.test(c.text),
  );
}

/** Whether a subject is only the prefix of a requirement id the quoted row starts with ("RN" of "RN-06"). */
const idPrefix = (subject: string, quote: string): boolean =>
  /^[a-z]{1,6}$/i.test(subject) && new RegExp(`(?<![A-Za-z])${subject}[-_.]?\\d`, 'i').test(quote);

/** Retention periods: a purge job each, except data kept forever (append-only audit logs). */
export function retentionJobs(
  domain: Domain,
  spec: Readonly<Spec>,
): {
  jobs: JobDraft[];
  kept: Quantity[];
  floors: Quantity[];
  unmatched: Quantity[];
  untimed: { q: Quantity; table: string; columns: string[] }[];
} {
  const jobs: JobDraft[] = [];
  const kept: Quantity[] = [];
  const floors: Quantity[] = [];
  const unmatched: Quantity[] = [];
  const untimed: { q: Quantity; table: string; columns: string[] }[] = [];
  const seen = new Set<string>();
  for (const q of domain.parameters.filter((p) => p.key.startsWith('retention.'))) {
    const subject = subjectOf(q.key, 'retention');
    const quote = q.origin.kind === 'source' ? (q.origin.quote ?? '') : '';
    // The key's subject may come from a category cell ("Privacy"); the stated sentence names the data.
    const named = entityForSubject(spec.entities, subject);
    const entity = named ?? entityForSubject(spec.entities, quote) ?? compoundOf(spec.entities, subject);
    // What the sentence says happens at the end was read in extract (read/period-words.ts).
    const purge = q.action !== undefined;
    if (q.value === null || q.bound === 'forever') {
      kept.push(q);
      continue;
    }
    // "Retained for at least 7 years" forbids deleting earlier; it does not ask for deletion.
    if (!purge && q.bound === 'floor') {
      floors.push(q);
      continue;
    }
    if (!purge && entity?.appendOnly && /audit/i.test(entity.name)) {
      kept.push(q);
      continue;
    }
    // Records the documents say are never deleted ("invoices must not be deleted; they are
    // cancelled") are kept at least that long, never purged: the retention is a floor.
    if (!purge && entity && neverDeleted(domain, entity.name)) {
      floors.push(q);
      continue;
    }
    const act = q.action ?? 'delete';
    if (act !== 'delete') {
      const other = periodEndJob(q, entity, subject, act);
      if (other === null) unmatched.push(q);
      else if ('columns' in other) untimed.push(other);
      else if (!seen.has(other.name)) {
        seen.add(other.name);
        jobs.push(other);
      }
      continue;
    }
    // A subject read from a requirement id's cell ("RN-06") names nothing: the table the sentence
    // names does. A subject in the documents' words ("journaux d'audit") stays the job's name.
    const what = !named && entity && idPrefix(subject, quote) ? entity.table : subject;
    const name = `purge-${kebab(what)}`;
    if (seen.has(name)) continue;
    seen.add(name);
    // No table holds this data: a purge of nothing is not emitted; it is asked about instead.
    if (!entity) {
      unmatched.push(q);
      continue;
    }
    // A period counted from an event ("3 Jahre nach dem letzten Auftrag") runs from the column that
    // records it; no such column, no guess at the creation time: it is asked about.
    const since = cutoffColumn(q, entity);
    if (since === null) {
      untimed.push({ q, table: entity.table, columns: timeColumns(entity).map((f) => f.column) });
      continue;
    }
    const table = entity?.table ?? `(${subject}: no matching table)`;
    const age = duration(q.value);
    // "os agendamentos cancelados com mais de 30 dias": only the rows in the state the data is named by.
    const state = stateNamed(entity, subject);
    const only = state ? `${state.field} = '${state.value}' and ` : '';
    const files = /file|storage|document|attachment|report|image|upload/i.test(subject);
    jobs.push({
      name,
      purpose: `Delete ${what.replace(/[-_]/g, ' ')} older than the stated retention of ${age} ("${q.text}")`,
      trigger: q.at ?? '0 3 * * *',
      inputs: [`cutoff = now() - ${age}`, 'batchSize = 1000'],
      steps: [
        `select ids from ${table} where ${only}${since} < cutoff, oldest first, batchSize at a time`,
        ...(files
          ? [
              'delete the stored files of those rows from object storage first (a file without a row is unreachable)',
            ]
          : []),
        `delete those rows from ${table} in one transaction per batch; repeat until none remain`,
        'record the count deleted',
      ],
      idempotency: 'deleting rows older than the cutoff is repeatable: a rerun finds nothing left to delete',
      attempts: 3,
      timeoutSeconds: 900,
      logs: [...LIFECYCLE_LOGS, `retention.purged {table: "${table}", count, cutoff}`],
      requirements: q.requirement ? [q.requirement] : [],
      origin: fromRule('derive/job-for-retention', src(q)),
      basis: [q.origin],
      schedule: statedTime(q, 'derive/job-schedule-proposed'),
    });
  }
  return { jobs, kept, floors, unmatched, untimed };
}

/**
 * The column a retention's cutoff compares with: the creation time when the period counts from
 * creation, else the one time column that names what it counts from (`ultimo_accesso`, noted "usato
 * per l'anonimizzazione"), else null (asked about).
 */
function cutoffColumn(q: Quantity, entity: Readonly<Spec>['entities'][number]): string | null {
  if (!q.since) return createdColumn(entity);
  const named = [
    ...new Set([
      ...timeColumnsNamed(entity, q.timeWords ?? []),
      ...timeColumnsNoted(entity, q.actWords ?? []),
    ]),
  ];
  return named.length === 1 ? named[0]!.column : null;
}

/**
 * Data anonymised or archived when a stated period ends ("I dati dei proprietari inattivi da 24 mesi
 * vengono anonimizzati"): a job that scans the entity by the column the period counts from and does
 * the stated act (rule derive/job-for-period-end). Null when no entity holds the data; the question's
 * facts when no single column records what the period counts from.
 */
function periodEndJob(
  q: Quantity,
  entity: Readonly<Spec>['entities'][number] | null,
  subject: string,
  act: 'anonymise' | 'archive',
): JobDraft | { q: Quantity; table: string; columns: string[] } | null {
  if (!entity) return null;
  // "Cancelled patient accounts are anonymised after 30 days": the rows in that state, counted from
  // the column that records it (`cancelled_at`), else asked about.
  const state = stateNamed(entity, subject);
  const byState = state ? timeColumnsNamed(entity, [state.value]) : [];
  const column = state ? (byState.length === 1 ? byState[0]!.column : null) : cutoffColumn(q, entity);
  if (column === null) return { q, table: entity.table, columns: timeColumns(entity).map((f) => f.column) };
  const table = entity.table;
  const age = duration(q.value!);
  const anonymise = act === 'anonymise';
  return {
    name: `${act}-${kebab(subject)}`,
    purpose: anonymise
      ? `Anonymise ${subject.replace(/-/g, ' ')} once the stated period of ${age} has passed ("${q.text}")`
      : `Archive ${subject.replace(/-/g, ' ')} once the stated period of ${age} has passed ("${q.text}")`,
    trigger: q.at ?? '0 3 * * *',
    inputs: [`cutoff = now() - ${age}`, 'batchSize = 1000'],
    steps: [
      `select ids from ${table} where ${state ? `${state.field} = '${state.value}' and ` : ''}${column} < cutoff, oldest first, batchSize at a time`,
      anonymise
        ? 'replace the personal data of those rows with anonymous values in one transaction per batch, keeping the rows other records reference'
        : 'copy those rows to the archive, then delete them from the table, in one transaction per batch',
      'record the count changed',
    ],
    idempotency: anonymise
      ? 'an anonymised row has no personal data left: a rerun changes nothing'
      : 'an archived row is no longer in the table: a rerun finds nothing left to move',
    attempts: 3,
    timeoutSeconds: 900,
    logs: [
      ...LIFECYCLE_LOGS,
      `retention.${anonymise ? 'anonymised' : 'archived'} {table: "${table}", count, cutoff}`,
    ],
    requirements: q.requirement ? [q.requirement] : [],
    origin: fromRule('derive/job-for-period-end', src(q)),
    basis: [q.origin],
    schedule: statedTime(q, 'derive/job-schedule-proposed'),
  };
}

/**
 * The one entity whose name opens a compound word of the subject (German "Kundendaten" for Kunde,
 * "Rechnungsdaten" for Rechnung): the data of that entity.
 */
function compoundOf(entities: Readonly<Spec>['entities'], subject: string) {
  const words = subject.split('-');
  const hits = entities.filter((e) => {
    const name = e.name.toLowerCase();
    return name.length >= 4 && words.some((w) => w.length > name.length + 2 && w.startsWith(name));
  });
  return hits.length === 1 ? hits[0]! : null;
}

/** The value of the entity's state column that a word of the subject names (`cancelado`, `cancelled`). */
function stateNamed(
  entity: Readonly<Spec>['entities'][number] | null,
  subject: string,
): { field: string; value: string } | null {
  const field = entity?.fields.find((f) => f.enum && STATE_COLUMN.test(f.name));
  if (!field) return null;
  const plain = (w: string) =>
    w
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase();
  // The word is the value or an inflection of it (`cancelados` of `cancelado`), never a word that
  // only shares a stem with it (`agendamento` is not `agendado`).
  const inflects = (w: string, v: string) =>
    w === v || (v.length >= 5 && w.startsWith(v.slice(0, -1)) && Math.abs(w.length - v.length) <= 2);
  const words = subject.split('-').map(plain);
  const value = field.enum!.find((v) => words.some((w) => inflects(w, plain(v))));
  return value ? { field: field.name, value } : null;
}

/** Reminders "N before" an event: a frequent scan that sends each reminder once. */
export function reminderJobs(
  domain: Domain,
  spec: Readonly<Spec>,
  channelOf: (q: Quantity) => Integration | null,
): { jobs: JobDraft[]; unmatched: Quantity[]; untimed: { q: Quantity; table: string; columns: string[] }[] } {
  const drafts: JobDraft[] = [];
  const unmatched: Quantity[] = [];
  const untimed: { q: Quantity; table: string; columns: string[] }[] = [];
  for (const q of domain.parameters.filter((p) => p.key.startsWith('reminder.') && p.value !== null)) {
    const channel = channelOf(q);
    // The subject slug may be poor ("system-send-email", "patient"): the event the reminder
    // precedes ("… 24 hours before each appointment") names it best. A reminder whose subject is no
    // entity of the data model gets no job (there is no table to scan): it is asked about.
    const requirement = domain.requirements.find((r) => r.id === q.requirement)?.text ?? '';
    const quoted = q.origin.kind === 'source' ? (q.origin.quote ?? '') : '';
    const event = subjectOf(q.key, 'reminder');
    const entity =
      entityBefore(spec, requirement) ?? entityBefore(spec, quoted) ?? entityForSubject(spec.entities, event);
    // The sentence may name the time it precedes ("prima della scadenza di ogni vaccinazione"): the
    // column whose name or note says it, or a question when none or several do.
    const head = entity ? headWords(q.timeWords ?? [], entity.name) : [];
    if (entity && head.length > 0) {
      // No column named so, and one event time only ("antes de la cita", `starts_at`): that one.
      const own = timeColumns(entity).filter((f) => f.column !== createdColumn(entity));
      const named = timeColumnsNamed(entity, head);
      if (named.length === 0 && own.length === 1) named.push(own[0]!);
      if (named.length !== 1) {
        untimed.push({
          q,
          table: entity.table,
          columns: (named.length > 0 ? named : timeColumns(entity)).map((f) => f.column),
        });
        continue;
      }
      drafts.push(reminderDraft(q, entity, channel, named[0]!.name));
      continue;
    }
    const timed = entity ? scheduledBy(spec, entity) : entityWithTimeField(spec, event);
    if (!entity && !timed) {
      unmatched.push(q);
      continue;
    }
    drafts.push(reminderDraft(q, (timed?.entity ?? entity)!, channel, timed?.field));
  }
  return { jobs: drafts, unmatched, untimed };
}

/**
 * The words of the reminder's event before the entity it names ("scadenza" in "della scadenza di ogni
 * vaccinazione"): a time of the entity, not the entity itself. None when the event is the entity
 * ("prima di ogni visita confermata", "vor dem Termin"): its own time is the event's.
 */
function headWords(words: readonly string[], entityName: string): string[] {
  const own = kebab(entityName).split('-');
  const at = words.findIndex((w) => own.some((x) => sameWord(w, x)));
  // The entity named in another language than its name ("vaccinazione" for Vaccination): every word
  // of the event may name its time.
  return at >= 0 ? words.slice(0, at) : [...words];
}

/**
 * The one entity with a date or time column named as the event ("24 Stunden vor dem Termin" and
 * `auftraege.termin TIMESTAMPTZ`): the reminder scans that table by that column (rule
 * derive/job-for-reminder). Two such entities leave the choice open.
 */
function entityWithTimeField(spec: Readonly<Spec>, event: string) {
  const hits = spec.entities.flatMap((entity) =>
    entity.fields
      .filter(
        (f) =>
          ['datetime', 'date'].includes(f.type.scalar) &&
          kebab(f.name).replace(/-(?:at|on|date|time)$/, '') === event,
      )
      .map((f) => ({ entity, field: f.name })),
  );
  return hits.length === 1 ? hits[0]! : null;
}

/** A time column of the entity itself, not its bookkeeping timestamps. */
function eventTime(entity: Readonly<Spec>['entities'][number]): string | null {
  const f = entity.fields.find(
    (x) =>
      ['datetime', 'date'].includes(x.type.scalar) &&
      !/^(?:created|updated|deleted|archived)_?(?:at|on)$/i.test(x.name) &&
      !/reminder/i.test(x.name),
  );
  return f?.name ?? null;
}

/**
 * The rows a reminder scans: the entity itself when it has a time ("before the appointment"), else
 * the one entity that refers to it and has one ("48 horas antes da vacina agendada" → the
 * Agendamento of that Vacina, by its `horario`). Rule derive/job-for-reminder.
 */
function scheduledBy(spec: Readonly<Spec>, entity: Readonly<Spec>['entities'][number]) {
  const own = eventTime(entity);
  if (own) return { entity, field: own };
  const referring = spec.entities.filter(
    (e) => eventTime(e) !== null && e.fields.some((f) => f.references?.entity === entity.name),
  );
  return referring.length === 1 ? { entity: referring[0]!, field: eventTime(referring[0]!)! } : null;
}

function entityBefore(spec: Readonly<Spec>, text: string) {
  const i = text.search(/\bbefore\b|\bennen\b|\bvor\b|\bavant\b|\bantes\b|\bprima\b/i);
  return i >= 0 ? entityForSubject(spec.entities, text.slice(i)) : null;
}

function reminderDraft(
  q: Quantity,
  entity: Readonly<Spec>['entities'][number],
  channel: Integration | null,
  timeField?: string,
): JobDraft {
  const subject = kebab(entity.name);
  const table = entity.table;
  const lead = duration(q.value!);
  const via = channel ? ` through ${channel.name}` : ' through a channel the documents leave undecided';
  return {
    name: `send-${kebab(subject)}-reminder`,
    purpose: `Remind ${lead} before each ${subject.replace(/-/g, ' ')} ("${q.text}")`,
    trigger: '*/5 * * * *',
    inputs: [`window = [now + ${lead} - 5 minutes, now + ${lead})`],
    steps: [
      `select ${table} rows whose ${timeField ?? 'start time'} falls in the window and whose reminder_sent_at is null`,
      `send one reminder per row${via}`,
      'set reminder_sent_at = now() on each row in the same transaction as the send is recorded',
    ],
    idempotency: 'reminder_sent_at marks each row: a rerun or an overlapping scan never sends twice',
    attempts: 5,
    timeoutSeconds: 120,
    logs: [...LIFECYCLE_LOGS, `reminder.sent {${kebab(subject)}Id, channel}`],
    requirements: q.requirement ? [q.requirement] : [],
    origin: fromRule('derive/job-for-reminder', src(q)),
    basis: [q.origin],
  };
}

/**
 * Where a job's time of day comes from: the line that states it ("every night at 2 am"), else the
 * named proposal (a purge or a daily task whose hour no document gives runs at 03:00 as proposed,
 * never as stated).
 */
function statedTime(q: Quantity, proposal: string): NonNullable<Job['schedule']> {
  return { timeZone: null, origin: q.at ? q.origin : byDefault(proposal) };
}

/**
 * Recurring work whose subject is one of the documents' roles ("The administrator exports the
 * revenue report every month") is that person's act, done through the API when they choose: no job
 * runs it. The subject names the role when it holds every word of the role's name or label.
 */
function actedByRole(q: Quantity, roles: readonly Role[]): boolean {
  if (!q.by) return false;
  const words = new Set(q.by.toLowerCase().split(/[^\p{L}\p{N}]+/u));
  return roles.some((r) =>
    [r.name.replace(/_/g, ' '), r.label].some((n) => {
      const own = n
        .toLowerCase()
        .split(/[^\p{L}\p{N}]+/u)
        .filter(Boolean);
      return own.length > 0 && own.every((w) => words.has(w));
    }),
  );
}

/** Stated recurring tasks (`schedule.*`: a daily digest, a nightly report). */
export function scheduleJobs(domain: Domain): { jobs: JobDraft[]; unnamed: Quantity[] } {
  const unnamed: Quantity[] = [];
  const jobs = domain.parameters
    .filter((p) => p.key.startsWith('schedule.') && p.value !== null && !actedByRole(p, domain.roles))
    .flatMap((q) => {
      // Named by the documents' words (a stated name, or the verb and object of the sentence), never
      // by a stray word of the key ("24h", "worker", "day"); unnamed work is asked about instead.
      const name = jobName(q.label, q.origin.kind === 'source' ? (q.origin.quote ?? q.label) : q.label);
      if (!name) {
        unnamed.push(q);
        return [];
      }
      const subject = name;
      return {
        name,
        purpose: `${q.label} (${q.text})`,
        // The stated time of day ("exported every night at 2 am"), else the period's cron with a
        // proposed time: "daily" or "every 24 hours" states no hour.
        trigger: q.at ?? cronFor(q.value!),
        inputs: ['period start and end (the previous run’s end to now)'],
        steps: [
          `run ${subject.replace(/-/g, ' ')} for the period`,
          'store the period end as the next run’s start',
        ],
        idempotency: 'keyed by period: a rerun for the same period replaces its own output',
        attempts: 3,
        timeoutSeconds: 900,
        logs: [...LIFECYCLE_LOGS],
        requirements: q.requirement ? [q.requirement] : [],
        origin: fromRule('derive/job-for-schedule', src(q)),
        basis: [q.origin],
        ...(q.value! < 86400 ? {} : { schedule: statedTime(q, 'derive/job-time-proposed') }),
      };
    });
  return { jobs, unnamed };
}

/** Refresh tokens, sessions, OTPs and reset tokens stored server-side expire and must be removed. */
export function tokenCleanupJob(spec: Readonly<Spec>): JobDraft | null {
  const stores = spec.entities.filter((e) =>
    /session|refresh_?token|otp|one_?time|password_?reset|verification_?token|magic_?link|invite/i.test(
      e.table,
    ),
  );
  // A stated refresh-token lifetime implies a server-side token store only when there is a database
  // and no stated auth library keeps its own revocation (devise-jwt's JTIMatcher, Sanctum's table).
  // An identity provider stated to issue the tokens keeps them itself ("Auth0 issues JWTs").
  const stateful =
    spec.database.dialects.length > 0 &&
    !keepsHeaderTokens(spec.auth?.provider?.value) &&
    spec.auth?.tokenIssuer?.value !== 'provider';
  // Refresh tokens the documents keep in a store whose keys expire by their TTL (Redis) are removed
  // by the store: no job purges them.
  const refresh =
    spec.auth?.refreshTokenTtlSeconds?.origin.kind === 'source' && stateful && !spec.auth.refreshStore
      ? spec.auth.refreshTokenTtlSeconds
      : null;
  if (stores.length === 0 && !refresh) return null;
  const tables = stores.map((e) => e.table);
  const basis: Origin[] = [...stores.map((e) => e.origin), ...(refresh ? [refresh.origin] : [])];
  return {
    name: 'purge-expired-tokens',
    purpose: `Delete expired ${tables.length > 0 ? tables.join(', ') : 'refresh-token / session'} rows so lookups stay small and stolen expired tokens are gone`,
    trigger: '0 * * * *',
    inputs: ['now'],
    steps: [
      `delete from ${tables.length > 0 ? tables.join(', ') : 'the refresh-token store'} where expires_at < now() (or revoked_at is set and older than a day), in batches of 1000`,
    ],
    idempotency: 'deleting expired rows is repeatable',
    attempts: 3,
    timeoutSeconds: 300,
    logs: [...LIFECYCLE_LOGS, 'tokens.purged {count}'],
    requirements: [],
    origin: fromRule(
      'derive/job-expired-token-cleanup',
      basis.flatMap((o) => src({ origin: o })),
    ),
    basis,
  };
}

/**
 * The endpoint's step: one callback verifies, several each verify; a client certificate (mutual TLS)
 * is checked, not a signature.
 */
function receiveStep(i: Integration): string {
  const paths = i.webhooks.map((w) => w.path).join(', ');
  const how = i.webhooks[0]!.verification;
  if (how === MTLS_VERIFICATION)
    return `${paths} checks the client certificate (mutual TLS, as the documents state), stores the event with a unique event id and answers 2xx at once`;
  return i.webhooks.length > 1
    ? `each of ${paths} verifies the signature (${how}), stores the event with a unique event id and answers 2xx at once`
    : `${paths} verifies the signature (${how}), stores the event with a unique event id and answers 2xx at once`;
}

/** Each received webhook is verified at the endpoint, stored, and processed by a job (ack fast). */
export function webhookJobs(integrations: readonly Integration[]): JobDraft[] {
  return integrations
    .filter((i) => i.webhooks.length > 0)
    .map((i) => ({
      name: `process-${i.provider}-webhook`,
      // Every stated callback of the provider (`…/notify`, `…/refund-notify`) feeds the one job; an
      // uncatalogued provider's events are not known, and the routes they arrive at name them.
      purpose: `Apply ${i.name} events (${[...new Set(i.webhooks.flatMap((w) => w.events))].join(', ') || i.webhooks.map((w) => `${w.method ?? 'POST'} ${w.path}`).join(', ')}) after the endpoint has verified and stored them`,
      trigger: `event:webhook.${i.provider}.received`,
      inputs: ['webhook event id', 'event type', 'verified payload'],
      steps: [
        receiveStep(i),
        'the job loads the stored event, skips it if already processed, applies it, marks it processed',
      ],
      idempotency: 'unique constraint on the provider event id: duplicates and redeliveries are skipped',
      attempts: 8,
      timeoutSeconds: 30,
      logs: [...LIFECYCLE_LOGS, `webhook.processed {provider: "${i.provider}", eventId, type}`],
      requirements: [],
      origin: fromRule('derive/job-for-webhook', src(i)),
      basis: [i.origin],
    }));
}

const CHANNEL_WORDS: Record<string, RegExp> = {
  email: /\b(?:e-?mail|sähköposti)/i,
  sms: /\b(?:sms|text message|otp)\b/i,
  push: /\bpush\b|notification/i,
  chat: /\bwhatsapp|slack|chat\b/i,
  whatsapp: /\bwhats\s?app\b/i,
};

/** Outgoing messages through a server-side messaging provider go through a queue, never inline. */
export function deliveryJobs(domain: Domain, integrations: readonly Integration[]): JobDraft[] {
  // One job per channel a provider carries: Twilio for SMS and WhatsApp sends both.
  return integrations
    .filter((i) => i.status === 'chosen' && !i.clientSide)
    .flatMap((i) =>
      (i.channels ?? [i.category])
        .filter((category) => ['email', 'sms', 'push', 'chat', 'whatsapp'].includes(category))
        .map((category) => ({ ...i, category })),
    )
    .map((i) => ({
      name: `deliver-${i.category}-${i.provider}`,
      // WhatsApp is a name; the other channels keep the category word the phrasebooks translate.
      purpose: `Send ${i.category === 'whatsapp' ? 'WhatsApp' : i.category} through ${i.name} outside the request: "${i.purpose}"`,
      trigger: `event:${i.category}.requested`,
      inputs: ['message id', 'recipient', 'template and variables'],
      steps: [
        `load the message by id; stop if already sent`,
        `call ${sendRoute(i.endpointsUsed, i.category) ?? i.name}${i.idempotency ? ` with ${i.idempotency}` : ''}`,
        'store the provider message id and status sent; failures in the fail-fast list mark it failed without retry',
      ],
      idempotency: i.idempotency ?? 'message row status (pending → sent) checked before each send',
      attempts: 5,
      timeoutSeconds: 30,
      logs: [
        ...LIFECYCLE_LOGS,
        `${i.category}.sent {messageId, provider: "${i.provider}", providerMessageId}`,
      ],
      requirements: requirementsMatching(domain, CHANNEL_WORDS[i.category]!),
      origin: fromRule('derive/job-for-outgoing-message', src(i)),
      basis: [i.origin],
      // The retry count stated for the provider ("failed SMS are retried three times") is the job's.
      ...(i.retry.origin.kind === 'source'
        ? {
            statedRetry: {
              attempts: i.retry.maxAttempts,
              backoff: i.retry.backoff,
              text: i.retry.origin.quote ?? '',
              origin: i.retry.origin,
            },
          }
        : {}),
    }));
}

/** Document generation a requirement names (PDF reports): slow work moved off the request path. */
export function documentJobs(domain: Domain): JobDraft[] {
  const reqs = [...new Set(domain.requirements.filter((r) => r.producesPdf).map((r) => r.id))].sort();
  if (reqs.length === 0) return [];
  const target = domain.parameters.find(
    (p) => p.key.startsWith('nfr.latency') && /pdf/i.test(p.key) && p.value !== null,
  );
  const timeout = target ? Math.max(10, Math.ceil((target.value! * 3) / 1000)) : 60;
  return [
    {
      name: 'generate-pdf',
      purpose: `Render the PDF documents the requirements name${target ? ` within the stated ${target.text} target` : ''}`,
      trigger: 'event:document.requested',
      inputs: ['document id', 'template version'],
      steps: [
        'load the source record and its template',
        'render to PDF',
        'store the file under a key derived from the document id and version, then record its location',
      ],
      idempotency: 'the storage key is derived from document id + version: a rerun overwrites the same file',
      attempts: 3,
      timeoutSeconds: timeout,
      logs: [...LIFECYCLE_LOGS, 'document.generated {documentId, bytes, durationMs}'],
      requirements: reqs,
      origin: target
        ? fromRule('derive/job-for-document-generation', src(target))
        : byDefault('derive/job-for-document-generation'),
      basis: target ? [target.origin] : [],
    },
  ];
}

/** Attaches the runner and a retry policy with its dead-letter destination. */
export function finish(draft: JobDraft, runner: JobRunner): Job {
  const { attempts, ...rest } = draft;
  return {
    ...rest,
    retry: jobRetry(attempts, deadLetterFor(runner), byDefault('derive/job-retry')),
    runner,
  };
}
