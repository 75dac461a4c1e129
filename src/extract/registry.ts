import { statedAlertsExtractor } from './alerts.js';
import { aliasesExtractor } from './aliases.js';
import { authExtractor } from './auth.js';
import { bulletsExtractor } from './bullets.js';
import { businessRulesExtractor } from './business-rules.js';
import { cacheRequestsExtractor, statedCachesExtractor } from './cache-requests.js';
import { contractsExtractor } from './contracts.js';
import { dbmlExtractor } from './dbml.js';
import { decisionsExtractor } from './decisions.js';
import { endpointsExtractor } from './endpoints.js';
import { statedErrorsExtractor } from './error-codes.js';
import { flowsExtractor } from './flows.js';
import { integrationsExtractor } from './integrations.js';
import { jobsExtractor } from './jobs.js';
import { mermaidExtractor } from './mermaid.js';
import { openDecisionsExtractor } from './open-decisions.js';
import { payloadsExtractor } from './payloads.js';
import { prismaExtractor } from './prisma.js';
import { quantitiesExtractor } from './quantities.js';
import { rateLimitsExtractor } from './rate-limits.js';
import { regionsExtractor } from './regions.js';
import { requirementsExtractor } from './requirements.js';
import { rolesExtractor } from './roles.js';
import { schemaCodeExtractor } from './schema-code.js';
import { scopeExtractor } from './scope.js';
import { sequencesExtractor } from './sequences.js';
import { sideEffectsExtractor } from './side-effects.js';
import { sqlExtractor } from './sql.js';
import { stackExtractor } from './stack.js';
import { surfacesExtractor } from './surfaces.js';
import { tablesExtractor } from './tables.js';
import { transactionsExtractor } from './transactions.js';
import type { Extractor } from './types.js';
import { typescriptExtractor } from './typescript.js';

/**
 * Every extractor, in a fixed order (order matters only for ties in merge precedence).
 * A new notation is one file plus one entry here.
 */
export const EXTRACTORS: Extractor[] = [
  sqlExtractor,
  mermaidExtractor,
  typescriptExtractor,
  tablesExtractor,
  prismaExtractor,
  dbmlExtractor,
  bulletsExtractor,
  schemaCodeExtractor,
  endpointsExtractor,
  contractsExtractor,
  rolesExtractor,
  authExtractor,
  requirementsExtractor,
  quantitiesExtractor,
  decisionsExtractor,
  scopeExtractor,
  flowsExtractor,
  sequencesExtractor,
  stackExtractor,
  integrationsExtractor,
  jobsExtractor,
  businessRulesExtractor,
  openDecisionsExtractor,
  payloadsExtractor,
  cacheRequestsExtractor,
  statedCachesExtractor,
  statedAlertsExtractor,
  rateLimitsExtractor,
  statedErrorsExtractor,
  sideEffectsExtractor,
  transactionsExtractor,
  aliasesExtractor,
  regionsExtractor,
  surfacesExtractor,
];
