import type { Origin } from '../origin.js';

/** Sections 5 to 7: authentication, authorization, validation and errors. */

export interface Setting<T> {
  value: T;
  origin: Origin;
}

/** One group of roles and how it authenticates: a session cookie, or a bearer token in the Authorization header. */
export interface RoleAuth {
  roles: string[];
  transport: 'cookie' | 'bearer';
  /** The identity provider that issues the group's tokens, when the statement names one. */
  provider: string | null;
  origin: Origin;
  /** The statement a rule read the group from (a staff word that names no role). */
  stated?: Origin;
  /** The group signs in with a one-time link or code sent by e-mail (no provider, no password). */
  method?: 'magic-link' | 'email-code';
  /**
   * Who issues the group's tokens, when the documents say so or a rule decides it: the identity
   * provider (the API verifies them) or the API itself after the sign-in.
   */
  issuer?: Setting<'provider' | 'server'>;
}

export interface AuthSpec {
  strategy: Setting<'jwt' | 'session' | 'oauth-provider' | 'api-key' | 'opaque-token' | 'none'>;
  /** External identity provider (Auth0, Cognito, Clerk, ...), when one is stated. */
  provider: Setting<string> | null;
  accessTokenTtlSeconds: Setting<number> | null;
  refreshTokenTtlSeconds: Setting<number> | null;
  refreshRotation: Setting<boolean> | null;
  tokenStorage: Setting<string> | null;
  /**
   * Where the refresh token lives when the documents keep only it in a cookie ("the refresh token
   * travels in an HttpOnly cookie"): the access token still travels in the Authorization header.
   */
  refreshTokenStorage?: Setting<string> | null;
  passwordHashing: Setting<string> | null;
  socialProviders: Setting<string>[];
  mfa: Setting<string> | null;
  lockout: Setting<string> | null;
  /** JWT claims (name → description). */
  /**
   * `value`: the claim's stated value (the audience the documents give the API's tokens); `role`: the
   * claim carries the user's role under the name the documents give it (`rol`, `realm_access.roles`).
   */
  jwtClaims: { name: string; description: string; origin: Origin; value?: string; role?: true }[];
  /** Absolute / idle session limit (s), when stated (`configurable session timeout (default 8 hours)`). */
  sessionTimeoutSeconds?: Setting<number> | null;
  /**
   * The server-side store of refresh tokens, when the documents keep them in a key-value store whose
   * keys expire by their TTL (Redis `EXPIRE`): no job purges them. `origin` is the line that states
   * the TTL.
   */
  refreshStore?: Setting<{ store: string; ttlSeconds: number | null }> | null;
  /** Whether refresh tokens exist: `false` with its source when the documents say there are none. */
  refreshTokens?: Setting<boolean> | null;
  /**
   * How the API verifies a token's signature, when the documents state it ("verifies the access token
   * (JWT RS256) with the realm's JWKS keys"): the algorithm and whether the keys come from the
   * provider's JWKS (RFC 7517, RFC 7515).
   */
  tokenVerification?: Setting<{ algorithm: string | null; jwks: boolean }> | null;
  /** Access token format (`JWT`, `opaque`), when the strategy issues tokens. */
  accessTokenFormat?: Setting<string> | null;
  /**
   * Who issues the tokens, when the documents say so: the identity provider (the API stores no token
   * of its own; stated lifetimes are the provider's configuration) or the server itself.
   */
  tokenIssuer?: Setting<'provider' | 'server'> | null;
  /** Refresh token reuse detection (OAuth 2.0 Security BCP, RFC 9700 §4.14.2). */
  refreshReuseDetection?: Setting<boolean> | null;
  /** Password composition rules (OWASP ASVS V2.1). */
  passwordPolicy?: {
    minLength: Setting<number> | null;
    requires: Setting<('uppercase' | 'lowercase' | 'number' | 'symbol')[]> | null;
  } | null;
  /**
   * How each group of roles authenticates, when the documents state different mechanisms per group
   * (volunteers by a session cookie, staff by the provider's bearer token); absent when one
   * mechanism serves everybody.
   */
  perRole?: RoleAuth[];
  /** Sign-in without a password, when stated: a one-time link or code by e-mail or SMS (no password is stored). */
  signInMethod?: Setting<'magic-link' | 'email-code' | 'sms-code' | 'phone-code'> | null;
  /** How long a passwordless sign-in link or code works (s). */
  signInLinkTtlSeconds?: Setting<number> | null;
  /** Login methods stated (`email + password`, `OTP`, `Google OAuth`). */
  loginMethods?: Setting<string>[];
  /** Where the documents disagree or a combination needs care; rendered through the message catalog. */
  findings?: AuthFinding[];
}

export interface AuthFinding {
  /** Stable id of the kind of finding; the renderer words it. */
  code:
    | 'session-timeout-vs-refresh'
    | 'access-ttl-conflict'
    | 'refresh-ttl-conflict'
    | 'session-timeout-conflict'
    | 'hash-cost-below-minimum';
  /** Values the finding compares, in display form (`8 hours`, `7 days`). */
  values: string[];
  origins: Origin[];
}

export interface RoleSpec {
  name: string;
  label: string;
  description: string | null;
  /** Roles whose permissions this one includes. */
  inherits: string[];
  /** Numeric level when the documents state a ranked hierarchy. */
  level?: number | null;
  /** Described as not signed in: the anonymous caller (public routes only), never a role of the matrix. */
  anonymous?: true;
  origin: Origin;
}

/**
 * A caller the documents name that is not signed in (rule `derive/anonymous-caller`): it holds no
 * token and reaches only the public routes.
 */
export interface AnonymousCaller {
  name: string;
  label: string;
  description: string | null;
  /** operationIds of the public routes it reaches. */
  operations: string[];
  origin: Origin;
}

export type Access = 'allowed' | 'own' | 'tenant' | 'denied';

export interface OwnershipRule {
  entity: string;
  /** FK column that names the owner (`user_id`, `assignee_id`), or the parent (`task_id`). */
  column: string;
  description: string;
  /**
   * `column`: the entity's own FK to the user entity; `parent`: an FK to a parent whose owner is the
   * user (`subtasks.task_id → tasks.user_id`); `self`: the user entity itself (its primary key);
   * `role-column`: an FK to the user entity named for a role (`unita.condomino_id` for `condòmino`):
   * that role's own records; `reference`: another FK to the user entity (`segnalazioni.aperta_da`):
   * a real path to the user, which records who acted but scopes nobody by itself.
   */
  kind?: 'column' | 'parent' | 'self' | 'role-column' | 'reference';
  /** For `role-column`: the role the column is named for. */
  role?: string;
  /** For `parent`: the parent's ownership column. */
  via?: { entity: string; column: string } | null;
  origin: Origin;
}

/** One stated or derived grant: a role may perform an action on a resource. */
export interface PermissionGrant {
  role: string;
  /** Entity name, or `*` for every resource. */
  resource: string;
  action: 'read' | 'create' | 'update' | 'delete' | 'manage';
  /** The one state action a stated matrix cell names (`accept`), when it names one. */
  verb?: string;
  /**
   * The one yes/no column the statement sets ("can waive the deposit" → `depositWaived`): an update
   * of the record (PATCH) for that column, no state action.
   */
  field?: string;
  origin: Origin;
}

/**
 * A role scoped by a stated sentence ("Un fornitore vede solo le segnalazioni assegnate a lui"): the
 * entity it names, the foreign-key path from it to the user, and the entities the scope covers (the
 * named one and those beneath it); the role reaches nothing else but its own user record.
 */
export interface RoleScope {
  role: string;
  entity: string;
  /** `own`: records that point at the user for this role; `tenant`: the records of a parent the role belongs to. */
  access: 'own' | 'tenant';
  /** The path, as SQL-like text (`segnalazioni.fornitore_id = current user`). */
  path: string;
  entities: string[];
  /** The statement gives the role everything within the scope ("Tutto sui propri condomìni"). */
  everything: boolean;
  origin: Origin;
}

export interface PermissionMatrix {
  roles: string[];
  /** One row per endpoint (operationId), one decision per role. */
  rows: {
    operationId: string;
    access: Record<string, Access>;
    origin: Origin;
    /** Why each role got its decision (a stated grant's source or a named rule), per role. */
    reasons?: Record<string, Origin>;
  }[];
  ownership: OwnershipRule[];
  tenant: { column: string; origin: Origin } | null;
  /** Roles scoped by a stated sentence, with the path that scopes them. */
  scopes?: RoleScope[];
  /** Permissions per resource and action the matrix was computed from. */
  grants?: PermissionGrant[];
}

export interface ValidationRule {
  entity: string;
  field: string;
  /** `required`, `format:email`, `maxLength:255`, `enum`, `range`, `pattern`, `business`. */
  rule: string;
  detail: string;
  origin: Origin;
}

export interface ValidationSpec {
  rules: ValidationRule[];
  sensitiveFields: { entity: string; field: string; reason: string; origin: Origin }[];
  /**
   * The custom business rules a request is checked against (workflow step 5): the rules of the
   * business-rules table (section 4, `spec.rules`) enforced when a request is served (a validation,
   * a service check, a database constraint) on an entity, by their id; jobs, retention floors, audit
   * trails, access rules and rules naming no entity (sign-in, paging) are enforced elsewhere.
   */
  businessRules?: {
    id: string;
    text: string;
    entity: string;
    /** The operations the rule constrains (section 4), empty when it names none. */
    operations: string[];
    origin: Origin;
  }[];
  /** Output sanitisation rules: null handling, format transformations, secret removal. */
  sanitisation?: {
    topic: 'secrets' | 'personal-data' | 'nulls' | 'datetimes' | 'decimals' | 'html';
    origin: Origin;
  }[];
}

export interface ErrorCode {
  code: string;
  status: number;
  title: string;
  example: Record<string, unknown>;
  /** Endpoints (operationIds) that can return it, or `*`. */
  endpoints: string[];
  /** Category in the workflow's terms (`validation`, `authentication`, ...). */
  category?: ErrorCategory;
  origin: Origin;
}

export type ErrorCategory =
  | 'validation'
  | 'authentication'
  | 'authorization'
  | 'not-found'
  | 'conflict'
  | 'business-rule'
  | 'rate-limit'
  | 'server'
  | 'unavailable';

export interface ErrorCatalog {
  format: Setting<'problem-details' | 'envelope' | 'stated'>;
  /** JSON Schema of the error body. */
  envelopeSchema: Record<string, unknown>;
  codes: ErrorCode[];
  /** Response media type (`application/problem+json` for RFC 9457, else `application/json`). */
  mediaType?: string;
  /** JSON pointers into the envelope: where the code, message, status and field errors go. */
  fields?: {
    code: string | null;
    message: string | null;
    status: string | null;
    details: string | null;
    requestId: string | null;
  };
}

/**
 * A machine that calls the API (a device, a webhook sender, an external service or an automated
 * agent): a principal with its own authentication scheme, never a user role of the matrix.
 */
export interface MachinePrincipal {
  name: string;
  kind: 'webhook' | 'device' | 'service' | 'agent';
  /** How it authenticates (`signature`, `api-key`), as stated; null when the documents do not say. */
  auth: Setting<'signature' | 'api-key' | 'mtls' | 'oauth-client-credentials'> | null;
  /** operationIds it calls. */
  operations: string[];
  origin: Origin;
  /**
   * Where an API key travels (`X-API-Key` header), as stated; a `default` origin when the documents
   * state the key but not the header (the name is then a proposal).
   */
  credential?: { in: 'header'; name: string; origin: Origin };
}
