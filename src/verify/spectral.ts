import {
  NUMERIC_IDS_RULE,
  SECRETS_IN_URL_RULE,
  statedLintExceptions,
} from '../derive/security/guessable-ids.js';
import type { Spec } from '../model/spec/index.js';
import { exceptionPointer, OWASP_RULESET, pointer } from '../render/openapi/ruleset.js';

/**
 * Spectral (Stoplight) on openapi.yaml with the two rulesets API teams run in CI: `spectral:oas` and
 * the OWASP API Security Top 10 ruleset (@stoplight/spectral-owasp-ruleset). Spectral is a
 * development dependency: this module is used by the test suite and by `scripts/`, never by the
 * compile pipeline (the `generate` verifiers are PostgreSQL, Redocly and Ajv), so a user's install
 * without it produces the same bytes. The team runs it themselves with the generated
 * `backend-spec/.spectral.yaml` (src/render/openapi/ruleset.ts).
 */
export interface SpectralProblem {
  code: string;
  severity: 'error' | 'warn' | 'info' | 'hint';
  message: string;
  /** Dotted path (`paths./tasks/{id}.get.parameters.0.schema`), for reading. */
  path: string;
  /** The same as a JSON pointer encoded as Spectral's `overrides` compare it. */
  pointer: string;
}

const SEVERITY = ['error', 'warn', 'info', 'hint'] as const;

type AjvCompile = (this: AjvInstance, schema: unknown, meta?: boolean) => unknown;
interface AjvInstance {
  opts: { strict?: unknown; unicodeRegExp?: unknown };
}
let memoInstalled = false;

/**
 * Spectral's example rules (`oas3-valid-media-example`, `oas3-valid-schema-example`) compile the
 * schema of every example with Ajv, keyed by the schema object: the resolved document hands them a
 * new object per example, so the example's openapi.yaml compiled 19 distinct schemas ~390 times a
 * run, 60 % of a Spectral run's CPU (2.5-4 s each, most of the test suite's Spectral time; issue
 * 12). Here the Ajv instances Spectral makes (spectral-functions: `strict: false`,
 * `unicodeRegExp: false`) compile each anonymous schema once per instance per distinct JSON text:
 * the same text compiles to the same validator, so every result is what Spectral reports without
 * it. Anonymous only: a schema with `$id` registers itself, and Spectral looks those up by id
 * already. Ajv instances made with other options (backend-spec's own verifier is strict) are
 * untouched.
 */
async function compileEachSchemaOnce(): Promise<void> {
  if (memoInstalled) return;
  memoInstalled = true;
  const { createRequire } = await import('node:module');
  const req = createRequire(import.meta.url);
  // The Ajv that spectral-functions itself requires (hoisted or nested).
  const from = req.resolve('@stoplight/spectral-functions');
  const Ajv = req(req.resolve('ajv/dist/core', { paths: [from] })) as {
    default: { prototype: { compile: AjvCompile } };
  };
  const proto = Ajv.default.prototype;
  const compile = proto.compile;
  const compiled = new WeakMap<AjvInstance, Map<string, unknown>>();
  proto.compile = function (this: AjvInstance, schema: unknown, meta?: boolean) {
    const spectrals = this.opts.strict === false && this.opts.unicodeRegExp === false;
    if (!spectrals || !schema || typeof schema !== 'object' || '$id' in schema)
      return compile.call(this, schema, meta);
    const mine = compiled.get(this) ?? new Map<string, unknown>();
    compiled.set(this, mine);
    const key = `${meta ? 'meta' : 'data'}\0${JSON.stringify(schema)}`;
    if (!mine.has(key)) mine.set(key, compile.call(this, schema, meta));
    return mine.get(key);
  };
}

/** Where the documents and the linter are run from: the ruleset's `overrides` are relative to it. */
const FOLDER = '/backend-spec';

/**
 * The definition a ruleset file gives, loaded as the Spectral CLI loads it (`extends` resolved to
 * the installed rulesets, `overrides` applied by spectral-core itself relative to the ruleset's
 * folder). Only the two rulesets this package pins can be extended; anything else is refused, so a
 * ruleset that needs another download never passes here by accident.
 */
function rulesetDefinition(text: string, known: Record<string, unknown>, parse: (t: string) => unknown) {
  const def = parse(text) as { extends?: unknown; overrides?: unknown; [key: string]: unknown };
  const extended = (Array.isArray(def.extends) ? def.extends : [def.extends]).map((name) => {
    if (typeof name !== 'string' || !(name in known)) throw new Error(`ruleset extends ${String(name)}`);
    return known[name];
  });
  return { ...def, extends: extended };
}

/**
 * Lints an OpenAPI text with `spectral:oas` + OWASP, or with a ruleset file's text (the generated
 * `.spectral.yaml`); problems sorted by severity, code and path.
 */
export async function spectralLint(text: string, ruleset?: string): Promise<SpectralProblem[]> {
  await compileEachSchemaOnce();
  const core = await import('@stoplight/spectral-core');
  const parsers = await import('@stoplight/spectral-parsers');
  const rulesets = await import('@stoplight/spectral-rulesets');
  const owaspModule = (await import('@stoplight/spectral-owasp-ruleset')) as unknown as {
    default: unknown;
  };
  const { parse } = await import('yaml');
  const known = { 'spectral:oas': rulesets.oas, [OWASP_RULESET]: owaspModule.default };
  const definition = ruleset
    ? rulesetDefinition(ruleset, known, parse)
    : { extends: [rulesets.oas, owaspModule.default] };
  const spectral = new core.Spectral();
  spectral.setRuleset(
    new core.Ruleset(definition as never, { severity: 'recommended', source: `${FOLDER}/.spectral.yaml` }),
  );
  const doc = new core.Document(text, parsers.Yaml, `${FOLDER}/openapi.yaml`);
  const raw = await spectral.run(doc);
  return raw
    .map((r) => ({
      code: String(r.code),
      severity: SEVERITY[r.severity] ?? 'hint',
      message: r.message,
      path: r.path.join('.'),
      pointer: pointer(r.path),
    }))
    .sort((a, b) =>
      a.severity !== b.severity
        ? SEVERITY.indexOf(a.severity) - SEVERITY.indexOf(b.severity)
        : `${a.code} ${a.path}` < `${b.code} ${b.path}`
          ? -1
          : 1,
    );
}

/** Counts by severity and by rule code, for summaries. */
export function spectralCounts(problems: SpectralProblem[]): {
  errors: number;
  warnings: number;
  byCode: Record<string, number>;
} {
  const byCode: Record<string, number> = {};
  for (const p of problems) byCode[`${p.severity}:${p.code}`] = (byCode[`${p.severity}:${p.code}`] ?? 0) + 1;
  return {
    errors: problems.filter((p) => p.severity === 'error').length,
    warnings: problems.filter((p) => p.severity === 'warn').length,
    byCode: Object.fromEntries(Object.entries(byCode).sort()),
  };
}

/**
 * Whether a finding is one of the stated-contract exceptions (derive/security/guessable-ids.ts
 * `statedLintExceptions`, the one decision the generated ruleset's `overrides` and the security
 * section's findings come from): `owasp:api1:2023-no-numeric-ids` on a path parameter of an entity
 * whose integer key the documents state, `owasp:api2:2023-no-credentials-in-url` on a secret the
 * stated route writes in its path. A key or a route a rule derived is never excused.
 */
export function statedException(spec: Pick<Spec, 'entities' | 'endpoints'>, p: SpectralProblem): boolean {
  if (p.code !== NUMERIC_IDS_RULE && p.code !== SECRETS_IN_URL_RULE) return false;
  return statedLintExceptions(spec).some((x) => {
    const at = exceptionPointer(x);
    return x.rule === p.code && (p.pointer === at || p.pointer.startsWith(`${at}/`));
  });
}
