import { type Diagnostic, diag } from '../diagnostics/diagnostic.js';
import type { OpenQuestion, QuestionAnswer } from '../model/spec/index.js';
import type { UserDecision } from './types.js';

/** The decisions that may answer open questions, by id, in file order (the last valid one wins). */
export interface QuestionAnswers {
  file: string;
  byId: ReadonlyMap<string, readonly UserDecision[]>;
}

export function questionAnswers(file: string, entries: readonly UserDecision[]): QuestionAnswers {
  const byId = new Map<string, UserDecision[]>();
  for (const e of entries) {
    if (e.kind === 'assume' && e.id === undefined) continue;
    const list = byId.get(idOf(e)) ?? [];
    list.push(e);
    byId.set(idOf(e), list);
  }
  return { file, byId };
}

function idOf(e: UserDecision): string {
  return e.kind === 'assume' ? (e.id ?? '') : e.id;
}

/**
 * The answer to one question, when the decisions file holds a valid one: a `choose` must name one
 * of the question's options (compared without case and surrounding blanks; the option is returned as
 * the question spells it). A detector that asks a question calls this to act on the answer in the
 * same run; settleQuestions reports the invalid ones.
 */
export function answerTo(
  question: OpenQuestion,
  answers: QuestionAnswers | undefined,
): QuestionAnswer | null {
  const entries = answers?.byId.get(question.id) ?? [];
  for (let i = entries.length - 1; i >= 0; i--) {
    const answer = answerOf(question, entries[i]!, answers!.file);
    if (answer) return answer;
  }
  return null;
}

function answerOf(question: OpenQuestion, e: UserDecision, file: string): QuestionAnswer | null {
  const origin = { kind: 'decision' as const, file, line: e.line, reason: e.reason };
  if (e.kind === 'dismiss') return { kind: 'dismiss', reason: e.reason, origin };
  if (e.kind === 'assume') return { kind: 'assume', value: e.assume, reason: e.reason, origin };
  const option = offered(question, e.choose);
  return option === null ? null : { kind: 'choose', value: option, reason: e.reason, origin };
}

function offered(question: OpenQuestion, choice: string): string | null {
  const wanted = choice.trim().toLowerCase();
  return question.options.find((o) => o.trim().toLowerCase() === wanted) ?? null;
}

/**
 * After derive, when every open question is known: each question answered in the decisions file
 * carries its answer (shown in section 0 and spec.json, with the decision as origin). An entry whose
 * id names no question, conflict or parameter, and a `choose` that is none of the question's
 * options, is a diagnostic at its line that lists what would have been valid.
 */
export function settleQuestions(
  questions: readonly OpenQuestion[],
  unsettled: readonly UserDecision[],
  file: string,
): { questions: OpenQuestion[]; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const answers = questionAnswers(file, unsettled);
  const byId = new Map(questions.map((q) => [q.id, q]));
  for (const e of unsettled) {
    const id = idOf(e);
    const question = byId.get(id);
    const at = { file, line: e.line };
    if (!question) {
      const ids = [...byId.keys()].sort();
      diagnostics.push(
        diag('reconcile/decision-unused', `no open question, conflict or parameter "${id}" was found`, {
          at,
          hint:
            ids.length === 0
              ? 'this run asks no open questions; conflict subjects are listed in section 0 of backend-spec.md'
              : `open question ids: ${ids.join(', ')}; conflict subjects are listed in section 0 of backend-spec.md`,
        }),
      );
      continue;
    }
    if (e.kind === 'choose' && offered(question, e.choose) === null) {
      diagnostics.push(
        diag('reconcile/decision-option-not-offered', `"${e.choose}" is not an option of question ${id}`, {
          at,
          hint:
            question.options.length === 0
              ? 'this question offers no options: answer it with `assume: <value>` or `dismiss: true`'
              : `options: ${question.options.join(', ')}; or answer with \`assume: <value>\``,
        }),
      );
    }
  }
  const settled = questions.map((q) => {
    const answer = answerTo(q, answers);
    return answer ? { ...q, answer } : q;
  });
  return { questions: settled, diagnostics };
}

/**
 * The spec's open questions in one list: reconcile's (what no precedence rule decides) before
 * derive's (what a derivation could not place), each with its answer when the decisions file has one.
 */
export function askQuestions(
  derived: readonly OpenQuestion[] | undefined,
  reconciled: { questions: readonly OpenQuestion[]; unsettled: readonly UserDecision[] },
  file: string,
): { questions: OpenQuestion[]; diagnostics: Diagnostic[] } {
  const all = [...reconciled.questions, ...(derived ?? [])];
  return settleQuestions(all, reconciled.unsettled, file);
}
