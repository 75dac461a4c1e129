import { authSettings } from './security/auth-settings.js';
import type { DeriveStep } from './types.js';

/**
 * Derive step `auth` (workflow step 4.1): strategy, provider, token lifetimes and storage, password
 * hashing and policy, social providers, MFA, lockout and JWT claims — stated values with their
 * source, the rest by named default rules (see src/derive/security/auth-settings.ts).
 */
export const authStep: DeriveStep = {
  name: 'auth',
  derive: ({ domain, spec }) => {
    const tenant = spec.entities.find((e) => e.tenantColumn)?.tenantColumn ?? null;
    const { auth, diagnostics } = authSettings(domain, spec.endpoints, tenant);
    return { spec: { auth }, diagnostics };
  },
};
