import { cite } from '../../model/origin.js';
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
          description: `JWT access token in the Authorization header (RFC 6750) ${from}.`,
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
