import { cite } from '../../../model/origin.js';
import type { Conflict } from '../../../model/spec/reconciliation.js';
import type { Messages } from '../../i18n/index.js';
import type { Section } from '../../types.js';
import { translateText } from '../derived-prose.js';
import { blocks, heading, table } from '../format.js';

/**
 * Section 0: conflicts (both sides with their lines, the resolution and the rule or decision that
 * made it), gaps, assumptions, and the options the documents ruled out — then the precedence
 * statement. Never null: with nothing to report it says so and says what was compared.
 */
export const reconciliationSection: Section = {
  id: 'reconciliation',
  render: ({ spec, t }) => {
    const r = spec.reconciliation;
    const m = t.reconcile;
    const documents = r.summary?.documents || spec.sources.length;
    const conflicts =
      r.conflicts.length === 0
        ? m.noConflicts(documents)
        : table(
            [
              m.conflictTable.subject,
              m.conflictTable.kind,
              m.conflictTable.values,
              m.conflictTable.resolution,
              m.conflictTable.rule,
            ],
            r.conflicts.map((c) => [
              `\`${c.subject}\``,
              m.kinds[c.code] ?? c.code,
              // A side's value and a resolution's parts are reconcile's words (`session timeout 8
              // hours`): the phrasebook puts them in the document's language.
              c.sides
                .map((s) => `${translateText(s.value, t.derived)} (\`${s.at.file}:${s.at.line}\`)`)
                .join('; '),
              resolutionOf(c, m, t.derived),
              ruleOf(c, m),
            ]),
          );
    const gaps =
      r.gaps.length === 0
        ? m.noGaps
        : table(
            [m.gapTable.subject, m.gapTable.detail, m.gapTable.sources],
            r.gaps.map((g) => [
              g.subject,
              g.detail.startsWith('record:')
                ? m.gapRecord(g.detail.slice('record:'.length))
                : g.detail === 'entity'
                  ? m.gapEntity
                  : g.detail === 'no-model'
                    ? m.gapNoModel(g.subject)
                    : g.detail,
              g.at.map((a) => `\`${a.file}:${a.line}\``).join(', '),
            ]),
          );
    const assumptions =
      r.assumptions.length === 0
        ? m.noAssumptions
        : table(
            [m.assumptionTable.subject, m.assumptionTable.detail, m.assumptionTable.origin],
            r.assumptions.map((a) => [a.subject, a.detail, `\`${cite(a.origin)}\``]),
          );
    const options =
      r.decisions.length === 0
        ? null
        : blocks(
            heading(3, m.optionsHeading),
            m.optionsIntro,
            table(
              [m.optionTable.subject, m.optionTable.status, m.optionTable.detail, m.optionTable.source],
              r.decisions.map((d) => [
                d.subject,
                m.statuses[d.status] ?? d.status,
                d.detail.startsWith('superseded by ')
                  ? m.supersededBy(d.detail.slice('superseded by '.length))
                  : d.detail,
                `\`${d.at.file}:${d.at.line}\``,
              ]),
            ),
          );
    const questions =
      (spec.questions ?? []).length === 0
        ? null
        : blocks(
            heading(3, m.questionsHeading),
            m.questionsIntro,
            table(
              [m.questionId, m.questionTable.question, m.questionTable.source],
              (spec.questions ?? []).map((q) => [
                `\`${q.id}\``,
                [
                  translateText(q.text, t.derived),
                  q.answer
                    ? m.questionAnswer(q.answer.kind, q.answer.value ?? '', q.answer.reason)
                    : q.assumes
                      ? m.questionAssumes(q.assumes)
                      : null,
                ]
                  .filter(Boolean)
                  .join(' '),
                q.answer ? `\`${cite(q.source)}\`; \`${cite(q.answer.origin)}\`` : `\`${cite(q.source)}\``,
              ]),
            ),
            m.questionsHint,
          );
    return blocks(
      heading(2, t.common.sections.reconciliation),
      m.intro(documents),
      r.summary ? `${heading(3, m.summaryHeading)}\n\n${m.summary(r.summary)}` : null,
      heading(3, m.conflictsHeading),
      conflicts,
      heading(3, m.gapsHeading),
      gaps,
      heading(3, m.assumptionsHeading),
      assumptions,
      options,
      questions,
      heading(3, m.precedenceHeading),
      m.precedence,
      m.decisionsFileHint,
    );
  },
};

function resolutionOf(
  c: Conflict,
  m: Messages['reconcile'],
  phrases: Readonly<Record<string, string>>,
): string {
  if (c.resolvedBy.kind === 'decision') return m.decided(c.resolution, c.resolvedBy.reason);
  const word = m.resolutions[c.code];
  if (!word || !c.params) return c.resolution;
  const params = c.params;
  return word(Object.fromEntries(Object.keys(params).map((k) => [k, translateText(params[k]!, phrases)])));
}

function ruleOf(c: Conflict, m: Messages['reconcile']): string {
  const o = c.resolvedBy;
  if (o.kind === 'decision') return `${m.decisionOrigin} \`${o.file}:${o.line}\``;
  if (o.kind === 'rule' || o.kind === 'default') return m.rules[o.rule] ?? `\`${o.rule}\``;
  return `\`${cite(o)}\``;
}
