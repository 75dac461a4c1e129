import type { ReconciliationSummary } from '../../../model/spec/reconciliation.js';

/** `3 documents`, `1 status list`. */
const n = (count: number, noun: string) => `${count} ${noun}${count === 1 ? '' : 's'}`;

/** English wording of the reconcile sections: "0. Source Reconciliation" and "Appendix A". */
export const reconcile = {
  intro: (documents: number) =>
    `Where the ${documents} planning documents disagree or leave gaps, and how this specification resolves each point. Every value cites the line it was read from; the rest of the specification uses only the resolved values.`,
  precedenceHeading: 'Precedence',
  precedence:
    'When documents disagree, the PRD decides product rules and NFR numbers (session rules, retention, latency, limits); the architecture decides technical parameters (token lifetimes, hash cost, cache TTLs, polling intervals); the data model document decides the schema (enums, field and entity names); for technology, the decision records and alternatives tables of the tech-stack document, then the architecture. An entry in the decisions file `backend-spec.decisions.yaml` (beside this file) overrides any of these on the next run.',
  decisionsFileHint:
    'To override a resolution, add to `backend-spec.decisions.yaml`: `- { id: <subject>, choose: <value>, reason: <why> }`; to record an assumption: `- { assume: <statement>, reason: <why> }`.',
  summaryHeading: 'What was compared',
  summary: (s: ReconciliationSummary) =>
    `${n(s.documents, 'document')}, ${n(s.requirements, 'requirement id')}, ${n(s.parameters, 'stated parameter')} (lifetimes, limits, targets), ${n(s.statusLists, 'status list')} against ${n(s.modelEnums, 'model enum')}, ${n(s.decisionRecords, 'decision record')} and ${n(s.scopeStatements, 'scope statement')}.`,
  conflictsHeading: 'Conflicts',
  conflictTable: {
    subject: 'Subject',
    kind: 'Kind',
    values: 'Stated values',
    resolution: 'Resolution',
    rule: 'Decided by',
  },
  noConflicts: (documents: number) => `No conflicts were found among the ${documents} documents.`,
  kinds: {
    'reconcile/value-conflict': 'different values',
    'reconcile/session-lifetime': 'session vs token lifetime',
    'reconcile/enum-mismatch': 'status list vs enum',
    'reconcile/naming-mismatch': 'two names',
    'reconcile/cardinality-mismatch': 'cardinality vs keys',
    'reconcile/role-mismatch': 'role vs role enum',
    'reconcile/rejected-option-chosen': 'rejected option chosen',
    'reconcile/requirement-redefined': 'requirement redefined',
    'reconcile/superseded-document': 'changed by a newer version',
    'reconcile/legacy-model': 'legacy model still defined',
    'reconcile/requirement-undecided': 'requirement on an undecided option',
    'reconcile/payload-field-mismatch': 'API field vs column',
  } as Record<string, string>,
  resolutions: {
    'reconcile/value-conflict': (p: Record<string, string>) =>
      `Use ${p.value}; the other values are not used.`,
    'reconcile/session-lifetime': (p: Record<string, string>) =>
      `Both kept: ${p.idle} as the idle timeout, ${p.absolute} as the absolute session lifetime (OWASP ASVS 3.3). Confirm with the product owner.`,
    'reconcile/enum-mismatch': (p: Record<string, string>) =>
      `Keep ${p.enum}; map the stated states ${p.missing} to its values or add them to the data model.`,
    'reconcile/naming-mismatch': (p: Record<string, string>) => `Use ${p.name}.`,
    'reconcile/cardinality-mismatch': (p: Record<string, string>) =>
      `Use ${p.keyed} as the keys define it (${p.via}); correct the ${p.stated} drawing or change the keys.`,
    'reconcile/role-mismatch': (p: Record<string, string>) =>
      `Keep ${p.enum}; add ${p.missing} to it, or say which existing role each of them uses.`,
    'reconcile/rejected-option-chosen': (p: Record<string, string>) =>
      p.status === 'chosen' ? `${p.value} stays chosen.` : `${p.value} is not used (${p.status}).`,
    'reconcile/requirement-redefined': (p: Record<string, string>) => `${p.id} as defined in ${p.at}.`,
    'reconcile/superseded-document': (p: Record<string, string>) =>
      `Use the newer version (${p.newer}); the older statement in ${p.older} is not used.`,
    'reconcile/legacy-model': (p: Record<string, string>) =>
      p.status === 'dropped'
        ? `${p.entity} is left out of the schema.`
        : `${p.entity} is kept as the data model defines it until question ${p.question} is answered (drop or keep).`,
    'reconcile/requirement-undecided': (p: Record<string, string>) =>
      `${p.id} is designed with what the documents state; the choice of ${p.option} stays open (question ${p.question}).`,
    'reconcile/payload-field-mismatch': (p: Record<string, string>) =>
      p.column
        ? `Keep the column ${p.column} of ${p.entity}; the example's "${p.field}" is not used.`
        : `Keep the columns of ${p.entity}; "${p.field}" is not one of them: rename it in the example or add the column.`,
  } as Record<string, (p: Record<string, string>) => string>,
  decided: (choice: string, reason: string) => `Use ${choice} (decisions file: ${reason}).`,
  rules: {
    'reconcile/precedence/prd-for-product-rules': 'PRD for product rules',
    'reconcile/precedence/architecture-for-technical-parameters': 'architecture for technical parameters',
    'reconcile/precedence/data-model-for-schema': 'data model for schema',
    'reconcile/precedence/decision-record-for-technology': 'decision records for technology',
    'reconcile/session-idle-and-absolute-timeout': 'idle and absolute session timeouts',
    'reconcile/newer-document-governs': 'the newer document governs',
    'reconcile/legacy-model-kept-until-decided': 'data model for schema; the legacy note is asked',
    'reconcile/undecided-option-asked': 'an undecided option is asked, not chosen',
    'reconcile/same-document-first-assumed': 'one document states two values; the first is assumed and asked',
  } as Record<string, string>,
  decisionOrigin: 'decisions file',
  gapsHeading: 'Gaps',
  gapTable: { subject: 'Missing', detail: 'Needed by', sources: 'Sources' },
  gapEntity: 'named in the documents; no data model defines it',
  gapNoModel: (db: string) =>
    `the stated database ${db} holds no record the documents describe: the entities, their fields and keys are an open question`,
  gapRecord: (ids: string) => `${ids}: no entity or field of the data model holds it`,
  noGaps: 'No modelling gaps were found.',
  assumptionsHeading: 'Assumptions',
  assumptionTable: { subject: 'Assumption', detail: 'Reason', origin: 'Source' },
  noAssumptions: 'No assumptions were made beyond the documents.',
  optionsHeading: 'Superseded, rejected and out-of-scope options',
  optionsIntro:
    'Options the documents ruled out or postponed. None of them is designed in this specification.',
  optionTable: { subject: 'Option', status: 'Status', detail: 'Why / note', source: 'Source' },
  statuses: {
    rejected: 'rejected',
    superseded: 'superseded',
    deprecated: 'deprecated',
    'out-of-scope': 'out of scope',
    deferred: 'deferred',
    future: 'future',
  } as Record<string, string>,
  supersededBy: (id: string) => `superseded by ${id}`,
  questionsHeading: 'Open questions',
  questionsIntro:
    'What the documents state but the compiler could not resolve: nothing was designed for these; answer them in the documents or the decisions file.',
  questionTable: { question: 'Question', source: 'Source' },
  questionAnswer: (kind: 'choose' | 'assume' | 'dismiss', value: string, reason: string) =>
    kind === 'dismiss'
      ? `Dismissed (decisions file: ${reason}).`
      : kind === 'choose'
        ? `Answered: ${value} (decisions file: ${reason}).`
        : `Assumed: ${value} (decisions file: ${reason}).`,
  questionAssumes: (value: string) => `Until answered, the specification assumes: ${value}.`,
  questionsHint:
    'To answer a question, add to `backend-spec.decisions.yaml`: `- { id: <question id>, choose: <option>, reason: <why> }`, `- { id: <question id>, assume: <value>, reason: <why> }` or `- { id: <question id>, dismiss: true, reason: <why> }`.',
  questionId: 'Id',
  traceability: {
    intro:
      'Every requirement id in the documents, with the specification items that satisfy it: endpoints and jobs that declare it, entities its text names, rules and alerts read from its lines.',
    coverage: (traced: number, total: number) =>
      `Coverage: ${traced} of ${total} requirements are traced to at least one specification item.`,
    table: { id: 'Requirement', kind: 'Kind', text: 'Statement', items: 'Satisfied by', source: 'Source' },
    kinds: {
      functional: 'functional',
      'non-functional': 'non-functional',
      'user-story': 'user story',
      epic: 'epic',
      other: 'other',
    } as Record<string, string>,
    untracedHeading: 'Not yet traced',
    untraced: (ids: string) => `Nothing in this specification satisfies: ${ids}.`,
    none: 'The documents state no requirement ids (FR-x, NFR-x, US-x, RF-x, ...), so there is nothing to trace.',
  },
};
