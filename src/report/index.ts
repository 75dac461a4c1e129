import type { ChecklistItem } from '../check/types.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Spec } from '../model/spec/index.js';
import { en } from '../render/i18n/en/index.js';
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
  ormNote?: string | null;
  checklist: { id: string; verdict: ChecklistItem['verdict'] }[];
  /** What the real tools said; empty when verification was skipped. */
  verifications: Verification[];
  diagnostics: { errors: number; warnings: number; infos: number };
  missingSections: string[];
}

export function buildReport(input: {
  spec: Spec;
  checklist: ChecklistItem[];
  diagnostics: Diagnostic[];
  outputPath: string;
  markdown: string;
  artifacts: string[];
  missingSections: string[];
  verifications?: Verification[];
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
      integrations: spec.integrations.length,
      jobs: spec.jobs.length,
    },
    decisions: spec.decisions.map((d) => ({ topic: d.topic, choice: d.choice })),
    security: facts.security,
    performance: facts.performance,
    requirements: facts.requirements,
    provenance: provenance(spec),
    output: {
      path: input.outputPath,
      bytes: Buffer.byteLength(input.markdown, 'utf8'),
      lines: input.markdown.split('\n').length - (input.markdown.endsWith('\n') ? 1 : 0),
    },
    artifacts: input.artifacts,
    ormNote: ormSummary(spec),
    checklist: input.checklist.map((c) => ({ id: c.id, verdict: c.verdict })),
    verifications: [...(input.verifications ?? [])].sort((a, b) =>
      a.tool === b.tool ? (a.artifact < b.artifact ? -1 : 1) : a.tool < b.tool ? -1 : 1,
    ),
    diagnostics: { errors: count('error'), warnings: count('warning'), infos: count('info') },
    missingSections: input.missingSections,
  };
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** `12.4 KB` — the size as the workflow's report shows it. */
function size(bytes: number): string {
  return bytes < 1024 ? `${bytes} bytes` : `${(bytes / 1024).toFixed(1)} KB`;
}

/** The report in the workflow's "Completion Report Format", as plain text. */
export function formatReport(r: Report): string {
  const s = r.security;
  const p = r.performance;
  const verdictCount = (v: ChecklistItem['verdict']) => r.checklist.filter((c) => c.verdict === v).length;
  const lines = [
    'Backend Specification Complete',
    '==============================',
    '',
    'Overview:',
    `- Data Models: ${plural(r.overview.dataModels, 'entity', 'entities')} defined`,
    `- API Endpoints: ${plural(r.overview.endpoints, 'endpoint')} documented`,
    `- Services: ${plural(r.overview.services, 'service layer')} specified`,
    `- External Integrations: ${plural(r.overview.integrations, 'service')} configured`,
    `- Background Jobs: ${plural(r.overview.jobs, 'job')} specified`,
    `- Requirements: ${r.requirements.traced} of ${r.requirements.total} traced to spec items`,
    `- Provenance: ${r.provenance.stated} items cite a document line, ${r.provenance.derived + r.provenance.defaults} follow a named rule or default${r.provenance.decisions > 0 ? `, ${r.provenance.decisions} a user decision` : ''}`,
    '',
    'Technical Decisions:',
    ...(r.decisions.length > 0 ? r.decisions.map((d) => `- ${d.topic}: ${d.choice}`) : ['- none derived']),
    ...(r.ormNote ? [`- Not produced: ${r.ormNote}`] : []),
    '',
    'Security:',
    ...[
      s.authentication && `- Authentication: ${s.authentication}`,
      s.passwordHashing && `- Password hashing: ${s.passwordHashing}`,
      s.authorization && `- Authorization: ${s.authorization}`,
      `- Input validation: ${plural(s.validationRules, 'rule')}; ${plural(s.sensitiveFields, 'sensitive field')} kept out of responses and logs`,
      s.rateLimiting && `- Rate limiting: ${s.rateLimiting}`,
    ].filter((x): x is string => typeof x === 'string'),
    '',
    'Performance:',
    `- ${plural(p.indexes, 'database index', 'database indexes')} defined (${p.foreignKeyIndexes} on foreign keys)`,
    `- Caching: ${p.cacheEntries > 0 ? `${plural(p.cacheEntries, 'cache entry', 'cache entries')}${p.cacheStore ? ` in ${p.cacheStore}` : ''}` : 'none specified'}`,
    p.pagination
      ? `- Default pagination: ${p.pagination.default} items, max ${p.pagination.max} (${plural(p.pagination.endpoints, 'list endpoint')})`
      : '- Pagination: no list endpoints',
    '',
    `Validation Checklist: ${verdictCount('pass')} pass, ${verdictCount('fail')} fail, ${verdictCount('not-applicable')} not applicable, ${verdictCount('not-checked')} not checked`,
    ...r.checklist.map(
      (c) =>
        `- [${c.verdict === 'pass' ? 'x' : c.verdict === 'not-applicable' ? '-' : ' '}] ${checklistLabel(c.id)}: ${c.verdict}`,
    ),
    '',
    ...(r.missingSections.length > 0 ? [`Missing sections: ${r.missingSections.join(', ')}`, ''] : []),
    `Output: ${r.output.path} (${r.output.lines} lines, ${size(r.output.bytes)})`,
    `Artifacts: ${artifactsLine(r.artifacts)}`,
    ...(r.verifications.length > 0
      ? r.verifications.map(
          (v) => `- ${v.ok ? 'verified' : 'FAILED'}: ${v.artifact} (${v.tool}): ${v.summary}`,
        )
      : ['- not verified (--no-verify)']),
    `Diagnostics: ${plural(r.diagnostics.errors, 'error')}, ${plural(r.diagnostics.warnings, 'warning')}, ${plural(r.diagnostics.infos, 'note')}`,
    '',
    'Next Steps:',
    '1. Review the specification, starting with section 0 (Source Reconciliation), with the team',
    migrationStep(r.artifacts),
    '3. Generate API clients/SDKs from openapi.yaml',
    '4. Reference during epic/story breakdown',
    '5. Implement following the standards in .bmad/standards/backend/',
  ];
  return `${lines.join('\n')}\n`;
}

/** Next step 2, naming only files that were written. */
function migrationStep(artifacts: string[]): string {
  const initial = artifacts.find((a) =>
    /\/(0_init\/migration\.sql|0000_init\.sql|0001_init\.up\.sql)$/.test(a),
  );
  if (initial)
    return `2. Review and apply the initial migration ${initial.slice(initial.indexOf('backend-spec/'))}`;
  if (artifacts.some((a) => a.endsWith('schema.sql'))) return '2. Create database migrations from schema.sql';
  return '2. Design the data store the documents leave open';
}

/** `docs/technical/backend-spec/: erd.mmd, openapi.yaml, schemas/ (10 files), spec.json`. */
function artifactsLine(paths: string[]): string {
  if (paths.length === 0) return 'none';
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
    .map(([k, n]) => (k.endsWith('/') ? `${k} (${n} files)` : k));
  return `${dir} ${items.join(', ')}`;
}

function checklistLabel(id: string): string {
  return (en.report.items as Record<string, string>)[id] ?? id;
}
