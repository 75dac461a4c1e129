import type { DeriveStep } from './types.js';

/**
 * Derive steps in dependency order: data model first (everything else reads entities), then the API
 * (reads entities), authorization (refines endpoints' roles), validation, errors, integrations, jobs,
 * caching, observability, performance, security, testing, deployment, decisions, traceability last
 * (reads everything). A new section is one file plus one entry here.
 */
export const DERIVE_STEPS: DeriveStep[] = [];
