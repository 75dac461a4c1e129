import { type Diagnostic, diag } from '../../diagnostics/diagnostic.js';
import { roleKey, roleLabel, SENIOR_RANK } from '../../knowledge/role-names.js';
import type { Domain, Role } from '../../model/domain.js';
import { byDefault, type Origin } from '../../model/origin.js';
import type { SecurityFact } from '../../model/security-facts.js';
import type { RoleSpec } from '../../model/spec/security.js';

/**
 * The security facts of one kind, in their order. Derive asks per endpoint (transactions, side
 * effects of 5,600 endpoints at 1,000 entities), so the facts are grouped by kind once per list
 * (a scan of every fact per question grew with endpoints × facts); a copy is returned, as the
 * filter did, so a caller may sort it. A list that grew since is grouped again.
 */
export const facts = <K extends SecurityFact['kind']>(domain: Domain, kind: K) =>
  (factsByKind(domain.securityFacts ?? []).get(kind) ?? []).slice() as Extract<SecurityFact, { kind: K }>[];

const grouped = new WeakMap<
  readonly SecurityFact[],
  { length: number; byKind: Map<string, SecurityFact[]> }
>();
function factsByKind(all: readonly SecurityFact[]): Map<string, SecurityFact[]> {
  const known = grouped.get(all);
  if (known?.length === all.length) return known.byKind;
  const byKind = new Map<string, SecurityFact[]>();
  for (const f of all) {
    const list = byKind.get(f.kind);
    if (list) list.push(f);
    else byKind.set(f.kind, [f]);
  }
  grouped.set(all, { length: all.length, byKind });
  return byKind;
}

/** Letters of a script without case only (Hangul, kana, Han): a title as written, never a code. */
const caseless = (l: string) => /\p{L}/u.test(l) && !/\p{Lu}|\p{Ll}/u.test(l);

const tokens = (key: string) => key.split('_').filter((t) => t.length > 0);

/** `senior_tech` ≈ `senior_technician`: same number of words, each a prefix of the other. */
export function sameRole(a: string, b: string): boolean {
  if (a === b) return true;
  const ta = tokens(a);
  const tb = tokens(b);
  return ta.length === tb.length && ta.every((t, i) => t.startsWith(tb[i]!) || tb[i]!.startsWith(t));
}

const ROLE_NOISE = new Set([
  'staff',
  'member',
  'members',
  'user',
  'users',
  'person',
  'team',
  'the',
  'a',
  'an',
  'of',
  'my',
]);
/**
 * The form of a role word without its grammatical gender: German `Kundin`/`Kunde` → `kund`,
 * `Mechanikerin` → `mechaniker`; French `infirmière`/`infirmier` → `infirmi`. Applied to both sides,
 * so a role written in one form matches an actor written in the other.
 */
const ungendered = (w: string) =>
  w
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/(?<=\p{L}{3})(?:innen|in|ere|er|e)$/u, '');
const sameStem = (w: string, t: string) => {
  const a = ungendered(w);
  const b = ungendered(t);
  return a.length >= 4 && a === b;
};

const singular = (w: string) =>
  w.endsWith('ies') ? `${w.slice(0, -3)}y` : w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w;

/**
 * Which declared role a user-story actor is (`front desk staff member` → front_desk, `lab owner` →
 * the role described as "Lab owner"); `*` for "any user"; null when none or several match equally.
 */
export function matchPersona(phrase: string, roles: RoleSpec[], byRank = true): string | null {
  const p = phrase.toLowerCase();
  if (/^(any|every|all|each)\b|^(authenticated|logged[- ]in|registered) users?$/.test(p)) return '*';
  let best: { role: string; score: number } | null = null;
  let tie = false;
  for (const alt of p.split(/\/|\bor\b/)) {
    const words = alt
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w.length > 0)
      .map(singular);
    for (const r of roles) {
      const keyWords = [...new Set([...tokens(r.name), ...tokens(roleKey(r.label))])].map(singular);
      const hit = tokens(r.name).every((t) =>
        words.some((w) => w.startsWith(singular(t)) || singular(t).startsWith(w) || sameStem(w, singular(t))),
      );
      let score = hit ? tokens(r.name).length * 2 : 0;
      if (!hit && keyWords.length > 0) {
        const label = tokens(roleKey(r.label)).map(singular);
        if (label.length > 0 && label.every((t) => words.includes(t))) score = label.length * 2;
      }
      // "Админ" for the role "Админ UGCBoost", "Admin" for "Admin Portal": every word the actor
      // says is a word of the role's name, which adds a qualifier the actor leaves out. Weaker than
      // a whole name; two roles it could be decide nothing. Only for an actor resolved to the
      // stated roles (`byRank`): two personas of the stories ("developer", "backend developer")
      // stay two roles.
      const named = words.filter((w) => !ROLE_NOISE.has(w) && w.length >= 3);
      if (
        byRank &&
        score === 0 &&
        named.length > 0 &&
        named.length < tokens(r.name).length &&
        named.every((w) => tokens(r.name).some((t) => singular(t) === w))
      )
        score = 1;
      const core = words.filter((w) => !ROLE_NOISE.has(w)).join(' ');
      if (
        score === 0 &&
        core.length > 2 &&
        r.description &&
        new RegExp(`\\b${core}\\b`, 'i').test(r.description)
      )
        score = 1;
      if (score === 0) continue;
      if (!best || score > best.score) {
        best = { role: r.name, score };
        tie = false;
      } else if (score === best.score && best.role !== r.name) tie = true;
    }
  }
  if (best) return tie ? null : best.role;
  return byRank ? seniorRole(p, roles) : null;
}

/**
 * An actor named by a senior-rank word ("lab supervisor", "jefe de laboratorio") that names no
 * stated role is the one stated role whose name carries such a word (`senior_tech`); none or several
 * such roles decide nothing.
 */
function seniorRole(phrase: string, roles: RoleSpec[]): string | null {
  const words = phrase.split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 0);
  if (!words.some((w) => SENIOR_RANK.test(w))) return null;
  const ranked = roles.filter((r) =>
    [...tokens(r.name), ...tokens(roleKey(r.label))].some((t) => SENIOR_RANK.test(t)),
  );
  return ranked.length === 1 ? ranked[0]!.name : null;
}

const ADMIN =
  /(^|_)(super_?)?admin(istrator|istrador|istrateur|istratore)?s?$|^(owner|root|superuser|ylläpitäjä|pääkäyttäjä)$/;
export const isAdminRole = (name: string) => ADMIN.test(name);

export interface ResolvedRoles {
  roles: RoleSpec[];
  /** True when no role is stated and the documented default was used. */
  defaulted: boolean;
  diagnostics: Diagnostic[];
}

/**
 * Folds the roles every document declares into one list: enum values are the keys when a role enum
 * exists (they are what the database stores); labels prefer the human wording (`Senior Technician`);
 * descriptions come from roles tables; the hierarchy from stated levels or "inherits" sentences.
 */
export function resolveRoles(domain: Domain): ResolvedRoles {
  const diagnostics: Diagnostic[] = [];
  const enumKeys = [...new Set(facts(domain, 'role-enum').flatMap((e) => e.values))];
  const groups = new Map<string, Role[]>();
  for (const k of enumKeys) groups.set(k, []);
  // A role stated with a title and a code (`name` the code, `label` the title: "주민 `resident`",
  // "| Kösökande | … | `applicant` |"): a role stated by that title alone is the same role, keyed
  // by the code. Stated codes beat keys made from titles.
  const codeOf = new Map<string, string>();
  for (const r of domain.roles) {
    const titled = roleKey(r.label);
    if (titled && titled !== r.name && !codeOf.has(titled)) codeOf.set(titled, r.name);
  }
  for (const r of domain.roles) {
    const stated = codeOf.get(r.name);
    const key =
      [...groups.keys()].find((k) => sameRole(k, r.name)) ??
      (stated ? ([...groups.keys()].find((k) => sameRole(k, stated)) ?? stated) : r.name);
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key)!.push(r);
  }
  let roles: RoleSpec[] = [...groups.entries()].map(([name, seen]) => {
    const described = seen.find((r) => r.description);
    // A title stated beside the code ("Lagleder | `team_lead`", "주민 `resident`") beats the label
    // made from a code ("Team Lead" from `team_lead` in an enum), however long; then the longest
    // human wording. Scripts without case ("주민", "住民") are human wording as written.
    const madeFromCode = (r: Role) => r.label === roleLabel(r.name);
    const human = seen
      .filter((r) => (/\p{Ll}/u.test(r.label) && /\p{Lu}/u.test(r.label)) || caseless(r.label))
      .sort(
        (a, b) =>
          Number(madeFromCode(a)) - Number(madeFromCode(b)) ||
          b.label.length - a.label.length ||
          (a.label < b.label ? -1 : 1),
      )[0]?.label;
    const origin: Origin =
      (described ?? seen[0])?.origin ??
      facts(domain, 'role-enum').find((e) => e.values.includes(name))!.origin;
    return {
      name,
      label: human ?? seen[0]?.label ?? name,
      description: described?.description ?? null,
      inherits: [],
      level: null,
      ...(seen.some((r) => r.anonymous) ? { anonymous: true as const } : {}),
      origin,
    };
  });
  let defaulted = false;
  if (roles.length === 0) {
    // No declared roles: user-story actors become the roles (`As a shopper, ...`).
    const personas = facts(domain, 'persona');
    for (const p of personas) {
      const key = roleKey(
        personaHead(
          p.phrase.split(/\/|\bor\b/)[0]!.replace(/\b(registered|logged[- ]in|authenticated)\b/gi, ''),
        ),
      );
      if (key.length === 0 || matchPersona(p.phrase, roles, false) !== null) continue;
      roles.push({
        name: key,
        label: p.phrase,
        description: null,
        inherits: [],
        level: null,
        origin: p.origin,
      });
    }
  }
  if (roles.length === 0) {
    defaulted = true;
    const admin = facts(domain, 'administration')[0];
    roles = [
      {
        name: 'user',
        label: 'User',
        description: null,
        inherits: [],
        level: null,
        origin: byDefault('derive/default-role-user'),
      },
    ];
    if (admin)
      roles.push({
        name: 'admin',
        label: 'Administrator',
        description: null,
        inherits: ['user'],
        level: null,
        origin: {
          kind: 'rule',
          rule: 'derive/default-role-admin',
          from: [srcRef(admin.origin)].filter((s) => s !== null),
        },
      });
    diagnostics.push(
      diag(
        'security/default-roles',
        `the documents state no roles: using ${roles.map((r) => `"${r.name}"`).join(' and ')}${admin ? ' (administration is mentioned)' : ''}`,
        { hint: 'state the roles in the PRD (a roles table or "roles: a, b") to replace the default' },
      ),
    );
  }
  applyHierarchy(domain, roles);
  return { roles, defaulted, diagnostics };
}

function srcRef(o: Origin): { file: string; line: number } | null {
  return o.kind === 'source' ? { file: o.file, line: o.line } : null;
}

function applyHierarchy(domain: Domain, roles: RoleSpec[]): void {
  const find = (key: string) => roles.find((r) => sameRole(r.name, key));
  for (const l of facts(domain, 'role-level')) {
    const r = find(l.role);
    if (r) r.level = l.level;
  }
  const rule = facts(domain, 'role-hierarchy-rule')[0];
  if (rule) {
    // Each ranked role includes the next lower one; transitivity gives the rest.
    const ranked = roles.filter((r) => typeof r.level === 'number').sort((a, b) => b.level! - a.level!);
    ranked.forEach((r, i) => {
      const lower = ranked[i + 1];
      if (lower && !r.inherits.includes(lower.name)) r.inherits.push(lower.name);
    });
  }
  for (const f of facts(domain, 'role-inherits')) {
    const r = find(f.role);
    const base = find(f.inherits);
    if (r && base && r !== base && !inheritsTransitively(roles, r.name, base.name))
      r.inherits.push(base.name);
  }
}

export function inheritsTransitively(
  roles: RoleSpec[],
  from: string,
  target: string,
  seen = new Set<string>(),
): boolean {
  if (seen.has(from)) return false;
  seen.add(from);
  const r = roles.find((x) => x.name === from);
  return !!r && r.inherits.some((i) => i === target || inheritsTransitively(roles, i, target, seen));
}

/** Every role whose permissions `name` includes (itself first). */
export function ancestry(roles: RoleSpec[], name: string): string[] {
  const out: string[] = [];
  const visit = (n: string) => {
    if (out.includes(n)) return;
    out.push(n);
    for (const i of roles.find((r) => r.name === n)?.inherits ?? []) visit(i);
  };
  visit(name);
  return out;
}

/** Words naming a plain user in the story languages. */
const PLAIN_USER =
  /^(?:users?|usuari[oa]s?|utilisat(?:eur|rice)s?|benutzer(?:in)?|nutzer(?:in)?|usuários?)$/i;

/**
 * The role a story's actor phrase names: its head noun before a clause ("user loading a shared
 * URL" → user), and a qualified plain user ("keyboard-only user", "visually impaired user") is a
 * user. A phrase still longer than three words names no role.
 */
function personaHead(phrase: string): string {
  const cut = phrase
    .trim()
    .split(/\s+(?=\p{L}+ing\b|(?:with|who|that|from|on|in|for|whose|con|que|avec|qui|mit|der|die)\b)/iu)[0]!
    .trim();
  const words = cut.split(/\s+/);
  const last = words[words.length - 1] ?? '';
  if (words.length > 1 && PLAIN_USER.test(last)) return last;
  return words.length > 3 ? '' : cut;
}
