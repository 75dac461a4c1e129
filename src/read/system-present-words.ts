import { caseFoldedRegExp } from '../knowledge/case-fold.js';

/**
 * The system as the subject of a present-tense verb, with no modal, in en, es, pt, fr, de, it, uk and ru
 * ("Щопонеділка о 09:00 система надсилає донорам звіт"):
 * "Every night at 02:00 the system checks out volunteers who forgot to check out", "Todas las noches
 * el sistema cierra los turnos abiertos", "Chaque nuit, le système clôture les créneaux", "Jede Nacht
 * um 2 Uhr schließt das System die offenen Schichten", "Toda noite o sistema encerra as marcações",
 * "Ogni notte il sistema chiude le prenotazioni". Such a sentence describes what the system does; it
 * is work of its own only where the sentence also states when (read/rule-words.ts `scheduledWork`).
 */

const SYSTEM_NAME =
  '(?:the system|the (?:api|backend|platform|service|application|server)|el sistema|la plataforma|le système|la plateforme|das system|die plattform|o sistema|a plataforma|il sistema|la piattaforma|система|сервіс|сервис)';

/**
 * Words after the system that are no present-tense act of its own: modals and auxiliaries (the
 * modal form is read apart), copulas and passives ("is backed up"), negations.
 */
const NOT_AN_ACT =
  '(?:shall|must|will|should|may|can|could|would|might|is|are|was|were|has|have|had|does|do|did|not|never|also|only|then|die|das|debe|deberá|debería|puede|podrá|es|está|era|ha|no|nunca|también|solo|doit|devra|devrait|peut|pourra|est|était|a|ne|n|jamais|aussi|muss|soll|sollte|wird|kann|darf|ist|war|hat|nicht|nie|auch|nur|deve|deverá|deveria|pode|poderá|é|tem|não|também|dovrà|dovrebbe|può|potrà|è|era|non|mai|anche|solo|che|que|qui|which|that|who|den|dem|der|повин\\p{L}*|мусить|має|може|можуть|буде|не|є|також|лише|тільки|яка|що|должна|должен|обязана|может|будет|также|только|которая)';

/** "the system checks out …", "el sistema cierra …": the verb after the system. */
const AFTER = caseFoldedRegExp(`(?<!\\p{L})(${SYSTEM_NAME})\\s+(?!${NOT_AN_ACT}(?!\\p{L}))(\\p{L}+)`, 'iu');
/** German inversion after a time phrase: "um 2 Uhr schließt das System …". */
const BEFORE_DE = caseFoldedRegExp(
  `(?<!\\p{L})(?!${NOT_AN_ACT}(?!\\p{L}))(\\p{L}+)\\s+(?:das system|die plattform)(?!\\p{L})`,
  'iu',
);

/** Words a job's object stops at: relative pronouns, prepositions, time words, conjunctions. */
const STOP =
  /^(?:на|о|об|в|у|з|зі|до|за|для|після|перед|кожні|кожного|кожної|каждые|каждый|каждую|щодня|щотижня|ежедневно|які|яка|що|которые|который|і|й|та|або|и|или|через|по|при|\d+|who|whose|which|that|when|if|at|on|in|by|for|after|before|every|each|and|or|with|from|to|que|quien|quienes|cuyo|cuya|cuando|si|a|en|por|para|con|cada|y|o|qui|dont|quand|à|dans|par|pour|avec|chaque|et|ou|deren|dessen|wenn|um|an|für|mit|jede[nrs]?|und|oder|cujo|cuja|quando|em|com|todas?|todos?|e|ou|che|cui|se|alle|ogni|con|per|ed|o)$/iu;
/** Articles and object pronouns that name nothing: "checks them out", "los cierra", "les clôture". */
const SKIP =
  /^(?:the|a|an|all|any|them|it|its|their|el|la|los|las|lo|le|les|l|un|une|des|du|leur|leurs|die|der|das|den|dem|alle|sie|es|o|os|as|um|uma|il|gli|i|li|lo)$/iu;
const PARTICLE = /^(?:out|up|off|down|in|over|back|away)$/iu;
/** "como/comme/come/als <complement>" right after the verb, quoted or one word (Portuguese "as" is an article). */
const AS_COMPLEMENT = /^\s*(?:como|comme|come|als)\s+(?:"[^"]*"|«[^»]*»|“[^”]*”|'[^']*'|[^\s"«“']+)/iu;

/**
 * The work a present-tense system sentence states, verb first ("check out volunteers", "cierra
 * turnos abiertos"), or null when the system is no subject of a present-tense act. English verbs
 * lose their third-person ending; other languages keep the verb as written.
 */
export function systemPresentWork(sentence: string): string | null {
  const text = sentence.replace(/[`*_]/g, '');
  const after = AFTER.exec(text);
  let verb: string | null = null;
  let rest = '';
  if (after) {
    const english = /^the /i.test(after[1]!);
    const german = /^d(?:as|ie) /i.test(after[1]!);
    const word = after[2]!;
    // A German present tense of the third person ends in -t ("schließt", "löscht", "sendet"); an
    // English one in -s ("checks", "closes", "notifies"): "the system sends" is an act, "the system
    // dashboard" is not.
    if (german) verb = /t$/i.test(word) ? word : null;
    else if (english) verb = /s$/i.test(word) ? englishBase(word) : null;
    else verb = word;
    rest = text.slice(after.index + after[0].length);
  }
  if (!verb) {
    const de = BEFORE_DE.exec(text);
    if (
      de &&
      /t$/i.test(de[1]!) &&
      !/^(?:mit|seit|nicht|jetzt|erst|zuerst|bereits|heute|nachts)$/i.test(de[1]!)
    ) {
      verb = de[1]!;
      rest = text.slice(de.index + de[0].length);
    }
  }
  if (!verb) return null;
  // "marca como «por caducar» los lotes", "marque comme expirés les prêts": the complement after
  // "as" comes before the object, which names the work.
  rest = rest.replace(AS_COMPLEMENT, ' ');
  const words: string[] = [];
  let particle = '';
  for (const raw of rest.split(/[\s,;.:!?()]+/u)) {
    const w = raw.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
    if (!w) {
      if (words.length > 0) break;
      continue;
    }
    if (PARTICLE.test(w) && !particle && words.length === 0) {
      particle = w.toLowerCase();
      continue;
    }
    if (STOP.test(w)) break;
    if (SKIP.test(w)) continue;
    words.push(w.toLowerCase());
    if (words.length === 3) break;
  }
  return [verb.toLowerCase(), particle, ...words].filter((w) => w).join(' ');
}

/** "checks" → "check", "closes" → "close", "notifies" → "notify", "pushes" → "push". */
function englishBase(verb: string): string {
  const v = verb.toLowerCase();
  if (/[^aeiou]ies$/.test(v)) return `${v.slice(0, -3)}y`;
  if (/(?:ss|sh|ch|x|z)es$/.test(v)) return v.slice(0, -2);
  return v.slice(0, -1);
}

/**
 * The work a Ukrainian or Russian sentence gives the system by its modal, as the infinitive after
 * it and that verb's object ("Система ПОВИННА щодня о 02:00 видаляти прострочені бронювання" →
 * "видаляти прострочені бронювання", "Система ДОЛЖНА синхронизировать курсы валют каждые 15
 * минут"): the first infinitive (-ти, -тися; -ть, -ться, -чь) within six words of the modal. Null
 * when the system has no such modal.
 */
const CYRILLIC_MODAL =
  /(?<!\p{L})(?:система|сервіс|сервис|застосунок|приложение)\s+(?:повин(?:ен|на|но|ні)|мусить|должна|должен|обязана|обязан)(?!\p{L})/iu;
const INFINITIVE = /(?:ти|тися|ть|ться|чь)$/u;
export function systemModalWork(sentence: string): string | null {
  const m = CYRILLIC_MODAL.exec(sentence.replace(/[`*_]/g, ''));
  if (!m) return null;
  const rest = sentence
    .slice(m.index + m[0].length)
    .split(/[\s,;.:!?()«»"]+/u)
    .filter((w) => w.length > 0);
  const at = rest.slice(0, 6).findIndex((w) => INFINITIVE.test(w.toLowerCase()));
  if (at < 0) return null;
  const words: string[] = [];
  for (const w of rest.slice(at + 1)) {
    if (STOP.test(w)) break;
    words.push(w.toLowerCase());
    if (words.length === 3) break;
  }
  return [rest[at]!.toLowerCase(), ...words].join(' ');
}
