import { rewrittenIn } from './force-words.js';

/**
 * Words only Romanian writes among the languages read here: the text is Romanian. Short words other
 * languages share ("de", "la", "nu", "o", "un", "este", Italian's "ore" and "lei") are left out; a word with ș or ț (comma
 * below: Turkish writes ş with a cedilla), ending in ă (Vietnamese writes ă only inside a
 * syllable) or in a genitive article (-ului, -ilor, -elor: "prețul abonamentului") is Romanian.
 */
const ROMANIAN_TEXT =
  /(?<!\p{L})(?:și|să|sau|trebuie|poate|pot|până|după|înainte|doar|numai|niciodată|fiecare|pentru|către|într|dintr|unui|unei|cel mult|cel puțin|cel târziu|sistemul|aplicația|zile|zilei|luni|automat|gratuită?|anterioară|următoare)(?!\p{L})|(?<!\p{L})\p{L}*[șțȘȚ]\p{L}*|(?<!\p{L})\p{L}+ă(?!\p{L})|(?<!\p{L})\p{L}{3,}(?:ului|ilor|elor)(?!\p{L})/giu;

const B = '(?<!\\p{L})';
const E = '(?!\\p{L})';
const w = (source: string) => new RegExp(`${B}(?:${source})${E}`, 'giu');

/**
 * Romanian force words in the English the rule readers weigh, as for Hungarian and Swedish: "cel
 * mult 4 copii" (at most), "cel puțin 12 caractere" (at least), "cel târziu până la ora 14:00"
 * (at the latest by 14:00), "nu poate avea" (cannot have), "expiră automat" (expire automatically),
 * "se șterg după 12 luni" (are deleted after 12 months), "doar" (only), "unic" (unique), "50 % din
 * prețul meniului" (50 % of the price). Units take their English names ("30 de minute" → 30
 * minutes). Only text with at least two Romanian words is rewritten.
 */
const ROMANIAN = (): [RegExp, string][] => [
  [w('(?:sistemul|aplicația|platforma|serverul)\\s+(?:trebuie\\s+să|va)'), 'the system must'],
  [w('sistemul|aplicația|platforma|serverul'), 'the system'],
  // "Sistemul afișează meniul …": what a screen shows (read/interface-words.ts), no rule.
  [w('afișează|arată'), 'displays'],
  [
    w(
      '(?:nu\\s+(?:se\\s+)?(?:poate|pot|este\\s+permis|sunt\\s+permise|e\\s+permis))|(?:este\\s+)?interzis\\p{L}*',
    ),
    'cannot',
  ],
  [w('nu\\s+trebuie(?:\\s+să)?'), 'must not'],
  [w('trebuie(?:\\s+să)?|este\\s+obligatori\\p{L}*'), 'must'],
  [w('(?:se\\s+)?(?:poate|pot)'), 'can'],
  [w('cel\\s+mult|maximum|maxim|nu\\s+mai\\s+mult\\s+de'), 'at most'],
  [w('cel\\s+puțin|minimum|minim'), 'at least'],
  [w('cel\\s+târziu'), 'at the latest'],
  [w('cel\\s+devreme'), 'at the earliest'],
  [w('mai\\s+mult\\s+de|peste'), 'more than'],
  [w('mai\\s+puțin\\s+de|sub'), 'less than'],
  [w('până\\s+la\\s+ora|până\\s+la|până\\s+în'), 'by'],
  [w('în\\s+cel\\s+mult'), 'within at most'],
  [w('în\\s+termen\\s+de|în\\s+decurs\\s+de'), 'within'],
  [w('unic|unică|unice|unici'), 'unique'],
  [w('niciodată'), 'never'],
  [w('nu\\s+se\\s+(?:mai\\s+)?(?:returnează|rambursează|restituie)'), 'is not refunded'],
  [w('doar|numai|exclusiv'), 'only'],
  // "comenzile școlii sale": the orders of their own school.
  [w('sale|său|sa|sei|proprii|propriul|propria'), 'their own'],
  [w('vede|văd|vizualizează'), 'sees'],
  [w('automat'), 'automatically'],
  [w('expiră|expira'), 'expire'],
  [w('(?:se\\s+)?(?:șterg|șterge|elimină)'), 'are deleted'],
  [w('(?:se\\s+)?(?:păstrează|păstrăm|stochează|arhivează)'), 'retained'],
  [w('(?:se\\s+)?anonimizeaz\\p{L}*'), 'anonymised'],
  [w('înainte\\s+de'), 'before'],
  [w('după'), 'after'],
  [w('între'), 'between'],
  [/(\d+)\s*%\s+din(?!\p{L})/giu, '$1 % of'],
  [w('plătesc|plătește|costă|tarif\\p{L}*'), 'pay'],
  [w('prețul|prețuri\\p{L}*|preț'), 'price'],
  [/(\d+)\s+(?:de\s+)?(?:secunde|secundă)(?!\p{L})/giu, '$1 seconds'],
  [/(\d+)\s+(?:de\s+)?(?:minute|minut)(?!\p{L})/giu, '$1 minutes'],
  [/(\d+)\s+(?:de\s+)?(?:ore|oră)(?!\p{L})/giu, '$1 hours'],
  [/(\d+)\s+(?:de\s+)?(?:zile|zi)(?!\p{L})/giu, '$1 days'],
  [/(\d+)\s+(?:de\s+)?(?:săptămâni|săptămână)(?!\p{L})/giu, '$1 weeks'],
  [/(\d+)\s+(?:de\s+)?(?:luni|lună)(?!\p{L})/giu, '$1 months'],
  [/(\d+)\s+(?:de\s+)?(?:ani|an)(?!\p{L})/giu, '$1 years'],
  [/(\d+)\s+(?:de\s+)?(?:caractere)(?!\p{L})/giu, '$1 characters'],
];

export const romanianForce = (text: string): string => rewrittenIn(text, ROMANIAN_TEXT, ROMANIAN);
