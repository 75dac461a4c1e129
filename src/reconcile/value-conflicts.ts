import { diag } from '../diagnostics/diagnostic.js';
import { formatDuration } from '../knowledge/durations.js';
import { QUANTITY_KEYS } from '../knowledge/quantity-keys.js';
import type { Domain, Quantity } from '../model/domain.js';
import { fromRule } from '../model/origin.js';
import type { Conflict } from '../model/spec/reconciliation.js';
import { type Detector, fileOf, refOf } from './context.js';
import { rank, ruleForQuantity } from './precedence.js';

/**
 * The same parameter stated with different values in different documents. Only values under the
 * same key are compared (so "MVP 99%" and "production 99.9%" or a 5 s poll and a 30 s poll of two
 * different views never meet), only across documents (a document listing two values for one key
 * names two subjects, e.g. "< 3 s total, < 1 s first response"), and only when the two documents'
 * values are disjoint: a document that states a subset of another's values agrees with it.
 * Subjects the extractor could not name (`.general`) are never compared.
 *
 * The winner is the value of the document ranked first by the precedence rule for the key; every
 * other value is marked `superseded` so that derive steps do not use it.
 */
export const valueConflictsDetector: Detector = {
  name: 'value-conflicts',
  detect(domain, ctx) {
    const byKey = new Map<string, Quantity[]>();
    for (const q of domain.parameters) {
      if (q.superseded || q.key.endsWith('.general') || !fileOf(q.origin)) continue;
      const list = byKey.get(q.key) ?? [];
      list.push(q);
      byKey.set(q.key, list);
    }
    const conflicts: Conflict[] = [];
    const losers = new Set<Quantity>();
    const diagnostics = [];
    for (const [key, list] of [...byKey].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
      const byFile = new Map<string, Quantity[]>();
      for (const q of list) {
        const f = fileOf(q.origin)!;
        byFile.set(f, [...(byFile.get(f) ?? []), q]);
      }
      if (byFile.size < 2) continue;
      const files = [...byFile.keys()];
      const valuesOf = (f: string) => new Set(byFile.get(f)!.map((q) => q.value));
      // The statements that disagree: two documents whose values are disjoint, compared statement
      // by statement, and only where both statements are about the same subject.
      const involved = new Set<Quantity>();
      for (let i = 0; i < files.length; i++)
        for (let j = i + 1; j < files.length; j++) {
          const a = valuesOf(files[i]!);
          const b = valuesOf(files[j]!);
          if ([...a].some((v) => b.has(v))) continue;
          for (const qa of byFile.get(files[i]!)!)
            for (const qb of byFile.get(files[j]!)!) {
              // Keys that carry no subject (an avatar upload and a document upload share
              // `upload.max-size`) conflict only when the two statements name the same thing.
              const same = SUBJECTLESS.test(key) ? sameThing([qa], [qb]) : sameSubject(qa, qb, key);
              if (!same) continue;
              involved.add(qa);
              involved.add(qb);
            }
        }
      if (involved.size === 0) continue;
      const rule = ruleForQuantity(
        key,
        files.map((f) => ctx.kindOf(f)),
      );
      // Stable winner: best-ranked document kind, then the earliest file path, then the first line.
      const ordered = [...involved].sort((a, b) => {
        const ra = rank(rule, ctx.kindOf(fileOf(a.origin)!));
        const rb = rank(rule, ctx.kindOf(fileOf(b.origin)!));
        if (ra !== rb) return ra - rb;
        const fa = fileOf(a.origin)!;
        const fb = fileOf(b.origin)!;
        if (fa !== fb) return fa < fb ? -1 : 1;
        return refOf(a.origin)!.line - refOf(b.origin)!.line;
      });
      const winner = ordered[0]!;
      const winnerFile = fileOf(winner.origin)!;
      for (const q of ordered) if (q.value !== winner.value && fileOf(q.origin) !== winnerFile) losers.add(q);
      const sides = ordered.map((q) => ({ value: describeValue(q), at: refOf(q.origin)! }));
      const subject = subjectOf(key);
      conflicts.push({
        code: 'reconcile/value-conflict',
        subject: key,
        sides,
        resolution: describeValue(winner),
        params: { value: describeValue(winner) },
        resolvedBy: fromRule(rule, [refOf(winner.origin)!]),
      });
      const others = ordered.filter((q) => losers.has(q));
      for (const q of others) {
        diagnostics.push(
          diag(
            'reconcile/value-conflict',
            `${subject}: ${describeValue(q)} here, but ${describeValue(winner)} in ${winnerFile}:${refOf(winner.origin)!.line}; using ${describeValue(winner)} (${rule})`,
            {
              at: refOf(q.origin)!,
              path: `parameters.${key}`,
              hint: 'align the documents, or record a choice in the decisions file',
            },
          ),
        );
      }
    }
    if (conflicts.length === 0) return { findings: {}, diagnostics: [] };
    const parameters = domain.parameters.map((q) => (losers.has(q) ? { ...q, superseded: true } : q));
    return {
      domain: { ...domain, parameters, ...withoutLosingLifetimes(domain, losers) },
      findings: { conflicts },
      diagnostics,
    };
  },
};

/** Which token a lifetime key is about, for the auth reader's own facts at the same line. */
const TOKEN_OF_KEY: Record<string, 'access' | 'refresh' | 'session'> = {
  'auth.access-token-ttl': 'access',
  'auth.refresh-token-ttl': 'refresh',
  'auth.session-timeout': 'session',
};

/**
 * The auth reader files a token lifetime of its own (a security fact) from the same line as the
 * quantity that lost: it leaves with the quantity, so the disagreement is reported once (here) and
 * no derive step meets the losing value again.
 */
function withoutLosingLifetimes(
  domain: Domain,
  losers: ReadonlySet<Quantity>,
): Pick<Domain, 'securityFacts'> {
  if (!domain.securityFacts) return {};
  const lost = new Set<string>();
  for (const q of losers) {
    const token = TOKEN_OF_KEY[q.key];
    const at = refOf(q.origin);
    if (token && at && q.value !== null) lost.add(`${token}|${at.file}|${at.line}|${q.value}`);
  }
  if (lost.size === 0) return {};
  return {
    securityFacts: domain.securityFacts.filter((f) => {
      if (f.kind !== 'token-lifetime') return true;
      const at = refOf(f.origin);
      return !at || !lost.has(`${f.token}|${at.file}|${at.line}|${f.seconds}`);
    }),
  };
}

const SUBJECTLESS = /^(?:upload\.max-size|nfr\.throughput|nfr\.success-rate|nfr\.concurrent-users)/;

const GENERIC_WORDS = new Set(
  [
    'max maximum size limit file files upload uploads per each the a an of for to in is are target users user concurrent simultaneous requests success rate',
    // A table's category cell ("| Authentication | … 30 days |") says nothing about the subject.
    'authentication auth security privacy performance availability usability scalability reliability compliance operation general',
    'autenticación autenticação authentification authentifizierung seguridad segurança sécurité sicherheit privacidad privacidade confidentialité datenschutz rendimiento desempenho leistung',
  ]
    .join(' ')
    .split(' '),
);

/**
 * Two statements under one key are about the same subject unless their labels say otherwise. A
 * label that names the key ("Session timeout", "Idle timeout", "Session recovery after reconnect")
 * says what the value is about; a label that does not ("Security", "Authentication": a table's
 * category) says nothing either way. Same subject when either label is the key alone, when neither
 * names the key, or when both name it and share a further word; "Session recovery after reconnect"
 * and "Session resume time" are two subjects the extractor filed under one key, and so are
 * "Idle timeout" and an unrelated "Tiered archive" row.
 */
function sameSubject(a: Quantity, b: Quantity, key: string): boolean {
  const wa = subjectWords(a, key);
  const wb = subjectWords(b, key);
  if (wa.size === 0 || wb.size === 0) return true;
  const na = namesKey(a, key);
  const nb = namesKey(b, key);
  if (!na && !nb) return true;
  return na && nb && [...wa].some((w) => wb.has(w));
}

function ownWords(key: string): Set<string> {
  const words = key
    .split(/[.-]/)
    .filter((w) => w.length > 2)
    .map((w) => w.replace(/s$/, ''));
  return new Set(words.flatMap((w) => [w, ...(KEY_WORD_FORMS[w] ?? [])]));
}

/** The key words in the other lexicon languages (labels are written in the documents' language). */
const KEY_WORD_FORMS: Record<string, string[]> = {
  session: ['sesión', 'sesion', 'sessão', 'sessao', 'sitzung'],
  timeout: ['inactividad', 'inactiva', 'inactivo', 'inactivité', 'inatividade', 'inaktivität', 'expiración'],
  token: ['jeton', 'jetón'],
};

function labelWords(q: Quantity): string[] {
  return q.label
    .toLowerCase()
    .replace(/\([^)]*\)/g, ' ')
    .split(/[^\p{L}\d]+/u)
    .filter((w) => w.length > 2 && !/^\d+$/.test(w))
    .map((w) => w.replace(/s$/, ''));
}

export function namesKey(q: Quantity, key: string): boolean {
  const own = ownWords(key);
  return labelWords(q).some((w) => own.has(w));
}

/** What a statement's label says beyond its key's own words and its value ("reconnect recovery"). */
export function subjectWords(q: Quantity, key: string): Set<string> {
  const own = ownWords(key);
  return new Set(
    labelWords(q).filter((w) => !GENERIC_WORDS.has(w) && !STATEMENT_WORDS.has(w) && !own.has(w)),
  );
}

/** Words of a label that restate the value, not the subject ("within 60 seconds"). */
const STATEMENT_WORDS = new Set(
  'within after before under over least most than seconds second minutes minute hours hour days day ms must should shall expire expires expired expiry expiration lifetime valid validity last lasts ttl'.split(
    ' ',
  ),
);

/** The content words of a label: what it is about, without the words every label shares. */
export function labelWordsOf(q: Quantity): Set<string> {
  return new Set(labelWords(q).filter((w) => !GENERIC_WORDS.has(w) && !STATEMENT_WORDS.has(w)));
}

/** Two groups of statements share a content word in their labels ("Avatar upload" / "avatar image"). */
function sameThing(a: Quantity[], b: Quantity[]): boolean {
  const words = (qs: Quantity[]) =>
    new Set(
      qs.flatMap((q) =>
        q.label
          .toLowerCase()
          .split(/[^\p{L}\d]+/u)
          .filter((w) => w.length > 2 && !GENERIC_WORDS.has(w))
          .map((w) => w.replace(/s$/, '')),
      ),
    );
  const wa = words(a);
  return [...words(b)].some((w) => wa.has(w));
}

/** `7 days` / `< 500 ms` / `99.9 %` / `indefinite`, with the text as written when it differs. */
export function describeValue(q: Quantity): string {
  if (q.value === null) return q.text || 'no limit';
  let normal: string;
  if (q.unit === 's') normal = formatDuration(q.value);
  else if (q.unit === 'ms') normal = `${q.value} ms`;
  else if (q.unit === 'bytes') normal = formatBytes(q.value);
  else if (q.unit === '%') normal = `${q.value}%`;
  else if (q.unit === 'req/min') normal = `${q.value} requests/minute`;
  else normal = String(q.value);
  const written = q.text.replace(/\s+/g, ' ').trim();
  if (!written || written.toLowerCase() === normal.toLowerCase()) return normal;
  // "7 days" says it all; "JWT_EXPIRES_IN=15m" or "2,000" gain from the normalised value.
  return /^[<>≤≥~]?\s*[\d.,]+\s?[\p{L}%]+$/u.test(written) ? written : `${written} (${normal})`;
}

function formatBytes(n: number): string {
  for (const [size, unit] of [
    [1024 ** 3, 'GB'],
    [1024 ** 2, 'MB'],
    [1024, 'KB'],
  ] as const)
    if (n >= size && n % size === 0) return `${n / size} ${unit}`;
  return `${n} bytes`;
}

/** What a key means, from the vocabulary: `auth.access-token-ttl` → "access token lifetime". */
export function subjectOf(key: string): string {
  const vocab = QUANTITY_KEYS as Record<string, string>;
  const exact = vocab[key];
  if (exact) return exact.replace(/\s*\([^)]*\).*$/, '').replace(/;.*$/, '');
  const family = Object.keys(vocab).find(
    (k) => k.includes('<') && key.startsWith(k.slice(0, k.indexOf('<'))),
  );
  if (!family) return key;
  const subject = key.slice(family.indexOf('<')).replace(/-/g, ' ');
  return `${vocab[family]!.replace(/\s*\([^)]*\).*$/, '')
    .replace(/;.*$/, '')
    .replace(/, e\.g\..*$/, '')}: ${subject}`;
}
