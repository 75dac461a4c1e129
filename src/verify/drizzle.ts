import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';

/**
 * Compiles a Drizzle `schema.ts` with the TypeScript compiler in strict mode against drizzle-orm
 * (a development dependency, resolved from `root`'s node_modules). Returns tsc's diagnostics.
 * Used by test/orm, never by the compile pipeline.
 */
export async function compileDrizzle(schema: string, root: string): Promise<string[]> {
  const ts = (await import('typescript')).default;
  const base = path.join(root, 'node_modules', '.cache');
  mkdirSync(base, { recursive: true });
  const dir = mkdtempSync(path.join(base, 'drizzle-'));
  try {
    const file = path.join(dir, 'schema.ts');
    writeFileSync(file, schema);
    const program = ts.createProgram([file], {
      strict: true,
      noEmit: true,
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      skipLibCheck: true,
      types: ['node'],
      typeRoots: [path.join(root, 'node_modules', '@types')],
    });
    return ts.getPreEmitDiagnostics(program).map((d) => {
      const where =
        d.file && d.start !== undefined
          ? `${path.basename(d.file.fileName)}:${d.file.getLineAndCharacterOfPosition(d.start).line + 1} `
          : '';
      return `${where}${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`;
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
