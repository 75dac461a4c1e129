import { byDefault, type Origin } from '../model/origin.js';
import type { ValidationSpec } from '../model/spec/security.js';
import { fieldRules, sensitiveFields } from './security/field-rules.js';
import { userEntity } from './security/ownership.js';
import { facts } from './security/roles.js';
import { entityPhrases } from './security/vocabulary.js';
import type { DeriveStep } from './types.js';

const CONSTRAINT =
  /\b(must|must not|cannot|can ?not|can't|is required|are required|requires?|at least|at most|no more than|maximum|minimum|only (if|when|after|before|once)|not allowed|mandatory|unique|may not|limited to|up to)\b/i;

/**
 * Derive step `validation` (workflow step 5): rules per field, business rules stated in the
 * documents (acceptance criteria and requirements that constrain a request, each with its line), and
 * output sanitisation (secret fields never in a response, personal data listed, null handling and
 * format transformations by named rules).
 */
export const validationStep: DeriveStep = {
  name: 'validation',
  derive: ({ domain, spec }) => {
    if (spec.entities.length === 0 && spec.endpoints.length === 0)
      return { spec: { validation: null }, diagnostics: [] };
    const user = userEntity(spec.entities);
    const rules = fieldRules(spec.entities, spec.auth, user?.name ?? null);
    const phrases = entityPhrases(spec.entities);
    const entityIn = (text: string): string | null => {
      const words = text
        .toLowerCase()
        .split(/[^\p{L}\p{N}]+/u)
        .filter((w) => w.length > 0);
      for (let i = 0; i < words.length; i++) {
        const m = phrases.find((p) => p.phrase.every((w, k) => words[i + k] === w));
        if (m) return m.entity;
      }
      return null;
    };
    const businessRules: NonNullable<ValidationSpec['businessRules']> = [];
    const seen = new Set<string>();
    const add = (text: string, origin: Origin, needEntity: boolean) => {
      // The same sentence read as a requirement (`FR19: ...`) and as a rule is one rule.
      const key = text.replace(/^[A-Z]{1,5}[-\s]?[\d.]+[a-z]?\s*[:.)-]\s*/, '').toLowerCase();
      const at = origin.kind === 'source' ? `${origin.file}:${origin.line}` : key;
      if (seen.has(key) || seen.has(at)) return;
      seen.add(at);
      const entity = entityIn(text);
      if (needEntity && !entity) return;
      seen.add(key);
      businessRules.push({ text, entity, origin });
    };
    for (const f of facts(domain, 'business-rule')) add(f.text, f.origin, false);
    for (const r of domain.requirements)
      if ((r.kind === 'functional' || r.kind === 'user-story') && CONSTRAINT.test(r.text))
        add(r.text, r.origin, true);

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
