import { API_RULES } from './rules/api.js';
import { CONSISTENCY_RULES } from './rules/consistency.js';
import { DATA_RULES } from './rules/data.js';
import { OPERATIONS_RULES } from './rules/operations.js';
import { SECURITY_RULES } from './rules/security.js';
import { STORY_RULES } from './rules/stories.js';
import type { Rule } from './types.js';

/** Every check rule, per layer. A new rule is one entry in its layer's file (or a file of its own). */
export const RULES: Rule[] = [
  ...DATA_RULES,
  ...API_RULES,
  ...SECURITY_RULES,
  ...OPERATIONS_RULES,
  ...CONSISTENCY_RULES,
  ...STORY_RULES,
];
