import { type Diagnostic, diag } from '../../diagnostics/diagnostic.js';
import { roleKey } from '../../knowledge/role-names.js';
import type { Domain } from '../../model/domain.js';
import type { Origin } from '../../model/origin.js';
import type { Endpoint } from '../../model/spec/api.js';
import type { OpenQuestion } from '../../model/spec/index.js';
import type { RoleSpec } from '../../model/spec/security.js';
import { matchPersona } from './roles.js';

/**
 * A route table's access column (`| POST | /loans | clerk |`) is the documents' own word on who may
 * call that route: it beats every grant the rules would derive for it. Keyed by the route's source
 * line and method, which a stated endpoint keeps through derivation.
 */
export interface StatedRouteAccess {
  any: boolean;
  /** The roles of the model the cell names (empty when it names none the model knows). */
  roles: string[];
  /** The words of the cell no role matched (`auditor` when no such role exists). */
  unmatched: string[];
  /** The roles the cell limits to their own records ("Citizen (own)"). */
  own: string[];
  origin: Origin;
}

export const accessKey = (method: string, origin: Origin): string | null =>
  origin.kind === 'source' ? `${origin.file}:${origin.line}:${method}` : null;

/**
 * The keys of the roles the documents describe as not signed in (`Role.anonymous`): an access cell
 * that names one of them names the anonymous caller (rule `derive/anonymous-caller`).
 */
function anonymousKeys(domain: Domain): Set<string> {
  const out = new Set<string>();
  for (const r of domain.roles)
    if (r.anonymous) {
      out.add(r.name);
      out.add(roleKey(r.label));
    }
  return out;
}
const namesAnonymous = (word: string, keys: ReadonlySet<string>) => keys.size > 0 && keys.has(roleKey(word));

/** Stated endpoints whose table says who calls them, resolved to roles. */
export function statedRouteAccess(domain: Domain, roles: RoleSpec[]): Map<string, StatedRouteAccess> {
  const out = new Map<string, StatedRouteAccess>();
  const anonymous = anonymousKeys(domain);
  for (const s of domain.statedEndpoints) {
    const key = accessKey(s.method, s.origin);
    if (!key || !s.access || s.access.public) continue;
    // "| GET | /items | Passer-by, member |": the anonymous caller reaches it, so everybody does.
    if (s.access.roles.some((w) => namesAnonymous(w, anonymous))) continue;
    const matched: string[] = [];
    const unmatched: string[] = [];
    for (const word of s.access.roles) {
      const found = rolesNamed(word, roles);
      if (found.length > 0) matched.push(...found);
      else unmatched.push(word);
    }
    const own = (s.access.own ?? []).flatMap((word) => rolesNamed(word, roles));
    out.set(key, {
      any: s.access.any,
      roles: [...new Set(matched)],
      unmatched,
      own: [...new Set(own)],
      origin: s.origin,
    });
  }
  return out;
}

/** The routes whose access cell says a signature verifies the caller ("无需登录（验签）"): machines' callbacks. */
export function signedRoutes(domain: Domain): Set<string> {
  const out = new Set<string>();
  for (const s of domain.statedEndpoints) {
    const key = accessKey(s.method, s.origin);
    if (key && s.access?.signed) out.add(key);
  }
  return out;
}

/** Whether the documents' route table says this route needs no sign-in. */
export function statedPublic(domain: Domain): Set<string> {
  const out = new Set<string>();
  const anonymous = anonymousKeys(domain);
  for (const s of domain.statedEndpoints) {
    const key = accessKey(s.method, s.origin);
    // A route the role described as not signed in may call needs no sign-in (derive/anonymous-caller).
    if (key && (s.access?.public || s.access?.roles.some((w) => namesAnonymous(w, anonymous)))) out.add(key);
  }
  return out;
}

/**
 * The roles one access word names: the persona it matches, else every role whose name holds the word
 * as a whole token (`clerk` → `counter_clerk`, `manager` → `branch_manager`), else none.
 */
function rolesNamed(word: string, roles: RoleSpec[]): string[] {
  const persona = matchPersona(word, roles);
  if (persona === '*') return roles.map((r) => r.name);
  if (persona) return [persona];
  const w = word.toLowerCase().replace(/s$/, '');
  const key = w.replace(/[\s-]+/g, '_');
  const exact = roles.filter((r) => r.name === key);
  if (exact.length > 0) return exact.map((r) => r.name);
  return roles
    .filter((r) => r.name.split('_').includes(key) || r.label.toLowerCase().split(/\s+/).includes(w))
    .map((r) => r.name);
}

export const isStatedRoute = (e: Endpoint, keys: ReadonlySet<string>): boolean => {
  const key = accessKey(e.method, e.origin);
  return key !== null && keys.has(key);
};

/**
 * The access words of a route table that name no role (`| GET | /audit | auditor |` with no auditor
 * role): never guessed into a role, each is reported at its line and asked about. A word that names
 * a machine caller (a webhook sender, a provider) is no role to look for; webhook routes are
 * decided by their signature.
 */
export function unknownRouteCallers(
  domain: Domain,
  stated: ReadonlyMap<string, StatedRouteAccess>,
  roles: RoleSpec[],
  endpoints: readonly Endpoint[],
  machines: readonly string[],
): { diagnostics: Diagnostic[]; questions: OpenQuestion[] } {
  const diagnostics: Diagnostic[] = [];
  const questions: OpenQuestion[] = [];
  const known = new Set(
    [...machines, ...domain.integrations.flatMap((i) => [i.name, i.provider])].map((n) => n.toLowerCase()),
  );
  const names = roles.map((r) => r.name).join(', ') || '—';
  for (const e of endpoints) {
    const key = accessKey(e.method, e.origin);
    const said = key ? stated.get(key) : undefined;
    if (!said || e.action === 'webhook' || said.origin.kind !== 'source') continue;
    for (const word of said.unmatched) {
      if (known.has(word.toLowerCase())) continue;
      const route = `${e.method} ${e.path}`;
      diagnostics.push(
        diag(
          'security/unknown-route-caller',
          `the route table lets "${word}" call ${route}, but no role is called "${word}": the route is granted to no role`,
          {
            at: { file: said.origin.file, line: said.origin.line },
            hint: `write one of the roles (${names}) in the access cell, or state the role "${word}" in the documents`,
          },
        ),
      );
      questions.push({
        id: `security/route-caller/${word.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-')}/${said.origin.line}`,
        text: `The route table lets "${word}" call ${route}, but no role of the documents is called that: which role is it, or should the documents add it?`,
        source: said.origin,
        options: roles.map((r) => r.name),
      });
    }
  }
  return { diagnostics, questions };
}
