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
