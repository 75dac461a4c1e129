import type { ValidationRule } from '../../../model/spec/security.js';
import type { Messages } from '../../i18n/index.js';
import type { Section } from '../../types.js';
import { blocks, heading, source, table } from '../format.js';

type T = Messages['security']['validation'];

/** `format:email` → "format email", `maxLength:255` → "max length 255", through the catalog. */
function ruleText(r: ValidationRule, t: T): string {
  const [name, arg = ''] = r.rule.split(':');
  switch (name) {
    case 'required':
      return t.rules.required;
    case 'type':
      return t.rules.type(r.detail);
    case 'format':
      return t.rules.format(r.detail);
    case 'maxLength':
      return t.rules.maxLength(arg);
    case 'minLength':
      return t.rules.minLength(arg);
    case 'length': {
      // `length:>=3` (a CHECK on char_length), worded in the catalog; the older form is its detail.
      const bound = /^(>=|>|<=|<|=)(\d+)$/.exec(arg);
      return bound ? t.rules.lengthBound(bound[1]!, bound[2]!) : t.rules.length(r.detail);
    }
    case 'precision': {
      const [p = '', s = '0'] = arg.split(',');
      return t.rules.precision(p, s);
    }
    case 'range':
      return t.rules.range(r.detail);
    case 'enum':
      return t.rules.enum(r.detail);
    case 'pattern':
      return t.rules.pattern(r.detail);
    case 'unique':
      return t.rules.unique;
    case 'reference':
      return t.rules.reference(r.detail);
    default:
      return `${r.rule} ${r.detail}`;
  }
}

/**
 * Section 6. Data Validation: one input validation table (each field's rules with their sources, then
 * the business rules a request is checked against, by their section-4 id), and output sanitisation
 * with the sensitive-field list.
 */
export const validationSection: Section = {
  id: 'validation',
  render: ({ spec, t }) => {
    const v = spec.validation;
    if (!v) return null;
    const tv = t.security.validation;
    // Rules grouped by entity, then field, in one pass (first appearance order, as before).
    const byEntity = new Map<string, Map<string, ValidationRule[]>>();
    for (const r of v.rules) {
      let fields = byEntity.get(r.entity);
      if (!fields) {
        fields = new Map();
        byEntity.set(r.entity, fields);
      }
      const list = fields.get(r.field);
      if (list) list.push(r);
      else fields.set(r.field, [r]);
    }
    // One table for every entity (an entity column, not a table per entity): the header is printed once.
    // The custom business rules a request is checked against are rows of the same table (workflow
    // step 5 lists them among the input validation rules), each by its id in section 4's table.
    const fieldRows = [...byEntity].flatMap(([entity, fields]) =>
      [...fields.entries()].map(([field, rules]) => [
        entity,
        `\`${field}\``,
        rules.map((r) => ruleText(r, tv)).join('; '),
        [...new Set(rules.map((r) => source(r.origin)))].join(' '),
      ]),
    );
    const businessRows = (v.businessRules ?? []).map((b) => [
      b.entity,
      tv.businessRule(b.id),
      b.text,
      source(b.origin),
    ]);
    const rows = [...fieldRows, ...businessRows];
    const fieldTable = table(
      [tv.sensitiveTable.entity, tv.fieldsTable.field, tv.fieldsTable.rules, tv.fieldsTable.source],
      rows,
    );
    const sensitive = v.sensitiveFields;
    return blocks(
      heading(2, t.common.sections.validation),
      heading(3, tv.fieldsHeading),
      tv.fieldsIntro,
      rows.length > 0 ? fieldTable : null,
      heading(3, tv.sanitisationHeading),
      (v.sanitisation ?? []).map((s) => `- ${tv.sanitisation[s.topic]} (${source(s.origin)})`).join('\n'),
      sensitive.length > 0
        ? table(
            [
              tv.sensitiveTable.entity,
              tv.sensitiveTable.field,
              tv.sensitiveTable.kind,
              tv.sensitiveTable.handling,
            ],
            sensitive.map((s) => [
              s.entity,
              `\`${s.field}\``,
              tv.sensitiveKinds[s.reason] ?? s.reason,
              tv.handling[s.reason] ?? '',
            ]),
          )
        : null,
    );
  },
};
