import { describe, expect, it } from 'vitest';
import { diag } from '../../src/diagnostics/diagnostic.js';
import { formatSarif, formatText } from '../../src/diagnostics/format.js';

describe('diagnostic formats', () => {
  const d = diag('config/wrong-type', '`documentation_dir` must be a string', {
    at: { file: '.bmad/config.yaml', line: 3, column: 1 },
    hint: 'write it as text',
  });

  it('text: file:line:column severity code: message, then the hint', () => {
    expect(formatText(d)).toBe(
      '.bmad/config.yaml:3:1 error config/wrong-type: `documentation_dir` must be a string\n    hint: write it as text',
    );
    expect(formatText(diag('render/section-missing', 'x'))).toBe('warning render/section-missing: x');
  });

  it('sarif 2.1.0: one result per diagnostic, rules described from the registry', () => {
    const log = formatSarif([d], '0.1.0') as {
      version: string;
      runs: {
        tool: { driver: { rules: { id: string; shortDescription: { text: string } }[] } };
        results: unknown[];
      }[];
    };
    expect(log.version).toBe('2.1.0');
    expect(log.runs[0]?.tool.driver.rules[0]).toMatchObject({
      id: 'config/wrong-type',
      shortDescription: { text: 'A config key has a value of the wrong type.' },
    });
    expect(log.runs[0]?.results[0]).toMatchObject({
      ruleId: 'config/wrong-type',
      level: 'error',
      locations: [
        { physicalLocation: { artifactLocation: { uri: '.bmad/config.yaml' }, region: { startLine: 3 } } },
      ],
    });
  });
});
