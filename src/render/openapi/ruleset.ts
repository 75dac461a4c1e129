import {
  type LintException,
  SPECTRAL_RULESET_FILE,
  statedLintExceptions,
} from '../../derive/security/guessable-ids.js';
import { cite } from '../../model/origin.js';
import type { Spec } from '../../model/spec/index.js';
import { browserClientReason } from './headers.js';

/** The OWASP ruleset openapi.yaml is verified with (the exact devDependency of this package). */
export const OWASP_RULESET = '@stoplight/spectral-owasp-ruleset';
export const OWASP_RULESET_VERSION = '2.0.1';

/**
 * JSON Pointer of a path inside openapi.yaml, encoded as Spectral compares them (@stoplight/json
 * `pathToPointer`: RFC 6901 escapes, then RFC 3986 percent-encoding of the URI fragment, so
 * `/tasks/{id}` is `~1tasks~1%7Bid%7D`). An override matches a result at this pointer or below it.
 */
export function pointer(segments: readonly (string | number)[]): string {
  const encode = (s: string | number) =>
    String(s)
      .replace(/~/g, '~0')
      .replace(/\//g, '~1')
      .replace(/[^a-zA-Z0-9_.!~*'()/\-\u{D800}-\u{DFFF}]/gu, encodeURIComponent);
  return `#/${segments.map(encode).join('/')}`;
}

/** The pointer of the path parameter an exception is about. */
export function exceptionPointer(x: Pick<LintException, 'path' | 'method' | 'index'>): string {
  return pointer(['paths', x.path, x.method.toLowerCase(), 'parameters', x.index]);
}

/** The OWASP rule that asks every response for `Access-Control-Allow-Origin`. */
export const CORS_RULE = 'owasp:api8:2023-define-cors-origin';

const oneLine = (s: string, max = 100) => {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
};

/**
 * `backend-spec/.spectral.yaml`: the Spectral ruleset the API team runs on openapi.yaml in CI
 * (`spectral:oas` and the pinned OWASP API Security ruleset), with one `overrides` entry per
 * stated-contract exception (derive/security/guessable-ids.ts `statedLintExceptions`, the same
 * decision the security section's findings come from): the rule is off for exactly that parameter's
 * JSON pointer, and the comment above it cites the stated line that wins. Nothing else is turned
 * off; a key or a route a rule derived is never excused.
 */
export function spectralRuleset(spec: Spec, doc: Record<string, unknown>): string {
  const paths = (doc.paths ?? {}) as Record<string, Record<string, { parameters?: { name?: string }[] }>>;
  // openapi.yaml keeps each endpoint's parameters in the Spec's order; an exception whose pointer
  // does not land on its parameter is left out rather than written against another one.
  const exceptions = statedLintExceptions(spec).filter(
    (x) => paths[x.path]?.[x.method.toLowerCase()]?.parameters?.[x.index]?.name === x.param,
  );
  const lines = [
    `# Spectral ruleset for openapi.yaml, written by backend-spec beside it.`,
    `#   npm install --save-dev --save-exact @stoplight/spectral-cli ${OWASP_RULESET}@${OWASP_RULESET_VERSION}`,
    `#   npx spectral lint openapi.yaml --ruleset ${SPECTRAL_RULESET_FILE}   (run in this folder)`,
    'extends:',
    '  - spectral:oas',
    `  - ${JSON.stringify(OWASP_RULESET)}`,
  ];
  // No browser calls this API (no cookie credential, no web front end stated): openapi.yaml states no
  // CORS header, since one would invent a client; the OWASP rule that asks for it does not apply.
  const noBrowser = browserClientReason(spec) === null;
  if (exceptions.length > 0)
    lines.push(
      '# Stated-contract exceptions: the documents state these, so the generator keeps them, and the',
      '# security section of backend-spec.md states each as a finding (OWASP API1/API2:2023). Each',
      '# entry turns one rule off for one path parameter only.',
    );
  if (exceptions.length > 0 || noBrowser) lines.push('overrides:');
  if (noBrowser)
    lines.push(
      '  # No browser client is stated (no cookie credential, no web front end): openapi.yaml designs',
      '  # no CORS header, so the rule that asks every response for one does not apply.',
      '  - files:',
      '      - "openapi.yaml"',
      '    rules:',
      `      ${JSON.stringify(CORS_RULE)}: "off"`,
    );
  if (exceptions.length > 0) {
    for (const x of exceptions) {
      const quote = x.origin.kind === 'source' && x.origin.quote ? ` "${oneLine(x.origin.quote)}"` : '';
      lines.push(
        `  # ${x.method} ${x.path} {${x.param}}: stated at ${cite(x.origin)}${quote}`,
        '  - files:',
        `      - ${JSON.stringify(`openapi.yaml${exceptionPointer(x)}`)}`,
        '    rules:',
        `      ${JSON.stringify(x.rule)}: "off"`,
      );
    }
  }
  return `${lines.join('\n')}\n`;
}
