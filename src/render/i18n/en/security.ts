/** English wording of the security sections (5. Authentication & Authorization, 6. Data Validation, 7. Error Handling). */
export const security = {
  auth: {
    authentication: '5.1 Authentication',
    strategyTable: { setting: 'Setting', value: 'Value', source: 'Source' },
    settings: {
      strategy: 'Strategy',
      provider: 'Identity provider',
      accessTokenFormat: 'Access token format',
      accessTokenTtl: 'Access token lifetime',
      refreshTokenTtl: 'Refresh token lifetime',
      refreshRotation: 'Refresh token rotation',
      refreshReuse: 'Refresh token reuse detection',
      sessionTimeout: 'Session timeout',
      tokenStorage: 'Token storage',
      refreshTokenStorage: 'Refresh token storage',
      refreshStore: 'Refresh token store',
      passwordHashing: 'Password hashing',
      passwordMinLength: 'Password minimum length',
      passwordRequires: 'Password must contain',
      socialProviders: 'Social login providers',
      mfa: 'MFA / one-time passwords',
      lockout: 'Brute-force lockout',
      signInMethod: 'Sign-in method',
      signInLinkTtl: 'Sign-in link lifetime',
      signInCodeTtl: 'Sign-in code lifetime',
      tokenVerification: 'Token verification',
    },
    signInSent: {
      'magic-link': 'a one-time link by e-mail',
      'email-code': 'a one-time code by e-mail',
      'sms-code': 'a one-time code by SMS',
      'phone-code': 'a one-time code to the phone number',
    },
    signInBesidePassword: {
      'magic-link': 'a password, or a one-time sign-in link sent by e-mail (magic link)',
      'email-code': 'a password, or a one-time code sent by e-mail',
      'sms-code': 'a password, or a one-time code sent by SMS',
      'phone-code': 'a password, or a one-time code sent to the phone number',
    },
    signInMethods: {
      'magic-link': 'a one-time sign-in link sent by e-mail (magic link); no password is stored',
      'email-code': 'a one-time code sent by e-mail; no password is stored',
      'sms-code': 'a one-time code sent by SMS; no password is stored',
      'phone-code': 'a one-time code sent to the phone number; no password is stored',
    },
    /** The API's own tokens after a provider's or a one-time link's sign-in; `ways`: each way in with its roles. */
    strategyOwnAfter: (ways: string) =>
      `JWT bearer tokens (RFC 7519) the API issues itself after sign-in (${ways})`,
    strategies: {
      jwt: 'JWT bearer tokens (RFC 7519)',
      session: 'Server-side sessions (cookie)',
      'oauth-provider': 'External identity provider (OAuth 2.0 / OpenID Connect)',
      'api-key': 'API keys',
      'opaque-token': 'Opaque bearer tokens (stored hashed on the server)',
      none: 'None (no protected endpoint)',
    },
    tokenVerification: (algorithm: string | null, jwks: boolean) =>
      algorithm && jwks
        ? `${algorithm} signature verified against the provider's published keys (JWKS)`
        : algorithm
          ? `${algorithm} signature verified on every request`
          : "signature verified against the provider's published keys (JWKS)",
    refreshStore: (store: string, ttl: string | null) =>
      `${store}: each key expires by its TTL${ttl ? ` (${ttl})` : ''}; no job purges them`,
    noRefresh: 'none (stated): the client signs in again when the token expires',
    lockoutDefault:
      'after 5 failed sign-ins for one account within 15 minutes, further attempts are refused for 15 minutes (429); failures are also throttled per IP',
    yes: 'yes',
    requires: {
      uppercase: 'an uppercase letter',
      lowercase: 'a lowercase letter',
      number: 'a number',
      symbol: 'a symbol',
    },
    perRoleIntro: 'How each group of roles authenticates, as the documents state it per group:',
    perRoleTable: { roles: 'Roles', with: 'Authenticates with', source: 'Source' },
    perRoleCookie: 'an opaque session token in a cookie (HttpOnly); no bearer token',
    perRoleIssuedBy: (who: string) => `issued by ${who}`,
    perRoleApi: 'the API',
    perRoleBearer: (provider: string | null) =>
      provider
        ? `sign-in with ${provider}; an access token in the Authorization header (RFC 6750)`
        : 'an access token in the Authorization header (RFC 6750)',
    jwtHeading: '5.2 JWT payload',
    jwtIntro: 'Claims carried in the access token (example values):',
    claimsTable: { claim: 'Claim', meaning: 'Meaning', source: 'Source' },
    claims: {
      sub: 'Subject: the user id (RFC 7519 §4.1.2)',
      iat: 'Issued at (RFC 7519 §4.1.6)',
      exp: 'Expiry (RFC 7519 §4.1.4)',
      jti: 'Token id, used for revocation (RFC 7519 §4.1.7)',
      iss: 'Issuer (RFC 7519 §4.1.1)',
      aud: 'Audience (RFC 7519 §4.1.3)',
      role: 'The user role, one of the roles below',
      roles: 'The user roles',
    } as Record<string, string>,
    tenantClaim: (column: string) => `Tenant of the user: every query is scoped by \`${column}\``,
    userClaim: 'The user id',
    lifecycleHeading: '5.3 Token lifecycle',
    lifecycle: {
      providerThenOwn: (name: string) =>
        `${name} runs sign-in; the API then issues its own tokens (below) and verifies them on every request.`,
      issueOwn: (ttl: string) => `After the sign-in the API issues its own access token valid for ${ttl}.`,
      issue: (ttl: string) => `Sign-in verifies the credentials and issues an access token valid for ${ttl}.`,
      refresh: (ttl: string, route: string | null) =>
        `A refresh token valid for ${ttl} is issued with it; ${route ? `\`${route}\` exchanges it` : 'it is exchanged'} for a new pair.`,
      rotation:
        'Each refresh rotates the refresh token; presenting a used refresh token again revokes the whole token family (reuse detection, RFC 9700 §4.14.2).',
      noRefresh: 'No refresh token is issued: when the access token expires the client signs in again.',
      session: (ttl: string) =>
        `The session ends after ${ttl} whatever the refresh state; the user signs in again.`,
      logout: 'Sign-out revokes the refresh token (or session) server-side and clears the cookie.',
      logoutStateless:
        'Sign-out clears the cookie; a token copied before that stays valid until it expires unless its `jti` is kept on a deny-list until then.',
      storage: (value: string) =>
        `Tokens travel in a cookie with the attributes ${value}; they are never readable by JavaScript when HttpOnly is set.`,
      provider: (name: string) =>
        `${name} runs sign-in; the API verifies the provider's tokens (signature, issuer, audience, expiry) on every request.`,
      providerAndMethods: (name: string, methods: string) =>
        `Sign-in runs through ${name} and the stated login methods (${methods}); the API verifies the tokens (signature, issuer, audience, expiry) on every request.`,
      providerIssues: (name: string, access: string | null, refresh: string | null) =>
        `${name} issues the tokens${access || refresh ? ` (${[access ? `access token valid for ${access}` : null, refresh ? `refresh token valid for ${refresh}` : null].filter(Boolean).join('; ')}, as stated)` : ''}; renewing them is its work, and the API stores none of them.`,
      logoutProvider: (name: string) =>
        `Sign-out ends the session at ${name} and the client discards its tokens; the API keeps no token to revoke.`,
      managed: (name: string) =>
        `${name} issues, renews and expires the tokens; their lifetimes are its configuration, which the documents do not state.`,
      opaqueOnly:
        'Each token is a random string sent in the `Authorization: Bearer` header; the server keeps only its hash and looks it up on every request.',
      logoutHeader:
        "Sign-out revokes the refresh token (or the token's `jti`) on the server; the client discards its tokens.",
      logoutOpaque: "Sign-out deletes the token's row on the server; the token stops working at once.",
      sessionOnly: 'The server keeps the session; the cookie carries only an opaque session id.',
      signInLink: (method: string, ttl: string | null) =>
        `Sign-in sends ${method}${ttl ? `, valid for ${ttl} and usable once` : ', usable once'}; exchanging it signs the user in.`,
    },
    findingsHeading: 'Where the documents disagree',
    findings: {
      'session-timeout-vs-refresh': (v: string[]) =>
        `The session timeout (${v[0]}) is shorter than the refresh-token lifetime (${v[1]}): the session limit wins and ends the refresh chain.`,
      'access-ttl-conflict': (v: string[]) =>
        `Two access-token lifetimes are stated (${v[0]} and ${v[1]}); the first is used.`,
      'refresh-ttl-conflict': (v: string[]) =>
        `Two refresh-token lifetimes are stated (${v[0]} and ${v[1]}); the first is used.`,
      'session-timeout-conflict': (v: string[]) =>
        `Two session timeouts are stated (${v[0]} and ${v[1]}); the first is used.`,
      'hash-cost-below-minimum': (v: string[]) =>
        `The stated bcrypt cost ${v[0]} is below ${v[1]} (OWASP Password Storage Cheat Sheet); raise it.`,
    },
    rolesHeading: '5.4 Roles',
    rolesTable: {
      role: 'Role',
      label: 'Name',
      level: 'Level',
      inherits: 'Includes the permissions of',
      description: 'Description',
      source: 'Source',
    },
    defaultRoles:
      'The documents state no roles: these are the documented defaults (rule `derive/default-role-user`; an `admin` role only when the documents mention administration).',
    matrixHeading: '5.5 Endpoint permission matrix',
    matrixIntro:
      'Every endpoint × every role. allowed: any record; own: only records the user owns; tenant: only records of the user’s tenant; denied: 403. Deny by default (OWASP ASVS V4.1.3).',
    matrixEndpoint: 'Endpoint',
    access: { allowed: 'allowed', own: 'own', tenant: 'tenant', denied: 'denied' },
    webhookNote:
      'Webhook endpoints are denied to every role: their provider calls them, a machine caller listed with how it is verified under who calls the API.',
    servedBy: (surface: string) => `${surface}, no JSON route`,
    publicNote:
      'Public endpoints (no authentication) are marked allowed for every role and also answer anonymous callers.',
    grantsHeading: '5.6 Permissions per resource',
    /** The granted actions as the matrix words them. */
    actionWords: {
      manage: 'manage',
      create: 'create',
      read: 'read',
      update: 'update',
      delete: 'delete',
    } as Record<string, string>,
    grantsTable: { role: 'Role', resource: 'Resource', actions: 'Actions', source: 'Source' },
    everyResource: 'every resource',
    ownershipHeading: '5.7 Resource ownership and tenant scoping',
    ownershipTable: { entity: 'Entity', rule: 'Rule', column: 'Column', source: 'Source' },
    ownershipKinds: {
      column: 'owner column',
      parent: 'owned through parent',
      self: 'the user record itself',
      'role-column': 'column named for a role',
      reference: 'reference to the user (scopes nobody by itself)',
    },
    scopesIntro:
      'Stated scopes: each role below reaches the records its sentence names, and those beneath them, only through the foreign-key path shown; a role that “sees only” them reaches nothing else but its own user record.',
    scopesTable: {
      role: 'Role',
      entity: 'Sees',
      access: 'Access',
      path: 'Path to the user',
      covers: 'Records in scope',
      source: 'Source',
    },
    noOwnership: 'No entity has a foreign key to the user entity: ownership is not enforced per record.',
    tenant: (column: string) =>
      `Multi-tenant: every tenant-scoped query filters by \`${column}\` taken from the token, never from the request; a record of another tenant answers 404.`,
    ownershipEnforcement:
      'Ownership is checked in the query (`WHERE <owner column> = :currentUser`), not after loading, so a record of another user answers 404 (OWASP ASVS V4.2.1).',
    callersHeading: '5.8 Who calls the API',
    callersIntro:
      'Every caller of the API and how it authenticates: users by role, the client applications they use, machine clients and webhook senders. Machines are never user roles.',
    callersTable: {
      caller: 'Caller',
      kind: 'Kind',
      authentication: 'Authenticates with',
      operations: 'Operations',
      source: 'Source',
    },
    callerKinds: {
      user: 'user (role)',
      browser: 'client application (browser)',
      anonymous: 'anonymous (not signed in)',
      webhook: 'webhook sender',
      device: 'device',
      service: 'machine client',
      agent: 'automation agent',
    },
    apiKeyClient: 'API key client',
    anonymousAuth: 'none: no token; public endpoints only',
    browserAuth: 'the signed-in user’s credentials; its cross-origin requests are answered (CORS)',
    apiKeyAuth: (header: string) => `API key in the \`${header}\` header`,
    apiKeyProposedHeader: (header: string) =>
      `API key; the documents name no header, \`${header}\` is a proposal`,
    signatureAuth: 'the provider’s signature, verified over the raw body; no bearer token',
    mtlsAuth: 'client certificate (mutual TLS)',
    clientCredentialsAuth: 'OAuth 2.0 client credentials (RFC 6749 §4.4)',
    authNotStated: 'not stated in the documents',
    operationsCount: (n: number) => `${n} endpoints`,
    moreOperations: (n: number) => `and ${n} more`,
  },
  validation: {
    fieldsHeading: '6.1 Input validation rules',
    fieldsIntro:
      'Validated server-side on every request against an allow-list (OWASP ASVS V5.1); unknown properties are rejected (400).',
    fieldsTable: { field: 'Field', rules: 'Rules', source: 'Source' },
    rules: {
      required: 'required',
      type: (t: string) => `type ${t}`,
      format: (f: string) => `format ${f}`,
      maxLength: (n: string) => `max length ${n}`,
      minLength: (n: string) => `min length ${n}`,
      length: (d: string) => d,
      lengthBound: (op: string, n: string) => `length ${op} ${n}`,
      precision: (p: string, s: string) => `precision ${p}, scale ${s}`,
      range: (d: string) => `range ${d}`,
      enum: (v: string) => `one of ${v}`,
      pattern: (p: string) => `pattern \`${p}\``,
      unique: 'unique (409 on duplicate)',
      reference: (d: string) => `reference: ${d}`,
    },
    businessRule: (id: string) => `business rule ${id}`,
    general: 'general',
    sanitisationHeading: '6.2 Output sanitisation',
    sanitisation: {
      secrets:
        'Secret fields (below) are never serialised in any response and never logged (OWASP ASVS V8.3).',
      'personal-data':
        'Personal data (below) is returned only to roles allowed to read the record and is redacted from logs.',
      nulls: 'Absent optional values are returned as `null`, never omitted, so clients see one shape.',
      datetimes:
        'Dates and times are returned as RFC 3339 strings in UTC (`2025-01-31T09:30:00Z`); dates as `YYYY-MM-DD`.',
      decimals: 'Decimal amounts are returned as strings to keep their precision.',
      html: 'Text is returned as JSON strings, never as HTML; clients encode on output (OWASP XSS Prevention).',
    },
    sensitiveTable: { entity: 'Entity', field: 'Field', kind: 'Classification', handling: 'Handling' },
    sensitiveKinds: { secret: 'secret', personal: 'personal data' } as Record<string, string>,
    handling: { secret: 'never in responses or logs', personal: 'redacted from logs' } as Record<
      string,
      string
    >,
  },
  errors: {
    envelopeHeading: '7.1 Error response format',
    why: {
      stated: (source: string) =>
        `The documents state their own error body (${source}); every error uses that shape so clients keep one parser.`,
      'problem-details':
        'The documents state no error body, so errors follow RFC 9457 problem details (`application/problem+json`): a standard media type that clients and OpenAPI tools already understand. It carries the workflow’s fields as extension members: `code` (error code), `detail` (message), `errors` (field errors) and `request_id` (for tracking).',
      envelope: 'Errors use the envelope `{ code, message, details, request_id }`.',
    },
    mediaType: (m: string) => `Media type: \`${m}\`.`,
    schemaCaption: 'JSON Schema of the error body:',
    fieldMap: {
      code: 'Error code',
      message: 'Message',
      status: 'HTTP status',
      details: 'Field errors',
      requestId: 'Request id',
    },
    fieldMapTable: { part: 'Part', location: 'Location (JSON Pointer)' },
    notCarried: 'not carried by the stated shape',
    /** Said once in a spec of another language: titles stay English (see title()). */
    titlesNote: '',
    /** An error title as the API returns it (its English wording is part of the API contract). */
    title: (title: string) => `${title}`,
    catalogHeading: '7.2 Error catalogue',
    catalogTable: {
      status: 'Status',
      code: 'Code',
      title: 'Title',
      category: 'Category',
      endpoints: 'Returned by',
      source: 'Source',
    },
    allEndpoints: 'every endpoint',
    endpointCount: (n: number) => `${n} endpoints`,
    categories: {
      validation: 'validation',
      authentication: 'authentication',
      authorization: 'authorization',
      'not-found': 'not found',
      conflict: 'conflict',
      'business-rule': 'business rule',
      'rate-limit': 'rate limit',
      server: 'server',
      unavailable: 'unavailable',
    } as Record<string, string>,
    examplesHeading: '7.3 Examples per category',
    exampleCaption: (status: number, code: string) => `${status} ${code}`,
    handlingHeading: '7.4 Handling rules',
    handling: [
      'Unexpected errors are logged with the request id and answered with 500 without stack traces or internal messages (OWASP ASVS V7.4.1).',
      '401 answers carry `WWW-Authenticate`; 429 answers carry `Retry-After`; 503 answers carry `Retry-After` when the outage has a known end.',
      'Records outside the caller’s ownership or tenant answer 404 rather than 403, so identifiers do not leak.',
      'Validation errors list every failing field at once, each with a JSON Pointer to the field.',
    ],
  },
};
