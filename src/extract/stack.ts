import {
  concernOfLabel,
  concernsOfLabel,
  findTechnologies,
  type TechnologyMatch,
} from '../knowledge/technologies.js';
import { STATED_NONE, type StackChoice, type StackConcern } from '../model/domain.js';
import { fromSource } from '../model/origin.js';
import { deniesCache } from '../read/cache-words.js';
import { isExample } from '../read/index.js';
import { lostReason } from '../read/reason-words.js';
import { frontMatterPassages, type Passage, passagesOf, slotPassages } from './mentions/blocks.js';
import {
  alternatives,
  clauseStatus,
  clauses,
  isFutureWording,
  isOpenWording,
  type MentionStatus,
  previousEnd,
  within,
} from './mentions/status.js';
import type { Extractor } from './types.js';

/**
 * Extractor `stack`: the technologies a document names and what it decided about each. A row of a
 * technology table (`| Database | PostgreSQL 16 |`), a labelled line (`**Decision:** Fastify`) or a
 * labelled heading (`3.5 Database: PostgreSQL`) states a choice; prose only mentions. The words
 * around a name can overrule that: "Why not MongoDB?", "no separate Redis", "optional Vercel KV",
 * an "Alternatives considered" section, a `Deprecated` status cell. Nothing is chosen on our behalf:
 * "NextAuth or Clerk" leaves both merely mentioned.
 */
export const stackExtractor: Extractor = {
  name: 'stack',
  extract({ doc, md }) {
    const found = new Map<string, StackChoice>();
    const add = (choice: StackChoice) => {
      const key = `${choice.concern}|${choice.value}|${choice.status}`;
      const kept = found.get(key);
      if (!kept) found.set(key, choice);
      // Another version of the same technology ("PostgreSQL 17" here, "PostgreSQL 15" there) is
      // kept too, so that lines which disagree are seen to disagree.
      else if (choice.version && kept.version && choice.version !== kept.version)
        found.set(`${key}|${choice.version}`, choice);
      else if (choice.version && !kept.version) found.set(`${key}|${choice.version}`, choice);
    };
    const passages = [
      ...frontMatterPassages(doc),
      ...md.blocks.flatMap((b) => [...passagesOf(b), ...slotPassages(b)]),
    ];
    for (const p of passages) for (const c of choicesIn(p, doc.path)) add(c);
    return { fragment: { stack: [...found.values()] }, diagnostics: [] };
  },
};

/** A label that lists the project's dependencies (spec-kit "Primary Dependencies"), in en, es, pt, fr, de. */
const DEPENDENCIES_LABEL =
  /^(?:(?:primary|main|key|core) )?dependencies$|^(?:wichtigste |haupt)?abhängigkeiten$|^dependencias(?: principales)?$|^dépendances(?: principales)?$|^dependências(?: principais)?$/i;

/** What a dependency list chooses by itself: the code's own libraries, not stores or brokers. */
const LIBRARY_CONCERNS: ReadonlySet<StackConcern> = new Set([
  'language',
  'framework',
  'orm',
  'validation',
  'testing',
  'runtime',
  'migrations',
]);

/** Concerns a general-purpose store can be given by the slot it is named in ("Cache: Postgres table"). */
const ROLE_SLOTS: ReadonlySet<StackConcern> = new Set(['cache', 'queue', 'scheduler', 'storage', 'search']);

function toStackStatus(s: MentionStatus): StackChoice['status'] {
  return s === 'future' ? 'mentioned' : s;
}

/** A web front end named right before a framework ("front-end Next.js", "frontend: React", "client web Vue"). */
const FRONT_END_BEFORE =
  /(?<!\p{L})(?:front[- ]?end|web front[- ]?end|web client|web app|client web|interfaz web|aplicaci[óo]n web|aplica[çc][ãa]o web|application web|frontale web|web-frontend|webclient)\s*[:(]?\s*$/iu;

/** The choices one passage states, with concern taken from the slot when the technology fits it. */
export function choicesIn(p: Passage, file: string): StackChoice[] {
  // "Non usiamo una cache nella v1: le letture vanno su PostgreSQL": no cache, and the store the
  // sentence names is not put in the cache's role by the label.
  const noCache = !p.forced && deniesCache(p.label ? `${p.label}: ${p.text}` : p.text);
  const labelled = p.label && !noCache ? concernOfLabel(p.label) : null;
  const joined = p.label && !noCache ? concernsOfLabel(p.label) : [];
  const out: StackChoice[] = noCache
    ? [
        {
          concern: 'cache',
          value: STATED_NONE,
          status: 'chosen',
          origin: fromSource(file, p.line, quote(p.text)),
          known: false,
        },
      ]
    : [];
  const matches = findTechnologies(p.text);
  if (matches.length === 0) {
    const unknown = unknownChoice(p, labelled, file);
    return unknown ? [unknown] : out;
  }
  // "**Storage**: SQLite" (spec-kit's plan template) names the database: a database engine in a
  // storage slot where no file or object store is named is the database decision.
  const slot =
    labelled === 'storage' &&
    matches.some((m) => m.tech.concern === 'database') &&
    !matches.some((m) => m.tech.concern === 'storage' || m.tech.also?.includes('storage'))
      ? 'database'
      : labelled;
  // spec-kit's plan template lists the stack under "**Primary Dependencies**:" (and its translations):
  // each technology there is chosen, in its own concern.
  const dependencies = !!p.label && DEPENDENCIES_LABEL.test(p.label.replace(/[*_`]/g, '').trim());
  const base: MentionStatus =
    p.base === 'chosen' || (p.base === 'labelled' && (slot !== null || dependencies))
      ? 'chosen'
      : 'mentioned';
  for (const { text: clause, offset } of clauses(p.text)) {
    const all = alternatives(clause);
    // "A or B" with neither marked optional leaves the choice open, even when B is not a technology.
    const undecided = all.filter((s) => !isFutureWording(s.text)).length > 1 || isOpenWording(clause);
    const segments = all
      .map((s) => ({ ...s, matches: within(matches, offset + s.offset, offset + s.offset + s.text.length) }))
      .filter((s) => s.matches.length > 0);
    for (const seg of segments) {
      const segStatus: MentionStatus | null = isFutureWording(seg.text)
        ? 'future'
        : undecided
          ? 'mentioned'
          : null;
      for (const m of seg.matches) {
        // "API REST con Fastify, front-end Next.js": the noun before a web framework is its slot.
        const at = seg.offset + m.index;
        const inline =
          (m.tech.concern === 'frontend' || !!m.tech.also?.includes('frontend')) &&
          FRONT_END_BEFORE.test(clause.slice(Math.max(0, at - 30), at));
        const mslot: StackConcern | null = inline ? 'frontend' : slot;
        const mbase: MentionStatus = inline && p.base !== 'mentioned' ? 'chosen' : base;
        let status =
          p.forced ??
          clauseStatus(
            clause,
            seg.offset + m.index,
            m.length,
            previousEnd(clause, matches, offset, seg.offset + m.index),
          ) ??
          segStatus ??
          mbase;
        if (p.question && status === 'chosen') status = 'mentioned';
        if (status === 'chosen' && isExample(clause, seg.offset + m.index)) status = 'mentioned';
        // REST, River, RQ: a choice only in a slot of their own concern ("Job pianificati | River").
        if (m.tech.needsLabel && status === 'chosen' && (mslot === null || !fitsSlot(m, mslot)))
          status = 'mentioned';
        // "Cache and job queue | Redis + BullMQ": a label naming two slots holds a choice for each.
        if (status === 'chosen' && !fitsSlot(m, mslot) && !joined.some((c) => fitsSlot(m, c)))
          status = 'mentioned';
        // A dependency list names libraries; a store or broker in it ("Celery mit Redis als Broker")
        // needs its own slot to be chosen for a concern.
        if (status === 'chosen' && dependencies && slot === null && !LIBRARY_CONCERNS.has(m.tech.concern))
          status = 'mentioned';
        const origin = fromSource(file, p.line, quote(clause));
        const stackStatus = toStackStatus(status);
        const version =
          statedVersion(clause.slice(seg.offset + m.index + m.length)) ??
          (seg.matches.length === 1 && p.version ? statedVersion(p.version) : null);
        const concern = concernFor(m, mslot);
        const written =
          concern === 'hosting' && mslot === 'hosting' ? productName(seg.text, m.tech.name) : null;
        out.push({
          concern,
          value: m.tech.name,
          status: stackStatus,
          origin,
          ...(version ? { version } : {}),
          ...(written ? { written } : {}),
          ...(stackStatus !== 'chosen' && stackStatus !== 'mentioned'
            ? lostReason(p.note, clause.slice(seg.offset + m.index + m.length))
            : {}),
        });
      }
      const role = roleStore(seg.matches, slot);
      if (role && slot) {
        const status = p.forced ?? segStatus ?? base;
        out.push({
          concern: slot,
          value: role.tech.name,
          status: toStackStatus(status),
          origin: fromSource(file, p.line, quote(clause)),
        });
      }
    }
  }
  return out;
}

/** Words that join two names of a hosting product ("Docker on Fly.io", "Docker op Scaleway"). */
const PRODUCT_JOIN = new Set(['on', 'op', 'auf', 'sur', 'en', 'su', 'em', 'in', 'via', '+', '&']);

/**
 * The hosting product as a Hosting row names it, when it is a short name around the catalogued one
 * ("Scaleway Kubernetes Kapsule", "AWS ECS Fargate", "Docker op Scaleway Serverless Containers"):
 * capitalised words and the connectors between them ("on", "op", "auf", "sur", "en", "su"), up to six, nothing
 * after a parenthesis, dash or comma. Null when the row says no more than the catalogue's name.
 */
function productName(segment: string, name: string): string | null {
  const text = segment
    .split(/\s[—–-]\s|[(,;:（，、；：]/)[0]!
    .replace(/[*_`]/g, '')
    .trim();
  const words = text.split(/\s+/);
  if (words.length < 2 || words.length > 6 || text.toLowerCase() === name.toLowerCase()) return null;
  // "Docker op Scaleway Serverless Containers", "Docker on Fly.io": a connector between names.
  if (!words.every((w) => /^[\p{Lu}\d]/u.test(w) || PRODUCT_JOIN.has(w))) return null;
  if (PRODUCT_JOIN.has(words[0]!) || PRODUCT_JOIN.has(words[words.length - 1]!)) return null;
  return text.toLowerCase().includes(name.toLowerCase().split(' ')[0]!) ? text : null;
}

/**
 * A slot states a choice only for its own concern; the language and runtime a framework row names
 * (and the framework a language row names) ride along ("Backend: Node.js + NestJS (TypeScript)"). Vercel in a "Monitoring: Sentry + Vercel
 * dashboard" row is not the hosting decision.
 */
function fitsSlot(m: TechnologyMatch, slot: StackConcern | null): boolean {
  if (slot === null) return true;
  if (m.tech.concern === slot || m.tech.also?.includes(slot)) return true;
  if (bothJobs(m, slot)) return true;
  // …and the framework a language row names ("Language | Kotlin 2.0 + Spring Boot 3.3").
  if ((slot === 'language' || slot === 'runtime') && m.tech.concern === 'framework') return true;
  return m.tech.concern === 'language' || m.tech.concern === 'runtime';
}

/** A "Jobs" slot holds the queue, the scheduler or both ("Jobs | BullMQ", "Jobs | Spring @Scheduled"). */
const JOBS = new Set<StackConcern>(['queue', 'scheduler']);
const bothJobs = (m: TechnologyMatch, slot: StackConcern): boolean =>
  JOBS.has(slot) && JOBS.has(m.tech.concern);

function concernFor(m: TechnologyMatch, slot: StackConcern | null): StackConcern {
  if (slot && (m.tech.concern === slot || m.tech.also?.includes(slot))) return slot;
  return m.tech.concern;
}

/**
 * A database named in a role slot that no native technology fills ("Cache: Supabase (Postgres)"):
 * the database plays that role. The primary database name wins over the platform hosting it.
 */
function roleStore(matches: TechnologyMatch[], slot: StackConcern | null): TechnologyMatch | null {
  if (!slot || !ROLE_SLOTS.has(slot)) return null;
  if (matches.some((m) => m.tech.concern === slot || m.tech.also?.includes(slot))) return null;
  if (matches.some((m) => bothJobs(m, slot))) {
    // "Queue and background jobs | Spring @Scheduled + Redis": a scheduler fills no queue; the
    // key-value store named beside it in the queue's slot holds the jobs. Without one, the
    // scheduler alone fills the slot ("Jobs | Spring @Scheduled").
    if (slot !== 'queue') return null;
    return matches.find((m) => m.tech.concern === 'cache') ?? null;
  }
  return (
    matches.find((m) => m.tech.concern === 'database') ??
    matches.find((m) => m.tech.also?.includes('database')) ??
    null
  );
}

/**
 * The version written right after a technology's name or in its row's Version cell: `16`,
 * `v15`, `17.x LTS` → `17`, `8.0`, `14+` (that version or later). Only a number that starts
 * the text counts: "PostgreSQL (Amazon RDS)" states none.
 */
export function statedVersion(after: string): string | null {
  const m = VERSION.exec(after);
  if (!m || COUNTED.test(after.slice(m[0].length))) return null;
  return `${m[1]}${m[2] ?? ''}`;
}

const VERSION =
  /^\s*(?:v|version\s+|versi[oó]n\s+|vers[aã]o\s+|versione\s+)?(\d{1,3}(?:\.\d{1,3})?)(?:\.x)?(\+)?(?!\d|\.\d)/i;
/** A number that counts or measures something ("PostgreSQL 3 replicas", "Redis 2 GB") is no version. */
const COUNTED =
  /^\s*(?:x\b|×|%|[kmgt]i?b\b|ms\b|s\b|sec|min|h\b|hours?|days?|replicas?|nodes?|instances?|servers?|shards?|clusters?|tables?|databases?|dbs?\b|connections?|users?|req|rps|cores?|v?cpus?)/i;

function quote(text: string): string {
  return text.length > 160 ? `${text.slice(0, 157)}...` : text;
}

/** Concerns whose stated value the workflow needs; a name the catalogue lacks is still the decision. */
// Not auth, storage or hosting: their slots hold mechanisms and attributes ("httpOnly", "Interceptor")
// as often as names, and the auth layer reads providers on its own.
const NEEDED: ReadonlySet<StackConcern> = new Set([
  'database',
  'cache',
  'queue',
  'scheduler',
  'search',
  'framework',
]);
/** A cell that decides there is none, in en, es, pt, fr, de and it. */
const NONE =
  /^(?:none|no cache|not needed|not used|ninguno|ninguna|sin caché|nenhum|nenhuma|sem cache|aucun|aucune|pas de cache|keiner?|keine|kein cache|sin cache|nessun[oa]?|nessuna cache|niente cache|non necessari[oa]|non usat[oa])$/i;
/** Cell values that name no technology: "None", "N/A", "TBD", "Yes", "Built-in", "See below"… */
const NO_NAME =
  /^(?:none|n\/?a|no|yes|tbd|tbc|todo|-+|—|–|standard|default|custom|built[- ]in|native|various|optional|later|see\b.*|ninguno|ninguna|aucun|aucune|keine?|nenhum|nenhuma|sí|si|oui|ja|sim|por definir|à définir|a definir|offen|pendiente|pendente|nessun[oa]?|sì|da definire|da decidere)$/i;

/**
 * A labelled slot whose value the catalogue does not know ("| Queue | Beanstalkd |", "- **Search:**
 * Manticore"): the documents' own name, carried as stated with `known: false` instead of being
 * replaced by a default. Only a short name in a slot the workflow needs, never a sentence, a status
 * word or an open choice ("A or B", "TBD").
 */
function unknownChoice(p: Passage, slot: StackConcern | null, file: string): StackChoice | null {
  if (!slot || !NEEDED.has(slot) || p.forced || p.question) return null;
  // Only a technology table's choice column: a labelled prose line ("Hosting: CPU-bound") is too loose.
  if (p.base !== 'chosen' || !p.label) return null;
  const name = p.text
    .split(/[(,;:[]|\s[—–-]\s/)[0]!
    .replace(/[*_`]/g, '')
    .trim();
  const stated = (value: string): StackChoice => ({
    concern: slot,
    value,
    status: 'chosen',
    origin: fromSource(file, p.line, quote(p.text)),
    known: false,
  });
  // "| Cache | none | Accepted |": a decision to have no cache, carried as such (never a default).
  if (slot === 'cache' && NONE.test(name)) return stated(STATED_NONE);
  if (name.length < 2 || name.length > 40 || name.split(/\s+/).length > 3) return null;
  if (
    !/^\p{L}/u.test(name) ||
    NO_NAME.test(name) ||
    isOpenWording(p.text) ||
    /\s(?:or|o|ou|oder|vs\.?)\s|\//i.test(name)
  )
    return null;
  return stated(name);
}
