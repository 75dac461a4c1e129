import { caseFoldedRegExp } from '../knowledge/case-fold.js';
/**
 * Sentences that scope what a role sees ("A patient can only see their own appointments", "Un
 * condòmino vede solo i dati del condominio in cui ha un'unità; un fornitore solo le segnalazioni
 * assegnate a lui", "Un paciente solo ve sus citas", "Um paciente só vê as suas consultas", "Un
 * patient ne voit que ses rendez-vous", "Ein Patient sieht nur seine eigenen Termine") and a roles
 * table's "everything on their own X" ("Tutto sui propri condomìni"), in en, es, pt, fr, de and it.
 * The actor and the object are returned as written: derive matches them to the roles and entities of
 * the model and follows the foreign keys from the object to the user.
 */
export interface ScopeReading {
  /** The actor as written (`condòmino`), or null where the sentence is a roles table cell. */
  actor: string | null;
  /** The content words of what the actor sees, in order (`dati`, `condominio`, `unità`). */
  nouns: string[];
  /** Everything on the object ("Tutto sui propri condomìni"): a full grant within the scope. */
  everything: boolean;
}

const WORD = "[\\p{L}][\\p{L}'’-]*";
/** An actor: one to three words after an optional article or quantifier. */
const ACTOR = `(?:(?:an?|the|each|every|any|un|una|uno|il|lo|la|l['’]|ogni|el|los|las|cada|o|os|as|um|uma|le|les|une|chaque|der|die|das|ein|eine|jeder|jede)\\s+)?(${WORD}(?:\\s+${WORD}){0,2}?)`;

/** "can only see", "solo ve", "só vê", "ne voit que", "sieht nur", "vede solo": verb and "only". */
const SEE_ONLY = [
  // en: "can only see", "only sees", "sees only", "can see only", "has access only to"
  '(?:(?:can|may|will|should)\\s+)?only\\s+(?:be\\s+able\\s+to\\s+)?(?:see|sees|view|views|access|accesses|read|reads)(?:\\s+to)?',
  '(?:(?:can|may)\\s+)?(?:see|sees|view|views|access|accesses|read|reads)\\s+only(?:\\s+to)?',
  // es: "solo ve", "solo puede ver", "ve solo", "puede ver solamente", "solo accede a"
  '(?:solo|sólo|solamente|únicamente)\\s+(?:puede\\s+|pueden\\s+|podrá\\s+|podrán\\s+)?(?:ve|ven|ver|consulta|consultan|consultar|accede\\s+a|acceden\\s+a|acceder\\s+a)',
  '(?:pueden?\\s+)?(?:ve|ven|ver|consulta|consultan|consultar)\\s+(?:solo|sólo|solamente|únicamente)',
  // pt: "só vê", "só pode ver", "vê apenas", "pode visualizar somente", "só acessa"
  '(?:só|somente|apenas)\\s+(?:pode\\s+|podem\\s+|poderá\\s+|poderão\\s+)?(?:vê|veem|ver|visualiza|visualizam|visualizar|consulta|consultam|consultar|acessa|acessam|acessar)',
  '(?:podem?\\s+)?(?:vê|veem|ver|visualiza|visualizam|visualizar|consulta|consultam|consultar|acessa|acessam|acessar)\\s+(?:só|somente|apenas)',
  // fr: "ne voit que", "ne peut voir que", "ne consulte que", "voit uniquement"
  "ne\\s+(?:peut\\s+|peuvent\\s+|pourra\\s+|pourront\\s+)?(?:voit|voient|voir|consulte|consultent|consulter|accède|accèdent|accéder)\\s+(?:que|qu['’](?:\\s*à)?)",
  '(?:peut\\s+|peuvent\\s+)?(?:voit|voient|voir|consulte|consultent|consulter)\\s+(?:uniquement|seulement)',
  // de: "sieht nur", "kann nur … sehen", "darf nur … einsehen"
  '(?:sieht|sehen)\\s+(?:ausschließlich\\s+|lediglich\\s+)?nur',
  '(?:sieht|sehen)\\s+(?:ausschließlich|lediglich)',
  // it: "vede solo", "può vedere solo", "vede soltanto", "accede solo a", "solo vede"
  '(?:vede|vedono|vedere|visualizza|visualizzare|consulta|consultare|accede|accedere)\\s+(?:solo|soltanto|solamente|unicamente)(?:\\s+a(?:i|gli|lle|l)?)?',
  '(?:può|possono)\\s+(?:vedere|visualizzare|consultare)\\s+(?:solo|soltanto|solamente|unicamente)',
  '(?:solo|soltanto)\\s+(?:vede|vedono|visualizza|consulta)',
].join('|');

const SCOPED = caseFoldedRegExp(`^\\s*${ACTOR}\\s+(?:${SEE_ONLY})(?:\\s+|(?<=['’]))(.+)$`, 'iu');
/** German puts the verb last: "Ein Patient kann nur seine eigenen Termine sehen". */
const SCOPED_DE = caseFoldedRegExp(
  `^\\s*${ACTOR}\\s+(?:kann|können|darf|dürfen)\\s+(?:ausschließlich\\s+)?nur\\s+(.+?)\\s+(?:sehen|einsehen|ansehen|abrufen|lesen)\\s*$`,
  'iu',
);
/** A roles table cell that opens with the verb ("Vede solo le segnalazioni assegnate a lui"). */
const SCOPED_CELL = caseFoldedRegExp(`^\\s*(?:${SEE_ONLY})\\s+(.+)$`, 'iu');
/** The second half of a pair with its verb left out: "…; un fornitore solo le segnalazioni …". */
const ELIDED = caseFoldedRegExp(
  `^\\s*${ACTOR}\\s+(?:only|solo|sólo|soltanto|solamente|só|somente|apenas|nur|que|uniquement|seulement)\\s+(.+)$`,
  'iu',
);
/** "Everything on their own X" in a roles table cell: "Tutto sui propri condomìni", "Todo sobre sus…". */
const EVERYTHING =
  /^\s*(?:everything|all|tutto|todo|tudo|tout|alles)\s+(?:on|in|for|about|over|sui|sulle|sugli|sul|nei|negli|nelle|sobre|en|nos|nas|em|sur|dans|pour|über|für|in)\s+(.+)$/iu;
/** Where the object stops: a new clause ("… e ne aggiorna lo stato", "… and update them"). */
const OBJECT_END = /\s(?:and|e|ed|y|et|und|but|ma|pero|mas|mais|aber)\s/iu;

/** Words that carry no content in an object phrase (articles, prepositions, possessives, pronouns). */
const FUNCTION_WORDS = new Set(
  `a an the their own his her its them him to of in on for with that which who assigned they he she has have is are
  il lo la i gli le l un una uno del della dello dei degli delle al alla allo ai agli alle dal dalla nel nella nei in cui ha hanno
  proprio propria propri proprie suo sua suoi sue lui lei loro a assegnate assegnati assegnata assegnato di da con per
  el los las un una del de al su sus propio propia propios propias que tiene tienen asignadas asignados asignada asignado él ella ellos
  o os as um uma do da dos das no na nos nas seu sua seus suas próprio própria próprios próprias que tem têm atribuídas atribuídos ele ela
  le la les l un une du de des au aux son sa ses leur leurs propre propres qui lui sont est a ont assignées assignés assignée assigné
  der die das den dem des ein eine einen einem seine seinen seiner ihre ihren ihrer eigene eigenen eigener ihm ihr zugewiesenen zugewiesene zugewiesen von zu mit sehen einsehen ansehen abrufen`.split(
    /\s+/,
  ),
);

const contentWords = (phrase: string): string[] =>
  phrase
    .toLowerCase()
    .replace(/\([^)]*\)/g, ' ')
    .split(/[^\p{L}'’-]+/u)
    .map((w) => w.replace(/^[\p{L}]{1,3}['’]/u, '').replace(/['’]+$/, ''))
    .filter((w) => w.length > 1 && !FUNCTION_WORDS.has(w));

/**
 * The scope readings of one sentence (or one roles table cell, `cell: true`: its actor is the row's
 * role). Clauses are split at `;`, so the second half of a pair whose verb is left out is read too.
 */
export function readScopes(text: string, cell = false): ScopeReading[] {
  // Cheap guard: every pattern needs one of these words.
  if (
    !/(?<!\p{L})(?:only|solo|sólo|soltanto|solamente|únicamente|só|somente|apenas|que|qu['’]|uniquement|seulement|nur|ausschließlich|lediglich|unicamente|everything|tutto|todo|tudo|tout|alles)(?!\p{L})/iu.test(
      text,
    )
  )
    return [];
  const out: ScopeReading[] = [];
  let previous = false;
  for (const clause of text.split(/[;:]|\.(?:\s|$)/)) {
    const c = clause.replace(/\s+/g, ' ');
    const full = SCOPED.exec(c) ?? SCOPED_DE.exec(c);
    const m = full ?? (cell ? null : previous ? ELIDED.exec(c) : null);
    if (m) {
      const nouns = contentWords(objectOf(m[2]!));
      if (nouns.length > 0) out.push({ actor: m[1]!, nouns, everything: false });
      previous = true;
      continue;
    }
    previous = false;
    if (!cell) continue;
    const own = SCOPED_CELL.exec(c);
    if (own) {
      const nouns = contentWords(objectOf(own[1]!));
      if (nouns.length > 0) out.push({ actor: null, nouns, everything: false });
      continue;
    }
    const all = EVERYTHING.exec(c);
    if (all) {
      const nouns = contentWords(objectOf(all[1]!.split(',')[0]!));
      if (nouns.length > 0) out.push({ actor: null, nouns, everything: true });
    }
  }
  return out;
}

const objectOf = (rest: string) => rest.split(OBJECT_END)[0]!.split(/,/)[0]!;
