import { byDefault } from '../model/origin.js';
import type { Enforcement } from '../model/spec/rules.js';
import type { ValidationSpec } from '../model/spec/security.js';
import { fieldRules, sensitiveFields } from './security/field-rules.js';
import { userEntity } from './security/ownership.js';
import type { DeriveStep } from './types.js';

/** The enforcements served with a request: the rule is one of its input checks (section 6). */
const ON_REQUEST: ReadonlySet<Enforcement> = new Set(['validation', 'service-check', 'db-constraint']);

/**
 * Derive step `validation` (workflow step 5): rules per field, the custom business rules a request is
 * checked against (the business-rules table's rules enforced on a request, by id: the statement
 * layer read them, this step reads the typed rules and never the documents' text), and output
 * sanitisation (secret fields never in a response, personal data listed, null handling and format
 * transformations by named rules).
 */
export const validationStep: DeriveStep = {
  name: 'validation',
  derive: ({ spec }) => {
    if (spec.entities.length === 0 && spec.endpoints.length === 0)
      return { spec: { validation: null }, diagnostics: [] };
    const user = userEntity(spec.entities);
    const rules = fieldRules(spec.entities, spec.auth, user?.name ?? null);
    const businessRules: NonNullable<ValidationSpec['businessRules']> = (spec.rules ?? [])
      // A rule that raises no error (a charge, an allowance) is applied, not checked; an entity named
      // only by the route glossary says what the rule is about, not which writes check it.
      .filter(
        (r) =>
          ON_REQUEST.has(r.enforcement) &&
          r.entity !== null &&
          r.errorCode !== null &&
          (r.entityFrom !== 'glossary' || r.operations.length > 0),
      )
      .map((r) => ({
        id: r.id,
        text: r.text,
        entity: r.entity!,
        operations: r.operations,
        origin: r.origin,
      }));

    const sensitive = sensitiveFields(spec.entities);
    const hasDecimal = spec.entities.some((e) => e.fields.some((f) => f.type.scalar === 'decimal'));
    const hasDates = spec.entities.some((e) =>
      e.fields.some((f) => f.type.scalar === 'datetime' || f.type.scalar === 'date'),
    );
    const sanitisation: NonNullable<ValidationSpec['sanitisation']> = [
      { topic: 'secrets', origin: byDefault('derive/sanitise-secrets-never-returned') },
      ...(sensitive.some((s) => s.reason === 'personal')
        ? [{ topic: 'personal-data' as const, origin: byDefault('derive/sanitise-personal-data') }]
        : []),
      { topic: 'nulls', origin: byDefault('derive/sanitise-explicit-null') },
      ...(hasDates
        ? [{ topic: 'datetimes' as const, origin: byDefault('derive/sanitise-rfc3339-utc') }]
        : []),
      ...(hasDecimal
        ? [{ topic: 'decimals' as const, origin: byDefault('derive/sanitise-decimal-as-string') }]
        : []),
      { topic: 'html', origin: byDefault('derive/sanitise-no-html') },
    ];
    const validation: ValidationSpec = { rules, sensitiveFields: sensitive, businessRules, sanitisation };
    return { spec: { validation }, diagnostics: [] };
  },
};
