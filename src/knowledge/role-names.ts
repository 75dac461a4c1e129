/** Role names as documents write them (`FRONT_DESK`, `Front Desk Staff`, `"user"`) → key and label. */

/**
 * Each key once per written form: derive compares every role with every entity and column name,
 * five regular expressions a call (0.17 s of self time in a CPU profile of a 1 MB document naming
 * thousands of entities, issue 12). Emptied past 50,000 forms, so a long-lived server stays small.
 */
const roleKeys = new Map<string, string>();
export function roleKey(raw: string): string {
  let key = roleKeys.get(raw);
  if (key === undefined) {
    key = computeRoleKey(raw);
    if (roleKeys.size >= 50_000) roleKeys.clear();
    roleKeys.set(raw, key);
  }
  return key;
}

function computeRoleKey(raw: string): string {
  return (
    raw
      .normalize('NFKC')
      // "Responsable d'atelier" → responsable_d_atelier: an elision joins two words.
      .replace(/(\p{L})['’](\p{L})/gu, '$1 $2')
      .replace(/[`*"'“”‘’]/g, '')
      .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, '_')
      .replace(/^_+|_+$/g, '')
  );
}

export function roleLabel(raw: string): string {
  const clean = raw
    .replace(/(\p{L})['’](\p{L})/gu, '$1\uE000$2')
    .replace(/[`*"'“”‘’]/g, '')
    .replace(/\uE000/g, "'")
    .trim();
  // A title written with lower-case letters of any script ("представник громади") is kept as written.
  if (/\p{Ll}/u.test(clean) && !/_/.test(clean)) return clean.replace(/\s+/g, ' ');
  return clean
    .split(/[_\s-]+/)
    .filter((w) => w.length > 0)
    .map((w) => w[0]!.toUpperCase() + w.slice(1).toLowerCase())
    .join(' ');
}

const STOP = new Set([
  'e',
  'g',
  'eg',
  'etc',
  'i',
  'e',
  'ie',
  'mvp',
  'vain',
  'only',
  'none',
  'all',
  'any',
  'the',
  'a',
  'an',
  'and',
  'or',
  'role',
  'roles',
  'user roles',
  'users',
  'everyone',
  'n/a',
  'tbd',
  'yes',
  'no',
  'full access',
  'read',
  'write',
]);

/**
 * Splits a stated list of roles (`admin, supervisor, operations, readonly`, `Admin/Tiimin vetäjä`,
 * `MVP: vain "user" (admin V2:ssa)`). Quoted items win when any are quoted. Returns [] when the text
 * does not look like a list of role names.
 */
export function splitRoleList(text: string): string[] {
  if (/^\s*\(?\s*(e\.?g\.?|i\.?e\.?|for example|esim)/i.test(text)) return [];
  const quoted = [...text.matchAll(/["“'`]([^"”'`]{2,30})["”'`]/g)].map((m) => m[1]!.trim());
  if (quoted.length > 0) return quoted.filter(isRoleName);
  const items = text
    .split(/,|;|\/|\band\b|\bor\b|\btai\b|\bja\b|\bet\b|\bund\b|\bo\b/i)
    .map((s) => s.replace(/\b(can|may|have|has|are|is|get|gets)\b.*$/i, '').replace(/^[\s(]+|[\s).:]+$/g, ''))
    .filter((s) => s.length > 0);
  return items.every(isRoleName)
    ? items
    : items.filter(isRoleName).length >= 2 && items.length <= 8
      ? items.filter(isRoleName)
      : [];
}

export function isRoleName(s: string): boolean {
  const t = s.trim();
  // "Responsable d'atelier", "Chef d’équipe", "Responsabile dell'officina": an elided article is part of the name.
  if (!/^[\p{L}][\p{L} _'’-]{1,30}$/u.test(t)) return false;
  if (t.split(/\s+/).length > 3) return false;
  return !STOP.has(t.toLowerCase());
}

/**
 * Words that name the senior rank of a team rather than a job ("lab supervisor", "jefe de
 * laboratorio", "Teamleiter", "senior technician"), in en, es, pt, fr and de: a story actor named by
 * one of them is the one stated role whose name carries one of them.
 */
export const SENIOR_RANK =
  /^(?:supervisors?|senior|seniors|lead|leads|head|heads|chief|chiefs|jef[ea]s?|encargad[oa]s?|supervisor[ae]s?|superviseur|superviseure|superviseurs|chef|chefs|responsable|leiter(?:in)?|vorgesetzte[rn]?|teamleiter(?:in)?|teamlead)$/i;
