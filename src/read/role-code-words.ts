/**
 * A role's title stated beside its code: "역할은 `member.role` 필드(주민 `resident`, 시설 관리자
 * `facility_manager`, 운영자 `operator`)로 구분한다", "Roles are stored in `users.role` (Kunde
 * `customer`, Mechaniker `mechanic`)". A parenthesis of two or more items, each a title followed by a
 * code in backticks (the value the role field stores), in a sentence that speaks of roles: the code
 * is the role's key and the title its name, whatever the language of the title. The layout is
 * structural (parenthesis, backticks, snake-case codes); only the word for "role" is read, in every
 * language the tool reads.
 */
export interface StatedRoleCode {
  /** The title as written (`시설 관리자`). */
  label: string;
  /** The code (`facility_manager`). */
  code: string;
}

/** A word for "role" (or the role field's name) before the parenthesis. */
const ROLE_WORD =
  /(?<!\p{L})(?:roles?|rol(?:es|le|len)?|rôles?|ruol[oi]|pap(?:el|éis)|perfil(?:es)?|roll(?:er|en)?|rol[aei]|rooli(?:t)?|рол[ьиейя]\p{L}*|vai trò|peran)(?!\p{L})|ロール|役割|角色|역할/iu;
const PARENTHESIS = /\(([^()]{3,400})\)/gu;
const ITEM = /^\s*([^`,;、，]{1,40}?)\s*[:=–—-]?\s*`([a-z][a-z0-9_]{1,40})`\s*$/u;

export function statedRoleCodes(text: string): StatedRoleCode[] {
  if (!text.includes('`') || !text.includes('(')) return [];
  for (const m of text.matchAll(PARENTHESIS)) {
    if (!ROLE_WORD.test(text.slice(Math.max(0, m.index - 120), m.index))) continue;
    const items = m[1]!.split(/[,;、，]/u);
    if (items.length < 2) continue;
    const pairs = items.map((i) => ITEM.exec(i));
    if (pairs.some((p) => p === null)) continue;
    const out = pairs.map((p) => ({ label: p![1]!.replace(/[*_]/g, '').trim(), code: p![2]! }));
    // A title must be a name (a letter first), and the codes must differ.
    if (out.some((p) => !/^\p{L}/u.test(p.label)) || new Set(out.map((p) => p.code)).size !== out.length)
      continue;
    return out;
  }
  return [];
}
