import { rewrittenIn } from './force-words.js';

/** Words only Turkish writes among the languages read here (and words with ı, ğ or ş): the text is Turkish. */
const TURKISH_TEXT =
  /(?<!\p{L})(?:ve|bir|için|ile|olarak|olan|değil|içinde|sonra|önce|önceden|yalnızca|sadece|fazla|edilir|olmalıdır|gün|saat|dakika|yoktur|her|otomatik|\p{L}*[ığş]\p{L}*)(?!\p{L})/giu;

/** A duration as Turkish writes it, the number first and the unit with its suffixes ("24 saat", "7 gündür"). */
const SPAN = String.raw`\d+\s*(?:saniye|dakika|saat|gün|hafta|ay|yıl)\p{L}*`;

/**
 * Turkish force words in the English the rule readers weigh, as for Swedish, Polish and Dutch.
 * Turkish writes the verb last and its mood as a suffix: "-malı/-meli" must, "-abilir/-ebilir" can,
 * "-amaz/-emez" cannot; "en fazla 3" at most, "en az 10" at least, "24 saat içinde" within 24 hours,
 * "24 saat önce" 24 hours before, "en erken 14 gün önceden" at most 14 days in advance. Only text
 * with at least two Turkish words is rewritten.
 */
const TURKISH = (): [RegExp, string][] => [
  [new RegExp(String.raw`(${SPAN})\s+içinde(?!\p{L})`, 'giu'), 'within $1'],
  [/(?<!\p{L})en erken(?!\p{L})/giu, 'at most'],
  [/(?<!\p{L})önceden(?!\p{L})/giu, 'in advance'],
  [new RegExp(String.raw`(${SPAN})\s+önce(?!\p{L})`, 'giu'), '$1 before'],
  [/(?<!\p{L})(\d+)\s+hatalı\s+giriş\p{L}*\s+sonra(?!\p{L})/giu, 'after $1 failed attempts'],
  [/(?<!\p{L})(?:en fazla|en çok|azami|maksimum)(?!\p{L})/giu, 'at most'],
  [/(?<!\p{L})(?:en az|asgari|minimum)(?!\p{L})/giu, 'at least'],
  [/(?<!\p{L})(?:geçemez|aşamaz)(?!\p{L})/giu, 'cannot exceed'],
  [/(?<!\p{L})\p{L}+(?:amaz|emez)(?:lar|ler)?(?!\p{L})/giu, 'cannot'],
  [/(?<!\p{L})\p{L}+(?:malı|meli)(?:dır|dir)?(?!\p{L})/giu, 'must'],
  [/(?<!\p{L})(?:zorunludur|zorunlu)(?!\p{L})/giu, 'must'],
  [/(?<!\p{L})\p{L}+(?:abilir|ebilir)(?:ler)?(?!\p{L})/giu, 'can'],
  [/(?<!\p{L})otomatik olarak(?!\p{L})/giu, 'automatically'],
  [/(?<!\p{L})iptal edilir(?!\p{L})/giu, 'is cancelled'],
  [/(?<!\p{L})kilitlenir(?!\p{L})/giu, 'is locked'],
  [/(?<!\p{L})(?:silinir|silinecek)(?!\p{L})/giu, 'is deleted'],
  [/(?<!\p{L})anonimleştirilir(?!\p{L})/giu, 'anonymised'],
  [/(?<!\p{L})(?:saklanır|tutulur|muhafaza edilir)(?!\p{L})/giu, 'retained'],
  [/(?<!\p{L})(?:benzersiz|tekil)(?:dir)?(?!\p{L})/giu, 'unique'],
  [/(?<!\p{L})(?:asla|hiçbir zaman)(?!\p{L})/giu, 'never'],
  [/(?<!\p{L})(?:yalnızca|sadece|yalnız)(?!\p{L})/giu, 'only'],
  [/(?<!\p{L})(?:değil|yoktur)(?!\p{L})/giu, 'not'],
  [/(?<!\p{L})hatırlatma\p{L}*/giu, 'reminder'],
  [/(?<!\p{L})(?:gönderir|gönderilir)(?!\p{L})/giu, 'sends'],
  [/(?<!\p{L})sistem(?=\s*,|\s)/giu, 'the system'],
  [/(\d+)\s*saniye\p{L}*/giu, '$1 seconds'],
  [/(\d+)\s*dakika\p{L}*/giu, '$1 minutes'],
  [/(\d+)\s*saat\p{L}*/giu, '$1 hours'],
  [/(\d+)\s*gün\p{L}*/giu, '$1 days'],
  [/(\d+)\s*hafta\p{L}*/giu, '$1 weeks'],
  [/(\d+)\s*ay(?:dır|lık|da|dan|a)?(?!\p{L})/giu, '$1 months'],
  [/(\d+)\s*yıl\p{L}*/giu, '$1 years'],
  [/(\d+)\s*karakter\p{L}*/giu, '$1 characters'],
];

export const turkishForce = (text: string): string => rewrittenIn(text, TURKISH_TEXT, TURKISH);
