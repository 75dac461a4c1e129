import { serverSetByEntity } from './api/schemas.js';
import type { DeriveStep } from './types.js';

/**
 * Derive step `server-set` (issue 13: no server-owned field in a body, every suppression named):
 * after authorization has decided who creates each record, the fields the model says the server sets
 * (derive/api/server-set.ts), each with its rule, so spec.json and the rule appendix carry them.
 */
export const serverSetStep: DeriveStep = {
  name: 'server-set',
  derive: ({ spec }) => {
    const fields = [...serverSetByEntity(spec)].flatMap(([entity, set]) =>
      set.map((x) => ({ entity, field: x.field, rule: x.rule, ...(x.source ? { source: x.source } : {}) })),
    );
    return { spec: fields.length > 0 ? { serverSetFields: fields } : {}, diagnostics: [] };
  },
};
