import { answerTo } from '../decisions/questions.js';
import { diag } from '../diagnostics/diagnostic.js';
import type { Quantity } from '../model/domain.js';
import { fromRule } from '../model/origin.js';
import type { OpenQuestion } from '../model/spec/index.js';
import type { Conflict } from '../model/spec/reconciliation.js';
import { type Detector, fileOf, refOf } from './context.js';
import { describeValue, labelWordsOf, namesKey, subjectOf, subjectWords } from './value-conflicts.js';

/**
 * Two values for the same quantity inside ONE document, on two different lines: "access tokens
 * expire after 15 minutes" in the security section and "the access token lives 30 minutes" in the
 * API section. Across documents a precedence rule decides (value-conflicts); inside one document no
 * rule can, so the first stated value is assumed and the question is asked with both values as
 * options; the decisions file's `choose` picks the other one on the next run.
 *
 * Stricter than across documents, because one document often states one quantity for several
 * subjects: both labels must name the key itself ("Access token expiry", "access token lifetime")
 * and say the same beyond it (no "dev" on one side, no "(Alert)" column, no "p99" against "p95"),
 * or, for keys that carry no subject of their own (upload size, success rate), use the same words.
 * A sentence's label is the sentence: only its words before the value say what the value is about
 * ("The access token expires after 30 minutes and is sent as a bearer token").
 * Values on one line (a range, "p95 < 1 s, p99 < 5 s", a target and its alert threshold) and values
 * marked configurable are never compared.
 */
export const sameDocumentValuesDetector: Detector = {
  name: 'same-document-values',
  detect(domain, ctx) {
    const groups = new Map<string, Quantity[]>();
    for (const q of domain.parameters) {
      const at = refOf(q.origin);
      // Escalation steps after a due date ("2 days overdue: email; 10 days: suspend") are several
      // thresholds, never two values of one.
      if (!at || q.superseded || q.configurable || q.value === null || q.key.endsWith('.general')) continue;
      if (q.key.startsWith('overdue-notice.')) continue;
      const id = `${q.key}|${at.file}`;
      groups.set(id, [...(groups.get(id) ?? []), q]);
    }
    const conflicts: Conflict[] = [];
    const questions: OpenQuestion[] = [];
    const diagnostics = [];
    const losers = new Set<Quantity>();
    for (const [id, list] of [...groups].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
      if (list.length < 2) continue;
      const key = id.slice(0, id.indexOf('|'));
      const ordered = [...list].sort((a, b) => refOf(a.origin)!.line - refOf(b.origin)!.line);
      const first = ordered[0]!;
      const against = ordered.filter(
        (q) =>
          q.value !== first.value &&
          refOf(q.origin)!.line !== refOf(first.origin)!.line &&
          same(first, q, key),
      );
      // A document that also states the first value again elsewhere is not read as contradicting it.
      if (against.length === 0) continue;
      const sides = [first, ...against];
      const firstAt = refOf(first.origin)!;
      const file = fileOf(first.origin)!;
      const qid = `reconcile/same-document/${key}/${file}:${firstAt.line}`;
      const options = [...new Set(sides.map(describeValue))];
      const question: OpenQuestion = {
        id: qid,
        text: `${file} states ${subjectOf(key)} as ${sides.map((q) => `${describeValue(q)} (line ${refOf(q.origin)!.line})`).join(' and ')}: which one holds?`,
        source: first.origin,
        options,
        assumes: describeValue(first),
      };
      const answer = answerTo(question, ctx.answers);
      if (answer) question.answer = answer;
      questions.push(question);
      const chosen =
        answer?.kind === 'choose' ? (sides.find((q) => describeValue(q) === answer.value) ?? first) : first;
      for (const q of sides) if (q !== chosen && q.value !== chosen.value) losers.add(q);
      conflicts.push({
        code: 'reconcile/value-conflict',
        subject: key,
        sides: sides.map((q) => ({ value: describeValue(q), at: refOf(q.origin)! })),
        resolution: describeValue(chosen),
        params: { value: describeValue(chosen) },
        resolvedBy: answer?.kind === 'choose' ? answer.origin : fromRule(RULE, [refOf(chosen.origin)!]),
      });
      for (const q of sides.filter((s) => s !== chosen)) {
        const at = refOf(q.origin)!;
        const chosenAt = refOf(chosen.origin)!;
        diagnostics.push(
          diag(
            'reconcile/value-conflict',
            `${subjectOf(key)}: ${describeValue(q)} here, but ${describeValue(chosen)} in the same document (line ${chosenAt.line}); ${answer?.kind === 'choose' ? `using ${describeValue(chosen)} as decided` : `assuming ${describeValue(chosen)} until question ${qid} is answered`}`,
            {
              at,
              path: `parameters.${key}`,
              hint: 'correct one of the two lines, or answer the question in the decisions file',
            },
          ),
        );
      }
    }
    if (conflicts.length === 0) return { findings: {}, diagnostics: [] };
    const parameters = domain.parameters.map((q) => (losers.has(q) ? { ...q, superseded: true } : q));
    return { domain: { ...domain, parameters }, findings: { conflicts }, diagnostics, questions };
  },
};

const RULE = 'reconcile/same-document-first-assumed';

/** Keys whose label must carry the whole subject: none of their words name a thing. */
const SUBJECTLESS = /^(?:upload\.max-size|nfr\.throughput|nfr\.success-rate|nfr\.concurrent-users)/;

/** Both statements are about the one quantity the key names, and nothing tells them apart. */
function same(a: Quantity, b: Quantity, key: string): boolean {
  // Each row of a table is its own subject: `useConversations` 5 s and `useConversation` 3 s.
  if (isRow(a) && isRow(b) && flat(a.label) !== flat(b.label)) return false;
  if (SUBJECTLESS.test(key)) {
    const wa = labelWordsOf(a);
    const wb = labelWordsOf(b);
    return wa.size > 0 && wa.size === wb.size && [...wa].every((w) => wb.has(w));
  }
  if (!namesKey(a, key) || !namesKey(b, key)) return false;
  const wa = subjectWords(beforeValue(a), key);
  const wb = subjectWords(beforeValue(b), key);
  return wa.size === wb.size && [...wa].every((w) => wb.has(w));
}

const isRow = (q: Quantity) => q.origin.kind === 'source' && (q.origin.quote ?? '').includes(' | ');
const flat = (label: string) => label.toLowerCase().replace(/\s+/g, ' ').trim();

/** The statement with its label cut before the value ("Dev access token lifetime: 24 hours" → "Dev access token lifetime:"). */
function beforeValue(q: Quantity): Quantity {
  const at = q.text ? q.label.indexOf(q.text) : -1;
  return at > 0 ? { ...q, label: q.label.slice(0, at) } : q;
}
