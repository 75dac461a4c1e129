import { type Diagnostic, diag } from '../diagnostics/diagnostic.js';
import { fromRule } from '../model/origin.js';
import type { Endpoint } from '../model/spec/api.js';
import { storyRoles } from './security/stories.js';
import type { DeriveStep } from './types.js';

const RULE = 'derive/server-rendered-surface';

/**
 * Derive step `surfaces`, rule `derive/server-rendered-surface`: where the documents say a user
 * surface has no JSON API ("The LiveView back office … has no JSON routes") and who it is for ("a
 * back office for the harbour office and the berthing master"), an operation that a rule designed
 * and that only that surface's roles may call is served by the surface's server-rendered screens:
 * it stays a service method with its roles, and leaves the JSON API (OpenAPI document, endpoint
 * tables). A stated route is never moved (stated contracts beat derivations), nor an operation a
 * role outside the surface also calls. Runs after authorization, which fills each operation's roles.
 */
export const surfacesStep: DeriveStep = {
  name: 'surfaces',
  derive: ({ domain, spec }) => {
    const stated = domain.serverRenderedSurfaces ?? [];
    if (stated.length === 0 || spec.endpoints.length === 0) return { spec: {}, diagnostics: [] };
    const diagnostics: Diagnostic[] = [];
    const roleNames = new Set(spec.roles.map((r) => r.name));
    const served = new Map<Endpoint, NonNullable<Endpoint['servedBy']>>();
    const seen = new Set<string>();
    for (const s of stated) {
      if (seen.has(s.key)) continue;
      seen.add(s.key);
      const audiences = (domain.surfaceAudiences ?? []).filter((a) => a.key === s.key);
      const roles = new Set(
        audiences.flatMap((a) => storyRoles(a.audience, spec.roles)).filter((r) => roleNames.has(r)),
      );
      const at = s.origin.kind === 'source' ? { at: { file: s.origin.file, line: s.origin.line } } : {};
      if (roles.size === 0) {
        diagnostics.push(
          diag(
            'api/server-rendered-surface',
            `the documents say the ${s.surface} has no JSON API but name no role it is for: its operations stay in the JSON API`,
            at,
          ),
        );
        continue;
      }
      const from = [s.origin, ...audiences.map((a) => a.origin)].flatMap((o) =>
        o.kind === 'source' ? [{ file: o.file, line: o.line }] : [],
      );
      const moved: string[] = [];
      for (const e of spec.endpoints) {
        if (served.has(e) || e.origin.kind === 'source') continue;
        if (e.action === 'auth' || e.action === 'webhook' || e.action === 'health') continue;
        if (e.roles.length === 0 || !e.roles.every((r) => roles.has(r))) continue;
        served.set(e, { surface: s.surface, stated: s.origin, origin: fromRule(RULE, from) });
        moved.push(e.operationId);
      }
      if (moved.length > 0)
        diagnostics.push(
          diag(
            'api/server-rendered-surface',
            `the ${s.surface} has no JSON API (${[...roles].sort().join(', ')}): ${moved.length} operation(s) served by its screens, left out of the OpenAPI document: ${moved.join(', ')}`,
            at,
          ),
        );
    }
    if (served.size === 0) return { spec: {}, diagnostics };
    return {
      spec: {
        endpoints: spec.endpoints.map((e) => (served.has(e) ? { ...e, servedBy: served.get(e)! } : e)),
      },
      diagnostics,
    };
  },
};
