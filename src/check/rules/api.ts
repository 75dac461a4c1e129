import { planResources } from '../../derive/api/resources.js';
import type { Spec } from '../../model/spec/index.js';
import type { Problem, Rule } from '../types.js';

/**
 * Checklist item "All API endpoints documented with request/response schemas": every endpoint has a
 * success response, a parameter for each path template (OpenAPI 3.1 §4.8.12: path parameters are
 * required and must be declared), a request schema when it creates or updates, and every entity
 * users act on is reachable through some endpoint.
 */
export const endpointsDocumented: Rule = {
  code: 'api/endpoint-incomplete',
  description: 'Every endpoint has a success response, its path parameters and the request schema it needs.',
  checklist: 'endpoints',
  check: (spec) => {
    if (spec.endpoints.length === 0) {
      return spec.entities.length === 0
        ? {
            problems: [],
            evidence: 'no entities and no stated routes: the project has no API to document',
            applicable: false,
          }
        : {
            problems: [{ message: `${spec.entities.length} entities but no endpoints`, path: 'endpoints' }],
            evidence: '0 endpoints',
          };
    }
    const problems: Problem[] = [];
    for (const e of spec.endpoints) {
      const path = `endpoints.${e.operationId}`;
      if (!e.responses.some((r) => r.status >= 200 && r.status < 400))
        problems.push({ message: `${e.method} ${e.path} has no success response`, path });
      for (const m of e.path.matchAll(/\{([^}]+)\}/g))
        if (!e.parameters.some((p) => p.in === 'path' && p.name === m[1]))
          problems.push({ message: `${e.method} ${e.path} does not declare path parameter ${m[1]}`, path });
      if ((e.action === 'create' || e.action === 'update') && e.entity && !e.requestBody)
        problems.push({ message: `${e.method} ${e.path} has no request schema`, path });
    }
    const withSchemas = spec.endpoints.filter(
      (e) => e.requestBody || e.responses.some((r) => r.schema),
    ).length;
    const covered = coveredEntities(spec);
    return {
      problems,
      evidence: `${spec.endpoints.length} endpoints, ${withSchemas} with request/response schemas from the data model, ${covered.size} of ${spec.entities.length} entities reachable`,
    };
  },
};

/** Entities users act on that no endpoint reads or writes (credentials and machinery excluded). */
export const entitiesHaveEndpoints: Rule = {
  code: 'api/entity-without-endpoints',
  description: 'Every entity users act on is reachable through an endpoint.',
  checklist: 'endpoints',
  check: (spec) => {
    if (spec.endpoints.length === 0) return { problems: [], evidence: '', applicable: false };
    const covered = coveredEntities(spec);
    const problems = planResources(spec.entities, '')
      .filter((r) => r.kind !== 'internal' && !covered.has(r.entity.name))
      .filter((r) => r.kind !== 'join' || !r.sides.every((s) => covered.has(s.entity)))
      .map((r) => ({ message: `${r.entity.name} has no endpoint`, path: `entities.${r.entity.name}` }));
    return { problems, evidence: problems.length === 0 ? 'every entity users act on has an endpoint' : '' };
  },
};

/**
 * Both rules of this layer ask, in the same check, which entities the endpoints reach: the answer
 * (a JSON text and a pattern scan per endpoint, ~0.1 s of CPU at 1,000 entities) is kept per
 * endpoints array, which no check rule changes (issue 19).
 */
const coveredByEndpoints = new WeakMap<readonly object[], ReadonlySet<string>>();

function coveredEntities(spec: Spec): ReadonlySet<string> {
  let known = coveredByEndpoints.get(spec.endpoints);
  if (!known) {
    known = scanCoveredEntities(spec);
    coveredByEndpoints.set(spec.endpoints, known);
  }
  return known;
}

function scanCoveredEntities(spec: Spec): Set<string> {
  const out = new Set<string>();
  for (const e of spec.endpoints) {
    if (e.entity) out.add(e.entity);
    const json = JSON.stringify([e.requestBody, e.responses.map((r) => r.schema)]);
    for (const m of json.matchAll(/#\/components\/schemas\/([A-Za-z0-9_]+?)(?:Create|Update|Page)?"/g))
      out.add(m[1]!);
  }
  return out;
}

/** Check rules of the api layer (one exported Rule per rule; listed here in order). */
export const API_RULES: Rule[] = [endpointsDocumented, entitiesHaveEndpoints];
