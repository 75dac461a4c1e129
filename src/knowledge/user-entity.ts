/**
 * Names of the entity that stands for a signed-in person, as data models name it in the languages of
 * the documents (`User`, `Utente`/`utenti`, `Usuario`, `Utilisateur`, `Benutzer`, `Käyttäjä`, `Lid`/`leden`…). The
 * name is an identifier of the model, not prose: one list for derive and render alike.
 */
const USER_NAMES = new Set(
  `user users app_user app_users appuser appusers account accounts member members
  utente utenti usuario usuarios usuário usuários utilizador utilizadores utilisateur utilisateurs
  benutzer nutzer nutzerin käyttäjä käyttäjät gebruiker gebruikers lid leden
  miembro miembros membro membros membre membres mitglied mitglieder`.split(/\s+/),
);

/** `AppUser` → `app_user`, `Utenti` → `utenti`. */
const key = (name: string) =>
  name
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/[\s-]+/g, '_')
    .toLowerCase();

/**
 * Whether an entity or table name names the user entity. Kept per name: derive asks it of every
 * entity once per entity or endpoint (thousands of names in a 1 MB document, issue 12).
 */
const userNames = new Map<string, boolean>();
export function isUserEntityName(name: string): boolean {
  let is = userNames.get(name);
  if (is === undefined) {
    is = USER_NAMES.has(key(name));
    userNames.set(name, is);
  }
  return is;
}

/**
 * FK column words that name who a record is for, not who made it (`patient_id`, `assignee_id`,
 * `owner_id`): such a column is a choice of the client or of a later action, never the creator.
 */
const FOR_WHOM = new Set(
  'owner assignee assigned_to recipient customer client patient member tenant'.split(' '),
);
export const namesWhomRecordIsFor = (word: string): boolean => FOR_WHOM.has(word);

/**
 * Columns named for who created the row (`created_by`, `creado_por`, `criado_por`, `cree_par`,
 * `erstellt_von`, `creato_da`), or for its author (`author_id`, `auteur_id`, `autor_id`, `autore_id`):
 * the caller at creation, whether or not the model declares the foreign key.
 */
const CREATOR_COLUMNS = new Set(
  'created_by creator_id creado_por criado_por cree_par créé_par erstellt_von creato_da author_id auteur_id autor_id autore_id'.split(
    ' ',
  ),
);
/**
 * A participle and its agent (`invited_by`, `reviewed_by`, `adjusted_by`, `revisado_por`,
 * `validé_par`, `geprüft_von`, `approvato_da`): on a NOT NULL column, who made the record.
 */
const AGENT_COLUMN = /^[a-zà-ÿ]+(?:ed_by|[ai]do_por|[ée]_par|t_von|[aiu]to_da)$/;
export const isCreatorColumn = (column: string): boolean =>
  CREATOR_COLUMNS.has(column.toLowerCase()) || AGENT_COLUMN.test(column.toLowerCase());

/**
 * Route segments before a final `me` that keep it the caller's account (`/me`, `/api/v1/auth/me`,
 * `/users/me`); under another resource's word (`GET /queue/me` "My queue position") `me` is the
 * caller's own record of that resource, not their profile. Route words, not prose.
 */
const ACCOUNT_SEGMENT = /^(?:api|v\d+|auth|users?|accounts?|profiles?|identity)$/i;
export const isAccountSegment = (segment: string): boolean => ACCOUNT_SEGMENT.test(segment);
