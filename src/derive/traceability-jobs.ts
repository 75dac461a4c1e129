/**
 * A stated job implements the requirement or story whose text names what the job's own name is
 * about: `send-reminders` implements "The patient receives a reminder ... 24 hours before",
 * `expire-holds` implements "a held slot is released after 10 minutes" only if the text says
 * "hold". Only the distinctive words of the name count (at least five letters, not a verb every
 * job starts with, not a channel or a schedule word), matched as whole words with an English
 * plural, so `deliver-email-postmark` does not claim every sentence that mentions email.
 */
const NOT_DISTINCTIVE = new Set(
  [
    'send sends process processor run runner sync cleanup clean purge generate compute refresh rebuild',
    'update check expire expiry deliver delivery dispatch notify notification notifications import export',
    'daily nightly weekly hourly monthly scheduled schedule batch queue worker task tasks job jobs cron',
    'email emails mail sms push webhook webhooks retry retries handler consumer producer scan sweep',
    'stale old expired pending failed reconcile reconciliation report reports record records data',
  ]
    .join(' ')
    .split(' '),
);

/** The distinctive words of a job name: `send-reminders` → [`reminder`]. */
export function distinctiveJobWords(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length >= 5 && !NOT_DISTINCTIVE.has(w))
    .map((w) => w.replace(/(?:ies)$/, 'y').replace(/(?<=[^s])s$/, ''));
}

/** Names of the jobs whose distinctive words the text names ("reminder", "reminders"). */
export function jobsNamedIn(text: string, jobs: readonly { name: string }[]): string[] {
  const lower = ` ${text.toLowerCase()} `;
  const out: string[] = [];
  for (const j of jobs) {
    const words = distinctiveJobWords(j.name);
    if (words.length === 0) continue;
    const stem = (w: string) => (w.endsWith('y') ? `${w.slice(0, -1)}(?:y|ies)` : `${w}(?:e?s)?`);
    if (words.some((w) => new RegExp(`[^\\p{L}\\d]${stem(w)}[^\\p{L}\\d]`, 'u').test(lower)))
      out.push(j.name);
  }
  return out;
}
