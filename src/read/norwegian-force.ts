import { rewrittenIn } from './force-words.js';

/**
 * Words only Norwegian (bokmål) and Danish write among the languages read here: the text is one of
 * them. Swedish shares "som", "har", "minst" and "efter", so mostly words Swedish spells otherwise
 * count ("og" for "och", "ikke" for "inte", "høyst" for "högst", "innen" for "inom"); "på" and "kan"
 * count too (Swedish text they rewrite loses nothing: these rules touch no Swedish word).
 */
const NORWEGIAN_TEXT =
  /(?<!\p{L})(?:og|ikke|ikkje|høyst|højst|aldri|innen|inden|slettes|lagres|gjelder|gælder|også|etter|mindst|tillatt|tilladt|forfaller|utløper|udløber|senest|tjenesten|skal|på|kan|enn|krever|kreves|låses|forsøk|minst|sletter|siden|før|være|indtil|inntil|samme|ved|af|uden|uten|gange|opbevares|oppbevares)(?!\p{L})/giu;

/**
 * Norwegian and Danish force words in the English the rule readers weigh, as for Swedish: "Systemet
 * skal …", "kan ikke", "er ikke tillatt", "høyst 20 plasser", "minst 4 vakter", "innen 14 dager",
 * "senest 72 timer før", "slettes 13 måneder etter", "forfaller 14 dager etter", "låses i 20
 * minutter". Only text with at least two of their own words is rewritten.
 */
const NORWEGIAN = (): [RegExp, string][] => [
  [
    /(?<!\p{L})(?:systemet|tjenesten|tjenestene|appen|løsningen|API-et|API'et|serveren)\s+(?:skal|må)(?!\p{L})/giu,
    'the system must',
  ],
  [/(?<!\p{L})(?:skal|må)\s+kunne(?!\p{L})/giu, 'must be able to'],
  [/(?<!\p{L})(?:er|blir)\s+ikke\s+(?:tillatt|tilladt)(?!\p{L})/giu, 'is not allowed'],
  [/(?<!\p{L})(?:ikke\s+(?:tillatt|tilladt)|forbudt|forbudt)(?!\p{L})/giu, 'not allowed'],
  [/(?<!\p{L})(?:kan|skal|må|får)\s+(?:ikke|ikkje)(?!\p{L})/giu, 'cannot'],
  // "En familie skal ha minst 4 vakter": what a record holds.
  [/(?<!\p{L})(?:skal|må)\s+ha(?!\p{L})/giu, 'must have'],
  [/(?<!\p{L})(?:krever|kræver)(?!\p{L})/giu, 'requires'],
  [/(?<!\p{L})(?:skal|må|kreves|kræves)(?!\p{L})/giu, 'must'],
  [/(?<!\p{L})har(?=\s+(?:høyst|højst|minst|mindst|maksimalt|kun)(?!\p{L}))/giu, 'has'],
  [
    /(?<!\p{L})(?:høyst|højst|maksimalt|ikke mer enn|ikke flere enn|ikke mere end|ikke flere end)(?!\p{L})/giu,
    'at most',
  ],
  [/(?<!\p{L})(?:minst|mindst|minimum)(?!\p{L})/giu, 'at least'],
  [/(?<!\p{L})(?:mer enn|flere enn|mere end|flere end)(?=\s+\d)/giu, 'more than'],
  [/(?<!\p{L})(?:senere enn|senere end)(?!\p{L})/giu, 'later than'],
  [/(?<!\p{L})senest(?!\p{L})/giu, 'no later than'],
  [/(?<!\p{L})(?:innen|inden)(?!\p{L})/giu, 'within'],
  [/(?<!\p{L})(?:indtil|inntil)(?!\p{L})/giu, 'until'],
  [/(?<!\p{L})(?:unik|unikt|unike)(?!\p{L})/giu, 'unique'],
  [/(?<!\p{L})(?:aldri|aldrig)(?!\p{L})/giu, 'never'],
  [/(?<!\p{L})(?:kun|bare|utelukkende|udelukkende)(?!\p{L})/giu, 'only'],
  [/(?<!\p{L})automatisk(?!\p{L})/giu, 'automatically'],
  [/(?<!\p{L})(?:lagres|oppbevares|opbevares|beholdes|gemmes)(?!\p{L})/giu, 'retained'],
  [/(?<!\p{L})(?:slettes|fjernes)(?!\p{L})/giu, 'is deleted'],
  [/(?<!\p{L})faktureres(?!\p{L})/giu, 'is invoiced'],
  [/(?<!\p{L})(?:anonymiseres|avidentifiseres)(?!\p{L})/giu, 'anonymised'],
  [/(?<!\p{L})forfaller(?!\p{L})/giu, 'falls due'],
  [/(?<!\p{L})(?:utløper|udløber|opphører|ophører)(?!\p{L})/giu, 'expires'],
  [/(?<!\p{L})(?:låses|sperres|spærres)(?!\p{L})/giu, 'is locked'],
  [
    /(?<!\p{L})(?:mislykkede|mislykte|feilede|fejlede)\s+(?:innloggings|login)?forsøk(?!\p{L})/giu,
    'failed attempts',
  ],
  [/(?<!\p{L})påminnelse\p{L}*(?!\p{L})/giu, 'reminder'],
  [/(?<!\p{L})før(?!\p{L})/giu, 'before'],
  [/(?<!\p{L})(?:etter|efter)(?=\s+\d)/giu, 'after'],
  // "gjelder i 14 dager", "låses i 20 minutter": a length of time.
  [/(?<!\p{L})i(?=\s+\d+\s*(?:sekund|minutt|minut|time|dag|døgn|uke|uge|måned|år))/giu, 'for'],
  [/(?<=(?:at most|at least|only) )(?:en|et|ei|ett)(?!\p{L})/giu, 'one'],
  [/(?<!\p{L})(?:ikke|ikkje)(?!\p{L})/giu, 'not'],
  [/(\d+)\s*(?:sekund(?:er)?)(?!\p{L})/giu, '$1 seconds'],
  [/(\d+)\s*(?:minutt(?:er)?|minut(?:ter)?)(?!\p{L})/giu, '$1 minutes'],
  [/(\d+)\s*(?:time|timer|t)(?!\p{L})/giu, '$1 hours'],
  [/(\d+)\s*(?:dag|dager|dage|døgn)(?!\p{L})/giu, '$1 days'],
  [/(\d+)\s*(?:uke|uker|uge|uger)(?!\p{L})/giu, '$1 weeks'],
  [/(\d+)\s*(?:måned|måneder)(?!\p{L})/giu, '$1 months'],
  [/(\d+)\s*år(?!\p{L})/giu, '$1 years'],
  [/(\d+)\s*tegn(?!\p{L})/giu, '$1 characters'],
];

export const norwegianForce = (text: string): string => rewrittenIn(text, NORWEGIAN_TEXT, NORWEGIAN);
