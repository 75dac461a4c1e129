import { CODES } from './codes/index.js';
import type { Diagnostic } from './diagnostic.js';

/** `docs/technical/architecture.md:42:3 error extract/conflicting-type: message (hint)` */
export function formatText(d: Diagnostic): string {
  const where = d.at ? `${d.at.file}:${d.at.line}${d.at.column ? `:${d.at.column}` : ''} ` : '';
  const hint = d.hint ? `\n    hint: ${d.hint}` : '';
  return `${where}${d.severity} ${d.code}: ${d.message}${hint}`;
}

/** SARIF 2.1.0 log (OASIS), for code-scanning UIs in CI. */
export function formatSarif(list: readonly Diagnostic[], version: string): Record<string, unknown> {
  const level = { error: 'error', warning: 'warning', info: 'note' } as const;
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'backend-spec',
            version,
            rules: [...new Set(list.map((d) => d.code))].sort().map((id) => ({
              id,
              shortDescription: { text: CODES[id].description },
              defaultConfiguration: { level: level[CODES[id].severity] },
            })),
          },
        },
        results: list.map((d) => ({
          ruleId: d.code,
          level: level[d.severity],
          message: { text: d.hint ? `${d.message} (${d.hint})` : d.message },
          ...(d.at
            ? {
                locations: [
                  {
                    physicalLocation: {
                      artifactLocation: { uri: d.at.file },
                      region: { startLine: d.at.line, ...(d.at.column ? { startColumn: d.at.column } : {}) },
                    },
                  },
                ],
              }
            : {}),
        })),
      },
    ],
  };
}
