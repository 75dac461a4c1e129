import type { ChecklistId } from '../../../check/types.js';

/**
 * English wording of Appendix B (the workflow's validation checklist with verdicts) and of the
 * verification results by real tools.
 */
export const report = {
  checklistIntro:
    'Each item of the workflow\'s validation checklist, decided by the check rules on the model (not ticked by hand). "Evidence" is what was counted; "Problems" lists what failed.',
  /** The workflow's own checklist wording, in its order. */
  items: {
    'data-models': 'All data models defined with relationships and constraints',
    indexes: 'Database schema includes indexes for performance',
    endpoints: 'All API endpoints documented with request/response schemas',
    auth: 'Authentication and authorization clearly specified',
    errors: 'Error handling covers all error cases',
    integrations: 'External integrations include retry and error handling',
    jobs: 'Background jobs have retry policies',
    caching: 'Caching strategy defined for performance',
    logging: 'Logging excludes sensitive data',
    security: 'Security best practices followed',
  } satisfies Record<ChecklistId, string>,
  verdicts: {
    pass: 'pass',
    fail: 'fail',
    'not-applicable': 'not applicable',
    'not-checked': 'not checked',
  },
  table: { item: 'Item', verdict: 'Verdict', evidence: 'Evidence', problems: 'Problems' },
  verificationHeading: 'Verification by real tools',
  verificationTable: { tool: 'Tool', artifact: 'Artifact', result: 'Result', summary: 'Summary' },
  verificationOk: 'passed',
  verificationFailed: 'failed',
  notVerified:
    'The artifacts were not verified in this run (verification skipped); run `backend-spec generate` without `--no-verify` to apply schema.sql to PostgreSQL and validate openapi.yaml and the JSON Schemas.',
  moreProblems: (n: number) => `… and ${n} more`,
};
