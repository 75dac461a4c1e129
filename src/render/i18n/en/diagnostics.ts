/**
 * Diagnostic messages and hints as the code writes them (English, the source), as templates: `{*}`
 * stands for any text (a name, a path, a list, a value; itself translated when it is a clause of
 * this list or of the derive phrasebook). Every other language translates each template (`{0}`,
 * `{1}`, ... put the parts back in any order); a missing one is a type error. The terminal shows a
 * diagnostic in the report's language (src/diagnostics/localise.ts); JSON and SARIF stay English.
 * When a diagnostic's wording changes, change its template here and in every catalog: the test in
 * test/i18n/diagnostics.test.ts names every message of the corpus and the example no template meets.
 */
export const DIAGNOSTIC_TEXTS = [
  // api
  'the route list at {*} covers {*}; not added: {*}',
  '{*} is also stated as {*} ({*}); using {*}',
  '{*} stated route(s) name no entity of the data model and are kept as stated, without schemas: {*}',
  '{*} ("{*}") has no operation: {*}',
  // check
  '{*} is {*} in section 0 ({*}) but {*}',
  'the key decision "{*}" is {*}',
  'role {*} reaches no operation beyond sign-in',
  "{*}: {*} is denied to {*}, the story's actor",
  '{*} reaches {*} across tenants',
  // config
  'no config file found: the project was not initialised, defaults are used',
  'run `backend-spec init` or create one of: {*}',
  'documentation language "{*}" (set in {*}) has no message catalog yet: backend-spec.md is written in English ({*} available)',
  'documentation language "{*}" (set by --lang) has no message catalog yet: backend-spec.md is written in English ({*} available)',
  'documentation language "{*}" has no message catalog yet: backend-spec.md is written in English ({*} available)',
  'add src/render/i18n/{*}/ (a copy of en/ translated; see CONTRIBUTING.md), or pass --lang en to silence this',
  // data
  'default {*} of {*} is not a literal or a known function for a {*} column: left out of the schema',
  'default {*} of {*} is not one of {*}: left out of the schema',
  "state it as a literal (`0`, `'draft'`, `true`) or `now()`",
  '{*} is defined twice: the second definition is ignored',
  "{*} is {*} but references {*} ({*}): the column takes the key's type",
  "{*} is {*} but references {*} (): the column takes the key's type",
  'index on {*} ({*}) names {*}, not a column of {*}: left out',
  // extract
  '{*} is {*} in {*} ({*}) but {*} in {*} ({*}); {*} wins',
  'enum {*} has values ({*}) here but ({*}) at {*}; the first definition is kept',
  '{*} is defined twice in {*} (also at {*}); the definitions were merged',
  '{*}: {*} is described in {*} ({*}) but not in {*} ({*})',
  '{*}: {*} are described in {*} ({*}) but not in {*} ({*})',
  'add {*} to the {*} definition, or remove it from the {*}',
  'add {*} to the {*} definition, or remove them from the {*}',
  '{*} of {*} is not read: {*}',
  'function {*} is not allowed in a {*}',
  '{*} is not allowed',
  'write the constraint with columns, literals, operators, IN/LIKE/BETWEEN, IS NULL, CASE, casts and plain functions such as lower(), length() or now(); subqueries, other functions and statements are not copied into schema.sql',
  'SQL does not parse: {*}; this statement was skipped',
  'Prisma schema does not parse: {*}; this block was skipped',
  'DBML does not parse: {*}; that element was skipped',
  'erDiagram attribute not understood: "{*}"; skipped',
  'the statement is read as PostgreSQL',
  'read as {*}, rewritten to PostgreSQL',
  '{*} references {*}, which no data model defines; the foreign key is dropped',
  'relationship {*} – {*}: {*} is not defined by any data model',
  'relationship {*} – {*}: {*} are not defined by any data model',
  '{*} has type {*}, which is neither a known type nor a defined enum; kept as text',
  // load
  'the only {*} document lies in the archive folder {*}; it is read, but may be out of date',
  'move the current version out of the archive, or confirm the archived one still holds',
  'classified as {*} ({*})',
  'the config names {*} for the planning documents, but the {*} is not there; found by scanning in {*}',
  'the config names {*} for the planning documents, but the {*} are not there; found by scanning in {*}',
  'point the config at the folder that holds the documents',
  'documentation_dir "{*}" does not exist; the documents were found in {*}, and the spec is written to {*}',
  'set documentation_dir in .bmad/config.yaml (or pass --docs DIR, or --out DIR for the output only)',
  'duplicate of {*}: {*}; it is not read',
  'monolithic copy of the shards in {*} ({*} of its lines)',
  'identical copy of {*}',
  'near-identical copy ({*} of lines shared) of {*}',
  'the config says {*}',
  'the other copy lies in {*}',
  'the one read is newer ({*})',
  'neither is newer; the one with the shorter path is read',
  'neither is newer; the shards are read',
  'front matter is not valid YAML: {*}',
  'fix the YAML between the leading `---` lines; the document is read as plain text meanwhile',
  'no architecture document found; searched: {*}',
  'no PRD found; searched: {*}',
  'run `backend-spec init` to create the planning documents, or pass --docs DIR',
  'no tech-stack document (expected {*}); stack choices are read from the other documents',
  'no UX flows document (expected {*}); flows are not traced to endpoints',
  'this copy states a newer date than {*} ({*} against {*}), but the config makes {*} the copy read; its changes are not in the spec',
  're-shard the newer copy (or bring its changes into the other), or change the sharded flag in the config',
  'superseded by {*} ({*}); read as history only',
  'superseded by {*} where they differ ({*})',
  'a later spec-kit feature ({*} after {*})',
  'a summary at the specs root that revises {*}',
  // operations
  'no cache store is chosen: cache entries are in-process only',
  'no queue or scheduler is chosen: jobs run on {*}',
  '{*}: "{*}" — no purge job',
  'retention "{*}" ({*}) matches no entity',
  '"{*}" is not in the provider catalogue: endpoints, auth, limits and webhooks are not known',
  // reconcile
  'state "{*}" is not a value of {*} ({*})',
  'map each stated state to an enum value, or add it to the data model',
  '"{*}" is named in the documents but no data model defines it',
  'define the entity in the data model, or state it as an assumption in the decisions file',
  '{*} is defined differently in {*}',
  'session timeout {*} is shorter than the refresh token lifetime {*} at {*}: the timeout is applied as an idle timeout and the token lifetime as the absolute session lifetime',
  'session timeout {*} is shorter than the access token lifetime {*} at {*}: the timeout is applied as an idle timeout and the token lifetime as the absolute session lifetime',
  'confirm or change this in the decisions file (id: {*})',
  '{*}: {*} in {*} replaces {*} in this older version',
  '{*} is not satisfied by any endpoint, job, entity, rule or alert',
  '{*}: {*} here, but {*} in {*}; using {*} ({*})',
  'align the documents, or record a choice in the decisions file',
  // render
  'section "{*}" could not be derived from the documents',
  // security
  '{*}: {*} ({*}) vs {*} ({*}); the first is used',
  'the documents state no roles: using {*}',
  '{*} (administration is mentioned)',
  'state the roles in the PRD (a roles table or "roles: a, b") to replace the default',
  'no authentication strategy is stated: JWT bearer tokens are assumed (rule derive/auth-default-jwt)',
  'state the strategy in the architecture (e.g. "Authentication: JWT" or the identity provider)',
  'role "{*}" received no permission: it reaches only public and self-service endpoints',
  'session timeout {*} ({*}) is shorter than the refresh-token lifetime {*} ({*}): the session limit caps the refresh chain',
  'user-story actor "{*}" matches none of the roles {*}',
  // added for messages met on the corpus after the first round
  'TypeScript does not parse: {*}; declarations that parsed were read',
  '{*} needs {*}, but no entity or field of the data model holds them',
  '{*} need {*}, but no entity or field of the data model holds them',
  'model the record, or state an assumption in the decisions file',
  'no entity or field of the data model holds these settings',
] as const;

export type DiagnosticText = (typeof DIAGNOSTIC_TEXTS)[number];

/** A language's wording of the terminal's diagnostic lines. */
export interface DiagnosticCatalog {
  /** Severity words and the hint label of `file:line severity code: message` / `hint: ...`. */
  labels: { error: string; warning: string; info: string; hint: string };
  texts: Record<DiagnosticText, string>;
}

/** English needs no translation: each template stands for itself. */
export const diagnostics: DiagnosticCatalog = {
  labels: { error: 'error', warning: 'warning', info: 'info', hint: 'hint' },
  texts: Object.fromEntries(DIAGNOSTIC_TEXTS.map((p) => [p, p])) as Record<DiagnosticText, string>,
};
