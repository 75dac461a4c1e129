import type { Origin } from '../origin.js';

/** Sections 5 to 7: authentication, authorization, validation and errors. */

export interface Setting<T> {
  value: T;
  origin: Origin;
}

export interface AuthSpec {
  strategy: Setting<'jwt' | 'session' | 'oauth-provider' | 'api-key' | 'none'>;
  /** External identity provider (Auth0, Cognito, Clerk, ...), when one is stated. */
  provider: Setting<string> | null;
  accessTokenTtlSeconds: Setting<number> | null;
  refreshTokenTtlSeconds: Setting<number> | null;
  refreshRotation: Setting<boolean> | null;
  tokenStorage: Setting<string> | null;
  passwordHashing: Setting<string> | null;
  socialProviders: Setting<string>[];
  mfa: Setting<string> | null;
  lockout: Setting<string> | null;
  /** JWT claims (name → description). */
  jwtClaims: { name: string; description: string; origin: Origin }[];
}

export interface RoleSpec {
  name: string;
  label: string;
  description: string | null;
  /** Roles whose permissions this one includes. */
  inherits: string[];
  origin: Origin;
}

export type Access = 'allowed' | 'own' | 'tenant' | 'denied';

export interface OwnershipRule {
  entity: string;
  /** FK column that names the owner (`user_id`, `assignee_id`). */
  column: string;
  description: string;
  origin: Origin;
}

export interface PermissionMatrix {
  roles: string[];
  /** One row per endpoint (operationId), one decision per role. */
  rows: { operationId: string; access: Record<string, Access>; origin: Origin }[];
  ownership: OwnershipRule[];
  tenant: { column: string; origin: Origin } | null;
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
}

export interface ErrorCode {
  code: string;
  status: number;
  title: string;
  example: Record<string, unknown>;
  /** Endpoints (operationIds) that can return it, or `*`. */
  endpoints: string[];
  origin: Origin;
}

export interface ErrorCatalog {
  format: Setting<'problem-details' | 'envelope' | 'stated'>;
  /** JSON Schema of the error body. */
  envelopeSchema: Record<string, unknown>;
  codes: ErrorCode[];
}
