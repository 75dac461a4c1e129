import { formatSarif } from '../diagnostics/format.js';
import type { Host } from '../host.js';
import type { CompileResult } from '../pipeline.js';
import { catalogFor } from '../render/i18n/index.js';
import { formatDiagnostic } from '../report/diagnostics.js';
import { drift } from './drift.js';

interface Io {
  out: { write(s: string): unknown };
  err: { write(s: string): unknown };
}

/**
 * The `generate --check` outcome: 0 up to date, 1 out of date, 2 missing prerequisites. Writes nothing.
 * Text lines are in `language`, the terminal's (as `generate` prints them).
 */
export async function checkUpToDate(
  result: CompileResult,
  root: string,
  flags: { format: 'text' | 'json' | 'sarif' },
  io: Io,
  host: Host,
  language = 'en',
): Promise<number> {
  const say = catalogFor(language).messages.report.terminal;
  if (!result.ok) {
    io.err.write(`${say.checkMissingPrerequisites}\n`);
    return 2;
  }
  const diagnostics = await drift(host, root, result.outDir, result.artifacts);
  const code = diagnostics.length > 0 ? 1 : 0;
  if (flags.format === 'json')
    io.out.write(
      `${JSON.stringify({ ok: code === 0, exitCode: code, upToDate: code === 0, diagnostics }, null, 2)}\n`,
    );
  else if (flags.format === 'sarif') {
    const { VERSION } = await import('../cli/exit.js');
    io.out.write(`${JSON.stringify(formatSarif(diagnostics, VERSION), null, 2)}\n`);
  } else {
    for (const d of diagnostics) io.err.write(`${formatDiagnostic(d, language)}\n`);
    io.err.write(
      `${code === 0 ? say.upToDate(result.artifacts.length) : say.outOfDate(diagnostics.length, result.artifacts.length)}\n`,
    );
  }
  return code;
}
