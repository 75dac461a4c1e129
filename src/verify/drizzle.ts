import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';

/**
 * Compiles a Drizzle `schema.ts` with the TypeScript compiler in strict mode against drizzle-orm
 * (a development dependency, resolved from `root`'s node_modules). Returns tsc's diagnostics.
 * Used by test/orm, never by the compile pipeline.
 */
export async function compileDrizzle(schema: string, root: string): Promise<string[]> {
  return (await compileDrizzleSchemas({ schema }, root)).schema ?? [];
}

/**
 * Several schemas, each its own module, in one TypeScript program: drizzle-orm's and Node's type
 * declarations are read and checked once for all of them (a program per schema took most of the
 * ORM tests' time). Diagnostics per schema name; those of no file (options) go to every schema.
 */
export async function compileDrizzleSchemas(
  schemas: Record<string, string>,
  root: string,
): Promise<Record<string, string[]>> {
  const ts = (await import('typescript')).default;
  const base = path.join(root, 'node_modules', '.cache');
  mkdirSync(base, { recursive: true });
  const dir = mkdtempSync(path.join(base, 'drizzle-'));
  try {
    const files = new Map<string, string>();
    for (const [i, [name, text]] of Object.entries(schemas).entries()) {
      const file = path.join(dir, `schema-${i}.ts`);
      writeFileSync(file, text);
      files.set(file, name);
    }
    const program = ts.createProgram([...files.keys()], {
      strict: true,
      noEmit: true,
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      skipLibCheck: true,
      types: ['node'],
      typeRoots: [path.join(root, 'node_modules', '@types')],
    });
    const out: Record<string, string[]> = Object.fromEntries(Object.keys(schemas).map((n) => [n, []]));
    for (const d of ts.getPreEmitDiagnostics(program)) {
      const text = ts.flattenDiagnosticMessageText(d.messageText, '\n');
      const owner = d.file ? files.get(d.file.fileName) : undefined;
      if (d.file && owner !== undefined && d.start !== undefined) {
        out[owner]!.push(`schema.ts:${d.file.getLineAndCharacterOfPosition(d.start).line + 1} ${text}`);
      } else {
        // A declaration file or the options: every schema is affected.
        const where = d.file ? `${path.basename(d.file.fileName)} ` : '';
        for (const list of Object.values(out)) list.push(`${where}${text}`);
      }
    }
    return out;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
