import type { TransactionMechanism } from '../model/security-facts.js';
import { gatedPattern } from './prefilter.js';

/**
 * How documents state a transaction boundary or its absence, in en, es, pt, fr and de: "written
 * atomically", "in one transaction", "SELECT … FOR UPDATE", an optimistic version column, an
 * advisory lock, a transactional outbox; and the opposite, "no transactions across loans",
 * "eventual consistency". The only place these words are read: extract keeps the reading as a
 * `transaction` fact, derive matches it with service methods by the entity words it names.
 */

export type { TransactionMechanism };

/** A word boundary that knows accented letters (`\b` in a JavaScript regex does not: `transacción`). */
const UB = String.raw`(?:(?<![\p{L}\p{N}])(?=[\p{L}\p{N}])|(?<=[\p{L}\p{N}])(?![\p{L}\p{N}]))`;
/** `\w` is ASCII too: a stem's ending may be accented (`enregistrés`). */
const unicodeWords = (source: string) => source.replaceAll(String.raw`\w`, String.raw`[\p{L}\p{N}_]`);

/**
 * A pattern with accent-aware word boundaries. Every alternative of such a pattern starts with a
 * lookaround, which keeps V8 from skipping ahead to a candidate letter: it was 0.6 s of the example's
 * 2.4 s (issue 19). The same pattern without its boundaries (a superset of its matches) is tried
 * first, and the exact one runs only on the sentences that pass.
 */
function W(source: string): Pick<RegExp, 'exec' | 'test'> {
  return gatedPattern(unicodeWords(source.replaceAll(String.raw`\b`, UB)), 'iu');
}

/** A project-wide policy ("operations that write several tables run in a transaction"). */
const POLICY = W(
  String.raw`\b(?:multiple (?:statements|tables|writes|rows)|several (?:statements|tables|writes)|more than one (?:table|statement|write)|multi-?(?:step|table|statement)|all (?:database |db )?writes|varias (?:tablas|sentencias|escrituras)|más de una tabla|várias (?:tabelas|instruções|escritas)|mais de uma tabela|plusieurs (?:tables|requêtes|écritures)|plus d['’]une table|mehrere(?:n)? (?:tabellen|anweisungen|schreib\w*)|mehr als eine(?:r)? tabelle)\b`,
);

/** The mechanisms, most specific first; the first that matches is the reading. */
const MECHANISMS: [TransactionMechanism, Pick<RegExp, 'exec' | 'test'>][] = [
  [
    'outbox',
    W(
      String.raw`\b(?:transactional )?outbox\b|\bbandeja de salida transaccional|\bcaixa de saída transacional|\bboîte d['’]envoi transactionnelle`,
    ),
  ],
  [
    'row-lock',
    W(
      String.raw`\bselect\b[^;]{0,80}?\bfor (?:no key )?update\b|\brow[- ]level locks?\b|\brow locks?\b|\bpessimistic lock\w*|\bbloqueo (?:pesimista|de fila)|\bbloqueio (?:pessimista|de linha)|\bverrou(?:illage)? (?:pessimiste|de ligne)|\bpessimistische\w* sperr\w*|\bzeilensperre\w*`,
    ),
  ],
  [
    'optimistic-version',
    W(
      String.raw`\boptimistic (?:concurrency|locking|lock)\b|\bversion (?:column|field|number|check)s?\b|\bconcurrencia optimista|\bbloqueo optimista|\bcolumna de versión|\bconcorrência otimista|\bbloqueio otimista|\bcoluna de versão|\bverrouillage optimiste|\bconcurrence optimiste|\bcolonne de version|\boptimistische\w* (?:sperr\w*|nebenläufigkeit\w*)|\bversionsspalte`,
    ),
  ],
  [
    'advisory-lock',
    W(
      String.raw`\badvisory locks?\b|\bpg_(?:try_)?advisory\w*|\bverrou consultatif|\bbloqueo consultivo|\bbloqueio consultivo`,
    ),
  ],
  [
    'eventual',
    W(
      String.raw`\beventual(?:ly)? consisten\w*|\bconsistencia eventual|\bconsistência eventual|\bcohérence (?:à terme|éventuelle)|\beventuelle? konsistenz|\bletztendliche konsistenz`,
    ),
  ],
  [
    'none',
    W(
      String.raw`\b(?:no|without|not in a|never in a)\s+(?:(?:distributed|cross-\w+|database|db|shared)\s+)?transactions?\b|\bsin transacci(?:ón|ones)\b|\bsem transaç(?:ão|ões)\b|\bsans transactions?\b|\bpas de transactions?\b|\bkeine\w* (?:\w+ )?transaktion(?:en)?\b|\bohne transaktion\b`,
    ),
  ],
  [
    'atomic',
    W(
      String.raw`\batomic(?:ally)?\b|\batomicity\b|\b(?:in|within|inside) (?:a|one|the same|a single|one single) (?:database |db |single )?transaction\b|\benclosed (?:with)?in\b[^.]{0,20}\btransactions?\b|\bboth (?:succeed|commit) or both (?:roll ?back|fail)|\bat[oó]mic(?:o|a|amente)\b|\ben una (?:misma |sola |única )?transacci[oó]n\b|\b(?:numa|em uma|na mesma|numa única) (?:única )?transa[cç][aã]o\b|\batomiquement\b|\bdans (?:une|la même|une seule|une même) transaction\b|\bin einer (?:einzigen |gemeinsamen )?(?:datenbank)?transaktion\b|\batomar\b`,
    ),
  ],
];

/**
 * "atomic" alone also names a design system ("Atomic Design") or a UI state: only a sentence about
 * stored data states a transaction.
 */
const DATA = W(
  String.raw`\b(?:transact\w*|database|db|postgres\w*|sql|tables?|rows?|roll ?backs?|written|writes?|write|insert\w*|persist\w*|records?|base de (?:datos|données)|banco de dados|datenbank\w*|tablas?|tabelas?|filas?|linhas?|lignes?|zeilen?|escrit\w*|écrit\w*|geschrieben|(?:ge)?speicher\w*|enregistr\w*|registr\w*|guardad\w*|gravad\w*|transa[cç]\w*|transacci\w*|transaktion\w*|updat\w*|creat\w*|guard\w*|grava\w*|escrib\w*|escrev\w*|schreib\w*|sauvegard\w*|almacen\w*|armazen\w*|actualiz\w*|atualiz\w*|mis à jour|aktualisier\w*|cread[oa]s?|criad[oa]s?|créée?s?|erstellt|angelegt)\b`,
);

/**
 * A sentence about the user interface ("updates the list atomically via the optimistic UI", a click)
 * or about version control ("per-task commits create atomic changes") is no transaction.
 */
const INTERFACE = W(
  String.raw`\b(?:ui|ux|front-?end|client[- ]side|react|design system|components?|interfaz|interface|oberfläche|click\w*|clic\w*|klick\w*|tap\w*|canvas|git\w*|commit messages?|pull requests?|(?:per-[a-z-]+|small|atomic) commits?)\b`,
);

/** "no transactions" states a boundary only when it says across what ("across loans", "between services"). */
const SCOPE = W(
  String.raw`\b(?:across|between|spanning|spans?|over|entre|através|à travers|über|zwischen|database|db|writes?|tables?)\b`,
);

/** A version column is a concurrency mechanism only where the sentence says so ("schema version check" is not). */
const CONCURRENCY = W(
  String.raw`\b(?:concurren\w*|optimisti\w*|lost updates?|stale|simultaneous\w*|concurrencia|concorrência|optimista|otimista|optimiste|optimistisch\w*|nebenläufig\w*|gleichzeitig\w*|simultané\w*|simultáne\w*|simultâne\w*)\b`,
);

/** A negation right before the mechanism ("we do not use advisory locks") states nothing. */
const NEGATED_BEFORE = W(
  String.raw`(?:\b(?:no|not|never|without|don['’]t|doesn['’]t|sin|nunca|sem|não|nem|sans|pas|jamais|ni|kein\w*|nicht|ohne|nie)\b)(?:\s+[\p{L}\p{N}_-]+){0,3}\s*$`,
);

export interface TransactionReading {
  mechanism: TransactionMechanism;
  /** The sentence states a rule for every write of several tables, not for named records. */
  policy: boolean;
  /** The words that matched, as written. */
  matched: string;
}

/** The transaction a sentence states, or null when it states none. */
export function readTransaction(text: string): TransactionReading | null {
  for (const [mechanism, re] of MECHANISMS) {
    const m = re.exec(text);
    if (!m) continue;
    if (mechanism === 'atomic' && (!DATA.test(text.replace(m[0], ' ')) || INTERFACE.test(text))) continue;
    if (mechanism === 'none' && !SCOPE.test(text.slice(m.index + m[0].length))) continue;
    if (mechanism === 'optimistic-version' && !/optimis|otimis/i.test(m[0]) && !CONCURRENCY.test(text))
      continue;
    if (mechanism !== 'none' && NEGATED_BEFORE.test(text.slice(0, m.index))) continue;
    return { mechanism, policy: POLICY.test(text), matched: m[0] };
  }
  return null;
}
