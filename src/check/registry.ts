import type { Rule } from './types.js';

/** Every check rule (one file per rule under rules/). A new rule is one file plus one entry here. */
export const RULES: Rule[] = [];
