import { isPasswordColumn } from '../../knowledge/sensitive.js';
import { chosen } from '../../knowledge/stack.js';
import type { Requirement } from '../../model/domain.js';
import { byDefault, fromRule, type Origin, type SourceRef } from '../../model/origin.js';
import { type SecurityFact, sessionAfterProvider } from '../../model/security-facts.js';
import type { Endpoint, JsonSchema, ResponseSpec } from '../../model/spec/api.js';
import type { SpecEntity, SpecField } from '../../model/spec/data.js';
import type { ApiContext } from './context.js';
import { errorResponses } from './crud.js';
import { fieldSchema } from './field-schema.js';
import { camel, pascal } from './naming.js';
import { isUserEntity } from './resources.js';
import { ref, schemaNames, writableFields } from './schemas.js';

const SET_COOKIE = { 'Set-Cookie': 'Session or token cookie (HttpOnly; Secure; SameSite), RFC 6265.' };

/**
 * Authentication endpoints that fit the stated strategy: an external identity provider keeps login
 * and sign-up (only `GET /auth/me` remains); otherwise login, `me`, and — only when the documents give
 * a reason — register (sign-up requirement), logout (cookie/session or refresh tokens), refresh
 * (refresh tokens stated, never when stated absent), password reset and email verification
 * (requirements), OAuth start/callback per stated social provider (RFC 6749 §4.1).
 */
export function authEndpoints(ctx: ApiContext): Endpoint[] {
  const { domain, spec } = ctx;
  const facts = domain.securityFacts ?? [];
  const fact = <K extends SecurityFact['kind']>(k: K) =>
    facts.filter((f): f is Extract<SecurityFact, { kind: K }> => f.kind === k);
  const user = spec.entities.find(isUserEntity) ?? null;
  const strategy = fact('strategy')[0] ?? null;
  const stackAuth = chosen(domain, 'auth');
  if (!user && !strategy && !stackAuth) return [];
  if (!user && strategy?.value === 'api-key') return [];
  const reqs = domain.requirements;
  const said = (re: RegExp) => reqs.filter((r) => re.test(r.text));
  const base = `${ctx.base.path}/auth`;
  const anchor: Origin =
    strategy?.origin ?? stackAuth?.origin ?? user?.origin ?? byDefault('derive/auth-endpoints');
  const rule = (id: string, from: (Origin | Requirement)[] = []) => fromRule(id, refsOf([anchor, ...from]));
  const userSchema: JsonSchema = user ? ref(schemaNames(user.name).read) : { type: 'object' };
  const out: Endpoint[] = [];
  const external = fact('identity-provider')[0];
  // "After sign-in (Kakao, Google Workspace, a magic link) the API issues its own JWT": the provider
  // only proves who signs in; the API runs the provider's authorization-code flow itself (start,
  // callback) and issues, refreshes and revokes its own tokens, as without a provider.
  const ownTokens = !!external && fact('token-issuer').some((f) => f.value === 'server');
  if (user) {
    out.push(
      ep(
        'getMe',
        'GET',
        `${base}/me`,
        'Get the signed-in user',
        true,
        null,
        [{ status: 200, description: 'The signed-in user.', schema: userSchema }],
        rule('derive/auth-me'),
        'read',
      ),
    );
  }
  if (external && !ownTokens) {
    // "After sign-in Phoenix creates a session cookie …; we issue no JWTs": the backend runs the
    // provider's authorization-code flow itself (start, callback) and keeps its own session, which
    // signing out ends. A provider whose tokens the API only verifies needs none of these routes.
    const session = sessionAfterProvider(fact('strategy'));
    if (session) {
      out.push(...providerSignIn(base, external.value, external.origin));
      out.push(
        logoutEndpoint(
          base,
          'Signed out; the session is ended.',
          true,
          fromRule('derive/auth-logout', refsOf([session.origin])),
          said(/\b(log ?out|sign ?out)\w*/i),
        ),
      );
    }
    return out;
  }

  const identifier =
    user?.fields.find((f) => /^email$/i.test(f.name)) ??
    user?.fields.find((f) => /^(username|login|phone)$/i.test(f.name));
  const idName = identifier?.name ?? 'email';
  const idSchema: JsonSchema = identifier
    ? fieldSchema({ ...identifier, nullable: false, description: null })
    : { type: 'string', format: 'email' };
  const minLength =
    domain.parameters.find((p) => p.key === 'auth.password-min-length')?.value ??
    fact('password-policy')[0]?.minLength ??
    8;
  const password: JsonSchema = { type: 'string', minLength, maxLength: 128, writeOnly: true };
  // A stated passwordless sign-in (a magic link, a code by e-mail or SMS): no password in any body.
  const passwordless =
    fact('passwordless').find(
      (f) =>
        f.method === 'magic-link' ||
        f.method === 'email-code' ||
        f.method === 'sms-code' ||
        f.method === 'phone-code',
    ) ??
    fact('passwordless')[0] ??
    null;
  // The accounts keep a password (a `password` column) beside a stated one-time link or code: the
  // link is another audience's way in (donors by magic link, staff by password), and both are designed.
  const oneTime =
    passwordless?.method === 'magic-link' ||
    passwordless?.method === 'email-code' ||
    passwordless?.method === 'sms-code' ||
    passwordless?.method === 'phone-code';
  const passwordColumn = !!user?.fields.some((f) => isPasswordColumn(f.column));
  const mixed = oneTime && passwordColumn;
  // Behind a provider a password is asked only of accounts that keep one (a `password` column).
  const withPassword = ownTokens ? passwordColumn : !passwordless || mixed;
  const secret: Record<string, JsonSchema> = withPassword ? { password } : {};
  const credentials: JsonSchema = {
    type: 'object',
    properties: { [idName]: idSchema, ...secret },
    required: withPassword ? [idName, 'password'] : [idName],
    additionalProperties: false,
  };
  // "Members sign in with their NIF and a one-time code": the code goes with the stated identifier,
  // the field of that name (the user's first, else another account entity's), not the e-mail.
  const writtenId = fact('passwordless').find(
    (f) => f.identifier && f.method === passwordless?.method,
  )?.identifier;
  const codeId = writtenId ? statedIdentifier(writtenId, user, spec.entities) : null;
  const addressName = codeId?.name ?? idName;
  const address: JsonSchema = {
    type: 'object',
    properties: {
      [addressName]: codeId ? fieldSchema({ ...codeId, nullable: false, description: null }) : idSchema,
    },
    required: [addressName],
    additionalProperties: false,
  };
  const stored = fact('token-storage').filter((f) => /cookie/i.test(f.value));
  // Only the refresh token in a cookie: the access token is still returned in the body.
  const refreshCookie = stored.length > 0 && stored.every((f) => f.token === 'refresh');
  const cookie = (stored.length > 0 && !refreshCookie) || strategy?.value === 'session';
  const refresh =
    (fact('refresh-token').length > 0 || refreshCookie) && fact('no-refresh-token').length === 0;
  const tokens: JsonSchema = {
    type: 'object',
    properties: {
      accessToken: { type: 'string' },
      tokenType: { type: 'string', enum: ['Bearer'] },
      expiresIn: { type: 'integer', minimum: 1 },
      ...(refresh && !refreshCookie ? { refreshToken: { type: 'string' } } : {}),
    },
    required: ['accessToken', 'tokenType', 'expiresIn'],
    additionalProperties: false,
  };
  const setCookie = SET_COOKIE;
  const signedIn: ResponseSpec = cookie
    ? {
        status: 200,
        description: 'Signed in; the credential is set as a cookie.',
        schema: userSchema,
        headers: setCookie,
      }
    : refreshCookie
      ? {
          status: 200,
          description: 'Signed in; the refresh token is set as a cookie.',
          schema: tokens,
          headers: setCookie,
        }
      : { status: 200, description: 'Signed in.', schema: tokens };

  // Sign-up of one's own account, not registering a record ("register a patient" is a create).
  const signUp = said(
    /\bsign(s|ing|ed)?[\s-]?up\b|\bcreate (an |their |his |her |a new )?account\b|\bself[\s-]?registration\b|\bregister(s|ing)? (for )?(an? |their )?(new )?(account|user account)\b|\bregistration (page|form|flow|screen)\b|\bregister(s|ing)? with\b.{0,80}\bpassword\b/i,
  );
  if (signUp.length > 0 && user) {
    const extra = writableFields(user, undefined, new Set()).filter(
      (f) => f !== identifier && !f.nullable && f.default === null && !/role|status/i.test(f.name),
    );
    const body: JsonSchema = {
      type: 'object',
      properties: {
        ...(credentials.properties as object),
        ...Object.fromEntries(extra.map((f) => [f.name, fieldSchema(f)])),
      },
      required: [idName, ...(passwordless ? [] : ['password']), ...extra.map((f) => f.name)],
      additionalProperties: false,
    };
    out.push(
      ep(
        'register',
        'POST',
        `${base}/register`,
        'Create an account',
        false,
        body,
        [{ status: 201, description: 'The account was created.', schema: userSchema }],
        rule('derive/auth-register-from-requirement', signUp),
        'auth',
        signUp,
        { conflict: true },
      ),
    );
  }
  const signInReqs = said(/\b(log ?in|sign ?in|authenticat)\w*/i);
  // Passwordless through a provider, or without saying how: no sign-in route is designed here.
  if (passwordless && oneTime)
    out.push(
      ...passwordlessSignIn(
        base,
        passwordless,
        address,
        signedIn,
        signInReqs,
        mixed ? 'signInWithLink' : 'login',
      ),
    );
  if (withPassword)
    out.push(
      ep(
        'login',
        'POST',
        `${base}/login`,
        'Sign in with credentials',
        false,
        credentials,
        [signedIn],
        rule('derive/auth-login'),
        'auth',
        signInReqs,
      ),
    );
  if (ownTokens)
    for (const p of ownTokenProviders(
      fact('identity-provider'),
      fact('principal-auth'),
      fact('token-issuer'),
    ))
      out.push(...providerSignIn(base, p.value, p.origin));
  if (cookie || refresh)
    out.push(
      logoutEndpoint(
        base,
        'Signed out; the credential is revoked.',
        cookie || refreshCookie,
        rule('derive/auth-logout'),
        said(/\b(log ?out|sign ?out)\w*/i),
      ),
    );
  if (refresh) {
    const body: JsonSchema | null =
      cookie || refreshCookie
        ? null
        : {
            type: 'object',
            properties: { refreshToken: { type: 'string' } },
            required: ['refreshToken'],
            additionalProperties: false,
          };
    out.push(
      ep(
        'refreshToken',
        'POST',
        `${base}/refresh`,
        'Exchange a refresh token for a new access token',
        false,
        body,
        [
          cookie || refreshCookie
            ? { status: 200, description: 'New tokens were issued.', schema: tokens, headers: setCookie }
            : { status: 200, description: 'New tokens were issued.', schema: tokens },
        ],
        rule('derive/auth-refresh-when-stated', [
          ...fact('refresh-token').map((f) => f.origin),
          ...(refreshCookie ? stored.map((f) => f.origin) : []),
        ]),
        'auth',
      ),
    );
  }
  const reset = said(/\b(forgot\w*|reset\w*)\b.{0,30}\bpassword|\bpassword\b.{0,20}\breset/i);
  if (reset.length > 0 && !passwordless && withPassword) {
    const req: JsonSchema = {
      type: 'object',
      properties: { [idName]: idSchema },
      required: [idName],
      additionalProperties: false,
    };
    const confirm: JsonSchema = {
      type: 'object',
      properties: { token: { type: 'string' }, password },
      required: ['token', 'password'],
      additionalProperties: false,
    };
    out.push(
      ep(
        'requestPasswordReset',
        'POST',
        `${base}/password-reset`,
        'Request a password reset link',
        false,
        req,
        [
          {
            status: 202,
            description:
              'Accepted; a reset link is sent if the account exists (no account enumeration, OWASP ASVS 2.5.2).',
            schema: null,
          },
        ],
        rule('derive/auth-password-reset-from-requirement', reset),
        'auth',
        reset,
      ),
    );
    out.push(
      ep(
        'confirmPasswordReset',
        'POST',
        `${base}/password-reset/confirm`,
        'Set a new password with a reset token',
        false,
        confirm,
        [{ status: 204, description: 'The password was changed.', schema: null }],
        rule('derive/auth-password-reset-from-requirement', reset),
        'auth',
        reset,
      ),
    );
  }
  const verify = said(/\bverif\w*\b.{0,20}\b(e-?mail|account)\b|\b(e-?mail|account)\b.{0,20}\bverif/i);
  if (verify.length > 0 || user?.fields.some((f) => /^emailVerified(At)?$/i.test(f.name))) {
    const body: JsonSchema = {
      type: 'object',
      properties: { token: { type: 'string' } },
      required: ['token'],
      additionalProperties: false,
    };
    out.push(
      ep(
        'verifyEmail',
        'POST',
        `${base}/verify-email`,
        'Confirm an email address with a verification token',
        false,
        body,
        [{ status: 204, description: 'The email address is verified.', schema: null }],
        rule('derive/auth-verify-email', verify),
        'auth',
        verify,
      ),
    );
  }
  // "Google" read beside "Google Workspace" is the identity provider already routed above.
  const routed = ownTokens ? fact('identity-provider').map((p) => p.value.toLowerCase()) : [];
  for (const p of fact('social-provider').filter(
    (f, i, all) =>
      f.status === 'chosen' &&
      all.findIndex((q) => q.value === f.value) === i &&
      !routed.some((r) => r.startsWith(f.value.toLowerCase())),
  ))
    out.push(...providerSignIn(base, p.value, p.origin));
  return out;
}

/**
 * The providers whose sign-in the API follows with its own tokens. Without a group's own statement,
 * every stated provider; with them, only a provider whose group's statement is followed within a few
 * lines by "the API issues its own tokens" ("Občané se přihlašují přes Bank iD … Backend po
 * přihlášení vydá vlastní JWT"): staff whose roles "come from the Keycloak token" keep Keycloak's.
 */
function ownTokenProviders(
  providers: Extract<SecurityFact, { kind: 'identity-provider' }>[],
  groups: Extract<SecurityFact, { kind: 'principal-auth' }>[],
  issuers: Extract<SecurityFact, { kind: 'token-issuer' }>[],
): Extract<SecurityFact, { kind: 'identity-provider' }>[] {
  const unique = providers.filter((p, i) => providers.findIndex((q) => q.value === p.value) === i);
  const withProvider = groups.filter((g) => g.provider);
  if (withProvider.length === 0) return unique;
  const followed = (o: Origin) =>
    o.kind === 'source' &&
    issuers.some(
      (f) =>
        f.value === 'server' &&
        f.origin.kind === 'source' &&
        f.origin.file === o.file &&
        f.origin.line >= o.line &&
        f.origin.line - o.line <= 3,
    );
  return unique.filter((p) =>
    withProvider.some(
      (g) => g.provider!.split(' via ')[0] === p.value.split(' via ')[0] && followed(g.origin),
    ),
  );
}

/** Letters and digits only, lower-case: `NIF`, `nif`, `member number` and `memberNumber` compare equal. */
const squash = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/** The field the stated identifier names: the user entity's first, else any entity's (unique ones first). */
function statedIdentifier(
  written: string,
  user: SpecEntity | null,
  entities: readonly SpecEntity[],
): SpecField | null {
  const want = squash(written);
  const named = (e: SpecEntity) => e.fields.find((f) => squash(f.name) === want || squash(f.column) === want);
  const own = user ? named(user) : undefined;
  if (own) return own;
  const found = entities.map(named).filter((f): f is SpecField => !!f);
  return found.find((f) => f.unique) ?? found[0] ?? null;
}

/** `POST /auth/logout`: 204, clearing the cookie when the credential travels in one. */
function logoutEndpoint(
  base: string,
  description: string,
  cookie: boolean,
  origin: Origin,
  reqs: Requirement[],
): Endpoint {
  const signedOut = { status: 204, description, schema: null, ...(cookie ? { headers: SET_COOKIE } : {}) };
  return ep('logout', 'POST', `${base}/logout`, 'Sign out', true, null, [signedOut], origin, 'auth', reqs);
}

/** The last word of a sign-in product's name ("Kakao Login") that names no provider. */
const PRODUCT_SUFFIX = new Set(['login', 'log-in', 'sign-in', 'connect']);

/** The OAuth authorization-code start and callback for one provider (RFC 6749 §4.1). */
function providerSignIn(base: string, provider: string, origin: Origin): Endpoint[] {
  // "Kakao Login", "LINE Login": the product's name without its "Login" names the route.
  const words = provider.split(/\s+/);
  if (words.length > 1 && PRODUCT_SUFFIX.has(words.at(-1)!.toLowerCase())) words.pop();
  const slug = words
    .join(' ')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-');
  const o = fromRule('derive/auth-oauth-per-provider', refsOf([origin]));
  const redirect = {
    status: 302,
    description: `Redirect to ${provider} (RFC 6749 §4.1).`,
    schema: null,
    headers: { Location: 'Where the browser goes next.' },
  };
  return [
    ep(
      `start${pascal(slug)}Login`,
      'GET',
      `${base}/${slug}`,
      `Start signing in with ${provider}`,
      false,
      null,
      [redirect],
      o,
      'auth',
    ),
    ep(
      `${camel(slug)}Callback`,
      'GET',
      `${base}/${slug}/callback`,
      `OAuth callback from ${provider}`,
      false,
      null,
      [redirect],
      o,
      'auth',
      [],
      { query: ['code', 'state'] },
    ),
  ];
}

/**
 * Passwordless sign-in (rule derive/auth-passwordless-sign-in): one route sends the one-time link or
 * code to the stated address, answering 202 whether or not the account exists (no account
 * enumeration); another exchanges it, once, for the session the strategy issues.
 */
function passwordlessSignIn(
  base: string,
  fact: Extract<SecurityFact, { kind: 'passwordless' }>,
  request: JsonSchema,
  signedIn: ResponseSpec,
  reqs: Requirement[],
  exchangeId: 'login' | 'signInWithLink',
): Endpoint[] {
  const o = fromRule('derive/auth-passwordless-sign-in', refsOf([fact.origin]));
  const link = fact.method === 'magic-link';
  const path = `${base}/${link ? 'sign-in-link' : 'sign-in-code'}`;
  // A link's token names its account; a short code does not, so it travels with the address it went to.
  const address = link ? {} : ((request.properties ?? {}) as Record<string, JsonSchema>);
  const exchange: JsonSchema = {
    type: 'object',
    properties: { ...address, [link ? 'token' : 'code']: { type: 'string', writeOnly: true } },
    required: [...Object.keys(address), link ? 'token' : 'code'],
    additionalProperties: false,
  };
  return [
    ep(
      link ? 'requestSignInLink' : 'requestSignInCode',
      'POST',
      path,
      link
        ? 'Send a one-time sign-in link by e-mail'
        : fact.method === 'email-code'
          ? 'Send a one-time sign-in code by e-mail'
          : fact.method === 'sms-code'
            ? 'Send a one-time sign-in code as a text message'
            : 'Send a one-time sign-in code to the phone number',
      false,
      request,
      [
        {
          status: 202,
          description: 'Accepted; the link or code is sent if the account exists (no account enumeration).',
          schema: null,
        },
      ],
      o,
      'auth',
      reqs,
    ),
    ep(
      exchangeId,
      'POST',
      `${path}/verify`,
      link ? 'Sign in with a one-time link' : 'Sign in with a one-time code',
      false,
      exchange,
      [signedIn],
      o,
      'auth',
      reqs,
    ),
  ];
}

function ep(
  operationId: string,
  method: Endpoint['method'],
  path: string,
  summary: string,
  authenticated: boolean,
  requestBody: JsonSchema | null,
  ok: ResponseSpec[],
  origin: Origin,
  rateLimit: Endpoint['rateLimit'],
  reqs: Requirement[] = [],
  opts: { conflict?: boolean; query?: string[] } = {},
): Endpoint {
  const errors = errorResponses({
    authenticated,
    notFound: false,
    body: requestBody !== null || (opts.query?.length ?? 0) > 0,
    conflict: opts.conflict ?? false,
    references: false,
    idempotent: false,
  });
  // 403 has no meaning for one's own session (RFC 9110 §15.5.4 is about a resource's permissions).
  if (authenticated)
    errors.splice(
      errors.findIndex((r) => r.status === 403),
      1,
    );
  if (!authenticated && operationId === 'login')
    errors.splice(1, 0, { status: 401, description: 'The credentials are wrong.', schema: null });
  return {
    operationId,
    method,
    path,
    resource: 'Auth',
    summary,
    entity: null,
    action: 'auth',
    parameters: (opts.query ?? []).map((name) => ({
      name,
      in: 'query' as const,
      required: true,
      schema: { type: 'string' },
      description: `OAuth \`${name}\` parameter (RFC 6749 §4.1.2).`,
    })),
    requestBody,
    responses: [...ok, ...errors],
    authenticated,
    roles: [],
    rateLimit,
    pagination: null,
    idempotencyKey: false,
    requirements: [...new Set(reqs.map((r) => r.id))],
    origin,
  };
}

function refsOf(items: (Origin | Requirement)[]): SourceRef[] {
  const out: SourceRef[] = [];
  for (const i of items) {
    const o =
      'kind' in i && typeof i.kind === 'string' && 'origin' in i ? (i as Requirement).origin : (i as Origin);
    if (o.kind === 'source' && !out.some((r) => r.file === o.file && r.line === o.line))
      out.push({ file: o.file, line: o.line });
  }
  return out;
}
