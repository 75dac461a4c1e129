import { rewrittenIn } from './force-words.js';

/**
 * Words only Finnish writes among the languages read here: the text is Finnish. Short words other
 * languages share ("on", "se") are left out.
 */
const FINNISH_TEXT =
  /(?<!\p{L})(?:ja|ei|voi|tai|että|jotta|kun|jos|vain|ainoastaan|enintään|vähintään|viimeistään|ennen|jälkeen|kuluttua|järjestelmä\p{L}*|kestää|säilytetään|poistetaan|merkitään|vaan|minkä|joka|erääntyy|viikossa|kuukaudessa|vuodessa|päivässä|tuntia|tunnin|päivää|päivän|vuotta|vuoden|viikkoa|\p{L}*maksu\p{L}*)(?!\p{L})/giu;

const B = '(?<!\\p{L})';
const E = '(?!\\p{L})';
const w = (source: string) => new RegExp(`${B}(?:${source})${E}`, 'giu');

/**
 * Finnish force words in the English the rule readers weigh, as for Swedish and Hungarian:
 * "enintään 2" (at most), "vähintään 10" (at least), "viimeistään 24 tuntia ennen" (at the latest
 * 24 hours before), "ei voi" (cannot), "vain" (only), "säilytetään 5 vuotta" (kept for 5 years),
 * "poistetaan" (is deleted), "ei poisteta" (is never deleted), "erääntyy 14 päivän kuluttua" (falls
 * due after 14 days), "viikossa" (per week). Finnish adds its case endings to the number's unit ("24
 * tuntia", "14 päivän", "5 vuotta"): units are read by their stems and become English units. Only
 * text with at least two Finnish words is rewritten.
 */
const FINNISH = (): [RegExp, string][] => [
  [w('järjestelmä|palvelu|sovellus'), 'the system'],
  [w('\\p{L}*muistutu\\p{L}*'), 'reminder'],
  [w('ei\\s+(?:saa|voi)|eivät\\s+(?:saa|voi)'), 'cannot'],
  [w('ei\\s+poisteta|eikä\\s+poisteta'), 'is never deleted'],
  [w('poistetaan|poistuu|hävitetään'), 'is deleted'],
  [w('säilytetään|säilyy|tallennetaan'), 'kept'],
  [w('anonymisoidaan'), 'anonymised'],
  [w('täytyy|pitää|on\\s+oltava|tulee'), 'must'],
  [w('enintään|korkeintaan|maksimissaan|ei\\s+enempää\\s+kuin'), 'at most'],
  [w('vähintään|ainakin'), 'at least'],
  [w('viimeistään'), 'at the latest'],
  [w('yli|enemmän\\s+kuin'), 'more than'],
  [w('vain|ainoastaan'), 'only'],
  [w('yksilöllinen|yksilöllisiä|uniikki|yksikäsitteinen'), 'unique'],
  [w('ei\\s+koskaan|koskaan|ei\\s+milloinkaan'), 'never'],
  [w('automaattisesti'), 'automatically'],
  // "Lasku erääntyy 14 päivän kuluttua": an invoice's due date, as Swedish "förfaller till betalning".
  [w('erääntyy|erääntyvät'), 'falls due'],
  [w('vanhenee|umpeutuu'), 'expires'],
  // "Saunamaksu on 12,00 € kuukaudessa": a fee (-maksu) and its amount.
  [/(?<!\p{L})(\p{L}*maksu)\s+on(?!\p{L})/giu, '$1 fee is'],
  [w('ennen'), 'before'],
  [w('kuluessa|sisällä'), 'within'],
  [w('(?<=(?:at most|at least|only) )(?:yksi|yhden|yhtä)'), 'one'],
  [w('ei'), 'not'],
  // "14 päivän kuluttua", "5 vuoden jälkeen": after a length of time.
  [/(\d+)\s*(\p{L}+)\s+(?:kuluttua|jälkeen)(?!\p{L})/giu, 'after $1 $2'],
  [/(\d+)\s*sekunti\p{L}*/giu, '$1 seconds'],
  [/(\d+)\s*minuut\p{L}*/giu, '$1 minutes'],
  [/(\d+)\s*tun(?:ti|nin|tia|nissa|nit)\p{L}*/giu, '$1 hours'],
  [/(\d+)\s*päiv\p{L}*/giu, '$1 days'],
  [/(\d+)\s*viik(?:ko|on|koa)\p{L}*/giu, '$1 weeks'],
  [/(\d+)\s*kuukau\p{L}*/giu, '$1 months'],
  [/(\d+)\s*(?:vuo(?:si|tta|den|deksi|dessa))(?!\p{L})/giu, '$1 years'],
  [/(\d+)\s*merkki\p{L}*/giu, '$1 characters'],
  [w('viikossa'), 'per week'],
  [w('kuukaudessa'), 'per month'],
  [w('vuodessa'), 'per year'],
  [w('päivässä'), 'per day'],
];

export const finnishForce = (text: string): string => rewrittenIn(text, FINNISH_TEXT, FINNISH);
