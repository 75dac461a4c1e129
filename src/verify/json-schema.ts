import { parse } from 'yaml';
import { type Diagnostic, diag } from '../diagnostics/diagnostic.js';
import { SCHEMAS_DIR } from '../render/json-schema.js';
import { OPENAPI_PATH } from '../render/openapi.js';
import type { Artifact, Verification } from '../render/types.js';
import { fileShape, schemaShape } from './schema-shape.js';
import type { Verifier } from './types.js';

/**
 * Verifier `json-schema`: compiles every entity schema file and every OpenAPI component schema (one
 * validator per shape, see schema-shape.ts) with
 * Ajv (draft 2020-12, strict mode, `allowUnionTypes` for `type: [x, "null"]`, ajv-formats), then
 * validates every example against its own schema — schema `examples` and the error responses'
 * media-type examples. Ajv is imported lazily.
 */
export const jsonSchemaVerifier: Verifier = {
  name: 'json-schema',
  verify: async (artifacts) => {
    const files = artifacts.filter(
      (a) => a.path.startsWith(`${SCHEMAS_DIR}/`) && a.path.endsWith('.schema.json'),
    );
    const openapi = artifacts.find((a) => a.path === OPENAPI_PATH);
    if (files.length === 0 && !openapi) return { verifications: [], diagnostics: [] };
    const result = await checkSchemas(files, openapi ?? null);
    const verifications: Verification[] = [];
    if (files.length > 0) {
      const bad = result.problems.filter((p) => p.artifact !== OPENAPI_PATH).length;
      verifications.push({
        tool: 'json-schema',
        artifact: SCHEMAS_DIR,
        ok: bad === 0,
        summary: `Ajv ${result.version} (2020-12, strict): ${files.length} schemas compiled, ${result.fileExamples} examples validated, ${bad} problems`,
      });
    }
    if (openapi) {
      const bad = result.problems.filter((p) => p.artifact === OPENAPI_PATH).length;
      verifications.push({
        tool: 'json-schema',
        artifact: OPENAPI_PATH,
        ok: bad === 0,
        summary: `Ajv ${result.version} (2020-12, strict): ${result.components} component schemas compiled, ${result.componentExamples} examples validated, ${bad} problems`,
      });
    }
    const diagnostics: Diagnostic[] = result.problems.map((p) =>
      diag(
        p.kind === 'compile' ? 'api/json-schema-invalid' : 'api/example-invalid',
        `${p.where}: ${p.message}`,
        { path: p.artifact },
      ),
    );
    return { verifications, diagnostics };
  },
};

export interface SchemaProblem {
  artifact: string;
  where: string;
  kind: 'compile' | 'example';
  message: string;
}

export interface SchemaCheck {
  version: string;
  problems: SchemaProblem[];
  fileExamples: number;
  components: number;
  componentExamples: number;
}

type Validate = ((d: unknown) => boolean) & {
  errors?: { instancePath: string; message?: string }[] | null;
};
type AjvLike = {
  addSchema(s: unknown, key?: string): unknown;
  compile(s: unknown): Validate;
  getSchema(ref: string): Validate | undefined;
  errorsText(e?: unknown): string;
};

/**
 * Ajv's generated source ends `return function validateN(...) {...}`. Parenthesised, V8 compiles
 * the validator together with its wrapper instead of pre-parsing it now and parsing it again on the
 * first call (V8's eager-compilation heuristic for parenthesised functions): ~25 % less CPU for
 * Ajv at 1,000 entities. The same function either way; any other shape is left as it is. The first
 * `return function` is Ajv's own: only scope declarations precede it, never schema text.
 */
function compiledEagerly(source: string): string {
  const at = source.indexOf('return function ');
  if (at < 0 || !source.endsWith('}')) return source;
  return `${source.slice(0, at)}return (${source.slice(at + 'return '.length)})`;
}

async function newAjv(): Promise<{ ajv: AjvLike; version: string }> {
  const { Ajv2020 } = (await import('ajv/dist/2020.js')) as unknown as {
    Ajv2020: new (o: object) => AjvLike;
  };
  const formats = (await import('ajv-formats')) as unknown as { default: (a: AjvLike) => void };
  // `code.optimize: false`: Ajv's pass that prunes unused names from the generated code is
  // quadratic in a function's size (a quarter of the CPU at 1,000 entities) and changes neither
  // what a validator accepts nor its errors; only the generated source is longer.
  // `inlineRefs: false`: a `$ref` becomes a call of the referenced schema's one compiled function
  // instead of a copy of its code in every schema that names it (`XPage` → `X`, every response →
  // `Error`): less code to generate and compile, the same verdicts and error texts (instancePath and
  // message; only the schemaPath, which nobody prints, says the ref).
  const ajv = new Ajv2020({
    strict: true,
    allowUnionTypes: true,
    allErrors: true,
    inlineRefs: false,
    code: { optimize: false, process: compiledEagerly },
  });
  formats.default(ajv);
  const { createRequire } = await import('node:module');
  const version = (createRequire(import.meta.url)('ajv/package.json') as { version: string }).version;
  return { ajv, version };
}

/**
 * Ajv compiles on this thread, thousands of schemas in one synchronous run (7 s of CPU at 1,000
 * entities), while the PostgreSQL verifier talks to the verification worker by messages, which
 * this thread reads only between tasks: the worker's replies waited for the whole of Ajv, so the
 * schema was applied only after Ajv ended (the worker idle meanwhile; issue 19). A pause for the
 * event loop every `YIELD_MS` lets each reply through as it comes, and the worker applies the
 * schema while Ajv compiles. The same schemas compile in the same order: only when is changed.
 */
const YIELD_MS = 25;

function pauses(): () => Promise<void> | null {
  let last = performance.now();
  return () => {
    if (performance.now() - last < YIELD_MS) return null;
    return new Promise<void>((resolve) =>
      setImmediate(() => {
        last = performance.now();
        resolve();
      }),
    );
  };
}

/** Compiles and example-checks the entity schemas and the OpenAPI component schemas. */
export async function checkSchemas(
  files: readonly Artifact[],
  openapi: Artifact | null,
): Promise<SchemaCheck> {
  const { ajv, version } = await newAjv();
  const problems: SchemaProblem[] = [];
  const pause = pauses();
  let fileExamples = 0;
  // One validator per shape (src/verify/schema-shape.ts): a file whose shape compiled already is
  // registered with Ajv (`addSchema`: its meta-schema check, annotations included, and its `$id`)
  // and validated by that validator, the same checks with the same messages. Only a shape that
  // compiled is shared: a file whose shape failed is compiled itself, for its own message.
  const byShape = new Map<string, Validate>();
  for (const f of files) {
    await pause();
    const text = f.text;
    const schema = JSON.parse(text) as Record<string, unknown>;
    const name = f.path.slice(SCHEMAS_DIR.length + 1);
    const shape = fileShape(text, schema);
    const shared = shape === null ? undefined : byShape.get(shape);
    let validate: Validate | null;
    if (shared) validate = tryRegister(ajv, schema, f.path, name, problems) ? shared : null;
    else {
      validate = tryCompile(ajv, schema, f.path, name, problems);
      if (validate && shape !== null) byShape.set(shape, validate);
    }
    if (validate) fileExamples += checkExamples(validate, schema.examples, f.path, name, problems, ajv);
  }
  let components = 0;
  let componentExamples = 0;
  if (openapi) {
    // The document object the YAML was written from (no second parse: 0.5 s here, 8.6 s and
    // 677 MB at 1,000 entities); the text is parsed only for an artifact without one.
    const doc = (openapi.data ?? parse(openapi.text)) as {
      components?: { schemas?: Record<string, unknown>; responses?: Record<string, Record<string, unknown>> };
    };
    const schemas = rewriteRefs(doc.components?.schemas ?? {}) as Record<string, Record<string, unknown>>;
    const root = { $id: COMPONENTS_ID, $defs: schemas };
    try {
      ajv.addSchema(root);
    } catch (e) {
      problems.push({
        artifact: OPENAPI_PATH,
        where: 'components.schemas',
        kind: 'compile',
        message: (e as Error).message,
      });
      return { version, problems, fileExamples, components, componentExamples };
    }
    // Components of one shape share a validator too: all are checked against the meta-schema by
    // `addSchema(root)` above, and their references resolve against the same root.
    const componentByShape = new Map<string, Validate>();
    for (const name of Object.keys(schemas).sort()) {
      await pause();
      components++;
      const shape = schemaShape(schemas[name]);
      let validate = componentByShape.get(shape) ?? null;
      if (!validate) {
        validate = tryCompile(
          ajv,
          `${COMPONENTS_ID}#/$defs/${name}`,
          OPENAPI_PATH,
          `#/components/schemas/${name}`,
          problems,
        );
        if (validate) componentByShape.set(shape, validate);
      }
      if (validate)
        componentExamples += checkExamples(
          validate,
          schemas[name]!.examples,
          OPENAPI_PATH,
          `#/components/schemas/${name}`,
          problems,
          ajv,
        );
    }
    // Error responses mostly share one schema (`$ref: Error`): compiled once per distinct schema
    // text, not once per response (933 compiles of the same schema at 1,000 entities). The same
    // text compiles to the same validator, or fails with the same message, so the report is unchanged.
    const compiled = new Map<string, ReturnType<typeof tryCompile> | { failed: string }>();
    for (const [name, response] of Object.entries(doc.components?.responses ?? {}).sort()) {
      const content = (response.content ?? {}) as Record<
        string,
        { schema?: unknown; examples?: Record<string, { value: unknown }> }
      >;
      for (const [media, m] of Object.entries(content)) {
        if (!m.schema || !m.examples) continue;
        await pause();
        const where = `#/components/responses/${name}/content/${media}`;
        const validate = compileOnce(compiled, ajv, rewriteRefs(m.schema, COMPONENTS_ID), where, problems);
        if (validate)
          componentExamples += checkExamples(
            validate,
            Object.values(m.examples).map((x) => x.value),
            OPENAPI_PATH,
            where,
            problems,
            ajv,
          );
      }
    }
  }
  return { version, problems, fileExamples, components, componentExamples };
}

/** The id the OpenAPI component schemas are registered under (as `$defs`). */
const COMPONENTS_ID = 'urn:backend-spec:openapi-components';

/**
 * Compiles a schema, or (a string) the registered schema at that URI: a component compiled in
 * place, inside its registered root, rather than through a `{ $ref }` wrapper of its own. Ajv keeps
 * the functions of refs resolved inside a root with that root, so a component that many others
 * name (`X` under `XPage`) is compiled once, not again under each wrapper (4,750 compiles at 1,000
 * entities). The same validator: a lone `$ref` only forwards to it.
 */
function tryCompile(
  ajv: AjvLike,
  schema: unknown,
  artifact: string,
  where: string,
  problems: SchemaProblem[],
): Validate | null {
  try {
    if (typeof schema !== 'string') return ajv.compile(schema);
    const validate = ajv.getSchema(schema);
    if (!validate) throw new Error(`can't resolve reference ${schema}`);
    return validate;
  } catch (e) {
    problems.push({ artifact, where, kind: 'compile', message: (e as Error).message });
    return null;
  }
}

/**
 * Registers a schema file whose shape compiled already (`Ajv.addSchema`: what `compile` does before
 * it generates code — the meta-schema check and the `$id`, refused when taken), or records why not.
 */
function tryRegister(
  ajv: AjvLike,
  schema: Record<string, unknown>,
  artifact: string,
  where: string,
  problems: SchemaProblem[],
): boolean {
  try {
    ajv.addSchema(schema);
    return true;
  } catch (e) {
    problems.push({ artifact, where, kind: 'compile', message: (e as Error).message });
    return false;
  }
}

/** `tryCompile` for OpenAPI schemas that repeat: one compile per distinct schema text. */
function compileOnce(
  compiled: Map<string, ReturnType<typeof tryCompile> | { failed: string }>,
  ajv: AjvLike,
  schema: unknown,
  where: string,
  problems: SchemaProblem[],
): ReturnType<typeof tryCompile> {
  const key = JSON.stringify(schema);
  const known = compiled.get(key);
  if (known && 'failed' in known) {
    problems.push({ artifact: OPENAPI_PATH, where, kind: 'compile', message: known.failed });
    return null;
  }
  if (known) return known;
  const before = problems.length;
  const validate = tryCompile(ajv, schema, OPENAPI_PATH, where, problems);
  compiled.set(key, validate ?? { failed: problems[before]!.message });
  return validate;
}

function checkExamples(
  validate: Validate,
  examples: unknown,
  artifact: string,
  where: string,
  problems: SchemaProblem[],
  ajv: AjvLike,
): number {
  if (!Array.isArray(examples)) return 0;
  examples.forEach((ex, i) => {
    if (!validate(ex))
      problems.push({
        artifact,
        where: `${where} example ${i + 1}`,
        kind: 'example',
        message: ajv.errorsText(validate.errors),
      });
  });
  return examples.length;
}

/** `#/components/schemas/X` → `#/$defs/X` (or an absolute ref into the registered components). */
function rewriteRefs(node: unknown, base = ''): unknown {
  if (Array.isArray(node)) return node.map((n) => rewriteRefs(n, base));
  if (node && typeof node === 'object') {
    // An `undefined` member is absent from the YAML the object was written as: left out here too.
    return Object.fromEntries(
      Object.entries(node)
        .filter(([, v]) => v !== undefined)
        .map(([k, v]) =>
          k === '$ref' && typeof v === 'string'
            ? [k, v.replace('#/components/schemas/', `${base}#/$defs/`)]
            : [k, rewriteRefs(v, base)],
        ),
    );
  }
  return node;
}
