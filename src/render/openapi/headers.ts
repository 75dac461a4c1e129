import { cite } from '../../model/origin.js';
import type { Endpoint, RateLimitClass } from '../../model/spec/api.js';
import { browserClientReason } from '../../model/spec/browser-client.js';
import type { Spec } from '../../model/spec/index.js';

export { browserClientReason };

/**
 * Response headers every operation documents: the rate-limit fields of the IETF draft
 * "RateLimit header fields for HTTP" (draft-ietf-httpapi-ratelimit-headers: `RateLimit` and
 * `RateLimit-Policy`), `Retry-After` on 429 (RFC 9110 §10.2.3), and, when a browser client is
 * stated, `Access-Control-Allow-Origin` (Fetch standard §3.2.3, CORS). They are components
 * (`#/components/headers/...`) so every response references one definition.
 */

export const HEADER_COMPONENTS = {
  rateLimit: 'RateLimit',
  policy: 'RateLimit-Policy',
  retryAfter: 'Retry-After',
  cors: 'Access-Control-Allow-Origin',
} as const;

export function browserClient(spec: Spec): boolean {
  return browserClientReason(spec) !== null;
}

/** The stated or default limit of one rate-limit class, from the performance practices. */
export function ratePolicy(spec: Spec, cls: RateLimitClass): string | null {
  // Asked once per operation: the answer per class is kept with the practice list it was read from.
  let byClass = policies.get(spec.performance);
  if (!byClass || byClass.size !== spec.performance.length) {
    byClass = { size: spec.performance.length, policy: new Map() };
    policies.set(spec.performance, byClass);
  }
  let policy = byClass.policy.get(cls);
  if (policy === undefined) {
    const re = new RegExp(`^rate limit: ${cls} endpoints\\b`);
    const p = spec.performance.find((x) => re.test(x.topic));
    policy = p ? p.measure.replace(/;.*$/, '') : null;
    byClass.policy.set(cls, policy);
  }
  return policy;
}
const policies = new WeakMap<
  Spec['performance'],
  { size: number; policy: Map<RateLimitClass, string | null> }
>();

export function headerComponents(spec: Spec): Record<string, unknown> {
  const out: Record<string, unknown> = {
    [HEADER_COMPONENTS.rateLimit]: {
      description:
        'Remaining quota and seconds until it resets for the policy that applies to this operation (`r=<remaining>;t=<seconds>`, draft-ietf-httpapi-ratelimit-headers). The policy of each operation is in its `x-rate-limit` class.',
      schema: { type: 'string', maxLength: 256, pattern: '^[ -~]*$' },
    },
    [HEADER_COMPONENTS.policy]: {
      description:
        'The quota policy of this operation (`q=<requests>;w=<window seconds>`, draft-ietf-httpapi-ratelimit-headers).',
      schema: { type: 'string', maxLength: 256, pattern: '^[ -~]*$' },
    },
    [HEADER_COMPONENTS.retryAfter]: {
      description: 'Seconds to wait before retrying (RFC 9110 §10.2.3).',
      schema: { type: 'integer', format: 'int32', minimum: 0, maximum: 86400 },
    },
  };
  if (browserClient(spec))
    out[HEADER_COMPONENTS.cors] = {
      description:
        'The browser client’s origin, echoed when it is on the allow-list (CORS, Fetch standard §3.2.3); never `*`, because requests carry credentials. The allowed origins are deployment configuration.',
      schema: { type: 'string', format: 'uri', maxLength: 2048 },
    };
  return out;
}

const headerRef = (name: string) => ({ $ref: `#/components/headers/${name}` });

/**
 * Headers for a response: rate-limit fields on 2xx and 4xx (the limiter answers every request it
 * counts), `Retry-After` on 429 and 503, the CORS origin on every response when a browser client is
 * stated (a browser hides a response without it from the script).
 */
export function standardHeaders(spec: Spec, status: number): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if ((status >= 200 && status < 300) || (status >= 400 && status < 500)) {
    out[HEADER_COMPONENTS.rateLimit] = headerRef(HEADER_COMPONENTS.rateLimit);
    out[HEADER_COMPONENTS.policy] = headerRef(HEADER_COMPONENTS.policy);
  }
  if (status === 429 || status === 503)
    out[HEADER_COMPONENTS.retryAfter] = headerRef(HEADER_COMPONENTS.retryAfter);
  if (browserClient(spec)) out[HEADER_COMPONENTS.cors] = headerRef(HEADER_COMPONENTS.cors);
  return out;
}

/** The rate-limit policy line an operation's description carries (`Rate limit: 60 per minute per user`). */
export function rateLimitNote(spec: Spec, e: Endpoint): string | null {
  if (e.statedRateLimit)
    return `Rate limit (stated, ${cite(e.statedRateLimit.origin)}): ${e.statedRateLimit.text}.`;
  const policy = ratePolicy(spec, e.rateLimit);
  return policy ? `Rate limit (${e.rateLimit}): ${policy}.` : null;
}
