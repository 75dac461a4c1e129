import { API_CODES } from './api.js';
import { CHECK_CODES } from './check.js';
import { CONFIG_CODES } from './config.js';
import { DATA_CODES } from './data.js';
import { EXTRACT_CODES } from './extract.js';
import { FACTS_CODES } from './facts.js';
import { IO_CODES } from './io.js';
import { LOAD_CODES } from './load.js';
import { OPERATIONS_CODES } from './operations.js';
import { RECONCILE_CODES } from './reconcile.js';
import { RENDER_CODES } from './render.js';
import { SECURITY_CODES } from './security.js';
import { SPEC_CHECK_CODES } from './spec-check.js';
import type { CodeInfo } from './types.js';
import { VERIFY_CODES } from './verify.js';

/** The one registry of diagnostic codes, assembled from one file per area. */
export const CODES = {
  ...CONFIG_CODES,
  ...LOAD_CODES,
  ...EXTRACT_CODES,
  ...DATA_CODES,
  ...API_CODES,
  ...SECURITY_CODES,
  ...RECONCILE_CODES,
  ...OPERATIONS_CODES,
  ...CHECK_CODES,
  ...RENDER_CODES,
  ...VERIFY_CODES,
  ...FACTS_CODES,
  ...SPEC_CHECK_CODES,
  ...IO_CODES,
} satisfies Record<string, CodeInfo>;

export type CodeId = keyof typeof CODES;
export type { CodeInfo };
