import { cite } from '../../model/origin.js';
import type { Endpoint } from '../../model/spec/api.js';
import type { Spec } from '../../model/spec/index.js';

/**
 * Security schemes from the designed authentication (OpenAPI 3.1 §4.8.27): bearer JWT
 * (RFC 6750), a cookie (RFC 6265) when the token or session lives in one, an API key header, or
 * none at all when the project has no authentication.
 */
export function securitySchemes(spec: Spec): { name: string; scheme: Record<string, unknown> } | null {
  const auth = spec.auth;
  if (!auth || auth.strategy.value === 'none') return null;
  const from = `(${cite(auth.strategy.origin)})`;
  const storage = auth.tokenStorage?.value ?? '';
  const cookie = /cookie/i.test(storage) || auth.strategy.value === 'session';
  if (cookie) {
    const name = /\b([a-z_][\w-]*)\s*(?:=|cookie\b)/i.exec(
      storage.replace(/httponly|secure|samesite|cookies?\s*$/gi, ''),
    )?.[1];
    return {
      name: 'cookieAuth',
      scheme: {
        type: 'apiKey',
        in: 'cookie',
        name:
          name && !/^(an?|the|in|http|only)$/i.test(name)
            ? name
            : auth.strategy.value === 'session'
              ? 'session'
              : 'access_token',
        description: `${auth.strategy.value === 'session' ? 'Session' : 'Access token'} cookie, HttpOnly and Secure ${from}.`,
      },
    };
  }
  switch (auth.strategy.value) {
    case 'jwt':
      return {
        name: 'bearerAuth',
        scheme: {
          type: 'http',
          scheme: 'bearer',
          bearerFormat: 'JWT',
          description: `JWT access token in the Authorization header (RFC 6750) ${from}. Tokens are signed and validated per the JWT Best Current Practices (RFC8725): an explicit algorithm allow-list, never \`alg: none\`, issuer, audience and expiry checked.`,
        },
      };
    case 'opaque-token':
      return {
        name: 'bearerAuth',
        scheme: {
          type: 'http',
          scheme: 'bearer',
          description: `Opaque access token in the Authorization header (RFC 6750) ${from}; the server stores only its hash and looks it up on each request.`,
        },
      };
    case 'oauth-provider':
      return {
        name: 'bearerAuth',
        scheme: {
          type: 'http',
          scheme: 'bearer',
          description: `Access token issued by ${auth.provider?.value ?? 'the identity provider'} ${from}.`,
        },
      };
    case 'api-key':
      return {
        name: 'apiKeyAuth',
        scheme: { type: 'apiKey', in: 'header', name: 'X-API-Key', description: `API key ${from}.` },
      };
    default:
      return null;
  }
}

export interface SecurityDesign {
  schemes: Record<string, Record<string, unknown>>;
  /** The security requirement of one operation (alternatives, OpenAPI 3.1 §4.8.30). */
  requirement(e: Endpoint): Record<string, string[]>[];
  /** Who else calls the operation and how it authenticates (a machine client, a webhook sender). */
  note(e: Endpoint): string | null;
}

/** The providers' documented OAuth 2.0 / OpenID Connect endpoints and sign-in scopes. */
const SOCIAL: Record<string, { authorize: string; token: string; scopes: Record<string, string> }> = {
  google: {
    authorize: 'https://accounts.google.com/o/oauth2/v2/auth',
    token: 'https://oauth2.googleapis.com/token',
    scopes: { openid: 'OpenID Connect sign-in', email: 'Email address', profile: 'Basic profile' },
  },
  microsoft: {
    authorize: 'https://login.microsoftonline.com/common/oauth2/v2.0/authorize',
    token: 'https://login.microsoftonline.com/common/oauth2/v2.0/token',
    scopes: { openid: 'OpenID Connect sign-in', email: 'Email address', profile: 'Basic profile' },
  },
  github: {
    authorize: 'https://github.com/login/oauth/authorize',
    token: 'https://github.com/login/oauth/access_token',
    scopes: { 'read:user': 'Profile', 'user:email': 'Email addresses' },
  },
  apple: {
    authorize: 'https://appleid.apple.com/auth/authorize',
    token: 'https://appleid.apple.com/auth/token',
    scopes: { name: 'Name', email: 'Email address' },
  },
};

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** An administration path segment (`/admin/usage`, `/api/v1/administration/users`). */
const ADMIN_PATH = /\/admin(?:istration)?(?:\/|$)/i;

/** Whether an auth endpoint hands the client a bearer token in its body (`tokenType: Bearer`). */
function issuesBearerToken(endpoints: Endpoint[]): boolean {
  return endpoints.some(
    (e) =>
      e.action === 'auth' &&
      e.responses.some((r) => {
        const props = (r.schema?.properties ?? {}) as Record<string, { enum?: unknown[] }>;
        return props.accessToken !== undefined && (props.tokenType?.enum ?? ['Bearer']).includes('Bearer');
      }),
  );
}

/**
 * Every scheme the designed flows use, and each operation's requirement:
 * - the primary scheme (cookie, bearer JWT, provider token or API key) from `securitySchemes`;
 * - a bearer scheme beside a cookie when an auth endpoint returns the access token in its body
 *   (`tokenType: Bearer`): the client may send it in the Authorization header instead (RFC 6750);
 * - a CSRF header with the cookie on state-changing requests when the cookie is not
 *   `SameSite=Strict` (OWASP CSRF Prevention Cheat Sheet: Lax cookies need a token);
 * - public operations say so with the empty requirement `{}` (anonymous access, §4.8.30).
 */
export function securityDesign(spec: Spec): SecurityDesign | null {
  const users = userSecurity(spec);
  const machines = machineSecurity(spec);
  if (!users && !machines) return null;
  if (!machines) return { ...users!, note: () => null };
  const schemes = { ...(users?.schemes ?? {}), ...machines.schemes };
  return {
    schemes,
    requirement: (e) => {
      const key = machines.requirement(e);
      if (!key) return users ? users.requirement(e) : [{}];
      // The machine's key sits next to the user schemes: the documents state that the client calls
      // these routes with its key; a stated user access stays as it is (§4.8.30: any one suffices).
      const base = users && e.authenticated ? users.requirement(e) : [];
      return [...base, key];
    },
    note: machines.note,
  };
}

/** A header named in a webhook's verification sentence (`Stripe-Signature`, `X-Twilio-Signature`). */
const SIGNATURE_HEADER = /\b((?:[A-Za-z][A-Za-z0-9]*-)+Signature(?:-\d+)?)\b/i;

/**
 * The machine principals' side (issue 13 item 3): an `apiKey` scheme in the stated header for a
 * machine client with a stated API key, required on the operations it calls; webhook senders
 * authenticate by the provider's signature, verified by the receiver, never by a bearer token, so
 * their operations say so in the description and keep the anonymous requirement.
 */
function machineSecurity(spec: Spec): {
  schemes: Record<string, Record<string, unknown>>;
  requirement(e: Endpoint): Record<string, string[]> | null;
  note(e: Endpoint): string | null;
} | null {
  const principals = spec.principals ?? [];
  const keyed = principals.filter((p) => p.credential && p.operations.length > 0);
  const hooks = principals.filter((p) => p.kind === 'webhook' && p.operations.length > 0);
  if (keyed.length === 0 && hooks.length === 0) return null;
  const schemes: Record<string, Record<string, unknown>> = {};
  const keyOf = new Map<string, string>();
  keyed.forEach((p, i) => {
    const name = i === 0 ? 'clientApiKey' : `clientApiKey${i + 1}`;
    const c = p.credential!;
    const proposed = c.origin.kind !== 'source';
    schemes[name] = {
      type: 'apiKey',
      in: c.in,
      name: c.name,
      description: `API key of a machine client (${p.name}), stated at ${cite(p.auth?.origin ?? p.origin)}; ${
        proposed
          ? 'the documents state the key but not its header, so the header name is a proposal'
          : `header as stated (${cite(c.origin)})`
      }. Stored only as a hash and compared in constant time (OWASP API2:2023).`,
    };
    for (const op of p.operations) keyOf.set(op, name);
  });
  const hookOf = new Map<string, string>();
  for (const h of hooks) {
    // Only the catalogue says how a provider signs: an uncatalogued one's "own scheme" is no statement.
    const integration = spec.integrations.find((i) => i.name.toLowerCase() === h.name.toLowerCase());
    const verification = integration?.known === false ? undefined : integration?.webhooks[0]?.verification;
    const stated = h.auth?.value === 'signature' ? h.auth : null;
    const quote = stated?.origin.kind === 'source' ? (stated.origin.quote ?? '') : '';
    const header = SIGNATURE_HEADER.exec(quote)?.[1] ?? SIGNATURE_HEADER.exec(verification ?? '')?.[1];
    const mtls = h.auth?.value === 'mtls' ? h.auth : null;
    const note = mtls
      ? `Called by ${h.name} with its client certificate (mutual TLS), as stated (${cite(mtls.origin)}); no bearer token.`
      : stated
        ? `Called by ${h.name}: the request's signature${header ? ` (${header} header)` : ''} is verified over the raw body before anything is read, as stated (${cite(stated.origin)}); no bearer token.`
        : verification
          ? `Called by ${h.name}: the documents do not state how it authenticates; ${h.name} documents signing its webhooks (${verification.split(':')[0]}), verified over the raw body before anything is read; no bearer token.`
          : `Called by ${h.name}: the documents do not state how it authenticates; no bearer token.`;
    for (const op of h.operations) hookOf.set(op, note);
  }
  return {
    schemes,
    requirement: (e) => {
      const key = keyOf.get(e.operationId);
      return key ? { [key]: [] } : null;
    },
    note: (e) => {
      const hook = hookOf.get(e.operationId);
      if (hook) return hook;
      const key = keyOf.get(e.operationId);
      if (!key) return null;
      const p = keyed.find((x) => x.operations.includes(e.operationId))!;
      return `Called by a machine client (${p.name}) with its API key in the ${p.credential!.name} header (${cite(p.origin)}).`;
    },
  };
}

/**
 * Groups of roles that authenticate differently (volunteers by a session cookie, staff by the
 * provider's bearer token): one scheme per group, and each operation requires the schemes of the
 * groups whose roles may call it (§4.8.30: any one listed requirement suffices).
 */
function perRoleSecurity(spec: Spec): Omit<SecurityDesign, 'note'> | null {
  const groups = spec.auth?.perRole ?? [];
  // Groups that differ only by their identity provider all send a bearer token: one scheme serves them.
  if (new Set(groups.map((g) => g.transport)).size < 2) return null;
  const schemes: Record<string, Record<string, unknown>> = {};
  const nameOf = (transport: 'cookie' | 'bearer') => (transport === 'cookie' ? 'cookieAuth' : 'bearerAuth');
  const storage = spec.auth?.tokenStorage?.value ?? '';
  const sameSite = /samesite\s*=\s*(strict|lax|none)/i.exec(storage)?.[1]?.toLowerCase() ?? null;
  for (const g of groups) {
    const who = g.roles.join(', ');
    const from = cite(g.stated ?? g.origin);
    schemes[nameOf(g.transport)] =
      g.transport === 'cookie'
        ? {
            type: 'apiKey',
            in: 'cookie',
            name: 'session',
            description: `Opaque session token in a cookie, HttpOnly and Secure, for the roles ${who} (${from}); no bearer token. The cookie name is a proposal; the documents do not name one.`,
          }
        : {
            type: 'http',
            scheme: 'bearer',
            description: `Access token issued by ${g.provider ?? 'the identity provider'} in the Authorization header (RFC 6750), for the roles ${who} (${from}).`,
          };
  }
  const csrf = !!schemes.cookieAuth && sameSite !== 'strict';
  if (csrf)
    schemes.csrfToken = {
      type: 'apiKey',
      in: 'header',
      name: 'X-CSRF-Token',
      description:
        'Anti-CSRF token sent with the session cookie on POST, PUT, PATCH and DELETE, because the cookie is not stated SameSite=Strict (OWASP CSRF Prevention Cheat Sheet). The header name is a proposal.',
    };
  return {
    schemes,
    requirement: (e) => {
      if (!e.authenticated) return [{}];
      const callers = groups.filter((g) => g.roles.some((r) => e.roles.includes(r)));
      return (callers.length > 0 ? callers : groups).map((g) =>
        g.transport === 'cookie' && csrf && UNSAFE.has(e.method)
          ? { cookieAuth: [], csrfToken: [] }
          : { [nameOf(g.transport)]: [] },
      );
    },
  };
}

/** The user side: the primary scheme of the designed authentication, CSRF and social sign-in. */
function userSecurity(spec: Spec): Omit<SecurityDesign, 'note'> | null {
  const perRole = perRoleSecurity(spec);
  if (perRole) return perRole;
  const primary = securitySchemes(spec);
  if (!primary) return null;
  const schemes: Record<string, Record<string, unknown>> = { [primary.name]: primary.scheme };
  const cookie = primary.name === 'cookieAuth';
  const storage = spec.auth?.tokenStorage?.value ?? '';
  const from = spec.auth ? ` (${cite(spec.auth.strategy.origin)})` : '';
  if (cookie && issuesBearerToken(spec.endpoints))
    schemes.bearerAuth = {
      type: 'http',
      scheme: 'bearer',
      description: `The access token the sign-in and refresh responses return, in the Authorization header (RFC 6750)${from}; an alternative to the cookie for non-browser clients.`,
    };
  // Only a stated SameSite=Strict cookie is never sent on a cross-site request. Lax and None need a
  // token, and so does a cookie whose SameSite attribute is not stated: browsers default it
  // differently (Chrome treats it as Lax, Firefox and Safari send it cross-site).
  const sameSite = /samesite\s*=\s*(strict|lax|none)/i.exec(storage)?.[1]?.toLowerCase() ?? null;
  const csrf = cookie && sameSite !== 'strict';
  if (csrf)
    schemes.csrfToken = {
      type: 'apiKey',
      in: 'header',
      name: 'X-CSRF-Token',
      description: `Anti-CSRF token sent with the cookie on POST, PUT, PATCH and DELETE, because ${sameSite === 'none' ? 'the cookie is SameSite=None' : sameSite === 'lax' ? 'the cookie is SameSite=Lax' : 'the documents state no SameSite attribute for the cookie'} (OWASP CSRF Prevention Cheat Sheet). The header name is a proposal; the documents do not name one.`,
    };
  for (const social of spec.auth?.socialProviders ?? []) {
    const known = SOCIAL[social.value.toLowerCase().replace(/\s+(oauth|sign-?in).*$/, '')];
    if (!known) continue;
    schemes[`${social.value.toLowerCase().replace(/\W+/g, '')}OAuth`] = {
      type: 'oauth2',
      description: `Sign-in with ${social.value} (${cite(social.origin)}): OAuth 2.0 authorization code flow with PKCE (RFC 7636); the ID token is validated per the JWT Best Current Practices (RFC8725). Used by the sign-in flow, not sent to this API.`,
      flows: {
        authorizationCode: {
          authorizationUrl: known.authorize,
          tokenUrl: known.token,
          refreshUrl: known.token,
          scopes: known.scopes,
        },
      },
    };
  }
  return {
    schemes,
    requirement: (e) => {
      if (!e.authenticated) return [{}];
      // OpenAPI 3.1 §4.8.30: for schemes other than OAuth2/OpenID Connect the array MAY list the
      // role names the operation requires. An operation under an administration path lists the
      // roles of the permission matrix, so its requirement is visibly distinct from an any-user one
      // (OWASP API5:2023, broken function-level authorization). Other operations keep `[]` and their
      // roles in `x-roles`: linters that predate 3.1 read a non-empty array as OAuth scopes.
      const roles = ADMIN_PATH.test(e.path) ? [...new Set(e.roles)].sort() : [];
      const out: Record<string, string[]>[] = [];
      if (cookie)
        out.push(csrf && UNSAFE.has(e.method) ? { cookieAuth: roles, csrfToken: [] } : { cookieAuth: roles });
      else out.push({ [primary.name]: roles });
      if (schemes.bearerAuth && cookie) out.push({ bearerAuth: roles });
      return out;
    },
  };
}
