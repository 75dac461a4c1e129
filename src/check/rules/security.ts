import type { Rule } from '../types.js';

/** Check rules of the security layer (one exported Rule per rule; listed here in order). */
export const SECURITY_RULES: Rule[] = [];
