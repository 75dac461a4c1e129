import type { CodeInfo } from './types.js';

/** Diagnostic codes of the render area. Keys are stable: tools and users match on them. */
export const RENDER_CODES = {
  'render/section-missing': {
    severity: 'warning',
    description: 'A section of the spec could not be derived from the documents and is marked missing.',
  },
} as const satisfies Record<string, CodeInfo>;
