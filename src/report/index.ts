import type { ChecklistItem } from '../check/types.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Spec } from '../model/spec/index.js';

/** The workflow's completion report, with real counts (printed by the CLI, returned by the library). */
export interface Report {
  overview: { dataModels: number; endpoints: number; services: number; integrations: number; jobs: number };
  decisions: { topic: string; choice: string }[];
  output: { path: string; bytes: number; lines: number };
  artifacts: string[];
  checklist: { id: string; verdict: ChecklistItem['verdict'] }[];
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
}): Report {
  const { spec } = input;
  const count = (s: Diagnostic['severity']) => input.diagnostics.filter((d) => d.severity === s).length;
  return {
    overview: {
      dataModels: spec.entities.length,
      endpoints: spec.endpoints.length,
      services: spec.services.length,
      integrations: spec.integrations.length,
      jobs: spec.jobs.length,
    },
    decisions: spec.decisions.map((d) => ({ topic: d.topic, choice: d.choice })),
    output: {
      path: input.outputPath,
      bytes: Buffer.byteLength(input.markdown, 'utf8'),
      lines: input.markdown.split('\n').length - (input.markdown.endsWith('\n') ? 1 : 0),
    },
    artifacts: input.artifacts,
    checklist: input.checklist.map((c) => ({ id: c.id, verdict: c.verdict })),
    diagnostics: { errors: count('error'), warnings: count('warning'), infos: count('info') },
    missingSections: input.missingSections,
  };
}

/** The report in the workflow's "Completion Report Format", as plain text. */
export function formatReport(r: Report): string {
  const lines = [
    'Backend Specification Complete',
    '==============================',
    '',
    'Overview:',
    `- Data Models: ${r.overview.dataModels} entities defined`,
    `- API Endpoints: ${r.overview.endpoints} endpoints documented`,
    `- Services: ${r.overview.services} service layers specified`,
    `- External Integrations: ${r.overview.integrations} services configured`,
    `- Background Jobs: ${r.overview.jobs} jobs specified`,
    '',
    'Technical Decisions:',
    ...(r.decisions.length > 0 ? r.decisions.map((d) => `- ${d.topic}: ${d.choice}`) : ['- (none derived)']),
    '',
    'Validation Checklist:',
    ...r.checklist.map((c) => `- ${c.id}: ${c.verdict}`),
    '',
    ...(r.missingSections.length > 0 ? [`Missing sections: ${r.missingSections.join(', ')}`, ''] : []),
    `Output: ${r.output.path} (${r.output.lines} lines, ${r.output.bytes} bytes)`,
    `Artifacts: ${r.artifacts.length > 0 ? r.artifacts.join(', ') : '(none)'}`,
    `Diagnostics: ${r.diagnostics.errors} errors, ${r.diagnostics.warnings} warnings, ${r.diagnostics.infos} notes`,
    '',
    'Next Steps:',
    '1. Review the specification and section 0 (Source Reconciliation) with the team',
    '2. Create database migrations from schema.sql',
    '3. Generate API clients/SDKs from openapi.yaml',
    '4. Reference during epic/story breakdown',
    '5. Implement following the standards in .bmad/standards/backend/',
  ];
  return `${lines.join('\n')}\n`;
}
