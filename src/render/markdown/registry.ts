import type { Section } from '../types.js';

import { reconciliationSection } from './sections/00-reconciliation.js';
import { dataModelsSection } from './sections/01-data-models.js';
import { databaseSchemaSection } from './sections/02-database-schema.js';
import { apiSection } from './sections/03-api.js';
import { servicesSection } from './sections/04-services.js';
import { authSection } from './sections/05-auth.js';
import { validationSection } from './sections/06-validation.js';
import { errorsSection } from './sections/07-errors.js';
import { integrationsSection } from './sections/08-integrations.js';
import { jobsSection } from './sections/09-jobs.js';
import { cachingSection } from './sections/10-caching.js';
import { observabilitySection } from './sections/11-observability.js';
import { performanceSection } from './sections/12-performance.js';
import { securitySection } from './sections/13-security.js';
import { testingSection } from './sections/14-testing.js';
import { deploymentSection } from './sections/15-deployment.js';
import { decisionsSection } from './sections/16-decisions.js';
import { traceabilitySection } from './sections/17-traceability.js';
import { checklistSection } from './sections/18-checklist.js';

/**
 * The sections of backend-spec.md in document order: 0. Source Reconciliation, the workflow's 15
 * sections, key decisions, then the appendices. A section returns null when the model has nothing
 * for it; the document then says the section is missing and a diagnostic reports it.
 */
export const SECTIONS: Section[] = [
  reconciliationSection,
  dataModelsSection,
  databaseSchemaSection,
  apiSection,
  servicesSection,
  authSection,
  validationSection,
  errorsSection,
  integrationsSection,
  jobsSection,
  cachingSection,
  observabilitySection,
  performanceSection,
  securitySection,
  testingSection,
  deploymentSection,
  decisionsSection,
  traceabilitySection,
  checklistSection,
];
