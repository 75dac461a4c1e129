import type { Domain } from '../../model/domain.js';
import { byDefault, type Origin } from '../../model/origin.js';
import type { Endpoint } from '../../model/spec/api.js';
import type { MachinePrincipal } from '../../model/spec/security.js';

/**
 * Rule `derive/api-key-client`: a machine client that authenticates with an API key is a principal
 * of its own (issue 13 item 3) with an `apiKey` security scheme (issue 18), only where the documents
 * state the key on this API: routes called with it (a request example, a route list, a path prefix
 * such as `/api/external/*`) that match designed endpoints. The header is the one stated
 * (`X-API-Key`); when only the key is stated, `X-API-Key` is a proposal (`derive/api-key-header-default`).
 * A key for a provider we call is not read as one (src/extract/security/api-keys.ts), and a stated
 * route that matches none of our endpoints gives nothing.
 */
type KeyFact = { header: string | null; routes: string[]; origin: Origin };

const isParam = (seg: string) => /^(?:\{[^}]*\}|:\w+|\$\{[^}]*\}|<[^>]*>)$/.test(seg);

/** Whether a stated route (`PUT /api/external/accounts/42/status`, `/api/external/*`) names an endpoint. */
export function routeMatches(route: string, e: Endpoint): boolean {
  const m = /^(?:(GET|POST|PUT|PATCH|DELETE)\s+)?(\S+)$/.exec(route.trim());
  if (!m) return false;
  if (m[1] && m[1] !== e.method) return false;
  const path = m[2]!.replace(/\/+$/, '');
  if (path.endsWith('/*')) {
    const prefix = path.slice(0, -2);
    return prefix.length > 0 && (e.path === prefix || e.path.startsWith(`${prefix}/`));
  }
  const a = path.split('/');
  const b = e.path.replace(/\/+$/, '').split('/');
  return a.length === b.length && a.every((s, i) => s === b[i] || isParam(b[i]!) || isParam(s));
}

const byPlace = (a: { origin: Origin }, b: { origin: Origin }) => {
  const fa =
    a.origin.kind === 'source' ? `${a.origin.file}\u0000${String(a.origin.line).padStart(8, '0')}` : '';
  const fb =
    b.origin.kind === 'source' ? `${b.origin.file}\u0000${String(b.origin.line).padStart(8, '0')}` : '';
  return fa < fb ? -1 : fa > fb ? 1 : 0;
};

/** The API-key client of this API, or null when no key is stated for any designed endpoint. */
export function apiKeyClient(domain: Domain, endpoints: readonly Endpoint[]): MachinePrincipal | null {
  const facts: KeyFact[] = [];
  for (const f of domain.securityFacts ?? []) if (f.kind === 'api-key') facts.push(f);
  facts.sort(byPlace);
  const called = endpoints.filter(
    (e) => e.action !== 'webhook' && facts.some((f) => f.routes.some((r) => routeMatches(r, e))),
  );
  if (called.length === 0) return null;
  const matching = facts.filter((f) => f.routes.some((r) => called.some((e) => routeMatches(r, e))));
  // The header sent with our own routes wins; else the header the documents name most often.
  const named = matching.find((f) => f.header) ?? mostNamed(facts);
  return {
    name: 'API key client',
    kind: 'service',
    auth: { value: 'api-key', origin: matching[0]!.origin },
    operations: called.map((e) => e.operationId).sort(),
    origin: matching[0]!.origin,
    credential: named?.header
      ? { in: 'header', name: named.header, origin: named.origin }
      : { in: 'header', name: 'X-API-Key', origin: byDefault('derive/api-key-header-default') },
  };
}

function mostNamed(facts: KeyFact[]): KeyFact | undefined {
  const counts = new Map<string, number>();
  for (const f of facts)
    if (f.header) counts.set(f.header.toLowerCase(), (counts.get(f.header.toLowerCase()) ?? 0) + 1);
  let best: KeyFact | undefined;
  for (const f of facts)
    if (f.header && (!best || counts.get(f.header.toLowerCase())! > counts.get(best.header!.toLowerCase())!))
      best = f;
  return best;
}
