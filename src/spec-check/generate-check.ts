import { formatSarif, formatText } from '../diagnostics/format.js';
import type { Host } from '../host.js';
import type { CompileResult } from '../pipeline.js';
import { drift } from './drift.js';

interface Io {
  out: { write(s: string): unknown };
  err: { write(s: string): unknown };
}

/** The `generate --check` outcome: 0 up to date, 1 out of date, 2 missing prerequisites. Writes nothing. */
export async function checkUpToDate(
  result: CompileResult,
  root: string,
  flags: { format: 'text' | 'json' | 'sarif' },
  io: Io,
  host: Host,
): Promise<number> {
  if (!result.ok) {
    io.err.write('backend-spec: missing prerequisites (no PRD or no architecture): nothing to compare\n');
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
    for (const d of diagnostics) io.err.write(`${formatText(d)}\n`);
    io.err.write(
      code === 0
        ? `up to date: ${result.artifacts.length} files match what the documents compile to\n`
        : `out of date: ${diagnostics.length} of ${result.artifacts.length} files differ (nothing was written)\n`,
    );
  }
  return code;
}
