import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type Diagnostic, diag } from '../diagnostics/diagnostic.js';
import { requireHeavy } from '../heavy-require.js';
import { isYamlOf } from '../render/openapi/yaml.js';
import { OPENAPI_PATH } from '../render/openapi.js';
import type { Verification } from '../render/types.js';
import { installedVersion } from './package-version.js';
import type { Verifier } from './types.js';

/**
 * Verifier `openapi`: lints openapi.yaml with @redocly/openapi-core's `recommended` ruleset (loaded
 * lazily, see `loadRedocly`). Zero error-level problems is the bar; warnings become info diagnostics. The
 * summary is deterministic (counts and rule ids, no timings).
 */
export const openapiVerifier: Verifier = {
  name: 'openapi',
  verify: async (artifacts, _spec, options) => {
    const artifact = artifacts.find((a) => a.path === OPENAPI_PATH);
    if (!artifact) return { verifications: [], diagnostics: [] };
    // In the CLI's verification worker when there is one (Redocly already loaded there); the same
    // lint on this thread when there is none, or when the worker was stopped. The document goes
    // along as JSON when the renderer kept it: Redocly then skips parsing the YAML (js-yaml, ~1.5 s
    // of the worker's CPU for the 16 MB document of 1,000 entities, where JSON.parse takes ~0.2 s).
    // Only when the text is what that object writes (remembered from the render, else written
    // again): the lint is of the file.
    const json =
      artifact.data !== undefined && isYamlOf(artifact.data, artifact.text)
        ? JSON.stringify(artifact.data)
        : undefined;
    const { problems, version } = options.lintOpenApi
      ? await options.lintOpenApi(artifact.text, json).catch(() => lintOpenApi(artifact.text, json))
      : await lintOpenApi(artifact.text, json);
    const diagnostics: Diagnostic[] = problems.map((p) =>
      diag(
        p.severity === 'error' ? 'api/openapi-invalid' : 'api/openapi-warning',
        `${p.ruleId}: ${p.message}${p.pointer ? ` at ${p.pointer}` : ''}`,
        { path: artifact.path },
      ),
    );
    const errors = problems.filter((p) => p.severity === 'error');
    const warnings = problems.length - errors.length;
    const ops = (artifact.text.match(/^ {6}operationId: /gm) ?? []).length;
    const rules = [...new Set(errors.map((p) => p.ruleId))].sort().join(', ');
    const verification: Verification = {
      tool: 'openapi',
      artifact: artifact.path,
      ok: errors.length === 0,
      summary:
        errors.length === 0
          ? `Redocly ${version} recommended ruleset (examples: Ajv): ${ops} operations, 0 errors, ${warnings} warnings`
          : `Redocly ${version} recommended ruleset (examples: Ajv): ${errors.length} errors (${rules}), ${warnings} warnings`,
    };
    return { verifications: [verification], diagnostics };
  },
};

export interface LintProblem {
  ruleId: string;
  severity: 'error' | 'warn';
  message: string;
  pointer: string | null;
}

export interface LintResult {
  problems: LintProblem[];
  version: string;
}

/**
 * The `recommended` ruleset without its two example rules: they compile every schema with an Ajv of
 * their own to check the schema and media-type examples (7 s of the worker's CPU at 100 entities),
 * exactly the examples the `json-schema` verifier already validates with Ajv in strict mode, where
 * an invalid one is an error instead of a warning. Parameter examples stay with Redocly.
 */
const RULESET: { extends: string[]; rules: Record<string, 'off'> } = {
  extends: ['recommended'],
  rules: { 'no-invalid-media-type-examples': 'off', 'no-invalid-schema-examples': 'off' },
};

/** The ruleset, resolved once per process (Redocly itself is imported only here). */
let redoclyConfig: ReturnType<typeof import('@redocly/openapi-core').createConfig> | null = null;

/** Imports Redocly and builds its config ahead of the first lint (the verification worker does). */
export async function prepareLinter(): Promise<void> {
  const redocly = await loadRedocly();
  redoclyConfig ??= redocly.createConfig(RULESET);
  await redoclyConfig;
}

type Redocly = typeof import('@redocly/openapi-core');
let redoclyModule: Promise<Redocly> | null = null;

/**
 * The built CLI's one-file copy of Redocly (`dist/redocly.cjs`, see tsup.config.ts), required
 * through the code cache (src/heavy-require.ts), else the package itself (tests, which run the
 * sources). The package is 247 ES modules over graphql, two Ajv copies and yaml parsers: on Node 20,
 * which caches no ES module, resolving and compiling them cost ~0.4 s of the verification worker's
 * CPU on every run; the cached bundle loads in ~0.1 s, and its lint runs compiled code (issue 19).
 */
function loadRedocly(): Promise<Redocly> {
  redoclyModule ??= (async () => {
    const bundled = redoclyBundle();
    if (bundled) {
      try {
        return requireHeavy<Redocly>(bundled);
      } catch {
        // a damaged bundle: the package, as without one
      }
    }
    return import('@redocly/openapi-core');
  })();
  return redoclyModule;
}

function redoclyBundle(): string | null {
  try {
    const bundled = fileURLToPath(new URL('./redocly.cjs', import.meta.url));
    return existsSync(bundled) ? bundled : null;
  } catch {
    return null; // not a file URL (a bundler's own module scheme): the package
  }
}

/**
 * Lints an OpenAPI document with the Redocly recommended ruleset; sorted, deterministic problems.
 * `json` is the same document as JSON (the object the YAML was written from, see
 * src/render/openapi/yaml.ts: every scalar reads back as the same value), parsed instead of the
 * YAML; the text stays the document's source, which Redocly reads only to place a problem on a line.
 */
export async function lintOpenApi(text: string, json?: string): Promise<LintResult> {
  const redocly = await loadRedocly();
  redoclyConfig ??= redocly.createConfig(RULESET);
  const config = await redoclyConfig;
  const absoluteRef = 'openapi.yaml';
  const raw =
    json === undefined
      ? await redocly.lintFromString({ source: text, absoluteRef, config })
      : await redocly.lintDocument({
          document: { source: new redocly.Source(absoluteRef, text), parsed: JSON.parse(json) },
          externalRefResolver: new redocly.BaseResolver(config.resolve),
          config,
        });
  const problems = raw
    .filter((p) => p.severity === 'error' || p.severity === 'warn')
    .map((p) => ({
      ruleId: p.ruleId,
      severity: p.severity as 'error' | 'warn',
      message: p.message,
      pointer: p.location[0]?.pointer ?? null,
    }))
    .sort((a, b) => (a.ruleId + (a.pointer ?? '') < b.ruleId + (b.pointer ?? '') ? -1 : 1));
  return { problems, version: await redoclyVersion() };
}

async function redoclyVersion(): Promise<string> {
  return installedVersion('@redocly/openapi-core') ?? '2';
}
