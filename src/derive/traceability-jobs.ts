import { caseFoldedRegExp } from '../knowledge/case-fold.js';

/**
 * A stated job implements the requirement or story whose text names what the job's own name is
 * about: `send-reminders` implements "The patient receives a reminder ... 24 hours before",
 * `anonymise-patients` implements "Cancelled patient accounts are anonymised after 30 days". The
 * name's words that say nothing of its own are left out: verbs every job starts with, schedule and
 * channel words, and the names of the data model's entities (a job that touches patients does not
 * implement every requirement that names a patient). Every word left must appear in the text, as
 * a word that starts with its stem ("anonymis" in "anonymised"); a short word goes with the next
 * one as a phrase ("no-show"). A name with no word left implements nothing by its name.
 */
const NOT_DISTINCTIVE = new Set(
  [
    'send sends process processor run runner sync cleanup clean purge generate compute refresh rebuild',
    'update check expire expired expiry deliver delivery dispatch notify notification notifications import',
    'export daily nightly weekly hourly monthly scheduled schedule batch queue worker task tasks job jobs',
    'cron email emails mail sms push webhook webhooks retry retries handler consumer producer scan sweep',
    'stale old pending failed reconcile reconciliation report reports record records data mark flag set',
    'handle release remove delete archive close',
  ]
    .join(' ')
    .split(' '),
);

const words = (name: string) =>
  name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^\p{L}\d]+/u)
    .filter(Boolean);

/** The units a job name must find in a text: `mark-no-shows` → [`no[- ]?show`]. */
export function distinctiveJobUnits(name: string, entityWords: ReadonlySet<string>): string[] {
  const own = words(name).filter((w) => !NOT_DISTINCTIVE.has(w) && !entityWords.has(stem(w)));
  const units: string[] = [];
  for (let i = 0; i < own.length; i++) {
    const w = own[i]!;
    if (w.length < 4 && i + 1 < own.length) {
      units.push(`${escapeRegExp(w)}[- ]?${escapeRegExp(stem(own[++i]!))}`);
    } else if (w.length >= 4) units.push(escapeRegExp(stem(w)));
  }
  return units;
}

/** Names of the stated jobs whose distinctive words the text names, given the entities' names. */
export function jobsNamedIn(
  text: string,
  jobs: readonly { name: string }[],
  entities: readonly string[],
): string[] {
  const unitsOf = jobUnits(entities);
  const out: string[] = [];
  for (const j of jobs) {
    const units = unitsOf(j.name);
    if (units.length === 0) continue;
    if (units.every((u) => u.test(text))) out.push(j.name);
  }
  return out;
}

/**
 * Each job name's unit patterns, per entity-name list: every requirement and story asks, and
 * building the entity words and the patterns again per text grew with texts × entities (issue 19).
 */
const unitCaches = new WeakMap<readonly string[], { size: number; units: (job: string) => RegExp[] }>();
function jobUnits(entities: readonly string[]): (job: string) => RegExp[] {
  let x = unitCaches.get(entities);
  if (!x || x.size !== entities.length) {
    const entityWords = new Set(entities.flatMap((e) => words(e).map(stem)));
    const byJob = new Map<string, RegExp[]>();
    const units = (job: string) => {
      let list = byJob.get(job);
      if (!list) {
        list = distinctiveJobUnits(job, entityWords).map((u) =>
          caseFoldedRegExp(`(?<![\\p{L}\\d])${u}\\p{L}*`, 'iu'),
        );
        byJob.set(job, list);
      }
      return list;
    };
    x = { size: entities.length, units };
    unitCaches.set(entities, x);
  }
  return x.units;
}

/** `reminders` → `reminder`, `anonymise` → `anonymis`, `patients` → `patient`. */
function stem(w: string): string {
  const s = w.replace(/(?:ies)$/u, 'y').replace(/(?<=[^s])s$/u, '');
  return s.length > 4 ? s.replace(/e$/u, '') : s;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
