import type { ChecklistItem } from '../../../check/types.js';
import type { RenderContext, Section } from '../../types.js';
import { blocks, heading, table } from '../format.js';

/** At most this many problems per item in the table; the diagnostics list all of them. */
const MAX_PROBLEMS = 5;

const MARK: Record<ChecklistItem['verdict'], string> = {
  pass: '[x]',
  fail: '[ ]',
  'not-applicable': '[-]',
  'not-checked': '[ ]',
};

/**
 * Appendix B: the workflow's validation checklist, each item with the verdict the check rules
 * reached, their evidence and problems, followed by what the real tools (PostgreSQL, the OpenAPI
 * validator, Ajv) said about the artifacts. Never ticked without a rule having decided it.
 */
export const checklistSection: Section = {
  id: 'checklist',
  render: (ctx: RenderContext) => {
    const { t } = ctx;
    const r = t.report;
    const rows = ctx.checklist.map((item) => {
      const shown = item.problems.slice(0, MAX_PROBLEMS);
      if (item.problems.length > MAX_PROBLEMS)
        shown.push(r.moreProblems(item.problems.length - MAX_PROBLEMS));
      return [
        `${MARK[item.verdict]} ${r.items[item.id]}`,
        `**${r.verdicts[item.verdict]}**`,
        item.evidence.join('; '),
        shown.join('; '),
      ];
    });
    const verifications = [...ctx.verifications].sort((a, b) =>
      a.tool === b.tool ? (a.artifact < b.artifact ? -1 : 1) : a.tool < b.tool ? -1 : 1,
    );
    return blocks(
      heading(2, t.common.sections.checklist),
      r.checklistIntro,
      table([r.table.item, r.table.verdict, r.table.evidence, r.table.problems], rows),
      heading(3, r.verificationHeading),
      verifications.length === 0
        ? r.notVerified
        : table(
            [
              r.verificationTable.tool,
              r.verificationTable.artifact,
              r.verificationTable.result,
              r.verificationTable.summary,
            ],
            verifications.map((v) => [
              v.tool,
              `\`${v.artifact}\``,
              v.ok ? r.verificationOk : r.verificationFailed,
              v.summary,
            ]),
          ),
    );
  },
};
