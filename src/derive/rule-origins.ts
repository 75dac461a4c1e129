/**
 * What each named derive rule adds to a spec and from which stated facts, one sentence per rule
 * (issue 15: the "Rule origins" appendix of backend-spec.md cites these instead of printing the rule
 * id on every line). The English text is the reference; src/render/i18n/<lang>/rule-origins.ts
 * translates each one (a missing translation is a type error). A new rule id gets its sentence here:
 * test/markdown/rule-origins.test.ts fails for a rule literal of src/ that has none.
 */
export const RULE_ORIGINS = {
  'derive/access-token-default-15m':
    'Proposes a 15-minute access-token lifetime where the documents state token auth but no lifetime.',
  'derive/action-from-state-enum':
    'Adds an action endpoint for each state change a stated status enum and its lifecycle allow.',
  'derive/add-created-at': 'Adds a created_at timestamp to every stated entity that lacks one.',
  'derive/add-primary-key': 'Adds a UUID primary key to a stated entity that names no key.',
  'derive/add-updated-at': 'Adds an updated_at timestamp to every mutable stated entity that lacks one.',
  'derive/alert-from-availability-nfr':
    'Turns a stated availability target into an alert on the error budget.',
  'derive/alert-from-latency-nfr': 'Turns a stated latency target into an alert on the p95 latency.',
  'derive/append-only-record':
    'Marks an entity append-only (no updated_at, no edits) because the documents describe it as a log or history.',
  'derive/auth-default-jwt':
    'Proposes JWT bearer authentication where the documents require sign-in but name no mechanism.',
  'derive/auth-endpoints': 'Adds the sign-in endpoints the stated authentication mechanism needs.',
  'derive/auth-login': 'Adds a login endpoint because the documents state users sign in.',
  'derive/auth-passwordless-sign-in':
    'Signs users in without a password, because the documents state a one-time link or code by e-mail: one route sends it (202 whether or not the account exists), another exchanges it once for the session.',
  'derive/auth-logout':
    'Adds a logout endpoint that ends the session or revokes the refresh token of the stated auth mechanism.',
  'derive/auth-me': 'Adds a current-user endpoint because signed-in users read their own profile.',
  'derive/auth-none-no-protected-endpoint':
    'Records that no authentication is needed because no stated operation is protected.',
  'derive/auth-oauth-per-provider':
    'Adds an OAuth start and callback endpoint for each stated identity provider.',
  'derive/auth-password-reset-from-requirement':
    'Adds the password-reset endpoints a stated requirement asks for.',
  'derive/auth-refresh-when-stated':
    'Adds a token-refresh endpoint because the documents state refresh tokens.',
  'derive/auth-register-from-requirement':
    'Adds a registration endpoint a stated requirement or story asks for.',
  'derive/auth-strategy-of-provider':
    'Takes the token and session settings of the stated auth provider or library.',
  'derive/auth-verify-email':
    'Adds an e-mail verification endpoint because the documents state e-mail verification.',
  'derive/authentication-service':
    'Adds an authentication service that owns the stated sign-in, tokens and password handling.',
  'derive/auth-staff-group-other-roles':
    'Gives a stated staff group ("Staff: Auth0 access tokens") every role that no other group of the authentication statements names.',
  'derive/auth-issuer-after-group':
    'Gives a group of roles the API’s own tokens where a sentence stated just after the group’s sign-in says the API issues its own tokens.',
  'derive/auth-issuer-own-sign-in':
    'Has the API issue the tokens of a group that signs in by a one-time link or code sent by e-mail and names no identity provider.',
  'derive/password-hash-of-library':
    'Takes the password hashing the stated auth library performs itself (Devise: bcrypt, cost 12) instead of proposing another.',
  'derive/authz-admin-all': 'Grants a stated administrator role every operation of its tenant.',
  'derive/authz-deny-by-default':
    'Denies every operation the stated roles and stories do not grant (OWASP A01).',
  'derive/authz-own-by-story':
    'Limits a stated caller to its own records where a stated user story has the actor act on a record of their own.',
  'derive/authz-from-story':
    'Grants a role an operation because a stated user story gives that role the action.',
  'derive/authz-owner-column': 'Reads record ownership from a stated column that points at the acting user.',
  'derive/authz-owner-only':
    'Limits an operation to the owner of the record, as the stated ownership column says.',
  'derive/authz-owner-via-parent': 'Reads ownership of a child record through its stated parent’s owner.',
  'derive/authz-public-endpoint':
    'Leaves an operation open to anonymous callers because the documents state it is public.',
  'derive/authz-read-referenced': 'Lets a role read the records that the records it may manage reference.',
  'derive/authz-self-profile': 'Lets every signed-in user read and edit their own profile.',
  'derive/authz-role-column':
    'Reads a foreign key to the user entity named for a role as that role’s own records.',
  'derive/authz-user-reference':
    'Records a foreign key to the user entity that says who acted: a real path to the user that scopes nobody by itself.',
  'derive/authz-stated-scope':
    'Keeps a role inside the scope a sentence states (“sees only …”), following the foreign keys from what it names to the user.',
  'derive/creator-from-caller':
    'Sets the foreign key to the user entity that records who created the record from the caller’s token, never from the body.',
  'derive/parent-from-path':
    'Sets the parent’s foreign key of a record created under its parent’s path from the path, never from the body.',
  'derive/authz-self-record': 'Limits a role to its own record of an entity linked one-to-one to the user.',
  'derive/authz-subject-record':
    'Takes the record that holds the identity provider’s subject and lists a role as that role’s own record (the API maps the token to it).',
  'derive/authz-self-service':
    'Lets a user perform the operations a stated story gives them on their own data.',
  'derive/authz-single-role-all': 'Grants the only stated role every operation, as no other role exists.',
  'derive/authz-state-action-by-story-actor':
    'Grants a state-change action to the role whose stated story performs it.',
  'derive/authz-webhook-machine-only':
    'Opens a webhook endpoint to the signed calls of its stated provider only.',
  'derive/authz-writer-reads': 'Lets a role that may write a resource also read it.',
  'derive/base-path-as-stated': 'Uses the API base path the documents state.',
  'derive/bcrypt-min-cost-12': 'Sets a bcrypt cost of at least 12 because the documents choose bcrypt.',
  'derive/browser-client':
    'Applies browser-client protections (CORS, cookies, CSRF) because a stated web front end calls the API.',
  'derive/cache-aggregate-endpoint':
    'Caches an aggregate (dashboard or report) endpoint that the documents state is read often.',
  'derive/cache-current-user': 'Caches the signed-in user’s profile read on every page load.',
  'derive/cache-external-response':
    'Caches the responses of a stated external service that are read repeatedly.',
  'derive/cache-stated-external':
    'Caches the responses of a chosen external service because a statement asks for caching of integration responses.',
  'derive/cache-metrics': 'Adds cache hit and miss metrics because the spec has a cache.',
  'derive/cache-reference-entity': 'Caches reference data that the stated model changes rarely.',
  'derive/cache-ttl-aggregate':
    'Proposes the time-to-live of cached aggregates where the documents state none.',
  'derive/cache-ttl-external':
    'Proposes the time-to-live of cached external responses where the documents state none.',
  'derive/cache-ttl-profile':
    'Proposes the time-to-live of the cached user profile where the documents state none.',
  'derive/cache-ttl-stated-entry':
    'Proposes the time-to-live of a cache entry the documents state without one.',
  'derive/cache-ttl-reference':
    'Proposes the time-to-live of cached reference data where the documents state none.',
  'derive/client-side-integration-no-retry':
    'Gives no server retry to an integration the documents say the client calls directly.',
  'derive/coverage-80': 'Proposes an 80 % line-coverage floor where the documents state no target.',
  'derive/crud-for-aggregate-root':
    'Adds the create, read, update and list operations of a stated top-level entity that stated needs use.',
  'derive/crud-for-owned-child':
    'Adds the operations of an entity owned by a stated parent, nested under the parent’s path.',
  'derive/db-pool-metric': 'Adds database-pool metrics because the spec uses a relational database.',
  'derive/deactivate-not-delete':
    'Replaces deletion with deactivation for records that other stated records keep referring to.',
  'derive/default-database-postgresql':
    'Proposes PostgreSQL where the documents state a data model but no database.',
  'derive/default-error-rate-alert': 'Proposes a 5xx error-rate alert where the documents state no alert.',
  'derive/default-role-admin':
    'Proposes an administrator role where the documents state administration but name no role.',
  'derive/default-role-user': 'Proposes a user role where the documents state sign-in but name no role.',
  'derive/e2e-per-top-priority-story': 'Adds an end-to-end test for each top-priority stated story.',
  'derive/e2e-per-ux-flow': 'Adds an end-to-end test for each stated UX flow.',
  'derive/env-database-url': 'Adds a DATABASE_URL setting because the spec uses a database.',
  'derive/env-log-level': 'Adds a LOG_LEVEL setting for the structured logs.',
  'derive/env-redis-url': 'Adds a REDIS_URL setting because the stated stack uses Redis.',
  'derive/env-referenced': 'Adds each environment variable the documents or the stated integrations need.',
  'derive/error-400-validation': 'Adds the 400 validation error every operation with input can return.',
  'derive/error-401-invalid-credentials': 'Adds the 401 error for a failed sign-in.',
  'derive/error-401-token-expired': 'Adds the 401 error for an expired token of the stated token auth.',
  'derive/error-401-unauthenticated':
    'Adds the 401 error for calls without valid credentials to protected operations.',
  'derive/error-403-forbidden': 'Adds the 403 error for callers the permission matrix denies.',
  'derive/error-404-not-found': 'Adds the 404 error for operations on one record.',
  'derive/error-409-conflict': 'Adds the 409 error for state changes the stated lifecycle does not allow.',
  'derive/error-409-unique': 'Adds the 409 error for a stated unique value that is already taken.',
  'derive/error-422-business-rule': 'Adds the 422 error for a stated business rule that a request breaks.',
  'derive/error-429-rate-limited': 'Adds the 429 error of the rate limits.',
  'derive/error-500-internal': 'Adds the 500 error every operation can return.',
  'derive/error-503-unavailable': 'Adds the 503 error for a stated dependency that is down.',
  'derive/errors-rfc9457-problem-details':
    'Proposes RFC 9457 problem details as the error format where the documents state none.',
  'derive/extension-citext':
    'Adds the citext extension for case-insensitive stated unique text such as e-mail addresses.',
  'derive/extension-pg-trgm': 'Adds the pg_trgm extension for the text search a stated requirement asks for.',
  'derive/foreign-key-by-name':
    'Reads a stated field named after an entity (`patient_id`) as a foreign key to it.',
  'derive/foreign-key-from-relationship': 'Adds the foreign-key column a stated relationship needs.',
  'derive/foreign-key-type-follows-key': 'Gives a foreign key the type of the stated key it references.',
  'derive/format-from-field-name':
    'Infers the format of a stated field, such as an email address or a phone number, from its name.',
  'derive/health-liveness': 'Adds a liveness endpoint for the orchestrator.',
  'derive/health-readiness-real-dependencies':
    'Adds a readiness endpoint that checks the stated database and services.',
  'derive/hide-internal-records': 'Keeps internal records (tokens, logs, outbox) out of the public API.',
  'derive/id-is-primary-key': 'Makes a stated `id` field the primary key.',
  'derive/in-process-cache-when-no-store':
    'Proposes an in-process cache where caching is needed but the documents state no cache store.',
  'derive/index-every-foreign-key': 'Indexes every foreign key of the stated model.',
  'derive/index-lookup-field': 'Indexes a stated field that a stated query looks records up by.',
  'derive/index-tenant-created-at':
    'Indexes tenant and creation time for the lists of a multi-tenant stated entity.',
  'derive/index-tenant-status':
    'Indexes tenant and status for the status filters of a multi-tenant stated entity.',
  'derive/index-unique-field': 'Adds a unique index for a field the documents state is unique.',
  'derive/integration-retry-catalogue':
    'Takes the retry policy of a stated integration from the provider catalogue.',
  'derive/integration-retry-unknown-provider':
    'Proposes a generic retry policy for a stated integration the catalogue does not know.',
  'derive/integration-tests-real-database':
    'Runs integration tests against a real instance of the stated database.',
  'derive/integrations-in-use': 'Lists the integrations the documents state are in use.',
  'derive/job-expired-token-cleanup': 'Adds a job that deletes expired tokens of the stated token auth.',
  'derive/job-for-document-generation':
    'Adds a job for the document generation a stated requirement describes.',
  'derive/job-for-outgoing-message': 'Adds a delivery job for each stated e-mail or message provider.',
  'derive/job-for-reminder': 'Adds a reminder job for the reminders a stated requirement describes.',
  'derive/job-for-retention': 'Adds a purge job for a stated retention period.',
  'derive/job-for-period-end':
    'Adds a job that anonymises or archives the data whose stated period has ended ("anonymised after 24 months").',
  'derive/job-for-schedule': 'Adds a job for a stated schedule ("every night", "hourly").',
  'derive/job-for-timed-rule':
    'Adds a job that makes the transition a stated timed system rule describes once its time has passed.',
  'derive/job-schedule-proposed':
    'Proposes a scan schedule for a job whose work the documents state without a schedule.',
  'derive/error-status-from-criterion':
    "Gives an error code the documents name without an HTTP status one: 409 when its clause says the record's state forbids the action, 429 when a count is exceeded, else 422.",
  'derive/job-time-proposed':
    'Proposes a time of day (03:00; Mondays for a weekly, the 1st for a monthly period) for a job whose period the documents state without one ("daily", "every 24 hours", "monthly").',
  'derive/job-for-webhook': 'Adds a job that processes the webhooks of a stated provider.',
  'derive/job-metrics': 'Adds job duration and failure metrics because the spec has background jobs.',
  'derive/job-retry': 'Proposes a retry policy for a stated job where the documents state none.',
  'derive/job-runner-default': 'Proposes a job runner where the documents state jobs but no runner.',
  'derive/job-runner-partly-stated': 'Completes a job runner the documents name only in part.',
  'derive/job-runner-stated': 'Uses the job runner the documents state.',
  'derive/join-table': 'Treats a stated table that only links two entities as a join table.',
  'derive/join-table-as-sub-resource':
    'Exposes a join table as a sub-resource of one side of its relationship.',
  'derive/join-table-composite-key': 'Gives a join table the composite key of its two foreign keys.',
  'derive/join-table-for-many-to-many': 'Adds a join table for a stated many-to-many relationship.',
  'derive/json-structured-logs': 'Proposes JSON structured logs with request ids.',
  'derive/jwt-claims-minimal': 'Keeps JWT claims to the subject, roles and tenant the stated model needs.',
  'derive/load-test-from-nfr': 'Adds a load test for each stated performance target.',
  'derive/lockout-5-attempts-15m':
    'Proposes a lockout after 5 failed sign-ins for 15 minutes where the documents state none.',
  'derive/log-server-errors': 'Logs every server error with its request id.',
  'derive/machine-principal': 'Adds a machine caller for the stated webhooks and service calls.',
  'derive/anonymous-caller':
    'Treats a role the documents describe as not signed in as the anonymous caller: public routes only, no token role.',
  'derive/many-to-many-from-join-table': 'Reads a many-to-many relationship from a stated join table.',
  'derive/migrations-versioned-sql':
    'Proposes versioned SQL migrations where the documents state no migration tool.',
  'derive/mongodb-collections':
    'Maps the stated entities to MongoDB collections because the documents choose MongoDB.',
  'derive/mongodb-object-id': 'Gives MongoDB documents an ObjectId key because the documents choose MongoDB.',
  'derive/monitoring-sdk-retry': 'Leaves retries of a stated monitoring service to its SDK.',
  'derive/n-plus-one-per-relationship': 'Names the N+1 risk of each stated relationship that lists read.',
  'derive/name-enum-type': 'Names the database enum type of a stated status or kind field.',
  'derive/nest-owned-child': 'Nests the path of a stated owned child under its parent.',
  'derive/no-auth-stated': 'Records that the documents state no authentication.',
  'derive/no-change-to-append-only': 'Leaves out update and delete of an append-only stated record.',
  'derive/no-change-to-money-records':
    'Leaves out update and delete of money records (payments, invoices): they are reversed, not edited.',
  'derive/no-database': 'Records that the documents state no database: the system keeps no data of its own.',
  'derive/no-delete-without-requirement':
    'Leaves out a delete operation that no stated requirement or story asks for.',
  'derive/no-list-without-requirement':
    'Leaves out a list operation that no stated requirement or story asks for.',
  'derive/no-write-without-caller':
    'Leaves out a designed create or edit that every role is denied when each requirement that named it is served by another operation of the same kind a role calls (`POST /berths` beside the visitor’s `POST /reservations` for FR-2).',
  'derive/no-delete-without-caller':
    'Leaves out a designed delete that every role is denied: no story, grant or stated access names a caller.',
  'derive/no-write-without-requirement':
    'Leaves out a write operation that no stated requirement or story asks for.',
  'derive/no-writes-on-read-only-data':
    'Leaves out writes to data the documents state is read-only or imported.',
  'derive/no-writes-on-system-data': 'Leaves out client writes to records only the system creates.',
  'derive/not-null-key': 'Makes a key column NOT NULL.',
  'derive/notification-channel-per-provider': 'Adds a notification channel for each stated message provider.',
  'derive/notification-service': 'Adds a notification service because the documents state notifications.',
  'derive/pattern-check':
    "Writes a field format pattern that a code notation states (Mongoose match, zod .regex, Rails format, Pydantic pattern) as a PostgreSQL CHECK (col ~ '…'), so the database enforces what the API validates.",
  'derive/nullable-when-unstated':
    'Makes a stated field nullable where the documents do not say it is required.',
  'derive/on-delete-cascade-join-table': 'Deletes join-table rows with either side.',
  'derive/on-delete-cascade-owned-child': 'Deletes an owned child with its stated parent.',
  'derive/on-delete-restrict-shared':
    'Refuses to delete a record that a required foreign key of the stated model still references.',
  'derive/on-delete-set-null-optional':
    'Clears an optional foreign key when the record it references is deleted.',
  'derive/create-from-verb-noun':
    'Reads a verb no lexicon knows whose stem names an entity of the model ("vote" → Vote, "votare" → Voto) as creating that entity.',
  'derive/operation-from-story': 'Adds the operation a stated user story needs.',
  'derive/owasp-a01-from-matrix':
    'States the access-control practice of OWASP A01 from the permission matrix.',
  'derive/owasp-a02':
    'States the cryptographic practice of OWASP A02 for the stated secrets and personal data.',
  'derive/owasp-a04-validation':
    'States the input-validation practice of OWASP A04 from the validation rules.',
  'derive/owasp-a08-webhooks':
    'Requires signature checks on the webhooks of the stated providers (OWASP A08).',
  'derive/owasp-a10-allowlist': 'Limits outgoing calls to the stated integrations (OWASP A10).',
  'derive/pagination-20-100':
    'Proposes pages of 20 items, at most 100, where the documents state no page size.',
  'derive/password-hash-argon2id':
    'Proposes Argon2id password hashing where the documents state passwords but no hash.',
  'derive/password-max-length-128': 'Caps passwords at 128 characters to bound hashing cost.',
  'derive/password-min-length-8': 'Proposes a minimum password length of 8 where the documents state none.',
  'derive/payment-service': 'Adds a payment service because the documents state a payment provider.',
  'derive/pool-from-concurrency': 'Sizes the database pool from the stated concurrency target.',
  'derive/rate-limit-per-class':
    'Proposes rate limits per class of operation where the documents state none.',
  'derive/read-only-log': 'Exposes a stated log or history only for reading.',
  'derive/read-only-reference-data':
    'Exposes stated reference data only for reading, except to administrators.',
  'derive/red-metrics': 'Adds rate, error and duration metrics for every endpoint.',
  'derive/refresh-rotation-reuse-detection':
    'Rotates refresh tokens and revokes the family on reuse because the documents state refresh tokens.',
  'derive/refresh-token-capped-by-session': 'Caps the refresh-token lifetime at the stated session lifetime.',
  'derive/refresh-token-default-7d':
    'Proposes a 7-day refresh-token lifetime where the documents state none.',
  'derive/relationship-from-foreign-key': 'Reads a relationship from a stated foreign key.',
  'derive/resource-from-story-noun': 'Adds a resource for an entity that stated stories act on.',
  'derive/resource-per-aggregate-root': 'Adds a resource for each top-level stated entity.',
  'derive/sanitise-decimal-as-string': 'Returns money and decimal values as strings so no precision is lost.',
  'derive/sanitise-explicit-null': 'Returns absent optional values as explicit nulls.',
  'derive/sanitise-no-html': 'Returns text as data, never as HTML.',
  'derive/sanitise-personal-data': 'Keeps stated personal data out of logs and of responses to other users.',
  'derive/sanitise-rfc3339-utc': 'Returns timestamps as RFC 3339 in UTC.',
  'derive/sanitise-secrets-never-returned': 'Never returns stated secrets such as password hashes or tokens.',
  'derive/search-from-requirement': 'Adds a search parameter or operation a stated requirement asks for.',
  'derive/security-tests-per-owasp-item': 'Adds a security test for each OWASP practice of section 13.',
  'derive/sensitive-field': 'Marks a stated field sensitive from its name (password, token, secret).',
  'derive/sensitive-personal':
    'Marks a stated field personal data from its name (e-mail, phone, birth date).',
  'derive/sensitive-secret': 'Marks a stated field secret from its name (password hash, token, API key).',
  'derive/owner-from-caller':
    'Leaves the reference to the caller’s own record out of a create body when only that role creates the record: the server takes it from the token.',
  'derive/state-time-server-set':
    'Leaves a date-time named for a status the record reaches after its creation out of request bodies: the server records it, or sets it as the deadline.',
  'derive/queue-position-server-set':
    'Leaves a number named for a status and a place in its queue (`waitlistPos` beside `waitlisted`) out of request bodies: the server numbers the queue as records join and leave it.',
  'derive/state-flag-from-action':
    'Leaves out of the create and update bodies a boolean named for a state whose verb a stated action of the record, or of the record it belongs to, performs: that action sets it.',
  'derive/action-time-from-action':
    'Leaves out of the create and update bodies a date-time named for the verb of a stated action of the record (`picked_up_at` beside `POST …/{id}/pickup`): that action records it.',
  'derive/action-reading-from-action':
    'Leaves out of the create and update bodies a number named for the verb of a stated action of the record (`return_battery_level` beside `POST …/{id}/return`): that action records the reading.',
  'derive/status-from-actions':
    "Leaves out of the create and update bodies a status column with a stated default of a record that stated actions move (`status DEFAULT 'open'` beside `POST …/{id}/close`): the record is created in the default and only the actions move it.",
  'derive/role-column-from-caller':
    'Leaves out of the create and update bodies the reference to a user named for the one role that creates the record (`mechanic_id` when only a mechanic reports damage): the server takes the caller from the token.',
  'derive/total-from-rate':
    'Leaves out of the create and update bodies the one total of a record when another record of the model holds a rate (`total_cents` beside `prices.daily_rate_cents`): the server computes it from the rate.',
  'derive/role-column-from-action':
    'Leaves out of the create body a nullable reference to the user named for a role that performs a stated action on the record and creates none (`courier_id` beside `POST /orders/{id}/pickup` for a courier): it is set after creation by an action (the role’s own, or an assignment), never by the creator.',
  'derive/distance-from-places':
    'Leaves out of request bodies a number named for a distance on a record that refers to two records holding coordinates (`distance_km` beside the address and the outlet): the server measures it.',
  'derive/code-of-owned-record':
    'Leaves out of request bodies a unique code or number of a record its caller owns (`orders.code`): a caller cannot know the codes of other callers, so the server issues it.',
  'derive/status-from-webhook':
    'Leaves out of request bodies the status of a record whose collection a stated webhook route sits under (`POST /fizetesek/simplepay/ipn` beside `fizetesek.statusz`): the provider’s notification moves it.',
  'derive/subject-from-token':
    "Leaves out of request bodies the identity provider's subject of a person (`kakao_sub`, `bankid_subject`, `keycloak_id`): the server takes it from the verified token's `sub`.",
  'derive/sign-in-state':
    'Leaves out of request bodies the state sign-in keeps on an account (`failed_logins`, `locked_until`, `email_verified`, the last sign-in): the sign-in and verification flows write it.',
  'derive/last-event-time':
    'Leaves out of request bodies the date-time of the latest event of a kind (`last_order_at`): the server records it as the events happen.',
  'derive/stored-file-size':
    'Leaves out of request bodies a size in bytes (`pdf_size_bytes`): the server measures the stored file.',
  'derive/actor-from-caller':
    'Leaves out of request bodies who did something (`recorded_by`, `adjusted_by`, `registrado_por`): the server takes the caller from the token.',
  'derive/tenant-from-token':
    "Leaves a record's `tenant_id` out of request bodies: the server takes the caller's tenant from the token.",
  'derive/anonymised-time':
    'Leaves out of request bodies the time a record was anonymised (`anonymised_at`): the erasure sets it.',
  'derive/record-time':
    'Leaves out of request bodies the date-time a record was recorded (`recorded_at`, `registrado_en`): the server takes the moment it stores it.',
  'derive/hold-expiry':
    'Leaves out of request bodies the end of a hold (`held_until`, `hold_expires_at`): the server gives the hold its period.',
  'derive/action-note-from-action':
    'Leaves out of the create and update bodies a text whose name opens with the verb of an action whose time the record holds (`void_reason` beside `voided_at` and `POST …/{id}/void`): the action records it, and a state action designed from a story or a route table takes it in its body.',
  'derive/server-rendered-surface':
    'Serves an operation that only the roles of a surface the documents say has no JSON API may call (a server-rendered back office) by that surface’s screens: it stays a service method, outside the OpenAPI document.',
  'derive/provider-reference-server-set':
    'Leaves a provider’s reference (a field named for an integration in use beside an identifier word, `stripe_payment_intent_id`) out of request bodies: the provider answers with it when the server calls it.',
  'derive/start-payment-from-provider':
    'Adds the payer’s operation that starts a payment at the stated payment provider (`POST /invoices/{id}/payment`, answering with the checkout URL) for a story that pays a record: the provider’s webhook records the outcome, it is never the payer’s operation.',
  'derive/total-of-line-items':
    'Leaves the total of a record whose line items state a quantity and a unit price out of request bodies: the server computes their sum.',
  'derive/server-owned-fields':
    'Keeps fields the server sets (ids, timestamps, owner) out of request bodies.',
  'derive/service-method-per-endpoint': 'Adds a service method for each endpoint.',
  'derive/service-per-aggregate': 'Adds a service for each group of stated entities one aggregate owns.',
  'derive/soft-delete-stated': 'Adds a deleted_at column because the documents state soft deletion.',
  'derive/status-change-from-story':
    'Moves a record’s status through its own action when a story changes the status.',
  'derive/system-default': 'Gives a key or timestamp column its database default (gen_random_uuid(), now()).',
  'derive/tenant-column': 'Adds the tenant column to the entities of a stated multi-tenant model.',
  'derive/tenant-scope': 'Scopes every query to the caller’s tenant in a stated multi-tenant model.',
  'derive/token-cookie-httponly-secure-samesite':
    'Puts tokens in HttpOnly, Secure, SameSite cookies because a stated browser client signs in.',
  'derive/transaction-cascading-soft-delete':
    'Soft-deletes a record and its owned children in one transaction.',
  'derive/constraint-error-on-entity-writes':
    'Raises the error of a stated database-constraint rule (a unique value, no overlap) on every create and update of the entity it constrains, where no requirement ties the rule to an operation.',
  'derive/domain-error-from-rule':
    "Names the domain error a stated rule raises from the constrained entity and the kind of rule (`APPOINTMENT_OUTSIDE_WINDOW`) where the rule's sentence names no code.",
  'derive/rule-enforced-by-job':
    "Names the background job that enforces a rule the design enforces by a job: the job designed from the rule's own line, else the one stated job whose line cites the rule or its requirement, else the one stated job that does the rule's act (purge, anonymise, archive, remind), else the one stated job scheduled on the date of the year the rule states. A rule that names no entity constrains the one entity the stated job's name names (`IssueInvoices`: Invoice).",
  'derive/transaction-no-overlap-constraint':
    "Runs a write that a stated no-overlap or no-double-booking rule constrains in one transaction, which the rule's unique or exclusion constraint aborts when another writer took the slot.",
  'derive/transaction-with-audit-entry':
    'Writes the change an audit-trail rule constrains and its audit entry in one transaction, so that neither commits without the other.',
  'derive/transaction-record-updates-referenced-state':
    'Creates a record and changes the state of the record it references in one transaction.',
  'derive/transaction-register-tenant-and-user': 'Creates a tenant and its first user in one transaction.',
  'derive/transaction-state-change-with-history':
    'Changes a state and writes its stated history record in one transaction.',
  'derive/unit-tests-per-service': 'Adds unit tests for each service and its business rules.',
  'derive/validate-by-type': 'Validates each stated field by its type.',
  'derive/validate-format-by-name': 'Validates a stated field’s format from its name (e-mail, URL, phone).',
  'derive/validate-required': 'Requires the stated non-null fields in create requests.',
  'derive/versioned-base-path': 'Proposes a versioned base path (/api/v1) where the documents state none.',
  'extract/join-table-many-to-many':
    'Reads a stated table with two foreign keys and nothing else as a many-to-many relationship.',
  'derive/api-key-client':
    'Adds an API-key security scheme for a machine client the documents state, on the operations it calls.',
  'derive/api-key-header-default':
    'Proposes the X-API-Key header where the documents state an API key but no header name.',
  'derive/guessable-stated-ids':
    'Reports the stated sequential integer keys used as ids in paths as guessable (OWASP API1), with the mitigation the design applies.',
  'derive/secret-in-stated-path':
    'Reports a secret the documents put in a route path (OWASP API2), with how the design protects it.',
  'derive/authz-stated-matrix':
    'Denies a role an operation on a resource whose stated role × resource permission matrix does not grant it.',
  'derive/authz-stated-route-access':
    'Denies a role a stated route whose route table names other callers in its access column.',
} satisfies Record<string, string>;

export type RuleId = keyof typeof RULE_ORIGINS;

export function isCatalogued(id: string): id is RuleId {
  return Object.hasOwn(RULE_ORIGINS, id);
}
