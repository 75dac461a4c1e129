import { caseFoldedRegExp } from '../../knowledge/case-fold.js';
import { readPermissionCell } from '../../knowledge/permission-cells.js';
import { isRoleName, roleKey, roleLabel, splitRoleList } from '../../knowledge/role-names.js';
import type { MarkdownDoc } from '../../markdown/blocks.js';
import type { Role } from '../../model/domain.js';
import { fromSource } from '../../model/origin.js';
import type { SecurityFact } from '../../model/security-facts.js';
import { FI_STORY, finnishEssiveNominative } from '../../read/finnish-story-words.js';
import { grantStateWords } from '../../read/grant-state-words.js';
import { negatesPermission, permissionDenial, statesPermission } from '../../read/permission-words.js';
import { blankTimeReferences, markedVerb } from '../../read/story-words.js';
import type { TextUnit } from './units.js';

const ROLE_HEADER =
  /^(user )?(roles?|rooli(t)?|rôles?|rollen?|roll(?:er)?|rol(es)?|ruol[oi]|pap(e|é)is?|perfil(es)?|user types?|access level|rol[aey]|roller?i?|kullanıcı (?:rolü|tipi)|рол[ьи]|szerepkör(?:ök)?|szerep(?:ek)?|felhasználói típus|ロール|役割|ユーザー種別|利用者種別|角色|역할|vai trò(?: người dùng)?|ρόλος|ρόλοι|ρόλος χρήστη|peran(?: pengguna)?|תפקיד(?:ים)?|(?:ال)?دور|(?:ال)?أدوار|บทบาท|ประเภทผู้ใช้)$/i;
/** A role column qualified as the system's ("Papel no sistema", "Role in the system", "Rol en el sistema"). */
const SYSTEM_ROLE_HEADER =
  /^(?:system role|app role|(?:user )?role in (?:the )?(?:system|app)|papel no (?:sistema|app|aplicativo)|perfil no sistema|rol en el sistema|rôle dans (?:le système|l['’]application)|rolle im system|ruolo nel sistema|rol in het systeem|rola w systemie|роль в системе|системная роль|systemroll|roll i systemet|systemrolle|rolle i systemet|sistem rolü|sistemdeki rol(?:ü)?|role v systému|rendszerszerep(?:kör)?|szerep a rendszerben|rendszerbeli szerep|mã hệ thống|mã vai trò|vai trò (?:trong|của) hệ thống|κωδικός(?: ρόλου)?|ρόλος στο σύστημα|kode (?:sistem|peran)|peran (?:di|dalam) sistem)$/iu;
/**
 * A lead column of people, not keys ("Persona | Role key | What they do", "Actor | Role | …"): a role
 * or code column beside it holds the role's key and the persona is its display name.
 */
const PERSONA_HEADER =
  /^(?:personas?|actors?|user groups?|user types?|who|akteur(?:e)?|acteurs?|attor[ei]|personagens?|personajes?|aktör(?:ler)?|aktorzy|aktor|aktører|aktörer|henkilö|toimija)$/iu;
/** A column of codes: beside a lead role column, the role's key ("Role | Code | Description"). */
const CODE_HEADER =
  /^(?:(?:role )?codes?|role key|key|enum value|código|codice|kód|kod|kód rol[ey]|kod roli|κωδικός|mã|cod|codul|roolitunnus|tunnus|koodi|codi(?: de rol)?|קוד(?: (?:ה?תפקיד|ה?מערכת))?|(?:ال)?رمز(?: الدور)?|كود(?: الدور)?|รหัส(?:บทบาท)?|(?:角色)?(?:代码|编码|标识)|(?:ロール)?コード|(?:역할 ?)?코드)$/iu;
/**
 * A roles table's description column, in en, fi, es, pt, fr, de, it, cs, ru, zh, ja and ko: what the role
 * does or may do (its permissions are read from it). A column saying only who the people are ("Who",
 * "Chi è": "front-desk staff of one clinic") grants nothing and is not read as one.
 */
const DESCRIPTION_HEADER =
  /descr|responsib|permission|access|capabilit|kuvaus|can |scope|rights|purpose|what they do|cosa può|cosa fa|qué puede|qué hace|o que pode|o que faz|peut faire|ce qu'il fait|darf|was sie tun|responsabil|verantwort|permess|permiso|permiss|droits|rechte|beschreibung|beschrijving|beskrivning|beskrivelse|vad de gör|hva de gjør|co smí|co může|co dělá|popis|oprávnění|odpovědnost|açıklama|yetki|leírás|jogosultság|feladat|wat ze doen|wat (?:hij|zij) doet|bevoegd|описание|说明|描述|説明|설명|権限|できること|内容|权限|권한|mô tả|quyền hạn|περιγραφή|δικαιώματα|αρμοδιότητες|deskripsi|keterangan|tanggung jawab|hak akses|wewenang|mitä (?:hän )?tek(?:ee|evät)|tehtävä|què fa|què pot fer|descripció|права|повноваження|опис|uprawnienia|מה (?:עושה|עושים|מותר)|תיאור|הרשאות|תחומי אחריות|الوصف|الصلاحيات|ماذا يفعل|المهام|สิ่งที่ทำได้|คำอธิบาย|หน้าที่|สิทธิ์/iu;
const ACCESS_CONTEXT =
  /role|rbac|access|permission|authori[sz]|persona|actor|security|rooli|rôle|rolle|usuario|ruol[oi]|permess[oi]|autorizzazion|gebruikers?|rechten|toegang|autorisatie|uprawnie|dostęp|behörighet|roller\b|användare|kullanıcı|yetki|szerepk|jogosults|hozzáférés|felhasználó|\busers?\b|utenti|utilisateurs|benutzer|nutzer|usuários|рол[ьи]|ролев|доступ|безопасност|авторизац|ロール|役割|権限|ユーザー|利用者|角色|权限|用户|역할|권한|사용자|vai trò|phân quyền|người dùng|ρόλ|δικαιώματ|χρήστ|peran|hak akses|pengguna|roluri|persoane|permisiuni|utilizatori|\brols\b|usuaris|ролі|права|повноважен|користувач|תפקיד|הרשא|משתמש|دور|أدوار|صلاحي|مستخدم|\brol[iy]\b|používate|uživatel|użytkowni/i;
/** Design-token tables (`Role | Hex`, `Role | Size`) name colours and type scales, not people. */
const DESIGN_CELL = /^#[0-9a-f]{3,8}$|^\d+(\.\d+)?(px|rem|em|pt|%)$|^rgba?\(/i;
const LEVEL_HEADER = /level|rank|tier|priority|taso/i;
const ALLOWED_CELL =
  /^(✓|✔|✔️|✅|☑|yes|y|x|allowed|full|read|write|own|rw|r|crud|●|kyllä|oui|ja|sí|sì|läsa|skriva)$/i;
const MATRIX_CELL =
  /^(✓|✔|✔️|✅|☑|✗|✘|❌|—|-|–|yes|no|y|n|x|allowed|denied|full|none|read|write|own|rw|r|crud|●|○|kyllä|ei|oui|non|ja|nein|sí)?$/i;

const origin = (file: string, line: number, quote: string) => fromSource(file, line, quote.slice(0, 160));

const FIELD_TYPE_HEADER =
  /^(?:(?:data ?)?type|tipo(?: de dato)?|typ|datentyp|자료형|타입|型|类型|データ型|тип)$/iu;

/** Roles and levels from a roles table (`Role | Numeric Level | Description`). */
export function rolesFromTable(u: TextUnit, file: string): { roles: Role[]; facts: SecurityFact[] } {
  const header = u.header ?? [];
  const cells = u.cells ?? [];
  const roles: Role[] = [];
  const facts: SecurityFact[] = [];
  // The role column leads the table, under a heading about access (design-token tables also have a
  // `Role` column: `Role | Hex | Usage`), or next to a stated level.
  // Else a column that names the role in the system beside a persona ("Persona | Papel no sistema |
  // Descrição", "Persona | Role in the system | …"): the persona is who, the column the role.
  // "Role | Description | System role": the system's column is the role's key even after a lead
  // role column, which then names it ("Board member" for `board`).
  // "Role | Code | Description": after a lead role column, the code column holds the role's key.
  const roleLed = ROLE_HEADER.test(header[0]?.trim() ?? '');
  const personaLed = PERSONA_HEADER.test(header[0]?.replace(/[*`]/g, '').trim() ?? '');
  const system = header.findIndex((h, i) => {
    const plain = h.replace(/[*`]/g, '').trim();
    return (
      i > 0 &&
      (SYSTEM_ROLE_HEADER.test(plain) ||
        ((roleLed || personaLed) && CODE_HEADER.test(plain)) ||
        (personaLed && ROLE_HEADER.test(plain)))
    );
  });
  const lead = ROLE_HEADER.test(header[0]?.trim() ?? '') && system < 0;
  const r = lead ? 0 : system;
  // A column headed "role in the system" is about access whatever the heading above it says.
  const about =
    (!lead && r > 0) ||
    ACCESS_CONTEXT.test(u.headingPath.join(' ')) ||
    header.some((h) => LEVEL_HEADER.test(h));
  const design = cells.some((c) => DESIGN_CELL.test(c.trim()));
  if (r >= 0 && about && !design && cells[r] && isRoleName(cells[r]!.replace(/[`*"]/g, ''))) {
    const raw = cells[r]!;
    const d = header.findIndex((h, i) => i !== r && DESCRIPTION_HEADER.test(h));
    const l = header.findIndex((h, i) => i !== r && LEVEL_HEADER.test(h));
    // Beside a persona column, the persona is the role's display name when it is a plain title
    // ("Администратор площадки" for `manager`), so stories that name the persona find the role; a
    // persona written as someone ("Luíza, secretária escolar") leaves the role's own name.
    const persona = r > 0 && !lead ? plainPersona(cells[0] ?? '') : null;
    const role: Role = {
      name: roleKey(raw),
      label: persona ?? roleLabel(raw),
      origin: origin(file, u.line, u.text),
    };
    if (d >= 0 && cells[d]) role.description = cells[d]!;
    roles.push(role);
    const level = l >= 0 ? Number(cells[l]) : Number.NaN;
    if (Number.isFinite(level))
      facts.push({ kind: 'role-level', role: role.name, level, origin: role.origin });
  }
  // `Roles | admin, supervisor` / `Roolit | MVP: vain "user"`: a key-value row naming the roles.
  // A field table's `role | text | …` row defines a column, not the roles.
  const fieldTable = header.some((h) => FIELD_TYPE_HEADER.test(h.replace(/[*`]/g, '').trim()));
  if (r < 0 && !fieldTable && cells.length >= 2 && ROLE_HEADER.test(cells[0]!.replace(/[*`]/g, '').trim())) {
    for (const item of splitRoleList(cells.slice(1).join(', ')))
      if (!MIXED_SCRIPTS.test(item))
        roles.push({ name: roleKey(item), label: roleLabel(item), origin: origin(file, u.line, u.text) });
  }
  return { roles, facts };
}

/** A persona cell that is a plain title of at most four words (no name, no comma), or null. */
function plainPersona(cell: string): string | null {
  const text = cell.replace(/[*_`]/g, '').trim();
  // A title starts with a capital, or with a letter of a script that has no case (Thai "ผู้ค้า",
  // Hebrew "נהג מתנדב", Chinese "店长"), where every title is written as it stands.
  if (!text || /[,;:()]/.test(text) || text.split(/\s+/).length > 4 || !/^(?:\p{Lu}|\p{Lo})/u.test(text))
    return null;
  return text;
}

/** A permission matrix table (`Action | Admin | Editor | Viewer` with ✓/✗ cells) → statements. */
export function permissionMatrixTable(
  header: string[],
  rows: { cells: string[]; line: number }[],
  file: string,
): { roles: Role[]; facts: SecurityFact[] } {
  if (header.length < 3 || rows.length === 0) return { roles: [], facts: [] };
  // `Admin Comun.`: an abbreviated column name is still a role.
  const cols = header.slice(1).map((c) => c.replace(/[*`.]/g, '').trim());
  const markCells = rows.flatMap((row) => row.cells.slice(1).map((c) => c.replace(/[*`]/g, '').trim()));
  if (!markCells.every((c) => MATRIX_CELL.test(c)) || !cols.every((c) => isRoleName(c)))
    return { roles: [], facts: [] };
  const roles = cols.map((c, i) => ({
    name: roleKey(c),
    label: roleLabel(c),
    origin: origin(file, rows[0]!.line - 2, `${header[0]} | ${header.slice(1, i + 2).join(' | ')}`),
  }));
  const facts: SecurityFact[] = [];
  for (const row of rows) {
    const label = row.cells[0] ?? '';
    row.cells.slice(1).forEach((c, i) => {
      const mark = c.replace(/[*`]/g, '').trim();
      if (!ALLOWED_CELL.test(mark)) return;
      const scope = /^own$/i.test(mark) ? ' (own records only)' : /^r(ead)?$/i.test(mark) ? ' (read)' : '';
      const text = `${cols[i]} can ${label}${scope}`;
      const states = grantStateWords(text);
      facts.push({
        kind: 'permission-statement',
        text,
        ...(states ? { stateWords: states } : {}),
        origin: origin(file, row.line, `${label} | ${cols[i]}: ${mark}`),
      });
    });
  }
  return { roles, facts };
}

/**
 * A role × resource matrix (`| Rôle | Missions | Paiements |` with `| Garage | CRUD | Gérer |`): one
 * `permission-cell` fact per cell. Every data cell must read as matrix wording (marks, CRUD letters,
 * a few verbs), and at least half must grant or deny something known: a `Role | Colour | Usage`
 * design table or a `Role | Feels | Should not feel` persona table is not a matrix.
 */
export function roleResourceMatrix(
  header: string[],
  rows: { cells: string[]; line: number }[],
  file: string,
): SecurityFact[] {
  const clean = (c: string) => c.replace(/[*`"]/g, '').trim();
  if (header.length < 2 || rows.length === 0 || !ROLE_HEADER.test(clean(header[0] ?? ''))) return [];
  const resources = header.slice(1).map(clean);
  if (resources.some((r) => r === '' || DESCRIPTION_HEADER.test(r) || LEVEL_HEADER.test(r))) return [];
  const facts: SecurityFact[] = [];
  let filled = 0;
  let known = 0;
  for (const row of rows) {
    const role = clean(row.cells[0] ?? '');
    if (!isRoleName(role)) return [];
    for (const [i, resource] of resources.entries()) {
      const raw = row.cells[i + 1] ?? '';
      const cell = readPermissionCell(raw);
      if (cell === null) return [];
      if (clean(raw) === '') continue;
      filled++;
      if (cell.denied || cell.grants.length > 0) known++;
      facts.push({
        kind: 'permission-cell',
        role,
        resource,
        grants: cell.grants,
        denied: cell.denied,
        unread: cell.unread,
        origin: origin(file, row.line, `${role} | ${resource}: ${clean(raw)}`),
      });
    }
  }
  return filled > 0 && known * 2 >= filled ? facts : [];
}

/** Prose lists: `existing roles: admin, supervisor, operations, readonly`, `role (Admin, Pathologist, ...)`. */
/** A Latin word beside a CJK or Hangul one in the same item. */
const MIXED_SCRIPTS =
  /\p{Script=Latin}.*[\p{Script=Hangul}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]|[\p{Script=Hangul}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}].*\p{Script=Latin}/u;

export function rolesFromProse(u: TextUnit, file: string): Role[] {
  const patterns = [
    // Only words between the keyword and its list ("Roles are: …", "user roles (…)"): a migration
    // note ("role CHECK relaxed → **0014 view_count + RPC**(additive, …)") lists no roles.
    /(?<![\p{L}])(?:roles?|rôles?|rollen?|roolit|ruoli|papéis|perfiles)(?![\p{L}])[\p{L} ,'’-]{0,30}?[:(]\s*([^.;)]+)/iu,
    /role[- ]based access(?: control)?(?: \(RBAC\))?\s*[:(]\s*([^.;)]+)/i,
  ];
  for (const re of patterns) {
    const m = re.exec(u.text);
    if (!m) continue;
    const items = splitRoleList(m[1]!).map(labelAndCode);
    // Every item must be a name: "admin 존치" (admin kept) or "seller 값 무의미화" mixes scripts, a
    // phrase with a glued particle, not a role.
    if (items.length >= 2 && items.every((i) => isRoleName(i) && !MIXED_SCRIPTS.test(i)))
      return items.map((item) => ({
        name: roleKey(item),
        label: roleLabel(item),
        origin: origin(file, u.line, u.text),
      }));
  }
  return [];
}

/**
 * "resident `resident`", "facility manager `facility_manager`", "주민 `resident`": a role's label
 * followed by its code value (the role field's enum value) names one role, the code; it was read
 * as the role `resident_resident`.
 */
function labelAndCode(item: string): string {
  const words = item.trim().split(/\s+/);
  if (words.length < 2) return item;
  const code = words[words.length - 1]!.replace(/^`|`$/g, '');
  if (!/^[a-z][a-z0-9_]*$/.test(code)) return item;
  const label = words.slice(0, -1).join(' ');
  return label.toLowerCase().replace(/[\s-]+/g, '_') === code || /`/.test(words[words.length - 1]!)
    ? code
    : item;
}

/** Enum types of roles in code: SQL `CREATE TYPE user_role AS ENUM`, Prisma/TS enums, `CHECK (role IN ...)`. */
export function roleEnums(md: MarkdownDoc): { roles: Role[]; facts: SecurityFact[] } {
  const roles: Role[] = [];
  const facts: SecurityFact[] = [];
  const patterns: RegExp[] = [
    /CREATE\s+TYPE\s+"?([\w.]*role\w*)"?\s+AS\s+ENUM\s*\(([^)]*)\)/gi,
    /\benum\s+(\w*Role\w*)\s*\{([^}]*)\}/g,
    /\btype\s+(\w*Role\w*)\s*=\s*((?:\s*\|?\s*['"][^'"\n]+['"])+)/g,
    /\b(\w*role\w*)\b[^,\n]*CHECK\s*\(\s*\w*role\w*\s+IN\s*\(([^)]*)\)/gi,
    /\b(\w*role\w*)["']?\s*:\s*\{[^}]*\benum\s*:\s*\[([^\]]*)\]/gi,
    // Rails `enum :papel, { operador_cantina: "operador_cantina", … }` (or `enum papel: { … }`): an
    // enum named for a role in en, pt, es, fr, de, it, nl.
    /\benum\s+:?(\w*(?:role|papel|rol|rolle|ruolo|perfil)\w*)\s*[,:]\s*\{([^}]*)\}/gi,
  ];
  for (const b of md.blocks) {
    if (b.kind !== 'code') continue;
    for (const re of patterns) {
      for (const m of b.content.matchAll(re)) {
        const body = m[2]!;
        const quoted = [...body.matchAll(/['"]([^'"]+)['"]/g)].map((q) => q[1]!);
        const values = (
          quoted.length > 0
            ? quoted
            : body
                .split(/[\n,]/)
                .map((v) => v.trim().split(/[\s=@:]/)[0]!)
                .filter((v) => /^[A-Za-z_]\w*$/.test(v))
        ).filter((v) => isRoleName(v.replace(/_/g, ' ')));
        if (values.length === 0) continue;
        const line = b.contentLine + (b.content.slice(0, m.index).match(/\n/g)?.length ?? 0);
        const o = origin(md.path, line, m[0].replace(/\s+/g, ' '));
        facts.push({ kind: 'role-enum', name: m[1]!, values: values.map(roleKey), origin: o });
        for (const v of values) roles.push({ name: roleKey(v), label: roleLabel(v), origin: o });
      }
    }
  }
  return { roles, facts };
}

/** Headings of a section that lists the roles (`## User Roles`, `### Actors`, `## Rôles`, `## Roolit`). */
const ROLE_SECTION =
  /\b(user roles|roles|rôles|rollen|roolit|ruoli|papéis|perfiles|user types|actors|access levels|permission levels)\b|(?<!\p{L})vai trò(?!\p{L})|(?<!\p{L})ρόλοι|(?<!\p{L})(?:vai trò|peran)(?!\p{L})|(?<!\p{L})(?:ו?תפקידים|הרשאות|الأدوار|أدوار)(?!\p{L})/iu;

/**
 * A list under a roles heading (`- **Admin**: manages users`, `- Editor — writes articles`), or the
 * sub-headings of such a section (`### Admin`): each item names a role and describes it.
 */
export function rolesFromSectionLists(md: MarkdownDoc): Role[] {
  const out: Role[] = [];
  for (const b of md.blocks) {
    // `Administrador (Roles Variables)` is one persona whose list describes it (Demografía,
    // Frecuencia), not a section listing roles: a parenthesis qualifies, it does not title.
    const section = (b.headingPath[b.headingPath.length - 1] ?? '').replace(/\([^)]*\)/g, ' ');
    if (!ROLE_SECTION.test(section)) continue;
    if (b.kind === 'list-item' && b.depth === 0) {
      const m = /^\s*(?:\*\*|__)?([^*_:—–\n]{2,40}?)(?:\*\*|__)?\s*(?::|—|–|-\s)\s*(.+)$/s.exec(b.text);
      const name = (m?.[1] ?? b.text).replace(/[`*_]/g, '').trim();
      if (!isRoleName(name)) continue;
      const role: Role = {
        name: roleKey(name),
        label: roleLabel(name),
        origin: origin(md.path, b.line, b.text),
      };
      if (m?.[2]) role.description = m[2].replace(/[`*]/g, '').trim();
      out.push(role);
    } else if (b.kind === 'heading' && b.level >= 3 && isRoleName(b.text.replace(/[`*]/g, ''))) {
      out.push({ name: roleKey(b.text), label: roleLabel(b.text), origin: origin(md.path, b.line, b.text) });
    }
  }
  return out;
}

const STORY_PATTERNS: RegExp[] = [
  /\bAs (?:an?|the) ([^,]{2,60}?),?\s+I\s+(?:want|need|would like|wish|can|should|must|expect)\b(.*)/i,
  /\bAs (any [^,]{2,40}?),?\s+I\s+(?:want|need|would like|wish|can|should|must|expect)\b(.*)/i,
  // "As station staff, I want …": a mass noun or a plural needs no article; a short actor and its
  // comma, never "As soon as …" or "As described above, …".
  /^(?:[A-Z]{1,5}[-_]?\d+(?:\.\d+)*\s*[:：.]\s*)?As (?!(?:soon|long|far|well|much|part|described|mentioned|shown|noted|stated|such|per|of|in|a result)\b)((?:[A-Za-z-]+ ){0,2}[A-Za-z-]{3,}),\s+(?:I|we)\s+(?:want|need|would like|wish|can|should|must|expect)\b(.*)/,
  // "As outlet staff, I want …", "As admin, I can …": a role named without an article, closed by a comma.
  /^(?:[A-Z]{1,5}[-_]?\d+(?:\.\d+)*\s*[:：.]\s*)?As ((?!(?:an?|the|any|soon|well|such|noted|mentioned|described|above|below|before)\b)[\p{L}][^,]{1,40}?),\s*I\s+(?:want|need|would like|wish|can|should|must|expect)\b(.*)/iu,
  /\bEn tant qu(?:e|'|’)\s*([^,]{2,60}?),\s*je\s+(?:veux|souhaite|voudrais|dois|peux)\b(.*)/i,
  /\bAls ([^,]{2,60}?),?\s+(?:möchte|will|muss|kann)\s+ich\b(.*)/i,
  // nl "Als lid wil ik …", "Als een trainer moet ik …"
  /\bAls (?:een |de )?([^,]{2,60}?),?\s+(?:wil|wens|moet|kan)\s+ik\b(.*)/i,
  /\bComo ([^,]{2,60}?),\s*(?:eu\s+)?(?:quiero|necesito|deseo|quero|preciso|gostaria)\b(.*)/i,
  /\b(?:Come|In qualità di) ([^,]{2,60}?),\s*(?:io\s+)?(?:voglio|vorrei|devo|posso|desidero|ho bisogno di)\b(.*)/i,
  // pl "Jako kandydat chcę złożyć wniosek …", "Jako wolontariusz, chciałbym …".
  /(?<!\p{L})Jako ([^,]{2,60}?),?\s+(?:(?:ja\s+)?(?:chcę|chciał(?:a)?bym|muszę|mogę|potrzebuję|pragnę))(?!\p{L})(.*)/iu,
  // cs "Jako občan chci objednat svoz …", "Jako dispečer bych chtěl …", "Jako řidič potřebuji …".
  /(?<!\p{L})Jako ([^,]{2,60}?),?\s+(?:(?:já\s+)?(?:chci|chtěl(?:a)? bych|bych (?:chtěl(?:a)?|rád(?:a)?)|potřebuji|potřebuju|musím|mohu|můžu))(?!\p{L})(.*)/iu,
  // sv "Som kösökande vill jag ställa mig i kön …", "Som medlem, behöver jag …".
  /(?<!\p{L})Som ([^,]{2,60}?),?\s+(?:vill|behöver|ska|måste|kan|önskar)\s+jag(?!\p{L})(.*)/iu,
  // nb/da "Som forelder vil jeg melde meg på …", "Som forælder ønsker jeg …", "Som kasserer trenger jeg …".
  /(?<!\p{L})Som ([^,]{2,60}?),?\s+(?:vil|ønsker|trenger|skal|må|kan|har brug for)\s+jeg(?!\p{L})(.*)/iu,
  // vi "Là phụ huynh, tôi muốn xem điểm danh của con, để …", "Với tư cách là kế toán, tôi cần …".
  /(?<!\p{L})(?:Với (?:vai trò|tư cách) (?:là )?|Là )(?:một )?([^,]{2,60}?),\s*tôi\s+(?:muốn|cần|mong muốn|có thể|phải)(?!\p{L})(.*)/iu,
  // id "Sebagai pelanggan, saya ingin menjadwalkan penjemputan, agar …", "Sebagai seorang kurir, saya perlu …".
  /(?<!\p{L})Sebagai (?:seorang |para )?([^,]{2,60}?),\s*saya\s+(?:ingin|mau|perlu|membutuhkan|berharap|dapat|bisa|harus)(?!\p{L})(.*)/iu,
  // el "Ως πελάτης, θέλω να κάνω κράτηση …, ώστε …", "Σαν τεχνικός, χρειάζομαι …".
  /(?<!\p{L})(?:Ως|Σαν) (?:(?:ένας|μία|μια|ο|η) )?([^,]{2,60}?),\s*(?:εγώ\s+)?(?:θέλω|θα ήθελα|χρειάζομαι|επιθυμώ|μπορώ|πρέπει)(?!\p{L})(.*)/iu,
  // tr "Üye olarak bir matkabı rezerve etmek istiyorum, böylece …": the wish closes the clause, the
  // act stands before it (verbs come last); only with a wish or an ability, since "X olarak" alone
  // ("as X") opens many sentences that are no story.
  /^(?:[A-ZÇĞİÖŞÜ]{1,5}[-_]?\d+(?:\.\d+)*\s*[:：.]\s*)?(?:Bir\s+)?([^,.:]{2,60}?)\s+olarak,?\s+(?:ben\s+)?(.+?(?:istiyorum|isterim|istiyoruz|\p{L}+(?:abilmeli|ebilmeli|abilirim|ebilirim)\p{L}*))(?:[.,]|$)/iu,
  // ru "Как администратор, я хочу …", zh "作为管理员，我希望 …", ja "管理者として、…したい", ko "관리자로서 …".
  /(?<!\p{L})Как ([^,]{2,60}?),\s*я\s+(?:хочу|могу|должен|должна|желаю|хотел бы|хотела бы)(?!\p{L})(.*)/iu,
  /作为(?:一[个名位])?([^，,。]{1,30}?)[，,]\s*我(?:希望|想要|想|要|需要|能够|可以)(.+)/u,
  // The Japanese and Korean forms are anchored at the start, after the story's own id if it has one
  // ("US-01：飼い主として、…"), whose colon is not the separator a spaced language writes.
  // The Japanese and Korean forms only with a wish or an ability at the end ("…したい", "…できる",
  // "…하고 싶다", "…할 수 있다"): "として" and "로서" alone open many sentences that are no story.
  // A Korean actor may be two words ("시설 관리자로서").
  /^(?:[A-Z]{1,5}[-_]?\d+(?:\.\d+)*\s*[:：.]\s*)?(?:私は)?([^、,。\s]{1,30}?)として[、,]\s*(?:私は)?(.+?(?:たい|できる|ほしい|欲しい))(?:[。、,]|$)/u,
  /^(?:[A-Z]{1,5}[-_]?\d+(?:\.\d+)*\s*[:：.]\s*)?((?:[^,，\s]{1,15}\s)?[^,，\s]{1,30}?)(?:으로서|로서)[,，]?\s*(?:나는\s*|저는\s*)?(.+?(?:싶다|싶어요|싶습니다|수 있다|수 있어야 한다))(?:[.,]|$)/u,
  // ro "Ca părinte, vreau să comand prânzul …", "În calitate de secretar, am nevoie să …".
  /(?<!\p{L})(?:Ca|În calitate de|In calitate de) (?:un |o )?([^,]{2,60}?),\s*(?:eu\s+)?(?:vreau|a[șş] vrea|am nevoie|doresc|pot|trebuie)(?!\p{L})(.*)/iu,
  // uk "Як комірник, я хочу оприйняти партію …, щоб …", "Як представник громади, я хочу …".
  /(?<!\p{L})Як ([^,]{2,60}?),\s*я\s+(?:хочу|можу|повинен|повинна|бажаю|хотів би|хотіла б(?:и)?)(?!\p{L})(.*)/iu,
  // ca "Com a soci, vull reservar un torn …", "Com a enòleg, necessito …".
  /(?<!\p{L})Com a ([^,]{2,60}?),\s*(?:jo\s+)?(?:vull|voldria|necessito|puc|he de)(?!\p{L})(.*)/iu,
  // fi "Asukkaana haluan varata saunavuoron, jotta …": the role in the essive (read/finnish-story-words.ts).
  FI_STORY,
  // th "ในฐานะผู้ค้า ฉันต้องการจองแผง… เพื่อ…": Thai writes the role glued after "ในฐานะ" and the wish glued
  // after "ฉัน"; the purpose after "เพื่อ" is no part of the wish.
  /ในฐานะ(?:เป็น)?\s*([^\s,，]{1,30}?)\s*,?\s*(?:ฉัน|ผม|ดิฉัน)\s*(?:ต้องการ|อยาก(?:จะ)?|จำเป็นต้อง)\s*([^\s].*?)(?:\s*เพื่อ.*)?$/u,
];

export function persona(u: TextUnit, file: string): SecurityFact | null {
  for (const re of STORY_PATTERNS) {
    const m = re.exec(u.text);
    if (m) {
      const want = m[2]!.trim();
      const marked = markedVerb(want);
      const states = grantStateWords(want);
      return {
        kind: 'persona',
        // A Finnish role is written in the essive ("Asukkaana"): the phrase is its nominative ("Asukas").
        phrase: re === FI_STORY ? finnishEssiveNominative(m[1]!) : m[1]!.trim().replace(/^(an?|the)\s+/i, ''),
        want,
        text: u.text,
        ...(marked ? { markedVerb: marked } : {}),
        ...(states ? { stateWords: states } : {}),
        origin: origin(file, u.line, u.text),
      };
    }
  }
  return null;
}

/**
 * A roles table cell that grants what another role has, in en, es, pt, fr, de and it, the role named
 * before its verb or after it: "everything a coordinator can", "Everything a coordinator does, plus
 * …", "All coordinator permissions plus …", "Same as Coordinator, and …", "Todo lo que hace un
 * coordinador, además …", "Tout ce que fait un coordinateur, plus …", "Alles, was ein Koordinator
 * tut, plus …". The words after "plus" / "además" are the role's own actions, read as its description.
 */
const OPENER = String.raw`^(?:and |plus |y |e |et |und )?`;
const MORE = String.raw`(?:,?\s+(?:plus|and|as well as|además(?: de)?|y además|más|mais|e ainda|en plus|et|plus|sowie|und|zusätzlich|inoltre|e in più|più)(?!\p{L}).*)?$`;
const ROLE = String.raw`([\p{L}_][\p{L}_-]{1,30}(?: [\p{L}_][\p{L}_-]{1,30})?)`;
const ARTICLE = String.raw`(?:an? |the |un |una |el |la |um |uma |o |a |le |l['’]|ein |eine |der |die |il |lo )?`;
/** The scope a role's work is limited to ("un mécanicien de son atelier", "a coordinator of their site"). */
const SCOPE = String.raw`(?: (?:of|in|for|at|de|du|d['’]|dans|pour|del|de la|da|do|della|dello|im|in der|in seinem|in ihrem|für) [^,.;]{1,40}?)?`;
const INHERITS_CELL: RegExp[] = [
  caseFoldedRegExp(
    `${OPENER}(?:everything (?:that )?|todo lo que |tudo o que |tout ce qu['’]|tout ce que |alles,? was |tutto ciò che |tutto quello che )${ARTICLE}${ROLE}s?${SCOPE} (?:can(?: do)?|does|do|puede(?: hacer)?|hace|pode(?: fazer)?|faz|peut(?: faire)?|fait|kann|darf|tut|macht|può(?: fare)?|fa)${MORE}`,
    'iu',
  ),
  caseFoldedRegExp(
    `${OPENER}(?:todo lo que|tudo o que|tout ce que|tutto ciò che|tutto quello che) (?:puede hacer|puede|hace|pode fazer|pode|faz|peut faire|fait|può fare|fa) ${ARTICLE}${ROLE}${SCOPE}${MORE}`,
    'iu',
  ),
  caseFoldedRegExp(
    `${OPENER}(?:all (?:the )?(?:permissions|rights) of ${ARTICLE}${ROLE}|all ${ROLE} (?:permissions|rights)|same as ${ARTICLE}${ROLE}|(?:todos )?los (?:mismos )?permisos (?:del?|que) ${ARTICLE}${ROLE}|lo mismo que ${ARTICLE}${ROLE}|igual que ${ARTICLE}${ROLE}|(?:todas )?as (?:mesmas )?permissões (?:d[oa]|que) ${ARTICLE}${ROLE}|(?:tous )?les (?:mêmes )?droits (?:d['’]un |d['’]une |du |de la |que le |que la |que l['’])${ROLE}|(?:alle )?(?:rechte|berechtigungen) (?:eines |einer |des |der |wie der |wie die )${ROLE}|wie (?:ein |eine |der |die )${ROLE}|(?:tutti )?i (?:permessi|diritti) (?:del |della |di un |di una |dell['’])${ROLE})${MORE}`,
    'iu',
  ),
];

/** The role a cell says this row has everything of, or null. */
function inheritedIn(part: string): string | null {
  for (const re of INHERITS_CELL) {
    const m = re.exec(part);
    if (m) return m.slice(1).find((g) => g !== undefined) ?? null;
  }
  return null;
}

export function hierarchyAndStatements(u: TextUnit, file: string): SecurityFact[] {
  const out: SecurityFact[] = [];
  const o = origin(file, u.line, u.text);
  if (
    /(higher|senior)[- ]level roles? inherit|inherit\w* (all )?(the )?(permissions|rights) of (all )?(lower|junior)|roles? (are|is) hierarchical|hierarchical (model|roles|rbac)/i.test(
      u.text,
    )
  )
    out.push({ kind: 'role-hierarchy-rule', text: u.text, origin: o });
  // Cheap guards first: the inheritance patterns backtrack from every start position.
  const inherits = /\b(permissions|rights|access|capabilities)\s+of\b/i.test(u.text) ? u.text : '';
  const everything = /can do everything/i.test(u.text) ? u.text : '';
  for (const m of inherits.matchAll(
    /\b([\p{L}_][\p{L}_ ]{1,30}?)\s+(?:has|have|inherits?|includes?|gets?)\s+(?:all\s+)?(?:of\s+)?(?:the\s+)?(?:permissions|rights|access|capabilities)\s+of\s+(?:the\s+|a\s+)?([\p{L}_][\p{L}_ ]{1,30}?)(?:\s+role)?(?=[\s.,;)]|$)/giu,
  ))
    out.push({
      kind: 'role-inherits',
      role: roleKey(m[1]!),
      inherits: roleKey(m[2]!),
      text: u.text,
      origin: o,
    });
  for (const m of everything.matchAll(
    /\b([\p{L}_]{2,30}) can do everything (?:that )?(?:an? |the )?([\p{L}_]{2,30}) can do\b/giu,
  ))
    out.push({
      kind: 'role-inherits',
      role: roleKey(m[1]!),
      inherits: roleKey(m[2]!),
      text: u.text,
      origin: o,
    });
  // A roles table row whose cell grants "everything a coordinator can" (en, es, pt, fr, de, it):
  // the row's role inherits that role.
  const own = u.source === 'table' ? u.cells?.[0]?.trim() : undefined;
  if (own && /^[\p{L}_][\p{L}_ '’-]{1,30}$/u.test(own))
    for (const cell of u.cells!.slice(1))
      for (const part of cell.replace(/alles,\s*was/giu, 'alles was').split(/[,;]/)) {
        const base = inheritedIn(part.trim());
        if (base && roleKey(base) !== roleKey(own))
          out.push({
            kind: 'role-inherits',
            role: roleKey(own),
            inherits: roleKey(base),
            text: u.text,
            origin: o,
          });
      }
  if (u.source !== 'code' && statesPermission(u.text) && u.text.length <= 400) {
    const states = grantStateWords(u.text);
    const denial = permissionDenial(u.text);
    out.push({
      kind: 'permission-statement',
      // "peut annuler … jusqu'à 24 heures avant le créneau": the slot says when, it is not what the
      // role may cancel (blanked letter for letter, so `denial.at` still holds).
      text: blankTimeReferences(u.text),
      ...(states ? { stateWords: states } : {}),
      ...(negatesPermission(u.text) ? { negated: true } : {}),
      ...(denial ? { denial } : {}),
      origin: o,
    });
  }
  return out;
}
