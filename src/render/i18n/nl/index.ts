import type { Messages } from '../en/index.js';
import { api } from './api.js';
import { common } from './common.js';
import { data } from './data.js';
import { derived } from './derived.js';
import { operations } from './operations.js';
import { reconcile } from './reconcile.js';
import { report } from './report.js';
import { ruleOrigins } from './rule-origins.js';
import { security } from './security.js';

/** The Dutch catalog: the same keys as English (a missing one is a type error). */
export const nl: Messages = {
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
