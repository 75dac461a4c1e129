/**
 * Validates a schema.prisma with Prisma's own schema engine compiled to WebAssembly
 * (@prisma/prisma-schema-wasm: the parser and validator `prisma validate` runs, no engine
 * download). A development dependency: used by test/orm, never by the compile pipeline.
 */
export async function validatePrisma(schema: string): Promise<string[]> {
  const wasm = (await import('@prisma/prisma-schema-wasm')) as unknown as {
    validate(params: string): void;
    default?: { validate(params: string): void };
  };
  const validate = wasm.validate ?? wasm.default!.validate;
  try {
    validate(JSON.stringify({ prismaSchema: [['schema.prisma', schema]], noColor: true }));
    return [];
  } catch (e) {
    const text = String((e as Error).message ?? e);
    try {
      const parsed = JSON.parse(text) as { message?: string };
      return (parsed.message ?? text).split(/\n(?=error: )/).map((s) => s.trim());
    } catch {
      return [text];
    }
  }
}
