import { caseFoldedRegExp } from '../knowledge/case-fold.js';
/**
 * Another name the documents give a thing, in en, es, pt, fr, de and it. Three wordings:
 * - a naming marker after the thing: "the appointment, also called an order", "Termin, auch Auftrag
 *   genannt", "la cita, también llamada reserva", "le rendez-vous, aussi appelé intervention", "a
 *   consulta, também chamada atendimento", "la visita, detta anche appuntamento", "aka", "alias";
 * - a parenthesis right after a name that opens a heading or an item: "Termin (Auftrag): …";
 * - a thing that is no model of its own and is stated as another: "Ein Auftrag ist in Version 1 kein
 *   eigenes Modell: der Status eines Auftrags ist der Status des Termins", "An order is not a
 *   separate entity: it is the appointment".
 * The reading says which word is the other name and where the named thing is written (the text
 * before the marker, its last entity; or the rest of the sentence, its only entity); extract decides
 * which entity that is (extract/aliases.ts), derive reads `EntityFact.aliases` only.
 */
export interface AliasReading {
  /** The other name, as written (`Auftrag`). */
  alias: string;
  /** The text that names the thing the alias stands for. */
  text: string;
  /**
   * `last`: the last entity named in `text`; `only`: the one entity `text` names besides the alias;
   * `gloss`: `alias` is an entity's own name and `text` the other name it is given.
   */
  pick: 'last' | 'only' | 'gloss';
}

const ARTICLE =
  "(?:(?:an?|the|el|la|los|las|un|una|le|les|l['’]|o|os|as|um|uma|il|lo|gli|i|der|die|das|ein|eine|einen)\\s+|l['’])?";
const QUOTE_OPEN = '["„“«‚\'`*]*';
const NAME = '(\\p{L}[\\p{L}-]{1,40})';

/** "also called X", "también llamada X", "aussi appelé X", "também chamado X", "detto anche X". */
const MARKER = caseFoldedRegExp(
  `(?<![\\p{L}])(?:also (?:called|named|known as|referred to as)|otherwise called|a\\.?k\\.?a\\.?|alias|también (?:llamad[oa]s?|denominad[oa]s?|conocid[oa]s? como)|(?:aussi|également) (?:appelée?s?|nommée?s?|dénommée?s?)|appelée?s? aussi|também (?:chamad[oa]s?|denominad[oa]s?|conhecid[oa]s? como)|dett[oaie] anche|chiamat[oaie] anche|not[oaie] anche come|anche dett[oaie])\\s+${ARTICLE}${QUOTE_OPEN}${NAME}`,
  'giu',
);
/** German puts the participle last: "auch Auftrag genannt", "auch als Auftrag bezeichnet". */
const MARKER_DE = caseFoldedRegExp(
  `(?<![\\p{L}])auch\\s+(?:als\\s+)?${ARTICLE}${QUOTE_OPEN}${NAME}${QUOTE_OPEN}\\s+(?:genannt|bezeichnet|benannt)(?![\\p{L}])`,
  'giu',
);
/** "Termin (Auftrag): …", "**Appointment** (aka Order)" at the start of a heading or an item. */
const PARENTHESIS = new RegExp(
  `^[*_\`]*(\\p{L}[\\p{L}-]{1,40})[*_\`]*\\s*\\((?:or |oder |o |ou |aka |alias |auch |también |aussi |também |anche )?${QUOTE_OPEN}${NAME}${QUOTE_OPEN}\\)`,
  'u',
);
/**
 * "**Wniosek adopcyjny (AdoptionApplication)**: …" opening an item: up to three words, then one
 * identifier in parentheses. Only a reading the other way round (`gloss`): the parenthesis must be an
 * entity's own name (a flow heading "Aprire una segnalazione (condòmino)" names its actor there).
 */
const GLOSS =
  /^[*_`]*(\p{L}[\p{L}-]{1,40}(?: \p{L}[\p{L}-]{1,40}){1,2})[*_`]*\s*\([*_`]*([\p{Lu}][\p{L}\p{N}]{1,40})[*_`]*\)/u;
/** "X is not a separate model", "X ist kein eigenes Modell", "X no es una entidad propia", … */
const NOT_OWN = caseFoldedRegExp(
  `^${ARTICLE}${QUOTE_OPEN}${NAME}${QUOTE_OPEN}\\s+(?:(?:is|ist|es|est|é|è)\\s+(?:[\\p{L}\\d]+\\s+){0,4}?)?(?:not (?:a |an )?(?:separate|own|distinct|independent) (?:model|entity|table|record|class)|not (?:a |an )?(?:model|entity|table) of its own|kein(?:e)? eigene[sn]? (?:Modell|Entität|Tabelle|Klasse|Objekt)|no es (?:un|una) (?:modelo|entidad|tabla) (?:propi[oa]|aparte|independiente)|n['’]est pas (?:un|une) (?:modèle|entité|table) (?:propre|à part|distincte?|séparée?)|não é (?:um|uma) (?:modelo|entidade|tabela) (?:própri[oa]|à parte|separad[oa])|non è (?:un|una|un['’]) ?(?:modello|entità|tabella) (?:a sé|propri[oa]|separat[oa]))(?![\\p{L}])`,
  'iu',
);
/** Words any marker opens with: most sentences are passed over by one test. */
const CHEAP =
  /also|a\.?k\.?a|alias|también|aussi|également|appel|também|anche|auch|\(|eigene|separate|own|distinct|independent|propi|propr|própri|aparte|à part|à parte|a sé/iu;

/** The other names a statement gives a thing (none for most statements). */
export function aliasesStated(text: string, opensBlock: boolean): AliasReading[] {
  if (!CHEAP.test(text)) return [];
  const out: AliasReading[] = [];
  for (const re of [MARKER, MARKER_DE]) {
    for (const m of text.matchAll(re)) out.push({ alias: m[1]!, text: text.slice(0, m.index), pick: 'last' });
  }
  if (opensBlock) {
    const p = PARENTHESIS.exec(text.trim());
    if (p) out.push({ alias: p[2]!, text: p[1]!, pick: 'last' });
    const g = p ? null : GLOSS.exec(text.trim());
    if (g) out.push({ alias: g[2]!, text: g[1]!, pick: 'gloss' });
  }
  const own = NOT_OWN.exec(text.trim());
  if (own) out.push({ alias: own[1]!, text: text.trim().slice(own[0].length), pick: 'only' });
  return out;
}
