/**
 * Names written inflected: Polish and Russian (and any language that declines its nouns) write the
 * name a document gives a record in the case the sentence needs ("Wniosek adopcyjny" is "wniosku",
 * "wnioski"; "Zwierzę" is "zwierzęta", "zwierzęcia"; "Wizyta przedadopcyjna" is "wizytę
 * przedadopcyjną"; "переговорная" is "переговорную"). A whole-word mention misses them all. This
 * reader finds such forms of the names the documents state for an entity (its aliases: a Key
 * Entities gloss, a heading in the documents' language), word by word: the same stem, then a short
 * ending. It is careful not to over-match: a stem of four letters at least and no more than two
 * letters short of the name's word, an ending of three letters at most, never an infinitive (a verb
 * made from the noun: "spacerować" is no walk), and a name of fewer than four letters only as written.
 * Turkish adds suffix chains to the whole noun ("aletleri" for "alet", "matkabı" for "matkap"):
 * knowledge/inflect.ts `agglutinatedForm`. A compound that opens with a one-word name ("vaktstart"
 * for "vakt") names it too, below a whole mention at the same place.
 */
import { agglutinatedForm, inflectedForm } from '../knowledge/inflect.js';

/**
 * An adjective's endings in Polish (-ny, -owy, -ski, -cki and their forms) and Russian (-ый, -ий,
 * -ая, -ое…): in a two-word name ("Wniosek adopcyjny", "переговорная комната") the other word is the
 * noun that heads it, and that noun alone names the record ("odrzucić wniosek").
 */
const ADJECTIVE =
  /(?:[nwlł]|sk|ck|cz)(?:y|a|e|i|ą|ej|ego|ym|ych|ie)$|(?:ый|ий|ой|ая|яя|ое|ее|ые|ие|ую|юю|ых|их|ым|им)$/u;

/** A stated name and the entity it names. */
export interface StatedName {
  entity: string;
  name: string;
}

interface Hit {
  entity: string;
  at: number;
  /** Words of the name the mention spans (a head noun alone counts 1 and loses to a whole name). */
  span: number;
  whole: boolean;
}

/**
 * The entities whose stated names the text writes inflected, in the order a reader meets them. A
 * two-word name is found whole, else by its noun when its other word is an adjective; a word two
 * entities' names would both claim names neither.
 */
export function inflectedMentions(
  text: string,
  names: readonly StatedName[],
  options: { heads?: boolean } = {},
): string[] {
  const tokens = [...text.toLowerCase().matchAll(/\p{L}+/gu)].map((m) => ({ w: m[0], at: m.index }));
  if (tokens.length === 0 || names.length === 0) return [];
  const hits: Hit[] = [];
  for (const { entity, name } of names) {
    const ws = name.toLowerCase().match(/\p{L}+/gu) ?? [];
    if (ws.length === 0 || ws.length > 4) continue;
    for (let i = 0; i + ws.length <= tokens.length; i++)
      if (ws.every((w, j) => inflectedForm(tokens[i + j]!.w, w) || agglutinatedForm(tokens[i + j]!.w, w)))
        hits.push({ entity, at: tokens[i]!.at, span: ws.length, whole: true });
      else if (ws.length === 1 && compoundOf(tokens[i]!.w, ws[0]!))
        hits.push({ entity, at: tokens[i]!.at, span: 1, whole: false });
    // A model's name joins its words by no grammar (`TerminySvozu`): read whole only (`heads: false`).
    if (ws.length === 2 && options.heads !== false) {
      const adjectives = ws.map((w) => ADJECTIVE.test(w));
      if (adjectives[0] !== adjectives[1]) {
        const head = ws[adjectives[0] ? 1 : 0]!;
        if (head.length >= 4)
          for (const t of tokens)
            if (inflectedForm(t.w, head)) hits.push({ entity, at: t.at, span: 1, whole: false });
      }
    }
  }
  // At one place, the whole name over a head noun, the longer name over the shorter; two entities
  // still tied there name neither.
  const byPlace = new Map<number, Hit[]>();
  for (const h of hits) byPlace.set(h.at, [...(byPlace.get(h.at) ?? []), h]);
  const out: string[] = [];
  for (const at of [...byPlace.keys()].sort((a, b) => a - b)) {
    const here = byPlace
      .get(at)!
      .sort((a, b) => Number(b.whole) - Number(a.whole) || b.span - a.span || (a.entity < b.entity ? -1 : 1));
    const best = here[0]!;
    const tied = here.some((h) => h.entity !== best.entity && h.whole === best.whole && h.span === best.span);
    if (!tied && !out.includes(best.entity)) out.push(best.entity);
  }
  return out;
}

/**
 * A compound that opens with the name ("vaktstart" for "vakt", "munkalapszámot" for "munkalap"):
 * Norwegian, Swedish, Danish, German, Dutch and Hungarian write the thing a compound is of first.
 * The name four letters at least, and a word of three letters at least after it.
 */
const compoundOf = (token: string, name: string): boolean =>
  name.length >= 4 && token.length - name.length >= 3 && token.startsWith(name);
