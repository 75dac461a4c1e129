import type { Domain } from '../model/domain.js';
import { fromRule, type Origin } from '../model/origin.js';
import { browserClientReason } from '../model/spec/browser-client.js';
import type { ClientApp } from '../model/spec/index.js';
import type { Practice } from '../model/spec/operations.js';
import { MTLS_VERIFICATION } from './integrations.js';
import { refs, stated } from './operations/stack.js';
import { guessableIds, secretsInPaths } from './security/guessable-ids.js';
import type { DeriveStep } from './types.js';

const rule = (id: string, from: { origin: Origin }[] = []) => fromRule(id, refs(from));

/**
 * Derive step `security-practices` (workflow step 12): each OWASP Top 10 2021 category tied to what
 * this spec does about it — the stated ORM's parameterisation, the stated token storage and its CSRF
 * consequence, the stated password hashing, the permission matrix, the redaction list, the webhook
 * signatures, the outbound hosts. A category the model gives nothing to say about is left out rather
 * than filled with generic advice.
 */
export const securityPracticesStep: DeriveStep = {
  name: 'security-practices',
  derive({ domain, spec }) {
    // The browser clients this step states: A05 speaks of CORS only where one calls the API.
    const clients = browserClients(domain);
    const out: Practice[] = [];
    const add = (ref: string, topic: string, measure: string, origin: Origin) =>
      out.push({ ref, topic, measure, origin });
    const auth = spec.auth;
    const pm = spec.permissions;

    if (pm) {
      // A reference to the user (who opened a record) is a path, not an ownership check.
      // One entity's own record for several roles (`StaffMember.id` for coordinator and org_admin)
      // is one check.
      const checked = pm.ownership
        .filter((o) => o.kind !== 'reference')
        .filter((o, i, all) => all.findIndex((x) => x.entity === o.entity && x.column === o.column) === i);
      const own = checked.length;
      add(
        'A01',
        'Broken Access Control',
        `deny by default: ${pm.rows.length} endpoints × ${pm.roles.length} roles in the permission matrix (section 5)${
          own > 0
            ? `; ownership checked on ${own} entities (${checked
                .map((o) => `${o.entity}.${o.column}`)
                .slice(0, 5)
                .join(', ')}${own > 5 ? ', …' : ''})`
            : ''
        }${pm.tenant ? `; every query filtered by ${pm.tenant.column} from the token, never from the request` : ''}`,
        pm.tenant?.origin ?? rule('derive/owasp-a01-from-matrix'),
      );
    }
    const hashing = auth?.passwordHashing;
    const https = domain.requirements.find((r) => /\bhttps\b|\btls\b/i.test(r.text));
    const secrets = spec.validation?.sensitiveFields.length ?? 0;
    if (hashing || https || secrets > 0 || auth?.strategy.value === 'jwt') {
      add(
        'A02',
        'Cryptographic Failures',
        [
          hashing ? `passwords hashed with ${hashing.value} (stated)` : null,
          auth?.strategy.value === 'jwt' && !auth.provider
            ? 'JWTs signed with the key in JWT_SECRET (≥ 256 bits, from the environment, rotated by key id)'
            : null,
          https ? `HTTPS only as stated (${https.id}); HSTS max-age=31536000` : 'HTTPS only; HSTS',
          secrets > 0 ? `${secrets} sensitive fields never returned in responses (section 6)` : null,
        ]
          .filter(Boolean)
          .join('; '),
        hashing?.origin ?? https?.origin ?? rule('derive/owasp-a02'),
      );
    }
    const orm = stated(domain, 'orm');
    const db = stated(domain, 'database');
    if (orm || db) {
      const how =
        orm?.value === 'raw SQL'
          ? 'every query through parameterised statements (tagged templates / $1 placeholders); no string concatenation of input into SQL'
          : orm
            ? `every query through ${orm.value}'s query API (parameterised); raw queries only through its parameterised form (e.g. tagged templates), never string concatenation`
            : db?.value === 'MongoDB'
              ? 'reject object values and $-prefixed keys where a scalar is expected (NoSQL operator injection); build filters from validated scalars'
              : 'parameterised queries only';
      add(
        'A03',
        'Injection',
        `${how}; output encoded by the client framework, HTML input sanitised before storage or render; Content-Security-Policy default-src 'self'`,
        (orm ?? db)!.origin,
      );
    }
    if (auth?.tokenStorage) {
      const cookie = /cookie/i.test(auth.tokenStorage.value);
      add(
        'A01',
        'CSRF (token storage)',
        cookie
          ? `tokens in cookies as stated (${auth.tokenStorage.value}): HttpOnly; Secure; SameSite=Strict (or Lax plus a CSRF token on state-changing requests); check Origin on POST/PUT/PATCH/DELETE`
          : `tokens sent in the Authorization header as stated (${auth.tokenStorage.value}): no ambient credentials, so CSRF does not apply; never put tokens in localStorage readable by injected scripts`,
        auth.tokenStorage.origin,
      );
    }
    const business = spec.validation?.businessRules?.length ?? 0;
    const rules = spec.validation?.rules.length ?? 0;
    if (rules > 0) {
      add(
        'A04',
        'Insecure Design',
        // One rule is one rule: the phrasebook holds the singular and plural wordings of each count.
        `${rules} server-side validation ${rules === 1 ? 'rule' : 'rules'}${business > 0 ? ` and ${business} business ${business === 1 ? 'rule' : 'rules'}` : ''} enforced in the service layer, whatever the client checked (section 6)`,
        rule('derive/owasp-a04-validation'),
      );
    }
    if (spec.errors) {
      add(
        'A05',
        'Security Misconfiguration',
        // CORS only where a browser client is stated: an API no browser calls answers no cross-origin request.
        `error bodies follow the catalogue (section 7) and never carry stack traces or SQL; ${browserClientReason({ ...spec, clients }) ? 'CORS allows only the stated front-end origin; ' : ''}secrets only from environment variables (section 15)`,
        spec.errors.format.origin,
      );
    }
    const ci = stated(domain, 'ci');
    if (ci)
      add(
        'A06',
        'Vulnerable and Outdated Components',
        `${ci.value} runs a dependency audit (npm audit --audit-level=high or equivalent) and fails the build on known high-severity vulnerabilities; lockfile committed`,
        ci.origin,
      );
    if (auth) {
      const parts = [
        auth.accessTokenTtlSeconds
          ? `access tokens expire after ${auth.accessTokenTtlSeconds.value}s (stated)`
          : null,
        // Rotation only where the spec has it (stated or by its rule): a provider's tokens are its own.
        auth.refreshTokenTtlSeconds
          ? auth.refreshRotation?.value
            ? `refresh tokens after ${auth.refreshTokenTtlSeconds.value}s, rotated on use`
            : `refresh tokens after ${auth.refreshTokenTtlSeconds.value}s`
          : null,
        auth.lockout
          ? `lockout: ${auth.lockout.value}`
          : 'login rate-limited per IP and account (section 12)',
        auth.passwordPolicy ? 'password policy as stated (section 5)' : null,
      ].filter(Boolean);
      add(
        'A07',
        'Identification and Authentication Failures',
        parts.join('; '),
        auth.lockout?.origin ?? auth.strategy.origin,
      );
    }
    const hooked = spec.integrations.filter((i) => i.webhooks.length > 0);
    // A provider whose callbacks the documents verify by a client certificate (mutual TLS) signs nothing.
    const mtls = hooked.filter((i) => i.webhooks[0]!.verification === MTLS_VERIFICATION);
    const signed = hooked.filter((i) => !mtls.includes(i));
    if (hooked.length > 0) {
      add(
        'A08',
        'Software and Data Integrity Failures',
        [
          ...(signed.length > 0
            ? [
                `webhooks accepted only with a valid signature: ${signed.map((i) => `${i.name} (${i.webhooks[0]!.verification.split(':')[0]})`).join('; ')}`,
              ]
            : []),
          ...(mtls.length > 0
            ? [
                `webhooks accepted only over mutual TLS with the provider’s client certificate: ${mtls.map((i) => i.name).join(', ')}`,
              ]
            : []),
          ...(signed.length > 0 ? ['raw body kept for verification'] : []),
        ].join('; '),
        rule('derive/owasp-a08-webhooks', hooked),
      );
    }
    const redacted = spec.observability?.redact.length ?? 0;
    if (spec.observability) {
      add(
        'A09',
        'Security Logging and Monitoring Failures',
        `auth failures, permission denials and 5xx are logged (section 11); ${redacted} fields redacted; alerts on error rate`,
        spec.observability.origin,
      );
    }
    const outbound = spec.integrations.filter((i) => i.status === 'chosen' && !i.clientSide);
    if (outbound.length > 0) {
      add(
        'A10',
        'Server-Side Request Forgery',
        `outbound HTTP only to the integration hosts (${outbound.map((i) => i.name).join(', ')}); user-supplied URLs are never fetched server-side`,
        rule('derive/owasp-a10-allowlist', outbound),
      );
    }
    // Stated sequential ids in paths stay as stated, and are named as a finding (OWASP API1:2023).
    const guessable = guessableIds(spec);
    if (guessable) out.push(guessable);
    const inPath = secretsInPaths(spec);
    if (inPath) out.push(inPath);
    const extra = clients.length > 0 ? { clients } : {};
    if (out.length === 0) return { spec: { security: [], ...extra }, diagnostics: [] };
    out.sort((a, b) => (a.ref ?? '').localeCompare(b.ref ?? ''));
    return { spec: { security: out, ...extra }, diagnostics: [] };
  },
};

/** Front-end technologies that run in a browser (React Native and Flutter build native apps). */
const WEB_FRONT_END =
  /^(?:React|Vue|Angular|Svelte|SvelteKit|Next\.js|Nuxt|Remix|Vite|Tailwind CSS|Chainlit|Streamlit|Gradio)$/;

/**
 * Rule `derive/browser-client`: a web front end the stack chooses is a browser client of this API,
 * so its cross-origin requests need CORS (Fetch standard §3.2). One entry per technology, cited to
 * the first sentence that chooses it.
 */
export function browserClients(domain: Domain): ClientApp[] {
  const out: ClientApp[] = [];
  for (const s of domain.stack) {
    if (s.concern !== 'frontend' || s.status !== 'chosen' || !WEB_FRONT_END.test(s.value)) continue;
    if (out.some((c) => c.technology === s.value)) continue;
    out.push({ kind: 'browser', technology: s.value, origin: s.origin });
  }
  return out;
}
