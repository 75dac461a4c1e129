import type { ErrorCatalog } from '../model/spec/security.js';
import { errorCodes } from './security/catalog.js';
import { chooseEnvelope } from './security/envelope.js';
import { facts } from './security/roles.js';
import { withStatedErrors } from './stated-errors.js';
import type { DeriveStep } from './types.js';

/**
 * Derive step `errors` (workflow step 6): one envelope — the documents' own when stated, else RFC
 * 9457 problem details with the workflow's code/message/details/request id — and a catalogue of codes
 * per category with the endpoints that return them and an example that validates against the schema.
 */
export const errorsStep: DeriveStep = {
  name: 'errors',
  derive: ({ domain, spec }) => {
    const statedFact = facts(domain, 'error-envelope')[0];
    const stated = statedFact ? { example: statedFact.example, origin: statedFact.origin } : null;
    const envelope = chooseEnvelope(stated);
    const codes = errorCodes({
      envelope,
      endpoints: spec.endpoints,
      entities: spec.entities,
      permissions: spec.permissions,
      validation: spec.validation,
      jwt: spec.auth?.strategy.value === 'jwt',
      stated,
      serverSet: spec.serverSetFields ?? [],
    });
    // Codes the documents state for an operation ("409 SHIFT_FULL when …"), with their source.
    // The operations whose service methods raise each domain code (the rules step placed them).
    // One set per code, grown in place (a copy per method was quadratic in the operations).
    const raisedBy = new Map<string, Set<string>>();
    for (const service of spec.services ?? [])
      for (const m of service.methods)
        for (const t of m.throws) {
          const set = raisedBy.get(t.error) ?? new Set<string>();
          raisedBy.set(t.error, set);
          for (const e of m.endpoints) set.add(e);
        }
    const ruled = new Map([...raisedBy].map(([code, set]) => [code, [...set]] as const));
    const withStated = withStatedErrors(
      codes,
      facts(domain, 'stated-error'),
      spec.endpoints,
      envelope,
      ruled,
    );
    const errors: ErrorCatalog = {
      format: envelope.format,
      envelopeSchema: envelope.schema,
      codes: withStated.codes,
      mediaType: envelope.mediaType,
      fields: envelope.fields,
    };
    return {
      spec: withStated.endpoints ? { errors, endpoints: withStated.endpoints } : { errors },
      diagnostics: [],
    };
  },
};
