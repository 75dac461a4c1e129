import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { entitySchemas } from '../../derive/api/schemas.js';
import { isSecretField } from '../../knowledge/sensitive.js';
import type { Spec } from '../../model/spec/index.js';
import type { Problem, Rule } from '../types.js';

const ACCESS = new Set(['allowed', 'own', 'tenant', 'denied']);

/** Checklist `auth`: a strategy is set and the matrix decides every endpoint for every role. */
export const authMatrixComplete: Rule = {
  code: 'security/matrix-incomplete',
  description: 'Every endpoint has one permission-matrix row with an explicit decision for every role.',
  checklist: 'auth',
  check(spec) {
    const problems: Problem[] = [];
    const m = spec.permissions;
    if (spec.endpoints.length > 0 && !m)
      problems.push({ message: 'there is no permission matrix', path: 'permissions' });
    if (m) {
      // Rows grouped by operationId once (a filter per endpoint grew with endpoints × rows).
      const rowsOf = new Map<string, typeof m.rows>();
      for (const r of m.rows) {
        const list = rowsOf.get(r.operationId);
        if (list) list.push(r);
        else rowsOf.set(r.operationId, [r]);
      }
      for (const e of spec.endpoints) {
        const rows = rowsOf.get(e.operationId) ?? [];
        if (rows.length !== 1) {
          problems.push({
            message: `endpoint ${e.operationId} has ${rows.length} matrix rows (expected 1)`,
            path: `permissions.rows.${e.operationId}`,
          });
          continue;
        }
        for (const role of m.roles)
          if (!ACCESS.has(rows[0]!.access[role] ?? ''))
            problems.push({
              message: `endpoint ${e.operationId} has no decision for role ${role}`,
              path: `permissions.rows.${e.operationId}.${role}`,
            });
      }
    }
    const roles = m?.roles.length ?? 0;
    return {
      problems,
      evidence: `${spec.endpoints.length} endpoints × ${roles} roles decided`,
      applicable: spec.endpoints.length > 0 || !!spec.auth,
    };
  },
};

export const authStrategySet: Rule = {
  code: 'security/no-strategy',
  description: 'The spec states an authentication strategy.',
  checklist: 'auth',
  check(spec) {
    const s = spec.auth?.strategy;
    const problems: Problem[] = s ? [] : [{ message: 'no authentication strategy', path: 'auth.strategy' }];
    return { problems, evidence: s ? `strategy ${s.value}` : 'no strategy' };
  },
};

/** Every ownership rule names a real FK column of its entity (or the user entity's primary key). */
export const ownershipColumnsExist: Rule = {
  code: 'security/ownership-column',
  description: 'Every ownership rule names an existing foreign-key column of its entity.',
  checklist: 'auth',
  check(spec) {
    const problems: Problem[] = [];
    const rules = spec.permissions?.ownership ?? [];
    for (const o of rules) {
      const entity = spec.entities.find((e) => e.name === o.entity);
      const field = entity?.fields.find((f) => f.column === o.column);
      const ok =
        o.kind === 'self'
          ? !!field?.primaryKey || entity?.primaryKey.includes(o.column)
          : !!field?.references;
      if (!ok)
        problems.push({
          message: `ownership rule ${o.entity}.${o.column} does not name a ${o.kind === 'self' ? 'primary key' : 'foreign key'} column`,
          path: `permissions.ownership.${o.entity}`,
        });
    }
    return { problems, evidence: `${rules.length} ownership rules on real columns` };
  },
};

/** No response schema exposes a secret field (OWASP ASVS V8.3). */
export const noSecretInResponses: Rule = {
  code: 'security/secret-in-response',
  description: 'No response schema contains a secret field.',
  checklist: 'auth',
  check(spec) {
    const problems: Problem[] = [];
    const components = componentSchemas(spec);
    // A token endpoint's whole answer is the issued token (RFC 6749 §5.1); nothing else may leak.
    const issued = (e: Spec['endpoints'][number], name: string) =>
      e.action === 'auth' && ISSUED_TOKEN.test(name);
    // The same schema (mostly a `$ref` to an entity or its page) answers many operations: its
    // secret fields are found once per schema text, not by walking its components per response.
    const found = new Map<string, string[]>();
    const secretsOf = (schema: unknown) => {
      const key = JSON.stringify(schema) ?? '';
      let names = found.get(key);
      if (!names) {
        names = secretProperties(schema, components);
        found.set(key, names);
      }
      return names;
    };
    for (const e of spec.endpoints)
      for (const r of e.responses)
        for (const name of secretsOf(r.schema))
          if (!issued(e, name))
            problems.push({
              message: `${e.operationId} ${r.status} response exposes secret field ${name}`,
              path: `endpoints.${e.operationId}.responses.${r.status}`,
            });
    return { problems, evidence: 'no secret field in any response schema' };
  },
};

/**
 * A written contract that returns a secret (a password vault's stored password, a session token on
 * unlock) stands as stated: the team is asked to confirm it, the design does not silently drop it.
 */
export const statedSecretInResponses: Rule = {
  code: 'security/stated-secret-in-response',
  description: "A response the documents' contract states returns a secret field: withheld until decided.",
  check(spec) {
    const problems: Problem[] = [];
    for (const e of spec.endpoints)
      for (const r of e.responses)
        for (const name of r.withheld ?? [])
          problems.push({
            message: `${e.operationId} ${r.status}: the stated contract returns the secret field ${name}; it is withheld from the response until the team confirms it may leave the server`,
            path: `endpoints.${e.operationId}.responses.${r.status}`,
          });
    return { problems, evidence: 'no stated response returns a secret field' };
  },
};

const ISSUED_TOKEN = /^(access|refresh|id)_?token$|^token$/i;

/** The component schemas response `$ref`s point at, as the OpenAPI renderer builds them. */
function componentSchemas(spec: Spec): Record<string, unknown> {
  const style = spec.endpoints.find((e) => e.pagination)?.pagination?.style ?? 'offset';
  return entitySchemas(spec, style);
}

/** Property names anywhere in a schema (following local `$ref`s once) that are secrets. */
export function secretProperties(
  schema: unknown,
  components: Record<string, unknown> = {},
  seen = new Set<string>(),
): string[] {
  const out: string[] = [];
  const walk = (node: unknown) => {
    if (!node || typeof node !== 'object') return;
    if (Array.isArray(node)) return node.forEach(walk);
    const o = node as Record<string, unknown>;
    if (typeof o.$ref === 'string') {
      const name = o.$ref.split('/').pop()!;
      if (!seen.has(name) && components[name]) {
        seen.add(name);
        walk(components[name]);
      }
    }
    if (o.properties && typeof o.properties === 'object')
      for (const [k, v] of Object.entries(o.properties as Record<string, unknown>)) {
        const writeOnly = v && typeof v === 'object' && (v as Record<string, unknown>).writeOnly === true;
        if (isSecretField(k) && !writeOnly) out.push(k);
        walk(v);
      }
    for (const key of ['items', 'allOf', 'anyOf', 'oneOf', 'additionalProperties', 'prefixItems', '$defs'])
      if (key in o) walk(o[key]);
  };
  walk(schema);
  return [...new Set(out)];
}

let ajv: Ajv2020 | undefined;
function validator(): Ajv2020 {
  if (!ajv) {
    // The envelope schema is built by derive (security/envelope.ts), never read from a document:
    // checking it against the 2020-12 meta-schema compiled that meta-schema on every run, 0.3–0.4 s
    // of a small project's CPU (issue 19), for a schema valid by construction.
    ajv = new Ajv2020({ strict: false, allErrors: true, allowUnionTypes: true, validateSchema: false });
    (addFormats as unknown as (a: Ajv2020) => void)(ajv);
  }
  return ajv;
}

/** Checklist `errors`: every example validates against the envelope; the workflow's categories exist. */
export const errorExamplesValid: Rule = {
  code: 'security/error-example-invalid',
  description: 'Every error code example validates against the envelope schema (JSON Schema 2020-12).',
  checklist: 'errors',
  check(spec) {
    const e = spec.errors;
    if (!e)
      return {
        problems: [{ message: 'there is no error catalogue', path: 'errors' }],
        evidence: 'no catalogue',
      };
    const { $schema: _, ...schema } = e.envelopeSchema;
    const validate = validator().compile(schema);
    const problems: Problem[] = [];
    for (const c of e.codes)
      if (!validate(c.example))
        problems.push({
          message: `example of ${c.code} does not match the envelope: ${validator().errorsText(validate.errors)}`,
          path: `errors.codes.${c.code}`,
        });
    return {
      problems,
      evidence: `${e.codes.length} codes, every example valid against the ${e.format.value} envelope`,
    };
  },
};

const REQUIRED_STATUSES = [400, 401, 403, 404, 409, 500];

export const errorCategoriesCovered: Rule = {
  code: 'security/error-category-missing',
  description: 'The error catalogue covers 400, 401, 403, 404, 409 and 500.',
  checklist: 'errors',
  check(spec) {
    const statuses = new Set((spec.errors?.codes ?? []).map((c) => c.status));
    const missing = REQUIRED_STATUSES.filter((s) => !statuses.has(s));
    return {
      problems: missing.map((s) => ({ message: `no error code for status ${s}`, path: 'errors.codes' })),
      evidence: `statuses ${[...statuses].sort((a, b) => a - b).join(', ')}`,
    };
  },
};

/** Check rules of the security layer (one exported Rule per rule; listed here in order). */
export const SECURITY_RULES: Rule[] = [
  authStrategySet,
  authMatrixComplete,
  ownershipColumnsExist,
  noSecretInResponses,
  statedSecretInResponses,
  errorExamplesValid,
  errorCategoriesCovered,
];
