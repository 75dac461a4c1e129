import type { ChecklistItem } from '../check/types.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { DocumentCoverage, Spec } from '../model/spec/index.js';
import { catalogFor, type Messages } from '../render/i18n/index.js';
import { translateText } from '../render/markdown/derived-prose.js';
import { ormSummary } from '../render/orm/index.js';
import type { Verification } from '../render/types.js';
import { reportFacts } from './facts.js';
import { type Provenance, provenance } from './provenance.js';

/** The workflow's completion report, with real counts (printed by the CLI, returned by the library). */
export interface Report {
  project: string;
  overview: { dataModels: number; endpoints: number; services: number; integrations: number; jobs: number };
  decisions: { topic: string; choice: string }[];
  security: {
    authentication: string | null;
    passwordHashing: string | null;
    authorization: string | null;
    validationRules: number;
    sensitiveFields: number;
    rateLimiting: string | null;
    /** The figures above as parts, so the terminal report words them in its language. */
    authenticationScheme?: string | null;
    tokenLifetimes?: { kind: 'access' | 'refresh'; seconds: number; proposed: boolean }[];
    rateClasses?: { name: string; endpoints: number }[];
    /** Limits the documents state for one operation, as written, with who they count. */
    statedLimits?: { operation: string; text: string; per?: string }[];
  };
  performance: {
    indexes: number;
    foreignKeyIndexes: number;
    cacheEntries: number;
    cacheStore: string | null;
    pagination: { default: number; max: number; endpoints: number } | null;
  };
  /** Spec items by where they came from: a document line, a named rule, a default, a user decision. */
  provenance: Provenance;
  /** Requirement ids traced to at least one spec item, out of all requirements. */
  requirements: { traced: number; total: number; untraced: string[] };
  output: { path: string; bytes: number; lines: number };
  artifacts: string[];
  /** The stated ORM when no schema is produced for it (named, never implied). */
  ormNote?: { orm: string; instead: string[] } | null;
  checklist: { id: string; verdict: ChecklistItem['verdict'] }[];
  /** What the real tools said; empty when verification was skipped. */
  verifications: Verification[];
  diagnostics: { errors: number; warnings: number; infos: number };
  missingSections: string[];
  /** Read coverage per document; `unread` counts the blocks listed in spec.json's `coverage.unread`. */
  coverage: { documents: DocumentCoverage[]; unread: number };
  /** Language of the terminal report: `communication_language`, else the documentation language. */
  language?: string;
  /** Whether the project has the workflow's backend standards folder (`.bmad/standards/backend/`). */
  standards?: boolean;
}

/** The workflow's backend standards folder, named in the next steps only when the project has it. */
export const STANDARDS_DIR = '.bmad/standards/backend';

export function buildReport(input: {
  spec: Spec;
  checklist: ChecklistItem[];
  diagnostics: Diagnostic[];
  outputPath: string;
  /** backend-spec.md, or its size in UTF-8 bytes and lines (the pipeline holds it as bytes). */
  markdown: string | { bytes: number; lines: number };
  artifacts: string[];
  missingSections: string[];
  verifications?: Verification[];
  language?: string;
  standards?: boolean;
  /** The spec's provenance when the caller has counted it already (the document's summary line). */
  provenance?: Provenance;
}): Report {
  const { spec } = input;
  const count = (s: Diagnostic['severity']) => input.diagnostics.filter((d) => d.severity === s).length;
  const facts = reportFacts(spec);
  return {
    project: spec.project.name,
    overview: {
      dataModels: spec.entities.length,
      endpoints: spec.endpoints.length,
      services: spec.services.length,
      // In use only, as section 8 counts them (rejected and deferred options are listed apart).
      integrations: spec.integrations.filter((i) => i.status === 'chosen').length,
      jobs: spec.jobs.length,
    },
    decisions: spec.decisions.map((d) => ({ topic: d.topic, choice: d.choice })),
    security: facts.security,
    performance: facts.performance,
    requirements: facts.requirements,
    provenance: input.provenance ?? provenance(spec),
    output: {
      path: input.outputPath,
      bytes:
        typeof input.markdown === 'string' ? Buffer.byteLength(input.markdown, 'utf8') : input.markdown.bytes,
      lines: typeof input.markdown === 'string' ? lineCount(input.markdown) : input.markdown.lines,
    },
    artifacts: input.artifacts,
    ormNote: ormSummary(spec, input.artifacts),
    checklist: input.checklist.map((c) => ({ id: c.id, verdict: c.verdict })),
    verifications: [...(input.verifications ?? [])].sort((a, b) =>
      a.tool === b.tool ? (a.artifact < b.artifact ? -1 : 1) : a.tool < b.tool ? -1 : 1,
    ),
    diagnostics: { errors: count('error'), warnings: count('warning'), infos: count('info') },
    missingSections: input.missingSections,
    coverage: { documents: spec.coverage?.documents ?? [], unread: spec.coverage?.unreadTotal ?? 0 },
    ...(input.language && input.language !== 'en' ? { language: input.language } : {}),
    ...(input.standards ? { standards: true } : {}),
  };
}

/**
 * The report in the workflow's "Completion Report Format", as plain text, in the report's language
 * (`communication_language` when the config sets it, else the documentation language).
 */
export function formatReport(r: Report): string {
  const messages = catalogFor(r.language ?? 'en').messages;
  const t = messages.report;
  // Decision topics and choices are derive text: the phrasebook puts them in the report's language.
  const say = (text: string) => translateText(text, messages.derived);
  const c = t.completion;
  const s = r.security;
  const p = r.performance;
  const verdictCount = (v: ChecklistItem['verdict']) => r.checklist.filter((x) => x.verdict === v).length;
  const lines = [
    c.title,
    '='.repeat(c.title.length),
    '',
    c.overview,
    `- ${c.dataModels(r.overview.dataModels)}`,
    `- ${c.endpoints(r.overview.endpoints)}`,
    `- ${c.services(r.overview.services)}`,
    `- ${c.integrations(r.overview.integrations)}`,
    `- ${c.jobs(r.overview.jobs)}`,
    `- ${c.requirements(r.requirements.traced, r.requirements.total)}`,
    `- ${c.provenance(r.provenance.stated, r.provenance.derived + r.provenance.defaults, r.provenance.decisions)}${r.provenance.assistant > 0 ? c.provenanceAssistant(r.provenance.assistant) : ''}`,
    '',
    c.decisions,
    ...(r.decisions.length > 0
      ? r.decisions.map((d) => `- ${say(d.topic)}: ${say(d.choice)}`)
      : [`- ${c.noDecisions}`]),
    ...(r.ormNote ? [`- ${c.notProduced(r.ormNote.orm, ...r.ormNote.instead)}`] : []),
    '',
    c.security,
    ...[
      // The figures are worded in English by reportFacts: the phrasebook puts them in the language.
      s.authentication && `- ${c.authentication}: ${authenticationLine(s, c, say)}`,
      s.passwordHashing && `- ${c.passwordHashing}: ${say(s.passwordHashing)}`,
      s.authorization && `- ${c.authorization}: ${say(s.authorization)}`,
      `- ${c.validation(s.validationRules, s.sensitiveFields)}`,
      s.rateLimiting &&
        `- ${c.rateLimiting}: ${
          s.rateClasses
            ? [
                s.rateClasses.length > 0
                  ? c.perEndpointClass(
                      s.rateClasses
                        .map((r) => `${c.rateClasses[r.name] ?? r.name} (${r.endpoints})`)
                        .join(', '),
                    )
                  : null,
                // The stated limits quoted as the documents write them, who they count in the report's words.
                (s.statedLimits ?? []).length > 0
                  ? c.statedLimits(
                      s
                        .statedLimits!.map(
                          (l) =>
                            `${l.operation} — “${l.text}”${l.per && !l.text.toLowerCase().includes(l.per.toLowerCase()) ? `, ${messages.api.endpoints.ratePer(`“${l.per}”`)}` : ''}`,
                        )
                        .join('; '),
                    )
                  : null,
              ]
                .filter(Boolean)
                .join('; ')
            : say(s.rateLimiting)
        }`,
    ].filter((x): x is string => typeof x === 'string'),
    '',
    c.performance,
    `- ${c.indexes(p.indexes, p.foreignKeyIndexes)}`,
    `- ${c.caching(p.cacheEntries, p.cacheStore)}`,
    p.pagination
      ? `- ${c.pagination(p.pagination.default, p.pagination.max, p.pagination.endpoints)}`
      : `- ${c.noPagination}`,
    '',
    c.checklist(
      verdictCount('pass'),
      verdictCount('fail'),
      verdictCount('not-applicable'),
      verdictCount('not-checked'),
    ),
    ...r.checklist.map(
      (x) =>
        `- [${x.verdict === 'pass' ? 'x' : x.verdict === 'not-applicable' ? '-' : ' '}] ${(t.items as Record<string, string>)[x.id] ?? x.id}: ${t.verdicts[x.verdict]}`,
    ),
    '',
    ...coverageLines(r.coverage, c),
    ...(r.missingSections.length > 0 ? [c.missingSections(r.missingSections.join(', ')), ''] : []),
    c.output(r.output.path, r.output.lines, c.size(r.output.bytes)),
    c.artifacts(artifactsLine(r.artifacts, c)),
    ...(r.verifications.length > 0
      ? r.verifications.map(
          (v) => `- ${v.ok ? c.verified : c.failed}: ${v.artifact} (${v.tool}): ${v.summary}`,
        )
      : [`- ${c.notVerified}`]),
    c.diagnostics(r.diagnostics.errors, r.diagnostics.warnings, r.diagnostics.infos),
    '',
    c.nextSteps,
    ...nextSteps(r, c).map((step, i) => `${i + 1}. ${step}`),
  ];
  return `${lines.join('\n')}\n`;
}

/**
 * The workflow's next steps, naming only files that exist: the migration step names the initial
 * migration or the schema file written (schema.sql, schema.sqlite.sql, mongodb-collections.js),
 * the client step only when openapi.yaml was written, the standards step only when the project has
 * `.bmad/standards/backend/`.
 */
function nextSteps(r: Report, c: Messages['report']['completion']): string[] {
  const [review, migrations, clients, breakdown, standards] = c.steps;
  return [
    review,
    migrationStep(r.artifacts, migrations!, c),
    r.artifacts.some((a) => a.endsWith('/openapi.yaml')) ? clients : null,
    breakdown,
    r.standards ? standards : null,
  ].filter((s): s is string => typeof s === 'string');
}

/** Step 2: the initial migration for the stated tool, else the data store's schema file written. */
function migrationStep(artifacts: string[], step: string, c: Messages['report']['completion']): string {
  const initial = artifacts.find((a) =>
    /\/(0_init\/migration\.sql|0000_init\.sql|0001_init\.up\.sql)$/.test(a),
  );
  if (initial) return c.applyMigration(initial.slice(initial.indexOf('backend-spec/')));
  const schema = artifacts.find((a) =>
    /\/backend-spec\/(schema(\.\w+)?\.sql|mongodb-collections\.js)$/.test(a),
  );
  if (schema) return step.replace('schema.sql', schema.slice(schema.lastIndexOf('/') + 1));
  return c.noDataStore;
}

/** `docs/technical/backend-spec/: erd.mmd, openapi.yaml, schemas/ (10 files), spec.json`. */
function artifactsLine(paths: string[], c: Messages['report']['completion']): string {
  if (paths.length === 0) return c.noArtifacts;
  const dir = paths[0]!.slice(0, paths[0]!.lastIndexOf('/') + 1);
  if (!paths.every((p) => p.startsWith(dir))) return paths.join(', ');
  const groups = new Map<string, number>();
  for (const p of paths) {
    const rest = p.slice(dir.length);
    const slash = rest.indexOf('/');
    const key = slash < 0 ? rest : `${rest.slice(0, slash + 1)}`;
    groups.set(key, (groups.get(key) ?? 0) + 1);
  }
  const items = [...groups]
    .sort((a, b) => (a[0] < b[0] ? -1 : 1))
    .map(([k, n]) => (k.endsWith('/') ? `${k} (${c.files(n)})` : k));
  return `${dir} ${items.join(', ')}`;
}

const percent = (read: number, total: number) => (total === 0 ? '-' : `${Math.round((100 * read) / total)}%`);

/** Read coverage: one line per document with the blocks and sentences that gave at least one fact. */
function coverageLines(cov: Report['coverage'], c: Messages['report']['completion']): string[] {
  if (cov.documents.length === 0) return [];
  const width = Math.max(...cov.documents.map((d) => d.path.length));
  return [
    c.coverageHeading,
    ...cov.documents.map(
      (d) =>
        `- ${d.path.padEnd(width)}  ${`${d.read}/${d.blocks}`.padStart(7)} ${percent(d.read, d.blocks).padStart(4)}; ${c.coverageSentences} ${d.sentences.read}/${d.sentences.total} ${percent(d.sentences.read, d.sentences.total)}${d.dataModel.blocks > 0 ? `; ${c.coverageDataModel} ${d.dataModel.read}/${d.dataModel.blocks} ${percent(d.dataModel.read, d.dataModel.blocks)}` : ''}`,
    ),
    `- ${c.coverageUnread(cov.unread)}`,
    '',
  ];
}

/** `JWT with refresh tokens (1h access, 7-day refresh)`, each part in the report's language. */
function authenticationLine(
  s: Report['security'],
  c: Messages['report']['completion'],
  say: (text: string) => string,
): string {
  if (!s.authenticationScheme) return say(s.authentication ?? '');
  const lifetimes = (s.tokenLifetimes ?? []).map((l) => c.tokenLifetime(l.kind, l.seconds, l.proposed));
  return `${say(s.authenticationScheme)}${lifetimes.length > 0 ? ` (${lifetimes.join(', ')})` : ''}`;
}

/** Lines of a text (a last line without a newline counts), counted without splitting it. */
function lineCount(text: string): number {
  let breaks = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) breaks++;
  return breaks + 1 - (text.endsWith('\n') ? 1 : 0);
}
