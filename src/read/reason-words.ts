import { subjectVerdictEnd, verdictLength } from './status.js';

/**
 * The reason a list of rejected options gives in parentheses right after one of them: "Alternativas
 * consideradas: Auth0 (custo por usuário ativo), Firebase Auth", "Alternatives considered: MongoDB (no
 * transactions across collections)", "Écartés : Auth0 (coût par utilisateur)". Only words that say
 * something: a version ("(v6)", "(16.2)"), an abbreviation ("(SES)"), an example ("(e.g. …)") or a
 * bare name ("(Neon)") is no reason.
 */
const PARENTHESIS = /^\s*\(([^()]{3,160})\)/u;
const EXAMPLE =
  /^(?:e\.\s?g\.|i\.\s?e\.|eg\b|ex\.|p\.\s?ej\.|por ejemplo|por exemplo|par exemple|z\.\s?b\.|zum beispiel|ad es\.|per esempio|like|such as|see|ver|voir|siehe|vedi)/iu;
const VERSION = /^[\s\dvV.,x*+<>=~^-]+$/u;
/** "SQLite (via sql.js/wa-sqlite)", "Redis (with Sentinel)", "MongoDB (on Atlas)": how it would run, not why it lost. */
const QUALIFIER =
  /^(?:via|with|using|on|in|over|as|through|behind|plus|com|con|avec|mit|über|sobre|tramite|mediante|através|atraves|en|em|sur|auf|su|bei)\s/iu;

export function parentheticalReason(after: string): string | null {
  const m = PARENTHESIS.exec(after);
  if (!m) return null;
  // "MongoDB (rejected: no exclusion constraints)": the verdict opening the parenthesis is no reason;
  // "(not needed at this size)" is one as a whole.
  const verdict = verdictLength(m[1]!);
  const labelled = verdict >= 0 && /^\s*[:,;—–-]/u.test(m[1]!.slice(verdict));
  const text = (labelled ? m[1]!.slice(verdict).replace(/^[\s:,;—–-]+/u, '') : m[1]!).trim();
  if (EXAMPLE.test(text) || VERSION.test(text) || QUALIFIER.test(text)) return null;
  // A reason is a phrase: two words or more, one of them a lower-case word ("custo", "cost", "Kosten" aside).
  const words = text.split(/\s+/u);
  if (words.length < 2 || !words.some((w) => /^\p{Ll}{3,}/u.test(w))) return null;
  return text;
}

/**
 * The reason written after the verdict on an option: "Twilio — rejected (SMS cost in Poland)",
 * "PostgreSQL 16 — rejected, needs a separate VPS", "Keycloak — rejected as too heavy", "MongoDB —
 * odrzucony, dane są relacyjne", "RabbitMQ — abgelehnt, weil zu schwer". Up to the clause's end.
 */
export function verdictReason(after: string): string | null {
  const rest = after.replace(/^\s*\d[\d.x]*/u, '');
  // A verdict that opens a parenthesis ("(rejected: …)", "(není potřeba cache ani fronta)") is read
  // with the parenthesis: a verdict label is left out, a verdict that is the reason stays.
  const inner = /^\s*\(([^()]*)\)/u.exec(rest);
  if (inner && verdictLength(inner[1]!) >= 0) return parentheticalReason(rest);
  // "Exq and Sidekiq-compatible queues were rejected because …": the verdict of a list's subject.
  const n = verdictLength(rest) >= 0 ? verdictLength(rest) : subjectVerdictEnd(rest);
  if (n < 0) return null;
  const tail = rest.slice(n);
  const paren = parentheticalReason(tail);
  if (paren) return paren;
  const m = BECAUSE.exec(tail.replace(/[.;]+\s*$/u, ''));
  // "(rejected: the API needs concurrent writes)": the verdict's own parenthesis closes the reason.
  const text = m?.[1]?.replace(/^([^(]*)\).*$/u, '$1').trim();
  return text && text.length >= 3 && /\p{Ll}{3,}/u.test(text) ? text : null;
}
const BECAUSE =
  /^\s*(?:[,:—–-]\s*)?(?:(?:because|since|as|for|bo|ponieważ|gdyż|jako|porque|pues|ya que|car|parce que|weil|da|denn|als|perché|poiché|omdat|want|fordi|siden|eftersom|vì|bởi vì|karena|sebab|потому что|так как|поскольку|бо|оскільки|тому що|через)\s+)?([^;.]{3,160})$/iu;

/** Why an option lost: its row's note, else the parenthesis right after it ("Auth0 (custo por usuário)"), else what follows its verdict. */
export function lostReason(note: string | undefined, after: string): { reason?: string } {
  // The option's own verdict first: in "Kafka — rejected because X; NATS — rejected because Y" the
  // passage's note is Kafka's reason, and NATS has its own.
  const reason = verdictReason(after) || note || parentheticalReason(after);
  return reason ? { reason } : {};
}
