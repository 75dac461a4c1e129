import { mentionPattern } from '../../knowledge/mention.js';
import type { Domain, JobAct } from '../../model/domain.js';
import { fromRule, type Origin } from '../../model/origin.js';
import type { Job } from '../../model/spec/operations.js';
import type { BusinessRule } from '../../model/spec/rules.js';

/** A stated job as the tie reads it: its name, the acts read from its line, its trigger. */
interface StatedWork {
  name: string;
  acts: readonly JobAct[];
  periods?: readonly number[];
  trigger: string;
  /** The requirement and rule ids its line cites ("… older than 15 minutes (ΚΕ-07)"). */
  requirements?: readonly string[];
  origin: Origin;
}

const lineOf = (o: Origin): string => (o.kind === 'source' ? `${o.file}:${o.line}` : '');
const refs = (o: Origin) => (o.kind === 'source' ? [{ file: o.file, line: o.line }] : []);

/**
 * The job that enforces each rule the design enforces by a background job (rule
 * derive/rule-enforced-by-job): the job designed from the rule's own line, else the one stated job
 * whose line cites the rule's id or its requirement's ("ExpireUnpaidBookingsJob — … (ΚΕ-07)"), else the one that does the rule's act ("Personal data about parents is deleted 13 months after …" and
 * "purge-personal-data — … deletes families who left more than 13 months ago": both purge; of two
 * such jobs, the one stating the rule's period), else the
 * one stated job whose schedule runs on the date of the year the rule states ("Årsavgiften
 * faktureras den 1 mars" and "IssueInvoices — den 1 mars kl. 06:00"). Two candidates tie none: the
 * rule keeps its enforcement without a job named.
 */
export function rulesWithJobs(
  rules: readonly BusinessRule[],
  domain: Domain,
  jobs: readonly Job[],
  stated: readonly StatedWork[],
  entities: readonly string[] = [],
): BusinessRule[] {
  const statements = domain.ruleStatements ?? [];
  const names = new Set(jobs.map((j) => j.name));
  const work = stated.filter((s) => names.has(s.name));
  return rules.map((r, i) => {
    const reading = statements[i]?.reading;
    if (r.enforcement !== 'job' || !reading || r.origin.kind !== 'source') return r;
    const at = lineOf(r.origin);
    const own = jobs.filter((j) => j.basis.some((b) => lineOf(b) === at));
    const acts = reading.acts ?? [];
    const doing = work.filter((s) => acts.some((a) => s.acts.includes(a)));
    // Two jobs doing the act (a cancel and a purge both read as purges): the one naming the rule's period.
    const periods = reading.periods ?? [];
    const byAct =
      doing.length > 1 ? doing.filter((s) => (s.periods ?? []).some((p) => periods.includes(p))) : doing;
    const yearly = reading.yearly;
    const byDate = yearly
      ? work.filter((s) => {
          const f = s.trigger.trim().split(/\s+/);
          return f.length === 5 && Number(f[2]) === yearly.day && Number(f[3]) === yearly.month;
        })
      : [];
    // A stated job whose line cites the rule's own id, else its requirement's, is the one that enforces it.
    const cites = (ids: readonly string[]) =>
      work.filter((s) => (s.requirements ?? []).some((x) => ids.includes(x)));
    const byId = cites([r.id]);
    const citing = byId.length > 0 ? byId : cites(r.requirements);
    const job =
      own.length === 1
        ? { name: own[0]!.name, at: [] as Origin[] }
        : citing.length === 1
          ? { name: citing[0]!.name, at: [citing[0]!.origin] }
          : byAct.length === 1
            ? { name: byAct[0]!.name, at: [byAct[0]!.origin] }
            : byDate.length === 1
              ? { name: byDate[0]!.name, at: [byDate[0]!.origin] }
              : null;
    if (!job) return r;
    // A rule that names no entity constrains the one entity its stated job is named for
    // ("IssueInvoices" for "Årsavgiften faktureras den 1 mars", "PurgeStudentDataJob" for "Datele
    // personale ale elevilor se șterg"): the job's name says which records it acts on.
    const named = r.entity === null && own.length !== 1 ? entityOfName(job.name, entities) : null;
    return {
      ...r,
      ...(named ? { entity: named, entityFrom: 'job' as const } : {}),
      job: {
        name: job.name,
        origin: fromRule('derive/rule-enforced-by-job', [...refs(r.origin), ...job.at.flatMap(refs)]),
      },
    };
  });
}

/**
 * The one entity a job's name names, its words split at case and dashes ("PurgeStudentDataJob" →
 * "purge student data job": Student; "remind-unpaid-invoices": Invoice); null for none or several.
 */
function entityOfName(name: string, entities: readonly string[]): string | null {
  const text = name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[-_]+/g, ' ')
    .toLowerCase();
  const named = entities.filter((e) => mentionPattern(e).test(text));
  // A longer name holding a shorter one ("order item" and "order") is the longer one.
  const longest = named.filter((e) => !named.some((o) => o !== e && o.length > e.length && o.includes(e)));
  return longest.length === 1 ? longest[0]! : null;
}
