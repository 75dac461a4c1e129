import { diag } from '../diagnostics/diagnostic.js';
import { formatSarif } from '../diagnostics/format.js';
import { EXIT, VERSION } from './exit.js';

/** The JSON or SARIF document printed for bad usage, shaped like a normal run's (nothing compiled). */
export function usageDocument(format: 'json' | 'sarif', message: string): string {
  const d = diag('cli/usage', message, { hint: 'run `backend-spec --help` for usage' });
  const body =
    format === 'sarif'
      ? formatSarif([d], VERSION)
      : {
          ok: false,
          exitCode: EXIT.usage,
          sources: [],
          diagnostics: [d],
          report: null,
          files: [],
          refused: [],
          removed: [],
          dryRun: false,
        };
  return `${JSON.stringify(body, null, 2)}\n`;
}
