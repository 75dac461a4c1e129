import type { Domain, RoleAbility } from '../model/domain.js';
import { grantStateWords } from '../read/grant-state-words.js';
import { inflectedMentions, type StatedName } from '../read/inflected-names.js';
import { isNegated } from '../read/status.js';
import { intentsOf, markedVerb, objectNoun, verbNounEntity } from '../read/story-words.js';
import { ukrainianRoleIntent } from '../read/ukrainian-role-words.js';
import { participationOf, presentAsInfinitive } from './stories.js';

/** Object pronouns that stand before a verb (it, es, pt, fr). */
const CLITIC = /^(?:ne|lo|li|gli|ci|si|se|en|les|los|las|le|la|lhe|lhes)$/iu;

const flat = (w: string) =>
  w
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');

/** Italian "non" before a verb ("non ha accesso"), which the Italian lexicon leaves out of its negations. */
const ITALIAN_NOT = /(?<!\p{L})non\s+\p{L}/iu;

/** Where one ability of a role's description ends: a list separator or a coordinator (en, es, pt, fr, de, it). */
const PARTS = /[,;:]|\s(?:and|e|ed|y|et|und|oder|or|o|ou)\s/iu;

/**
 * What each role's description says the role does, one reading per phrase ("Apre segnalazioni, paga
 * le rate, vota in assemblea" → create on `segnalazioni`, pay on `rate`, create a `Voto`): the verb
 * read in the present tense of en, es, pt, fr, de and it as its infinitive, the intents the story
 * lexicons give it, its object noun, or the entity a verb no lexicon reads is named after. A phrase
 * whose verb nothing reads is kept with `read: false`: derive grants nothing on a guessed verb.
 */
export function roleAbilities(domain: Domain): RoleAbility[] {
  const entityNames = domain.entities.map((e) => e.name);
  // The names the documents give each entity (its own, and a Key Entities gloss: "Партія (StockBatch)").
  const stated: StatedName[] = domain.entities.flatMap((e) => [
    { entity: e.name, name: e.name },
    ...(e.aliases ?? []).map((a) => ({ entity: e.name, name: a.name })),
  ]);
  const out: RoleAbility[] = [];
  for (const r of domain.roles) {
    if (!r.description) continue;
    for (const raw of r.description.split(PARTS)) {
      const text = raw.trim();
      // A clitic before the verb ("ne aggiorna lo stato", "les consulte") is passed over.
      const words = text.split(/\s+/).filter(Boolean);
      let pronoun = false;
      while (words.length > 1 && CLITIC.test(words[0]!)) {
        words.shift();
        pronoun = true;
      }
      if (words.length === 0) continue;
      // "has no access to volunteer data", "no tiene acceso", "n'a aucun accès", "hat keinen Zugriff",
      // "non ha accesso": a negated phrase grants nothing; it is kept so that no other reading of the
      // description (a bare noun's default) grants what it refuses.
      if (isNegated(text) || ITALIAN_NOT.test(text)) {
        out.push({
          role: r.name,
          text,
          intents: [],
          object: null,
          read: true,
          negated: true,
          origin: r.origin,
        });
        continue;
      }
      const first = words[0]!.toLowerCase();
      const rest = words.slice(1).join(' ');
      const phrase = presentAsInfinitive(first, rest);
      const intents = intentsOf(phrase);
      // A Ukrainian cell's verbal noun ("приймання партій", "перегляд залишків").
      const uk = intents.length === 0 ? ukrainianRoleIntent(first) : null;
      if (uk) intents.push(uk);
      // A phrase that opens with an entity's name ("rate", "Rechnungen") is a noun phrase, not a verb.
      const noun = domain.entities.some((e) =>
        [e.name, e.table ?? e.name].some((n) => flat(n) === flat(first)),
      );
      // "Réserve un créneau", "books classes": the record that joins the role to the slot it books
      // (also where the verb is spelt as that record's name: "Reserva un turno" beside `Reserva`).
      const joined = participationOf(phrase, r.label || r.name, domain, true);
      const entity =
        joined ??
        (intents.length === 0 && !noun && rest !== ''
          ? (verbNounEntity(phrase, entityNames) ??
            // Italian present tense: "vota in assemblea" → "votare in assemblea" → Voto.
            verbNounEntity(`${first.replace(/a$/, 'are')} ${rest}`, entityNames))
          : null);
      // The object right after a read verb, written declined ("розгляд заявок": `AidRequest`, stated
      // "Заявка"); only the next two words, so a place named later ("… свого складу") is no object.
      const named =
        intents.length > 0 && !entity && !noun && rest !== ''
          ? inflectedMentions(words.slice(1, 3).join(' '), stated)[0]
          : undefined;
      const marked = markedVerb(phrase);
      const states = grantStateWords(text);
      out.push({
        role: r.name,
        text,
        intents,
        object: objectNoun(phrase),
        ...(entity ? { entity } : {}),
        ...(joined ? { joins: true as const } : {}),
        ...(named ? { named } : {}),
        read: intents.length > 0 || entity !== null,
        ...(pronoun ? { pronoun } : {}),
        ...(marked ? { markedVerb: marked } : {}),
        ...(states ? { stateWords: states } : {}),
        origin: r.origin,
      });
    }
  }
  return out;
}
