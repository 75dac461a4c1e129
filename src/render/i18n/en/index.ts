import { api } from './api.js';
import { common } from './common.js';
import { data } from './data.js';
import { derived } from './derived.js';
import { operations } from './operations.js';
import { reconcile } from './reconcile.js';
import { report } from './report.js';
import { ruleOrigins } from './rule-origins.js';
import { security } from './security.js';

/**
 * The English catalog: the reference every other locale must match (a missing message in another
 * locale is a type error). One file per area keeps concurrent work apart.
 */
export const en = {
  common,
  data,
  api,
  security,
  reconcile,
  operations,
  report,
  derived,
  ruleOrigins,
};

export type Messages = typeof en;
