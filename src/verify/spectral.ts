import { INTEGER_KEY, parameterEntity } from '../derive/security/guessable-ids.js';
import type { Spec } from '../model/spec/index.js';

/**
 * Spectral (Stoplight) on openapi.yaml with the two rulesets API teams run in CI: `spectral:oas` and
 * the OWASP API Security Top 10 ruleset (@stoplight/spectral-owasp-ruleset). Spectral is a
 * development dependency: this module is used by the test suite and by `scripts/`, never by the
 * compile pipeline, so a user's install without it produces the same bytes.
 */
export interface SpectralProblem {
  code: string;
  severity: 'error' | 'warn' | 'info' | 'hint';
  message: string;
  path: string;
}

const SEVERITY = ['error', 'warn', 'info', 'hint'] as const;

/** Lints an OpenAPI text with `spectral:oas` + OWASP; problems sorted by severity, code and path. */
export async function spectralLint(text: string): Promise<SpectralProblem[]> {
  const core = await import('@stoplight/spectral-core');
  const parsers = await import('@stoplight/spectral-parsers');
  const rulesets = await import('@stoplight/spectral-rulesets');
  const owaspModule = (await import('@stoplight/spectral-owasp-ruleset')) as unknown as {
    default: unknown;
  };
  const spectral = new core.Spectral();
  spectral.setRuleset({ extends: [rulesets.oas, owaspModule.default] } as never);
  const doc = new core.Document(text, parsers.Yaml, 'openapi.yaml');
  const raw = await spectral.run(doc);
  return raw
    .map((r) => ({
      code: String(r.code),
      severity: SEVERITY[r.severity] ?? 'hint',
      message: r.message,
      path: r.path.join('.'),
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

const OPERATION = /^paths\.(.+)\.(get|post|put|patch|delete)\.parameters\.(\d+)\b/;

/**
 * Whether a finding is one of the two documented exceptions, where the documents' stated contract
 * wins over the linter (the finding stays visible in Spectral's output, and the security section
 * states it as a finding, OWASP API1:2023):
 * - `owasp:api1:2023-no-numeric-ids` on a path parameter that identifies an entity whose integer
 *   key the documents state (SERIAL, BIGSERIAL, INTEGER PRIMARY KEY), cited by its source line; a
 *   key added by a rule is a UUID and never excused;
 * - `owasp:api2:2023-no-credentials-in-url` on a path parameter the documents write in the route
 *   itself (a capability URL such as `/tma/campaigns/{secret_token}/agree`).
 */
export function statedException(spec: Spec, p: SpectralProblem): boolean {
  const m = OPERATION.exec(p.path);
  if (!m) return false;
  const e = spec.endpoints.find((x) => x.path === m[1] && x.method === m[2]!.toUpperCase());
  if (!e) return false;
  const param = e.parameters[Number(m[3])];
  if (p.code === 'owasp:api1:2023-no-numeric-ids') {
    if (param?.in !== 'path') return false;
    const owner = spec.entities.find((x) => x.name === parameterEntity(spec, e.path, param.name));
    const key = owner?.fields.find((f) => f.primaryKey);
    return !!key && INTEGER_KEY.test(key.type.scalar) && key.origin.kind === 'source';
  }
  if (p.code === 'owasp:api2:2023-no-credentials-in-url') {
    return (
      e.origin.kind === 'source' && param?.in === 'path' && (e.origin.quote ?? '').includes(`{${param.name}}`)
    );
  }
  return false;
}
