import pluralize from 'pluralize';
import { verbOf } from '../knowledge/state-verb.js';
import type { Domain, EntityFact, FieldFact, StatedEndpoint } from '../model/domain.js';
import { labelScore, labelWords } from '../read/transition-label-words.js';

/**
 * A lifecycle drawn as a mermaid `stateDiagram` gives its states to the status column the data model
 * leaves open (`status: Mapped[str] = mapped_column(String(20), default="issued")`): the diagram is the
 * only place the documents list them. The column is the one whose default is the diagram's first state
 * (`[*] --> issued`), or else the one of the entity the diagram's heading names ("Invoice lifecycle").
 * A column that already has values keeps them (reconcile/enum-mismatch compares the two), and a
 * diagram that fits several columns, or none, gives nothing.
 */
export function statesFromDiagrams(domain: Domain): void {
  // An enum type the model names but whose values no document lists (JPA's `@Enumerated MunkalapStatusz
  // statusz`, the enum class not shown) is as open as a plain string column.
  const listed = new Set(domain.enums.filter((x) => x.values.length > 0).map((x) => x.name));
  const open = domain.entities.flatMap((e) =>
    e.fields
      .filter((f) => isStatusColumn(f) && !f.enumValues?.length && (!f.enumName || !listed.has(f.enumName)))
      .map((f) => ({ e, f })),
  );
  if (open.length === 0) return;
  for (const list of domain.lifecycles ?? []) {
    if (!list.diagram) continue;
    const { initial, heading } = list.diagram;
    const byDefault = initial ? open.filter(({ f }) => unquoted(f.default) === initial) : [];
    const words = new Set(
      heading
        .toLowerCase()
        .split(/[^\p{L}\p{N}_]+/u)
        .filter((w) => w.length > 0),
    );
    const byHeading = open.filter(({ e }) => names(e).some((n) => [...words].some((w) => sameNoun(w, n))));
    const pick =
      byDefault.length === 1
        ? byDefault[0]
        : byDefault.length === 0 && byHeading.length === 1
          ? byHeading[0]
          : undefined;
    if (pick && !pick.f.enumValues?.length) pick.f.enumValues = [...list.values];
  }
}

function isStatusColumn(f: FieldFact): boolean {
  // Hungarian "statusz" and "allapot" (állapot) name the status column too.
  return (
    f.type.scalar === 'string' && /^(?:status|state|statusz|allapot)$|_status$|[a-z]Status$/.test(f.name)
  );
}

function unquoted(value: string | undefined): string | null {
  return value ? value.replace(/^['"`]|['"`](?:::\w+)?$/g, '') : null;
}

function names(e: EntityFact): string[] {
  const base = [e.name, e.writtenAs, e.table ?? ''].map((n) => n.toLowerCase()).filter((n) => n.length > 0);
  return [...new Set(base.flatMap((n) => [n, pluralize.singular(n), pluralize.plural(n)]))];
}

/**
 * What makes a stated transition, where the documents say it: a provider named in its condition
 * ("issued --> paid : VNPay IPN succeeded") makes it by its call, and a stated job whose name says it
 * moves the entity's records into the target state (`mark-overdue-invoices` for `issued --> overdue`)
 * makes it by itself. A condition naming no provider, or several jobs that fit, decide nothing. Else
 * the stated route its label's words name ("παράδοση στον σταθμό" for `POST /bookings/{id}/pickup`,
 * "Καταγραφή παράδοσης"; read/transition-label-words.ts) makes it.
 */
export function transitionMakers(domain: Domain): void {
  const providers = [...new Map(domain.integrations.map((m) => [m.provider, m.name])).entries()];
  const jobs = domain.statedJobs ?? [];
  const groups = actionRoutes(domain.statedEndpoints);
  for (const t of domain.securityFacts ?? []) {
    if (t.kind !== 'transition' || t.by) continue;
    const when = ` ${t.when.toLowerCase()} `;
    // "Netopia IPN notification" names Netopia Payments by its first word, when no other provider has it.
    let named = providers.filter(([, name]) => wordIn(when, name.toLowerCase()));
    if (named.length === 0) named = providers.filter(([, name]) => wordIn(when, leadWord(name)));
    if (named.length === 1) {
      t.by = { kind: 'webhook', provider: named[0]![0] };
      continue;
    }
    const target = t.to.toLowerCase();
    // `ExpireUnpaidBookingsJob` for `pending_payment --> expired`: the job's words, camel case split,
    // name the target state or the verb it is the outcome of.
    const verb = verbOf(target);
    // `NoShowJob` for `paid --> no_show`: the job's words hold the state's words in a row.
    const state = nameWords(t.to);
    const fitting = jobs.filter((j) => {
      const words = nameWords(j.name);
      return inARow(words, state) || (verb !== null && verb.length >= 4 && words.includes(verb));
    });
    if (fitting.length === 1) {
      t.by = { kind: 'job', name: fitting[0]!.name };
      continue;
    }
    if (t.automatic) continue;
    const routes = routesNamedBy(t.when, groups);
    if (routes.length > 0) t.by = { kind: 'route', routes };
  }
}

/**
 * The stated routes that act on one record (`POST /bookings/{id}/pickup`), grouped by the collection
 * they act in, each with its words (its description's and its last segment's) less the words that
 * other routes of its collection share with it ("Καταγραφή" of both "Καταγραφή παράδοσης" and
 * "Καταγραφή επιστροφής", "Tandai" of three Indonesian routes): those name no one action.
 */
function actionRoutes(endpoints: readonly StatedEndpoint[]): { route: StatedEndpoint; words: string[] }[][] {
  const byCollection = new Map<string, { route: StatedEndpoint; words: string[] }[]>();
  for (const x of endpoints) {
    if (!/^(?:POST|PUT|PATCH)$/i.test(x.method)) continue;
    const parts = x.path.split('/').filter(Boolean);
    const at = parts.findIndex((p) => p.startsWith('{') || p.startsWith(':'));
    const last = parts.at(-1) ?? '';
    if (at < 1 || at === parts.length - 1 || last.startsWith('{') || last.startsWith(':')) continue;
    const key = parts.slice(0, at).join('/').toLowerCase();
    const words = labelWords(`${x.description ?? ''} ${last.replace(/[-_.]+/g, ' ')}`);
    const list = byCollection.get(key);
    if (list) list.push({ route: x, words });
    else byCollection.set(key, [{ route: x, words }]);
  }
  const out: { route: StatedEndpoint; words: string[] }[][] = [];
  for (const key of [...byCollection.keys()].sort()) {
    const list = byCollection.get(key)!;
    const count = new Map<string, number>();
    for (const r of list) for (const w of r.words) count.set(w, (count.get(w) ?? 0) + 1);
    out.push(list.map((r) => ({ route: r.route, words: r.words.filter((w) => count.get(w) === 1) })));
  }
  return out;
}

/**
 * The route of each collection whose words the transition's label names best, when one names them
 * better than the others ("παράδοση στον σταθμό" → `POST /bookings/{id}/pickup`, "Καταγραφή
 * παράδοσης"). Derive keeps the one that acts on the lifecycle's record.
 */
function routesNamedBy(
  label: string,
  groups: readonly { route: StatedEndpoint; words: string[] }[][],
): { method: string; path: string }[] {
  const words = labelWords(label);
  if (words.length === 0) return [];
  const out: { method: string; path: string }[] = [];
  for (const group of groups) {
    const scored = group.map((r) => ({ r, score: labelScore(words, r.words) })).filter((x) => x.score > 0);
    if (scored.length === 0) continue;
    const best = Math.max(...scored.map((x) => x.score));
    const top = scored.filter((x) => x.score === best);
    if (top.length === 1)
      out.push({ method: top[0]!.r.route.method.toUpperCase(), path: top[0]!.r.route.path });
  }
  return out;
}

/** A provider's first word when its name has more ("Netopia Payments" → "netopia"), else "". */
function leadWord(name: string): string {
  const words = name.toLowerCase().split(/\s+/);
  return words.length >= 2 && words[0]!.length >= 4 ? words[0]! : '';
}

/** `NoShowJob`, `mark-overdue-invoices`, `no_show` → their lower-case words. */
function nameWords(name: string): string[] {
  return name
    .replace(/([\p{Ll}\p{N}])(\p{Lu})/gu, '$1 $2')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0);
}

function inARow(words: readonly string[], part: readonly string[]): boolean {
  if (part.length === 0) return false;
  for (let i = 0; i + part.length <= words.length; i++)
    if (part.every((w, k) => words[i + k] === w)) return true;
  return false;
}

function wordIn(text: string, word: string): boolean {
  if (word === '') return false;
  const at = text.indexOf(word);
  return (
    at > 0 && !/[\p{L}\p{N}]/u.test(text[at - 1]!) && !/[\p{L}\p{N}]/u.test(text[at + word.length] ?? ' ')
  );
}

/** "rechnung" and "rechnungen", "invoice" and "invoices": one noun with a plural ending of up to 2 letters. */
function sameNoun(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length >= 3 && long.startsWith(short) && long.length - short.length <= 2;
}
