import { rewrittenIn } from './force-words.js';

/**
 * Words only Hungarian writes among the languages read here: the text is Hungarian. Short words
 * other languages share ("a", "az", "nem", "és") are left out.
 */
const HUNGARIAN_TEXT =
  /(?<!\p{L})(?:egy|csak|legfeljebb|legalább|legkésőbb|legkorábban|után|előtt|belül|kell|lehet|nem lehet|egyszerre|egyedi|ügyfél\p{L}*|rendszer|amíg|vagy|akkor|minden|között|alatt|napig|évig|óráig|órával|nappal|megőrizzük|számolunk|az|és|van|nincs|esetén|szerint|kivéve|érvényes|alapján|keresztül)(?!\p{L})/giu;

const B = '(?<!\\p{L})';
const E = '(?!\\p{L})';
const w = (source: string) => new RegExp(`${B}(?:${source})${E}`, 'giu');

/**
 * Hungarian force words in the English the rule readers weigh, as for Greek and Indonesian:
 * "legfeljebb 3" (at most), "legalább 12" (at least), "legkésőbb 24 órával az időpont előtt" (at
 * most 24 hours before the appointment), "csak" (only), "egyedi" (unique), "nem fogadható el" (must
 * not be accepted), "8 évig megőrizzük" (kept for 8 years), "anonimizáljuk" (are anonymised).
 * Hungarian adds its case endings to the number's unit ("24 órával", "60 nappal", "7 napig", "3
 * év"): units are read by their stems and become English units. Only text with at least two
 * Hungarian words is rewritten.
 */
const HUNGARIAN = (): [RegExp, string][] => [
  [w('a rendszer|az alkalmazás'), 'the system'],
  [w('küldi?|elküld\\p{L}*'), 'sends'],
  [w('\\p{L}*emlékeztető\\p{L}*'), 'reminder'],
  [w('legfeljebb|legkésőbb|maximum|maximálisan|nem több mint'), 'at most'],
  [w('legalább|legkorábban|minimum|minimálisan'), 'at least'],
  [w('több mint'), 'more than'],
  [w('csak|kizárólag'), 'only'],
  [w('egyedi|egyedinek kell lennie'), 'unique'],
  [w('soha'), 'never'],
  [w('nem lehet|nem szabad|tilos|nem \\p{L}+(?:ható|hető)(?: el| meg| át| le| ki| be)?'), 'must not'],
  [w('kell|kötelező'), 'must'],
  [w('automatikusan'), 'automatically'],
  [w('megőriz\\p{L}*|megőrzés\\p{L}*'), 'kept'],
  [w('töröljük|törlődnek|törlődik|törlésre kerül\\p{L}*'), 'are deleted'],
  [w('anonimizál\\p{L}*'), 'are anonymised'],
  [w('lejár|lejárnak'), 'expires'],
  [w('érvényes'), 'valid'],
  [w('előtt'), 'before'],
  [w('után'), 'after'],
  [w('belül'), 'within'],
  [/(\d+)\s*másodperc\p{L}*/giu, '$1 seconds'],
  [/(\d+)\s*perc\p{L}*/giu, '$1 minutes'],
  [/(\d+)\s*ór(?:a|á)\p{L}*/giu, '$1 hours'],
  [/(\d+)\s*nap(?:os|ig|pal|ja|on|ra|ot)?(?!\p{L})/giu, '$1 days'],
  [/(\d+)\s*hét(?!\p{L})|(\d+)\s*het(?:es|ig|et|e)(?!\p{L})/giu, '$1$2 weeks'],
  [/(\d+)\s*hónap\p{L}*/giu, '$1 months'],
  [/(\d+)\s*év(?:ig|es|et|e|re|vel)?(?!\p{L})/giu, '$1 years'],
  [/(\d+)\s*karakter\p{L}*/giu, '$1 characters'],
];

export const hungarianForce = (text: string): string => rewrittenIn(text, HUNGARIAN_TEXT, HUNGARIAN);
