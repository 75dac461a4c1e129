import type { Rule } from '../types.js';

/** Check rules of the data layer (one exported Rule per rule; listed here in order). */
export const DATA_RULES: Rule[] = [];
