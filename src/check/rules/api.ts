import type { Rule } from '../types.js';

/** Check rules of the api layer (one exported Rule per rule; listed here in order). */
export const API_RULES: Rule[] = [];
