import { rewrittenIn } from './force-words.js';

/** Words only Swedish writes among the languages read here: the text is Swedish. */
const SWEDISH_TEXT =
  /(?<!\p{L})(?:och|att|är|inte|ska|skall|måste|högst|minst|endast|enbart|aldrig|inom|raderas|sparas|lagras|gäller|får|har|ett|som|för|faktureras|dagar)(?!\p{L})/giu;

/**
 * Swedish force words in the English the rule readers weigh, as for Dutch, Polish and Japanese:
 * "Systemet ska …", "får inte", "högst 25 deltagare", "minst 10 arbetstimmar", "inom 14 dagar",
 * "gäller i 14 dagar", "raderas efter 2 år", "unikt", "aldrig", "endast". Only text with at least
 * two Swedish words is rewritten.
 */
const SWEDISH = (): [RegExp, string][] => [
  [
    /(?<!\p{L})(?:systemet|portalen|tjänsten|API:et|servern)\s+(?:ska|skall|måste)(?!\p{L})/giu,
    'the system must',
  ],
  [/(?<!\p{L})(?:ska|skall|måste)\s+kunna(?!\p{L})/giu, 'must be able to'],
  [
    /(?<!\p{L})(?:får|ska|kan|skall)\s+(?:inte|ej)(?!\p{L})|(?<!\p{L})(?:är )?(?:förbjud\p{L}*|inte tillåt\p{L}*)(?!\p{L})/giu,
    'cannot',
  ],
  [/(?<!\p{L})(?:måste|ska|skall|krävs)(?!\p{L})/giu, 'must'],
  // "En arbetsdag har högst 25 deltagare": what a record holds, the stative verb the readers weigh.
  [/(?<!\p{L})har(?=\s+(?:högst|minst|maximalt|endast)(?!\p{L}))/giu, 'has'],
  [/(?<!\p{L})(?:högst|maximalt|som mest|som högst|inte mer än|inte fler än)(?!\p{L})/giu, 'at most'],
  [/(?<!\p{L})(?:minst|minimalt|åtminstone|som minst)(?!\p{L})/giu, 'at least'],
  [/(?<!\p{L})(?:mer än|fler än|över)(?=\s+\d)/giu, 'more than'],
  [/(?<!\p{L})inom(?!\p{L})/giu, 'within'],
  [/(?<!\p{L})(?:unik|unikt|unika)(?!\p{L})/giu, 'unique'],
  [/(?<!\p{L})aldrig(?!\p{L})/giu, 'never'],
  [/(?<!\p{L})(?:endast|enbart|bara)(?!\p{L})/giu, 'only'],
  [/(?<!\p{L})automatiskt(?!\p{L})/giu, 'automatically'],
  [/(?<!\p{L})(?:lagras|sparas|bevaras|behålls)(?!\p{L})/giu, 'retained'],
  [/(?<!\p{L})(?:raderas|tas bort|gallras)(?!\p{L})/giu, 'is deleted'],
  // "Årsavgiften faktureras den 1 mars och förfaller till betalning efter 30 dagar": an invoice's due date.
  [/(?<!\p{L})förfaller\s+till\s+betalning(?!\p{L})/giu, 'falls due'],
  [/(?<!\p{L})faktureras(?!\p{L})/giu, 'is invoiced'],
  [/(?<!\p{L})(?:anonymiseras|avidentifieras)(?!\p{L})/giu, 'anonymised'],
  [/(?<!\p{L})(?:går ut|löper ut|förfaller|upphör)(?!\p{L})/giu, 'expires'],
  [/(?<!\p{L})påminnelse\p{L}*(?!\p{L})/giu, 'reminder'],
  [/(?<!\p{L})(?:före|innan)(?!\p{L})/giu, 'before'],
  [/(?<!\p{L})efter(?=\s+\d)/giu, 'after'],
  // "gäller i 14 dagar", "cachas i 10 minuter": a length of time.
  [/(?<!\p{L})i(?=\s+\d+\s*(?:sekund|minut|timm|dag|veck|månad|år))/giu, 'for'],
  [/(?<=(?:at most|at least|only) )(?:en|ett)(?!\p{L})/giu, 'one'],
  [/(?<!\p{L})(?:inte|ej)(?!\p{L})/giu, 'not'],
  [/(\d+)\s*(?:sekund(?:er)?)(?!\p{L})/giu, '$1 seconds'],
  [/(\d+)\s*(?:minut(?:er)?)(?!\p{L})/giu, '$1 minutes'],
  [/(\d+)\s*(?:timme|timmar)(?!\p{L})/giu, '$1 hours'],
  [/(\d+)\s*(?:dag|dagar|dygn)(?!\p{L})/giu, '$1 days'],
  [/(\d+)\s*(?:vecka|veckor)(?!\p{L})/giu, '$1 weeks'],
  [/(\d+)\s*(?:månad|månader)(?!\p{L})/giu, '$1 months'],
  [/(\d+)\s*år(?!\p{L})/giu, '$1 years'],
  [/(\d+)\s*(?:tecken)(?!\p{L})/giu, '$1 characters'],
];

export const swedishForce = (text: string): string => rewrittenIn(text, SWEDISH_TEXT, SWEDISH);
