/**
 * The words a role × resource permission matrix puts in its cells (`| Garage | CRUD | Voir/Accepter |`),
 * in the five documentation languages, and what each grants. A matrix is terse on purpose: a cell is a
 * mark (✅ / ❌ / —), a CRUD abbreviation, "all", or a few verbs. Verbs that name one state action
 * (accept, decline, validate) keep that verb, so a generic "update" held by another role does not
 * count as the right to make that specific move.
 */
export type CellAction = 'read' | 'create' | 'update' | 'delete' | 'manage';

export interface CellGrant {
  action: CellAction;
  /** The state action the word names (`accept`), when it names one. */
  verb?: string;
}

/** Marks and words that grant everything on the resource. */
const ALL =
  /^(?:✅|✓|✔|✔️|☑|●|all|full|everything|full access|tout|total|todo|todos|alles|voll|vollzugriff|tudo|completo|complet)$/iu;
/** Marks and words that grant nothing: the cell states a denial. */
const NONE =
  /^(?:❌|✗|✘|○|—|–|-|no|none|n\/a|aucun|aucune|non|ninguno|ninguna|nada|nein|keine?|nenhum|nenhuma|não)$/iu;

const WORDS: [RegExp, CellGrant][] = [
  [
    /^(?:view|see|read|list|browse|consult|voir|consulter|lire|lecture|ver|consultar|leer|lectura|lesen|ansehen|einsehen|visualizar|ler|leitura|r)$/iu,
    { action: 'read' },
  ],
  [/^(?:receive|recevoir|recibir|empfangen|erhalten|receber)$/iu, { action: 'read' }],
  [
    /^(?:create|add|open|submit|créer|ajouter|ouvrir|soumettre|crear|añadir|abrir|enviar|erstellen|anlegen|öffnen|einreichen|criar|adicionar|c)$/iu,
    { action: 'create' },
  ],
  [
    /^(?:edit|update|modify|write|change|modifier|éditer|écrire|editar|modificar|escribir|actualizar|bearbeiten|ändern|schreiben|alterar|escrever|atualizar|u|w|rw)$/iu,
    { action: 'update' },
  ],
  [
    /^(?:delete|remove|supprimer|eliminar|borrar|löschen|entfernen|excluir|apagar|d)$/iu,
    { action: 'delete' },
  ],
  [
    /^(?:manage|administer|gérer|administrer|gestionar|administrar|verwalten|gerenciar)$/iu,
    { action: 'manage' },
  ],
  [/^(?:accept|accepter|aceptar|akzeptieren|annehmen|aceitar)$/iu, { action: 'update', verb: 'accept' }],
  [
    /^(?:decline|refuse|reject|refuser|rejeter|rechazar|ablehnen|recusar|rejeitar)$/iu,
    { action: 'update', verb: 'decline' },
  ],
  [
    /^(?:validate|approve|valider|approuver|validar|aprobar|genehmigen|validieren|aprovar)$/iu,
    { action: 'update', verb: 'validate' },
  ],
  [
    /^(?:resolve|résoudre|resolver|lösen|arbitrate|arbitrer|arbitrar|schlichten)$/iu,
    { action: 'update', verb: 'resolve' },
  ],
  [/^(?:cancel|annuler|cancelar|stornieren|abbrechen)$/iu, { action: 'update', verb: 'cancel' }],
  [
    /^(?:complete|close|finish|terminer|clôturer|completar|finalizar|concluir|abschließen|abschliessen|erledigen)$/iu,
    { action: 'update', verb: 'complete' },
  ],
  [
    /^(?:assign|assigner|affecter|asignar|atribuir|zuweisen|zuordnen)$/iu,
    { action: 'update', verb: 'assign' },
  ],
];

export interface ReadCell {
  grants: CellGrant[];
  /** The cell states a denial (❌, —, "none"). */
  denied: boolean;
  /** Words of the cell that grant nothing known (`Favoris`): carried, never guessed. */
  unread: string[];
}

/**
 * What one matrix cell grants, or null when the cell is not matrix wording at all (a sentence, a
 * colour, a number): a table with such cells is not a permission matrix.
 */
export function readPermissionCell(cell: string): ReadCell | null {
  const text = cell.replace(/[*_`]/g, '').trim();
  if (text === '') return { grants: [], denied: false, unread: [] };
  if (NONE.test(text)) return { grants: [], denied: true, unread: [] };
  if (ALL.test(text)) return { grants: [{ action: 'manage' }], denied: false, unread: [] };
  // `CRUD`, `CRU`, `RW` as one token: each letter is an action.
  if (/^(?:c?r?u?d?|rw)$/i.test(text) && text.length >= 2)
    return {
      grants: [...text.toLowerCase()].map((l) => ({
        action: l === 'c' ? 'create' : l === 'r' ? 'read' : l === 'd' ? 'delete' : 'update',
      })),
      denied: false,
      unread: [],
    };
  const words = text.split(/\s*(?:\/|,|\+|&|;|\band\b|\bet\b|\by\b|\bund\b|\be\b)\s*/iu).filter(Boolean);
  if (words.length === 0 || words.length > 5) return null;
  const grants: CellGrant[] = [];
  const unread: string[] = [];
  for (const w of words) {
    if (!/^\p{L}[\p{L}' -]{0,24}$/u.test(w) || w.split(/\s+/).length > 2) return null;
    const hit = WORDS.find(([re]) => re.test(w));
    if (hit) grants.push(hit[1]);
    else if (ALL.test(w)) grants.push({ action: 'manage' });
    else unread.push(w);
  }
  return { grants, denied: false, unread };
}
