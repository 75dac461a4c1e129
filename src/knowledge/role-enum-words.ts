import { roleKey } from './role-names.js';

/**
 * The words the role-mismatch detector (reconcile/role-mismatch.ts) compares role names with: the
 * names a role column or enum is given, the actors that are no signed-in role, the long and short
 * forms of one title, the plural endings and the linking words of a title. Kept here so that
 * reconcile reads the model only (issue 11: prose and word lists live in src/read and src/knowledge).
 */

/** A field or an enum that holds roles: role, rol, rôle, Rolle, papel, perfil, user type… */
const ROLE_NAME =
  /^(?:user_?)?(?:roles?|rol|roles_usuario|rôle|rolle|benutzerrolle|papel|perfil|tipo_usuario|user_?type)$/iu;
export const namesRoleColumn = (name: string): boolean => ROLE_NAME.test(name);

/** Actors that are not signed-in users: guests, visitors, the public, the system, a scheduler. */
const NOT_A_ROLE =
  /^(?:guests?|visitors?|anonymous|public|unauthenticated|system|scheduler|cron|invitados?|visitantes?|an[oó]nimos?|p[uú]blico|sistema|invit[ée]s?|visiteurs?|anonymes?|syst[eè]me|g[aä]ste?|besucher|anonym|öffentlichkeit|convidados?)$/iu;
export const isNoSignedInRole = (name: string): boolean => NOT_A_ROLE.test(roleKey(name));

/** Long and short forms of one title, in the languages the lexicons cover. */
const SAME_TITLE: string[][] = [
  [
    'admin',
    'administrator',
    'administrador',
    'administradora',
    'administrateur',
    'administratrice',
    'administratorin',
    'sysadmin',
  ],
  ['superadmin', 'super_admin', 'super_administrator', 'superadministrador'],
  ['manager', 'gestor', 'gestionnaire', 'gerente'],
];

/** Plural endings of en, es, pt, fr, de nouns, removed only from words long enough to carry them. */
function singularish(word: string): string {
  if (word.length > 5 && /(?:ores|ador(?:a)?s|eurs)$/.test(word)) return word.replace(/(?:es|s)$/, '');
  if (word.length > 4 && /[^su]s$/.test(word)) return word.slice(0, -1);
  return word;
}

/** A role name folded for comparison: `Clinic Admins` → `clinic_admin`, `Administradores` → `admin`. */
export function foldRoleTitle(raw: string): string {
  const key = roleKey(raw).normalize('NFD').replace(/\p{M}/gu, '');
  const parts = key.split('_').map(singularish);
  const joined = parts.join('_');
  for (const group of SAME_TITLE) {
    const last = parts[parts.length - 1]!;
    if (group.includes(joined)) return group[0]!;
    if (parts.length > 1 && group.includes(last)) return [...parts.slice(0, -1), group[0]].join('_');
  }
  return joined;
}

/** Linking words inside a role title ("Coordinador de almacén", "Head of Sales"). */
const LINK = new Set([
  'de',
  'del',
  'des',
  'du',
  'da',
  'do',
  'della',
  'di',
  'of',
  'von',
  'van',
  'der',
  'la',
  'le',
]);

/** The words of a folded title without its linking words. */
export const titleWords = (folded: string): string[] => folded.split('_').filter((w) => !LINK.has(w));
