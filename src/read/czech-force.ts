import { rewrittenIn } from './force-words.js';

/**
 * Words only Czech writes among the languages read here, and words with ě, ř, ů, č, š, ž, ť, ď or ň (letters no other
 * language read writes): the text is Czech. Italian "se" and French "je" are
 * not among them, so their text is never rewritten.
 */
const CZECH_TEXT =
  /(?<!\p{L})(?:nebo|jsou|musí|může|lze|nelze|smí|nesmí|nejvýše|nejméně|alespoň|nejpozději|pouze|každý|každá|každé|který|která|které|dní|dnů|hodin|\p{L}*[ěřůčšžťďň]\p{L}*)(?!\p{L})/giu;

/** A duration as Czech writes it, in any case ("24 hodin", "48 hodinách", "3 pracovní dny"). */
const SPAN = String.raw`\d+\s*(?:pracovní(?:ch)?\s+)?(?:sekund|minut|hodin|dn|dní|den|týd|měsíc|rok|let)\p{L}*`;

/**
 * Czech force words in the English the rule readers weigh, as for Polish, which Czech resembles in
 * its cases and aspect: "musí" must, "nesmí"/"nelze" cannot, "nejvýše 6 m³" at most, "alespoň jednou"
 * at least, "nejpozději 3 pracovní dny před termínem" a lead time (at least 3 working days before),
 * "po 48 hodinách" after 48 hours, "se anonymizují 36 měsíců po" anonymised. Durations in any case
 * ("24 hodin", "48 hodinách", "36 měsíců", "90 dní", "10 let") become English units. Only text with at
 * least two Czech words is rewritten.
 */
const CZECH = (): [RegExp, string][] => [
  [/(?<!\p{L})(?:systém|aplikace|server|API)\s+(?:musí|by měl|by měla)(?!\p{L})/giu, 'the system must'],
  [
    /(?<!\p{L})(?:nesmí|nesmějí|nelze|nemůže|nemohou|není (?:možné|dovoleno|povoleno)|zakázán\p{L}*)(?!\p{L})/giu,
    'cannot',
  ],
  [/(?<!\p{L})(?:musí|je nutné|je třeba|je potřeba|povinn\p{L}*)(?!\p{L})/giu, 'must'],
  [new RegExp(String.raw`(?<!\p{L})nejpozději\s+(${SPAN})\s+před(?!\p{L})`, 'giu'), 'at least $1 before'],
  [new RegExp(String.raw`(?<!\p{L})do\s+(${SPAN})\s+před(?!\p{L})`, 'giu'), 'until $1 before'],
  [/(?<!\p{L})(?:nejvýše|nanejvýš|maximálně|max\.|ne více než)(?!\p{L})/giu, 'at most'],
  [/(?<!\p{L})(?:nejméně|alespoň|aspoň|minimálně|min\.)(?!\p{L})/giu, 'at least'],
  [/(?<!\p{L})nejpozději(?!\p{L})/giu, 'at the latest'],
  [/(?<!\p{L})více než(?!\p{L})/giu, 'more than'],
  [/(?<!\p{L})(?:během|v průběhu)(?!\p{L})/giu, 'within'],
  [/(?<!\p{L})(?:jedinečn\p{L}*|unikátní\p{L}*)(?!\p{L})/giu, 'unique'],
  [/(?<!\p{L})nikdy(?!\p{L})/giu, 'never'],
  [/(?<!\p{L})(?:pouze|jen|výhradně)(?!\p{L})/giu, 'only'],
  [/(?<!\p{L})automaticky(?!\p{L})/giu, 'automatically'],
  [/(?<!\p{L})(?:uchováv\p{L}*|uchová\p{L}*|uchovány|uchovány)(?!\p{L})/giu, 'retained'],
  [/(?<!\p{L})(?:anonymizuj\p{L}*|anonymizován\p{L}*)(?!\p{L})/giu, 'anonymised'],
  [/(?<!\p{L})se\s+(?:mažou|maže|smažou|smaže|odstraňují|odstraní)(?!\p{L})/giu, 'are deleted'],
  [/(?<!\p{L})(?:mažou|maže|smaže|smažou|smazán\p{L}*|odstraň\p{L}*)(?!\p{L})/giu, 'deleted'],
  [/(?<!\p{L})(?:se )?(?:zruší|je zrušen\p{L}*)(?!\p{L})/giu, 'is cancelled'],
  // "má nárok na 2 bezplatné svozy": an allowance; "se nevrací": a negated refund; "se účtuje": charged.
  [/(?<!\p{L})(?:(?:má|mají)\s+)?nárok\s+na(?!\p{L})/giu, 'is entitled to'],
  [/(?<!\p{L})(?:se\s+nevrací|nevrací\s+se|se\s+nevracejí)(?!\p{L})/giu, 'is not refunded'],
  [/(?<!\p{L})(?:se\s+účtuje|se\s+účtují|účtuje\s+se)(?!\p{L})/giu, 'is charged'],
  [/(?<!\p{L})(?:vyprší|vyprší\p{L}*|expiruj\p{L}*)(?!\p{L})/giu, 'expires'],
  [/(?<!\p{L})(?:připomínk\p{L}*|připomenutí)(?!\p{L})/giu, 'reminder'],
  [/(?<!\p{L})(?:se )?(?:posílá|pošle|odešle|odesílá)(?!\p{L})/giu, 'sends'],
  [/(?<!\p{L})(?:chyb\p{L}*|konflikt\p{L}*)(?!\p{L})/giu, 'error'],
  [/(?<!\p{L})před(?!\p{L})/giu, 'before'],
  [/(?<!\p{L})po(?=\s+\d)/giu, 'after'],
  [/(?<!\p{L})(?:není|nejsou)(?!\p{L})/giu, 'is not'],
  [/(?<!\p{L})ne(?!\p{L})/giu, 'not'],
  [/(?<!\p{L})(?:jeden|jedna|jedno|jednoho|jednu|jednou)(?!\p{L})/giu, 'one'],
  [/(\d+)\s*sekund\p{L}*/giu, '$1 seconds'],
  [/(\d+)\s*minut\p{L}*/giu, '$1 minutes'],
  [/(\d+)\s*hodin\p{L}*/giu, '$1 hours'],
  [/(\d+)\s*pracovní(?:ch)?\s+(?:dny|dní|dnů|dnech|den)(?!\p{L})/giu, '$1 working days'],
  [/(\d+)\s*(?:den|dny|dní|dnů|dnech|dne|dnu)(?!\p{L})/giu, '$1 days'],
  [/(\d+)\s*týd\p{L}*/giu, '$1 weeks'],
  [/(\d+)\s*měsíc\p{L}*/giu, '$1 months'],
  [/(\d+)\s*(?:let|roky|rok|roku|lety)(?!\p{L})/giu, '$1 years'],
  [/(\d+)\s*znak\p{L}*/giu, '$1 characters'],
  // "90 dní po termínu", "36 měsíců po uzavření": a time after an event.
  [/(\d+ (?:seconds|minutes|hours|working days|days|weeks|months|years)) po(?!\p{L})/giu, '$1 after'],
];

export const czechForce = (text: string): string => rewrittenIn(text, CZECH_TEXT, CZECH);
