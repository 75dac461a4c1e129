/** English wording of the operations sections (8 to 15) and the key technical decisions. */
export const operations = {
  /** Header of the two-column property tables (one per integration, one per job). */
  kv: ['Aspect', 'Detail'],
  status: {
    chosen: 'in use',
    mentioned: 'mentioned',
    future: 'planned (later phase)',
    'out-of-scope': 'out of scope',
    rejected: 'rejected',
  } as Record<string, string>,
  integrations: {
    summary: (active: number, planned: number, rejected: number) =>
      `${active} integration(s) in use, ${planned} planned for a later phase, ${rejected} considered and rejected.`,
    none: 'The documents name no third-party service; the backend makes no outbound integration calls.',
    unknown:
      'Not in the provider catalogue: only what the documents say is listed; endpoints, limits and webhooks must be taken from the provider.',
    clientSide: 'Runs on the user’s device: no server-side call, credentials or retries.',
    fields: {
      status: 'Status',
      purpose: 'Purpose in this project',
      docs: 'API reference',
      baseUrl: 'Base URL',
      endpoints: 'Endpoints used',
      auth: 'Authentication',
      format: 'Request/response format',
      rateLimits: 'Rate limits',
      retry: 'Retry',
      failFast: 'Never retried',
      idempotency: 'Idempotency',
      webhooks: 'Webhook',
      env: 'Configuration',
      notes: 'Notes',
      mentions: 'Where the documents name it',
    },
    retry: (on: string[], attempts: number, backoff: string, dead: string | null) =>
      attempts <= 1
        ? `one attempt, never retried${dead ? `; then ${dead}` : ''}`
        : `${on.length > 0 ? `on ${on.join(', ')}; ` : ''}up to ${attempts} attempts; ${backoff}${dead ? `; then ${dead}` : ''}`,
    planned: 'Planned or rejected',
    plannedHeader: ['Service', 'Status', 'What the documents say', 'Source'],
  },
  jobs: {
    runner: (queue: string, scheduler: string) =>
      `Jobs run on **${queue}**; schedules are triggered by **${scheduler}**.`,
    unresolved: (n: number) =>
      `No job is designed yet: ${n === 1 ? 'a stated period or schedule names' : `${n} stated periods or schedules name`} no record of the data model (section 0, open questions). Answer ${n === 1 ? 'it' : 'them'} there and the job follows.`,
    none: (checked: string) =>
      `No background job is needed: the documents state ${checked}. Every request completes its work inline.`,
    checked:
      'no retention period, reminder, recurring schedule, server-side token store, webhook-driven provider, outgoing message provider or document generation',
    fields: {
      purpose: 'Purpose',
      trigger: 'Trigger',
      inputs: 'Inputs',
      steps: 'Processing',
      idempotency: 'Idempotency',
      retry: 'Retry',
      timeout: 'Timeout',
      logs: 'Logs',
      requirements: 'Requirements',
      basis: 'Derived from',
    },
    seconds: (n: number) => `${n}s`,
  },
  caching: {
    store: (value: string) => `Cache store: **${value}** (stated).`,
    statedNone: 'The documents decide that nothing is cached: no cache store and no cache entries.',
    noStore: (fallback: string) =>
      `No cache store is stated in the documents. Entries below live in an ${fallback}.`,
    considered: 'Mentioned but not chosen',
    header: ['Entry', 'Kind', 'Key pattern', 'TTL', 'TTL source', 'Invalidated by', 'Why', 'Source'],
    /** What a cached entry holds (the Kind column) and a considered store's status. */
    kinds: { entity: 'entity', query: 'query', external: 'external' } as Record<string, string>,
    statuses: {
      chosen: 'chosen',
      mentioned: 'mentioned',
      rejected: 'rejected',
      superseded: 'superseded',
      deprecated: 'deprecated',
      'out-of-scope': 'out-of-scope',
      future: 'future',
      deferred: 'deferred',
      proposed: 'proposed',
      undecided: 'undecided',
    } as Record<string, string>,
    ttlOnly: 'TTL expiry only (no entity of ours changes it)',
    /** A query entry with no invalidating write: the model links none to it (it may not know the data). */
    /** The key of a stated entry no endpoint serves (its parameters are asked in section 0). */
    keyUnmapped: 'no endpoint serves it: its key parameters are an open question (section 0)',
    ttlOnlyQuery: 'TTL expiry only (no write of the data model is linked to it)',
    none: 'No entry qualifies for caching: no reference data, aggregate reads or external lookups were found.',
    rules: [
      'Read-through: on a miss, load from the source of truth and store with the TTL.',
      'Invalidate (delete the key) in the same code path as the write, after the transaction commits.',
      'A cache failure degrades to a direct read; it never fails the request.',
    ],
  },
  observability: {
    format: 'Log format',
    fields: 'Fields on every line',
    example: 'Example',
    redact: 'Never logged (redaction list)',
    redactHeader: ['Field', 'Why'],
    events: 'What to log',
    eventsHeader: ['Event', 'Level', 'Source'],
    levels:
      'Levels: `error` for failed requests (5xx) and exhausted retries, `warn` for denied access and failed logins, `info` for business events and state changes, `debug` locally only.',
    health: 'Health checks',
    healthHeader: ['Path', 'Checks', 'Source'],
    metrics: 'Metrics',
    metricsHeader: ['Metric', 'Type', 'What it shows', 'Source'],
    alerts: 'Alert thresholds',
    alertsHeader: ['Metric', 'Threshold', 'Window', 'Severity', 'From', 'Source'],
    tracking: (v: string) =>
      `Errors are also reported to **${v}** (stated), with personal data scrubbed before send.`,
  },
  performance: {
    database: 'Database: indexes and N+1 prevention per relationship',
    api: 'API: pagination and rate limits',
    latency: 'Stated latency targets',
    header: ['Where', 'Measure', 'Source'],
    none: 'The model has no relationship, list endpoint or stated target to derive performance measures from.',
  },
  security: {
    intro: 'Each OWASP Top 10 (2021) category, with what this specification does about it.',
    header: ['OWASP', 'Risk', 'What this spec does', 'Source'],
  },
  testing: {
    coverage: (n: number) => `Coverage target: **${n}%** of lines and branches in services and validators.`,
    tools: 'Stated test tools',
    kinds: {
      unit: 'Unit tests',
      integration: 'Integration tests',
      e2e: 'End-to-end tests (critical flows)',
      load: 'Load tests',
      security: 'Security tests',
    } as Record<string, string>,
  },
  deployment: {
    env: 'Environment variables',
    envHeader: ['Variable', 'Used for', 'Example', 'Secret', 'Required', 'Source'],
    yes: 'yes',
    no: 'no',
    migration: (tool: string) => `Migration strategy (${tool})`,
    noMigration: 'No database: there is no schema to migrate.',
    rollback: 'Rollback procedure',
    prerequisites: 'Prerequisites',
    secrets:
      'Secrets come from the platform’s secret store, never from the repository; `.env.example` lists every variable above with placeholder values.',
  },
  decisions: {
    header: ['Decision', 'Choice', 'Source'],
    /** A choice the documents do not make: a default the workflow needs, shown as a proposal. */
    proposed: 'Proposed — not stated in the documents',
  },
};
