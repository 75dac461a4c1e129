import { caseFoldedRegExp } from '../knowledge/case-fold.js';
import { documentsLanguage, documentsNameLanguage } from '../knowledge/name-language.js';
import type { WriteReading } from '../model/domain.js';

type WriteVerb = WriteReading['verbs'][number];

/**
 * How a sentence asks to write something, in en, es, pt, fr and de: the verbs that ask for a create
 * or an update (`manage`, `configure`, `maintain` ask for both), the words that end the verb's reach
 * (a clause boundary, a preposition, a negation), and, in English, where a noun phrase ends (in
 * "configure report templates" the object is the templates, not a report). The only place these
 * words are read: extract stores the reading per sentence (`domain.writeReadings`), derive/api/needs.ts
 * places the model's entity names against it (rules `derive/no-write-without-requirement`).
 */

const BOTH =
  'manag\\w*|configur\\w*|maintain\\w*|set(?:s|ting)? up|gestion\\w*|administr\\w*|manten\\w*|mantén\\w*|gerenci\\w*|geri[rd]\\w*|manter|mantém|gère\\w*|gérer|gest\\w*|verwalte\\w*|pflege\\w*|konfigurier\\w*|einricht\\w*';
const CREATE_VERBS = caseFoldedRegExp(
  `\\b(?:${BOTH}|creat\\w*|add\\w*|new|register\\w*|record\\w*|submit\\w*|enter\\w*|book\\w*|schedul\\w*|upload\\w*|defin\\w*|log|logs|cre[aá]\\w*|añad\\w*|agreg\\w*|registr\\w*|dar de alta|da de alta|adicion\\w*|cadastr\\w*|inclu\\w*|crée\\w*|créer|ajout\\w*|enregistr\\w*|saisi\\w*|anlege\\w*|angelegt|erstell\\w*|hinzufüg\\w*|erfass\\w*)`,
  'giu',
);
const UPDATE_VERBS = caseFoldedRegExp(
  `\\b(?:${BOTH}|edit\\w*|updat\\w*|chang\\w*|modif\\w*|renam\\w*|correct\\w*|adjust\\w*|assign\\w*|set|sets|mark\\w*|mov\\w*|reorder\\w*|actualiz\\w*|cambi\\w*|corrig\\w*|asign\\w*|atualiz\\w*|alter\\w*|mettre à jour|met à jour|chang\\w*|bearbeit\\w*|änder\\w*|aktualisier\\w*|korrigier\\w*)`,
  'giu',
);
/** What ends a verb's reach before its object: punctuation, a subordinator, a preposition, a negation. */
const BETWEEN_STOP =
  /[.;:!?]|\b(?:so|that|which|when|where|who|if|not|never|per|with|for|from|by|via|in|on|at|to|of|into|que|para|por|con|de|del|en|pour|avec|par|dans|sans|ne|für|mit|von|aus|bei|im|nicht|com|em|do|dos|no|na|não)\b/giu;
/** German puts the object before the infinitive: "Marken verwalten", "Aufträge anlegen". */
const OBJECT_FIRST =
  /^(?:verwalten|pflegen|konfigurieren|einrichten|anlegen|erstellen|hinzufügen|erfassen|bearbeiten|ändern|aktualisieren|korrigieren)$/iu;
/**
 * English puts a modifier before its noun. A mention is the head of its phrase when what follows ends
 * the phrase (punctuation, a preposition, a conjunction, a verb) or is a word that only says "the data
 * of it" ("patient records", "lab details").
 */
const PHRASE_END =
  /\s*(?:$|[.,;:!?)\]"'’”—–(-]|(?:and|or|but|with|for|from|to|in|on|at|by|of|so|that|which|who|whose|when|where|if|is|are|was|were|be|been|can|could|should|must|will|would|may|as|into|via|per|than|before|after|without|using|through|while|once|until|only|also|directly|immediately|automatically|manually|their|its|his|her|my|our|your|the|a|an|this|these|those|each|every|all|any|records?|details?|information|info|data|entries|entry|profiles?|fields?|forms?|files?|list|lists|screens?|pages?|views?)\b)/iy;
/**
 * A name ends where a word ends: a letter or digit before, none after. The code unit at `i` is one
 * of `[0-9A-Za-z_\u00C0-\u024F]`: asked at every character of every English sentence naming a
 * write, where a pattern test per character was ~470,000 tests at 1,000 entities (issue 19).
 */
function isWordAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return (
    (c >= 0x30 && c <= 0x39) ||
    (c >= 0x41 && c <= 0x5a) ||
    (c >= 0x61 && c <= 0x7a) ||
    c === 0x5f ||
    (c >= 0xc0 && c <= 0x24f)
  );
}

/** How one sentence asks to write something. */
export function readWrites(text: string): WriteReading {
  const english = documentsNameLanguage() === 'en' && documentsLanguage([text]) === 'en';
  const byIndex = new Map<string, WriteVerb>();
  const add = (m: RegExpMatchArray, kind: 'create' | 'update') => {
    const index = m.index ?? 0;
    const key = `${index}|${m[0].length}`;
    const v = byIndex.get(key) ?? {
      index,
      end: index + m[0].length,
      create: false,
      update: false,
      objectFirst: OBJECT_FIRST.test(m[0]),
    };
    v[kind] = true;
    byIndex.set(key, v);
  };
  for (const m of text.matchAll(CREATE_VERBS)) add(m, 'create');
  for (const m of text.matchAll(UPDATE_VERBS)) add(m, 'update');
  const verbs = [...byIndex.values()].sort((a, b) => a.index - b.index || a.end - b.end);
  const stops = verbs.length > 0 ? [...text.matchAll(BETWEEN_STOP)].map((m) => m.index ?? 0) : [];
  const phraseEnds: number[] = [];
  if (english && verbs.length > 0)
    for (let i = 1; i <= text.length; i++) {
      if (!isWordAt(text, i - 1) || (i < text.length && isWordAt(text, i))) continue;
      PHRASE_END.lastIndex = i;
      if (PHRASE_END.test(text)) phraseEnds.push(i);
    }
  return { text, english, verbs, stops, phraseEnds };
}
