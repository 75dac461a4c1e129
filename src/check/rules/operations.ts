import type { Rule } from '../types.js';

/** Check rules of the operations layer (one exported Rule per rule; listed here in order). */
export const OPERATIONS_RULES: Rule[] = [];
