import type { SecurityFact } from '../model/security-facts.js';
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
    // "Passwordless" without saying how (a link, a code, a provider): asked, never guessed.
    const facts = domain.securityFacts ?? [];
    const unstated = facts.find(
      (f): f is Extract<SecurityFact, { kind: 'passwordless' }> =>
        f.kind === 'passwordless' && f.method === 'unstated',
    );
    const how = facts.some(
      (f) => (f.kind === 'passwordless' && f.method !== 'unstated') || f.kind === 'identity-provider',
    );
    if (unstated && !how)
      return {
        spec: {
          auth,
          questions: [
            ...(spec.questions ?? []),
            {
              id: 'auth/passwordless-method',
              text: `The documents say sign-in is passwordless ("${unstated.text.slice(0, 120)}") but not how: a one-time link by e-mail, a one-time code, or an identity provider?`,
              source: unstated.origin,
              options: ['magic-link', 'email-code', 'identity-provider'],
            },
          ],
        },
        diagnostics,
      };
    return { spec: { auth }, diagnostics };
  },
};
