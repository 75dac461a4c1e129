import type { ChecklistId } from '../../../check/types.js';

/**
 * A token lifetime as the report writes it: `7-day`, `1h`, `15min` in English (`7 días`, `1 h` elsewhere).
 * `days` holds the singular and plural unit; every unit carries its own leading space, if any.
 */
export function lifetime(seconds: number, days: [string, string], h: string, min: string, s: string): string {
  if (seconds % 86_400 === 0) return `${seconds / 86_400}${seconds === 86_400 ? days[0] : days[1]}`;
  if (seconds % 3_600 === 0) return `${seconds / 3_600}${h}`;
  if (seconds % 60 === 0) return `${seconds / 60}${min}`;
  return `${seconds}${s}`;
}

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
  /** The workflow's "Completion Report Format", printed on the terminal (communication language). */
  completion: {
    title: 'Backend Specification Complete',
    overview: 'Overview:',
    dataModels: (n: number) => `Data Models: ${n} ${n === 1 ? 'entity' : 'entities'} defined`,
    endpoints: (n: number) => `API Endpoints: ${n} ${n === 1 ? 'endpoint' : 'endpoints'} documented`,
    services: (n: number) => `Services: ${n} ${n === 1 ? 'service layer' : 'service layers'} specified`,
    integrations: (n: number) => `External Integrations: ${n} ${n === 1 ? 'service' : 'services'} configured`,
    jobs: (n: number) => `Background Jobs: ${n} ${n === 1 ? 'job' : 'jobs'} specified`,
    requirements: (traced: number, total: number) =>
      `Requirements: ${traced} of ${total} traced to spec items`,
    provenance: (stated: number, derived: number, decisions: number) =>
      `Provenance: ${stated} items cite a document line, ${derived} follow a named rule or default${decisions > 0 ? `, ${decisions} a user decision` : ''}`,
    provenanceAssistant: (n: number) => `, ${n} an assistant's fact with a checked quote`,
    coverageHeading: 'Read Coverage (blocks and sentences that gave at least one fact):',
    coverageSentences: 'sentences',
    coverageDataModel: 'data model',
    coverageUnread: (n: number) =>
      `${n} ${n === 1 ? 'unread block' : 'unread blocks'} listed in spec.json (coverage.unread), likeliest model facts first`,
    decisions: 'Technical Decisions:',
    noDecisions: 'none derived',
    security: 'Security:',
    authentication: 'Authentication',
    passwordHashing: 'Password hashing',
    authorization: 'Authorization',
    validation: (rules: number, sensitive: number) =>
      `Input validation: ${rules} ${rules === 1 ? 'rule' : 'rules'}; ${sensitive} ${sensitive === 1 ? 'sensitive field' : 'sensitive fields'} kept out of responses and logs`,
    rateLimiting: 'Rate limiting',
    perEndpointClass: (classes: string) => `per endpoint class: ${classes}`,
    statedLimits: (list: string) => `stated: ${list}`,
    rateClasses: {
      auth: 'auth',
      read: 'read',
      write: 'write',
      expensive: 'expensive',
      webhook: 'webhook',
      public: 'public',
    } as Record<string, string>,
    tokenLifetime: (kind: 'access' | 'refresh', seconds: number, proposed: boolean) =>
      `${lifetime(seconds, ['-day', '-day'], 'h', 'min', 's')} ${kind}${proposed ? ' (proposed)' : ''}`,
    performance: 'Performance:',
    indexes: (n: number, fk: number) =>
      `${n} ${n === 1 ? 'database index' : 'database indexes'} defined (${fk} on foreign keys)`,
    caching: (entries: number, store: string | null) =>
      entries > 0
        ? `Caching: ${entries} ${entries === 1 ? 'cache entry' : 'cache entries'}${store ? ` in ${store}` : ''}`
        : 'Caching: none specified',
    pagination: (def: number, max: number, endpoints: number) =>
      `Default pagination: ${def} items, max ${max} (${endpoints} ${endpoints === 1 ? 'list endpoint' : 'list endpoints'})`,
    noPagination: 'Pagination: no list endpoints',
    checklist: (pass: number, fail: number, na: number, unchecked: number) =>
      `Validation Checklist: ${pass} pass, ${fail} fail, ${na} not applicable, ${unchecked} not checked`,
    missingSections: (list: string) => `Missing sections: ${list}`,
    output: (path: string, lines: number, size: string) => `Output: ${path} (${lines} lines, ${size})`,
    size: (bytes: number) => (bytes < 1024 ? `${bytes} bytes` : `${(bytes / 1024).toFixed(1)} KB`),
    artifacts: (list: string) => `Artifacts: ${list}`,
    noArtifacts: 'none',
    files: (n: number) => `${n} ${n === 1 ? 'file' : 'files'}`,
    verified: 'verified',
    failed: 'FAILED',
    notVerified: 'not verified (--no-verify)',
    diagnostics: (errors: number, warnings: number, notes: number) =>
      `Diagnostics: ${errors} ${errors === 1 ? 'error' : 'errors'}, ${warnings} ${warnings === 1 ? 'warning' : 'warnings'}, ${notes} ${notes === 1 ? 'note' : 'notes'}`,
    nextSteps: 'Next Steps:',
    notProduced: (orm: string, ...instead: string[]) =>
      `Not produced: no ${orm} schema is written (supported: Prisma, Drizzle)${instead.length > 0 ? `; use ${instead.join(' and ')}` : ''}.`,
    applyMigration: (file: string) => `Review and apply the initial migration ${file}`,
    noDataStore: 'Design the data store the documents leave open',
    steps: [
      'Review the specification, starting with section 0 (Source Reconciliation), with the team',
      'Create database migrations from schema.sql',
      'Generate API clients/SDKs from openapi.yaml',
      'Reference during epic/story breakdown',
      'Implement following the standards in .bmad/standards/backend/',
    ],
  },
  /** The terminal lines of `generate` around the diagnostics (src/cli/generate.ts). */
  terminal: {
    sources: 'Sources:',
    noneFound: '(none found)',
    duplicateOf: (of: string, reason: string) => `duplicate of ${of}: ${reason}`,
    supersededBy: (of: string, reason: string) => `superseded by ${of}: ${reason}`,
    ignored: (reason: string) => `ignored: ${reason}`,
    configError: 'The config file has an error: nothing was read through it and nothing was written.',
    missingPrerequisites: 'Missing prerequisites: nothing was generated. Searched:',
    runInit: (command: string) => `Run \`${command}\` to create the planning documents, or pass --docs DIR.`,
    dryRun: '(dry run: nothing was written)',
    /** `backend-spec init` (src/cli/run.ts): one line per template, then what to do next. */
    created: (file: string) => `created  ${file}`,
    skipped: (file: string) => `skipped  ${file} (already exists, left untouched)`,
    next: (command: string) =>
      `Next: replace the sample content with your project's facts, then run \`${command}\`.`,
    /** `generate --check` (src/spec-check/generate-check.ts). */
    checkMissingPrerequisites:
      'backend-spec: missing prerequisites (no PRD or no architecture): nothing to compare',
    upToDate: (files: number) => `up to date: ${files} files match what the documents compile to`,
    outOfDate: (differ: number, files: number) =>
      `out of date: ${differ} of ${files} files differ (nothing was written)`,
    /** `backend-spec check` (src/spec-check/cli.ts): the summary after the diagnostics. */
    specNotFound: (file: string) => `backend-spec: ${file} not found (pass the spec file to check)`,
    checked: (file: string, project: string | null) =>
      `Checked ${file}${project ? ` against the documents of ${project}` : ''}:`,
    checkSections: (found: number, missing: string) =>
      `- sections: ${found} of 15 found${missing ? ` (missing: ${missing})` : ''}`,
    checkSql: (statements: number, blocks: number, engine: string | null, applied: number, failed: number) =>
      `- SQL: ${statements} statements in ${blocks} blocks${engine ? `, ${applied} applied on ${engine} in dependency order, ${failed} failed` : ', not applied'}`,
    checkBlocks: (documents: number, errors: number, json: number, invalid: number) =>
      `- OpenAPI documents: ${documents} (${errors} errors); JSON blocks: ${json} (${invalid} invalid)`,
    checkTotals: (errors: number, warnings: number) => `- ${errors} errors, ${warnings} warnings`,
  },
};
