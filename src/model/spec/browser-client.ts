import { cite } from '../origin.js';
import type { Spec } from './index.js';

/**
 * Why a browser client is stated, or null: a web front end the stack chooses (`spec.clients`, rule
 * derive/browser-client), or an access token or session that lives in a cookie (cookies are a
 * browser mechanism, RFC 6265). Then the API answers cross-origin requests from that client's
 * origin, never `*` (credentialed CORS requests forbid the wildcard, Fetch §3.2.5).
 */
export function browserClientReason(spec: Spec): string | null {
  const auth = spec.auth;
  if (
    auth &&
    auth.strategy.value !== 'none' &&
    (/cookie/i.test(auth.tokenStorage?.value ?? '') || auth.strategy.value === 'session')
  )
    return 'the credential lives in a cookie';
  const web = (spec.clients ?? []).filter((c) => c.kind === 'browser');
  if (web.length === 0) return null;
  return `the stack chooses a web front end: ${web.map((c) => `${c.technology} (${cite(c.origin)})`).join(', ')}`;
}
