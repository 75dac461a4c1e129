import type { Domain } from '../../model/domain.js';
import type { Endpoint } from '../../model/spec/api.js';
import { endpointWords, overlap } from '../endpoint-words.js';
import { facts } from '../security/roles.js';
import { routeKey } from './stated.js';

/** What an auth action in words names among the auth operations (ids and paths are English). */
const AUTH_OPERATION: Record<string, RegExp> = {
  login: /^(?:login|signIn|logIn|createSession)$|\/(?:login|sign-?in|sessions?|token)$/i,
  register: /^(?:register|signUp|createAccount)$|\/(?:register|sign-?up|registration)$/i,
  'password-reset':
    /^(?!confirm).*(?:password-?reset|forgot)|\/(?:forgot-password|password-reset|reset-password)$/i,
  refresh: /refresh/i,
};

/**
 * A limit the documents state for one operation (by its route, or
 * an auth action in words) is carried onto that operation with its source and beats the class's
 * default. The first statement for an operation wins (documents in order); limits of a provider's
 * API never reach here (the statement layer leaves them out).
 */
export function statedRateLimits(endpoints: Endpoint[], domain: Domain): Endpoint[] {
  const stated = facts(domain, 'operation-rate-limit');
  if (stated.length === 0) return endpoints;
  const made = madeBy(endpoints, stated, domain);
  return endpoints.map((e) => {
    const fact = stated.find((f) =>
      f.route
        ? covers(f.route, e)
        : f.object
          ? made.get(f) === e
          : e.method === 'POST' &&
            (e.action === 'auth' || e.resource === 'Auth') &&
            f.action !== null &&
            (AUTH_OPERATION[f.action]!.test(e.operationId) || AUTH_OPERATION[f.action]!.test(e.path)),
    );
    if (!fact) return e;
    return {
      ...e,
      statedRateLimit: {
        requests: fact.requests,
        windowSeconds: fact.windowSeconds,
        text: fact.text,
        origin: fact.origin,
        ...(fact.per ? { per: fact.per } : {}),
      },
    };
  });
}

type Limit = ReturnType<typeof facts<'operation-rate-limit'>>[number];

/**
 * The operation a limit that counts what it makes ("10 bookings per minute") names: the POST whose
 * collection is that record (`POST /shifts/{id}/bookings`), else the one POST naming it; none when the
 * words name no operation or several equally.
 */
function madeBy(
  endpoints: readonly Endpoint[],
  stated: readonly Limit[],
  domain: Domain,
): Map<Limit, Endpoint> {
  const out = new Map<Limit, Endpoint>();
  const posts = endpoints.filter((e) => e.method === 'POST');
  for (const f of stated) {
    if (!f.object) continue;
    const want = withEntityNames(f.object.words, domain);
    const collection = posts.filter((e) => {
      const last =
        e.path
          .split('/')
          .filter((x) => x && !x.startsWith('{'))
          .at(-1) ?? '';
      return overlap(want, [last.toLowerCase()]) > 0;
    });
    const named =
      collection.length > 0 ? collection : posts.filter((e) => overlap(want, endpointWords(e)) > 0);
    if (named.length === 1) out.set(f, named[0]!);
  }
  return out;
}

/**
 * The words a limit counts, with the name of each entity one of them is another name of (the
 * documents' "予約" is `Reservation`, "Wniosek" `AdoptionApplication`): the paths are written in
 * the entities' names.
 */
function withEntityNames(words: readonly string[], domain: Domain): string[] {
  const out = [...words];
  for (const e of domain.entities) {
    const names = (e.aliases ?? []).map((a) => a.name.toLowerCase());
    if (words.some((w) => names.includes(w.toLowerCase())))
      out.push(
        ...e.name
          .replace(/([a-z])([A-Z])/g, '$1 $2')
          .toLowerCase()
          .split(' '),
      );
  }
  return out;
}

/** A stated route covers an operation: same method (or none stated) and path, `*` for what is under it. */
function covers(route: { method: string | null; path: string }, e: Endpoint): boolean {
  if (route.method && route.method.toUpperCase() !== e.method) return false;
  // `[id]` and `:id` are the file-system and Express spellings of a path parameter.
  const path = route.path.replace(/\[[^\]]+\]|:\w+/g, '{p}');
  const mine = routeKey('X', e.path);
  if (path.endsWith('/*')) {
    const prefix = routeKey('X', path.slice(0, -2));
    return mine.startsWith(`${prefix}/`);
  }
  return routeKey('X', path) === mine;
}
