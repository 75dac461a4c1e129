import type { CellGrant } from '../knowledge/permission-cells.js';
import type { Origin } from './origin.js';

/**
 * Security facts read from the documents that are not quantities (those live in Domain.parameters):
 * the authentication strategy, hashing algorithm, token storage, social providers, MFA, stated role
 * hierarchy, user-story personas, permission statements, the error envelope and business rules.
 * Written by the `roles` and `auth` extractors; read by the security derive steps.
 */
/**
 * `opaque-token`: a random bearer token the server stores (hashed) and looks up on each request, as
 * Laravel Sanctum's API tokens: no signature, no claims, revoked by deleting its row.
 */
export type AuthStrategyKind = 'jwt' | 'session' | 'oauth-provider' | 'api-key' | 'opaque-token';

export type SecurityFact =
  /** `JWT tokens`, `session-based`, `API key` stated as how users or clients authenticate. */
  | { kind: 'strategy'; value: AuthStrategyKind; text: string; origin: Origin }
  /** An external identity provider (Auth0, Cognito, Clerk, Payload CMS auth, NextAuth, ...). */
  | {
      kind: 'identity-provider';
      value: string;
      text: string;
      origin: Origin;
      /** Sign-in is delegated to it over OIDC/OAuth/SAML (it issues the tokens; the API serves no login). */
      delegated?: boolean;
      /** Read from "via <Name>" wording, not from the catalogue of providers. */
      unlisted?: boolean;
    }
  /**
   * How the API verifies a token's signature, as stated: the algorithm (`RS256`, `ES256`, `HS256`) and
   * whether the keys come from the identity provider's JSON Web Key Set (RFC 7517, `jwks_uri`).
   */
  | { kind: 'token-verification'; algorithm: string | null; jwks: boolean; text: string; origin: Origin }
  /** Password hashing algorithm, with a cost when stated on the same line. */
  | { kind: 'hashing'; algorithm: string; cost: number | null; text: string; origin: Origin }
  /** Where a token lives (`httpOnly cookie`), with the cookie attributes stated. */
  | {
      kind: 'token-storage';
      token: 'access' | 'refresh' | 'any';
      value: string;
      attributes: string[];
      text: string;
      origin: Origin;
    }
  /** The client keeps no cookies ("mini programs have no cookies", 「小程序不支持 Cookie」): tokens travel in a header. */
  | { kind: 'no-cookies'; text: string; origin: Origin }
  /** A stated token lifetime read from an auth table or sentence (seconds). */
  | {
      kind: 'token-lifetime';
      token: 'access' | 'refresh' | 'session';
      seconds: number;
      text: string;
      origin: Origin;
    }
  /**
   * Refresh tokens kept in a key-value store whose keys expire (read/token-store-words.ts): the store
   * named, and the time to live when the unit states one.
   */
  | {
      kind: 'refresh-store';
      store: string | null;
      ttlSeconds: number | null;
      expires: boolean;
      text: string;
      origin: Origin;
    }
  /** Refresh tokens are stated to exist (`Refresh token | Opaque random string`). */
  | { kind: 'refresh-token'; text: string; origin: Origin }
  /** Refresh tokens are stated NOT to exist (`Refresh token | None in MVP`). */
  | { kind: 'no-refresh-token'; text: string; origin: Origin }
  /** A social login provider; `future` when the documents defer it (Phase 2, post-MVP, V2). */
  | {
      kind: 'social-provider';
      value: string;
      status: 'chosen' | 'future';
      /** Put off to a later phase by its own sentence ("… amânată pentru Faza 2"), not set aside. */
      deferred?: true;
      text: string;
      origin: Origin;
    }
  /**
   * Sign-in without a password: a one-time link (`magic link`, `link mágico`, `lien magique`) or a
   * one-time code sent by e-mail or SMS. No password is stored, hashed or checked.
   */
  | {
      kind: 'passwordless';
      /** `provider`: through an identity provider (OAuth/OIDC); `unstated`: the documents do not say how. */
      method: 'magic-link' | 'email-code' | 'sms-code' | 'phone-code' | 'provider' | 'unstated';
      /** The identifier the one-time code goes with, as written ("NIF", "member number"). */
      identifier?: string;
      text: string;
      origin: Origin;
    }
  /** MFA / OTP / TOTP asked for. */
  | { kind: 'mfa'; value: string; status: 'chosen' | 'future'; text: string; origin: Origin }
  /** Stated JWT payload claims (`{ user_id, lab_id, role, iat, exp }`). */
  | { kind: 'jwt-claims'; claims: string[]; text: string; origin: Origin }
  /** Password rules as stated (`Minimum 8 characters, at least one uppercase, one number`). */
  | {
      kind: 'password-policy';
      minLength: number | null;
      requires: ('uppercase' | 'lowercase' | 'number' | 'symbol')[];
      text: string;
      origin: Origin;
    }
  /** Lockout / brute-force wording (`lock the account after 5 failed attempts`). */
  | { kind: 'lockout'; text: string; origin: Origin }
  /** A database / code enum of roles (`CREATE TYPE user_role AS ENUM (...)`): its values are the role keys. */
  | { kind: 'role-enum'; name: string; values: string[]; origin: Origin }
  /** A role's numeric level in a stated hierarchy (`ADMIN | 50`). */
  | { kind: 'role-level'; role: string; level: number; origin: Origin }
  /** `higher-level roles inherit all permissions of lower-level roles`. */
  | { kind: 'role-hierarchy-rule'; text: string; origin: Origin }
  /** `<role> has all permissions of <other>` / `<role> inherits <other>`. */
  | { kind: 'role-inherits'; role: string; inherits: string; text: string; origin: Origin }
  /** A user story's actor and what they want (`As a front desk staff member, I want to register ...`). */
  | {
      kind: 'persona';
      phrase: string;
      want: string;
      text: string;
      /** The state action a want that marks a record asks for ("mark an appointment as completed" → `complete`). */
      markedVerb?: string;
      /** Its words that name one state action, with the verb (read/grant-state-words.ts): `cancels` → `cancel`. */
      stateWords?: Record<string, string>;
      origin: Origin;
    }
  /**
   * A sentence that scopes what a role sees (`A patient can only see their own appointments`, `Un
   * fornitore vede solo le segnalazioni assegnate a lui`), read by read/scope-words.ts: the actor as
   * written (a roles table row's role where the cell names none), the content words of what it sees,
   * and whether the role may do everything there (`Tutto sui propri condomìni`).
   */
  | {
      kind: 'scope-statement';
      actor: string;
      nouns: string[];
      everything: boolean;
      text: string;
      origin: Origin;
    }
  /** A sentence that grants or restricts access and names roles (`Admin, supervisor ... can view`). */
  | {
      kind: 'permission-statement';
      text: string;
      /** Its words that name one state action, with the verb (read/grant-state-words.ts). */
      stateWords?: Record<string, string>;
      /** The sentence grants nothing: it says "never", "denied" (read/permission-words.ts). */
      negated?: boolean;
      /**
       * Where its modal is negated ("… can view conversations but cannot perform write actions"):
       * the words before grant, the words from `at` on grant nothing, and refuse the operation they
       * name when `refuses` ("A volunteer cannot cancel shifts", "non può annullare").
       */
      denial?: { at: number; refuses: boolean };
      origin: Origin;
    }
  /**
   * One cell of a role × resource matrix (`| Technicien | Voir/Accepter |` under `| Rôle | Missions |`):
   * what the role may do to the resource as the documents wrote it. A role with a matrix row has its
   * permissions stated in full: no default rule widens them.
   */
  | {
      kind: 'permission-cell';
      role: string;
      resource: string;
      grants: CellGrant[];
      denied: boolean;
      unread: string[];
      origin: Origin;
    }
  /** The documents' own error body, as an example object (`{ statusCode, error, message }`). */
  | { kind: 'error-envelope'; example: Record<string, unknown>; text: string; origin: Origin }
  /** A stated constraint a request must satisfy (`At least one test must be selected`). */
  | {
      kind: 'business-rule';
      text: string;
      section: string | null;
      /**
       * Stated in a design document (an architecture's data model: "entries are never deleted"): a
       * constraint the API and the jobs keep, not a row of the business-rules table.
       */
      design?: true;
      origin: Origin;
    }
  /** Administration is part of the product (admin panel, user management): allows a default admin role. */
  | { kind: 'administration'; text: string; origin: Origin }
  /** Who issues the tokens the API accepts: the identity provider ("Auth0 issues JWTs") or the server ("its own"). */
  | { kind: 'token-issuer'; value: 'provider' | 'server'; text: string; origin: Origin }
  /** A stated state change (`held` → `booked` when the deposit succeeds), with its condition. */
  | {
      kind: 'transition';
      from: string;
      to: string;
      when: string;
      /** The condition says it happens by itself ("expires", "when not paid", "automatically"). */
      automatic?: boolean;
      /**
       * What the documents say makes it (extract/lifecycle-enums.ts): a provider's call named in its
       * condition ("VNPay IPN succeeded"), the stated job that moves records into its target state, or
       * the stated routes whose words its label names ("παράδοση στον σταθμό", "Καταγραφή παράδοσης").
       */
      by?:
        | { kind: 'webhook'; provider: string }
        | { kind: 'job'; name: string }
        /** The stated routes its label names, one per collection (`POST /bookings/{id}/pickup`). */
        | { kind: 'route'; routes: { method: string; path: string }[] };
      text: string;
      origin: Origin;
    }
  /** A sentence under a business-rules heading (`BR-3: A booking can be cancelled up to 24 h before`). */
  | { kind: 'stated-rule'; id: string | null; text: string; origin: Origin }
  /**
   * An API key this API accepts from a machine client: the header it travels in and/or the routes
   * (`POST /api/external/accounts`, a prefix `/api/external/*`) called with it, as one unit states them.
   */
  | { kind: 'api-key'; header: string | null; routes: string[]; text: string; origin: Origin }
  /** The documents' own success wrapper (`{ "data": …, "meta": {…} }`) and the key the payload goes in. */
  | {
      kind: 'success-envelope';
      example: Record<string, unknown>;
      dataKey: string;
      text: string;
      origin: Origin;
    }
  /**
   * A request limit stated for one operation of our API, by route or by an auth action in words
   * (`login`: "5 attempts per 15 minutes"); `text` is the limit as written.
   */
  | {
      kind: 'operation-rate-limit';
      /** `method` null: every method of the route; a path ending in `/*` covers the routes under it. */
      route: { method: string | null; path: string } | null;
      action: 'login' | 'register' | 'password-reset' | 'refresh' | null;
      /** What the limited action makes, as written, when the limit counts it ("10 bookings per minute"). */
      object?: { text: string; words: string[] };
      /** Who the limit counts, as written ("volunteer"), when the statement says. */
      per?: string;
      requests: number;
      windowSeconds: number;
      text: string;
      origin: Origin;
    }
  /**
   * An error code the documents state for one operation ("409 SHIFT_FULL when the shift has no free
   * places" in a route's notes, "Booking a shift … returns 422 with code BOOKING_OVERLAP"): the route
   * when a route table or the sentence names it, else the words of the action that returns it.
   */
  | {
      kind: 'stated-error';
      route: { method: string; path: string } | null;
      actionWords: string[];
      /** Null when the documents name the code without a status ("riceve l'errore `X`"). */
      status: number | null;
      /** What the clause says of a code without a status: a state conflict or an exceeded count. */
      breaks?: 'conflict' | 'limit' | null;
      /** The state actions the clause names by the record's state ("una rata già pagata" → `pay`). */
      states?: string[];
      code: string;
      condition: string | null;
      /**
       * The code names a category (FORBIDDEN, NOT_FOUND, CONFLICT …), not a domain case: only such a
       * row of an error table renames the design's code of its status (read/error-code-words.ts).
       */
      generic?: boolean;
      text: string;
      origin: Origin;
    }
  /**
   * What an action causes besides its write, as stated ("when an appointment is confirmed, an email
   * is sent via Resend"): the effect, the provider named, the trigger clause, its words and the
   * states they name (English keys).
   */
  | {
      kind: 'side-effect';
      effect: 'email' | 'sms' | 'push' | 'job' | 'event' | 'webhook' | 'integration' | 'audit';
      via: string | null;
      trigger: string;
      triggerWords: string[];
      states: string[];
      text: string;
      origin: Origin;
    }
  /**
   * A stated transaction boundary or its stated absence ("written atomically to both workflow_state
   * and event_log", "SELECT … FOR UPDATE on the slot", "no transactions across loans"): the
   * mechanism, whether it is a policy for every write of several tables, and the sentence's words
   * (derive matches them with an operation's entity and verb).
   */
  | {
      kind: 'transaction';
      mechanism: TransactionMechanism;
      policy: boolean;
      words: string[];
      text: string;
      origin: Origin;
    }
  /**
   * How one group of people authenticates, when the documents give groups their own mechanism
   * ("Volunteer sessions: … cookie", "Staff: Auth0 access tokens … in the Authorization header"): the
   * group as written, singular; `staff` when it is a word for the staff rather than a role's name.
   */
  | {
      kind: 'principal-auth';
      group: string;
      transport: 'cookie' | 'bearer' | null;
      provider: string | null;
      smsCode: boolean;
      /** A one-time link or code by e-mail is the group's way in. */
      method?: 'magic-link' | 'email-code';
      staff: boolean;
      text: string;
      origin: Origin;
    }
  /** The column every tenant-owned row carries, as stated ("every organization-owned row carries `organization_id`"). */
  | { kind: 'tenant-column'; column: string; text: string; origin: Origin }
  /** The token claim the roles come from, as stated ("Rollen kommen aus dem Token-Claim `urn:…:roles`"). */
  | { kind: 'role-claim'; claim: string; text: string; origin: Origin }
  /** The audience the API's tokens carry, as stated ("audience `https://api.acme.org`"). */
  | { kind: 'jwt-audience'; audience: string; text: string; origin: Origin };

/** How a stated transaction keeps writes together or apart (src/read/transaction-words.ts reads it). */
export type TransactionMechanism =
  | 'atomic'
  | 'row-lock'
  | 'optimistic-version'
  | 'advisory-lock'
  | 'outbox'
  | 'none'
  | 'eventual';

export type SecurityFactKind = SecurityFact['kind'];

/**
 * The stated session that follows an identity provider's sign-in ("After sign-in the server creates
 * a session cookie; we issue no JWTs of our own"): a session fact, and no stated token of ours or
 * provider bearer token the API verifies per request. Null when the provider's tokens are the API's
 * credential.
 */
export function sessionAfterProvider(
  strategies: readonly SecurityFact[],
): Extract<SecurityFact, { kind: 'strategy' }> | null {
  const stated = strategies.filter(
    (f): f is Extract<SecurityFact, { kind: 'strategy' }> => f.kind === 'strategy',
  );
  const session = stated.find((f) => f.value === 'session');
  return session && !stated.some((f) => f.value !== 'session' && f.value !== 'api-key') ? session : null;
}
