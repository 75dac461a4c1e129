import { apiStep } from './api.js';
import { authStep } from './auth.js';
import { authorizationStep } from './authorization.js';
import { cachingStep } from './caching.js';
import { dataStep } from './data.js';
import { decisionsStep } from './decisions.js';
import { deploymentStep } from './deployment.js';
import { errorsStep } from './errors.js';
import { flowsStep } from './flows.js';
import { integrationsStep } from './integrations.js';
import { jobsStep } from './jobs.js';
import { observabilityStep } from './observability.js';
import { performanceStep } from './performance.js';
import { rulesStep } from './rules.js';
import { securityPracticesStep } from './security-practices.js';
import { serverSetStep } from './server-set.js';
import { servicesStep } from './services.js';
import { surfacesStep } from './surfaces.js';
import { testingStep } from './testing.js';
import { traceabilityStep } from './traceability.js';
import type { DeriveStep } from './types.js';
import { validationStep } from './validation.js';

/**
 * Derive steps in dependency order: data model first (everything else reads entities), the
 * integrations in use (read from the Domain alone, so the API may ask which providers' reference ids
 * the server sets), then the API and services (read entities), auth and authorization (refines
 * endpoints' roles), validation, errors, the operations layer, key decisions, and traceability last (reads
 * everything). A new section is one file plus one entry here.
 */
export const DERIVE_STEPS: DeriveStep[] = [
  dataStep,
  integrationsStep,
  apiStep,
  servicesStep,
  authStep,
  authorizationStep,
  surfacesStep,
  serverSetStep,
  rulesStep,
  validationStep,
  errorsStep,
  jobsStep,
  cachingStep,
  observabilityStep,
  performanceStep,
  securityPracticesStep,
  testingStep,
  deploymentStep,
  decisionsStep,
  traceabilityStep,
  flowsStep,
];
