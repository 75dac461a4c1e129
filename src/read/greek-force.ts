import { rewrittenIn } from './force-words.js';

/** Words in Greek letters: no other language read here writes them, so no other text is rewritten. */
const GREEK_TEXT = /\p{Script=Greek}+/gu;

/** Whether a text is Greek: two words in Greek letters at least. */
export function isGreek(text: string): boolean {
  return (text.match(GREEK_TEXT)?.length ?? 0) >= 2;
}

const B = '(?<!\\p{L})';
const E = '(?!\\p{L})';
const w = (source: string) => new RegExp(`${B}(?:${source})${E}`, 'giu');

/**
 * Greek force words in the English the rule readers weigh, as for Vietnamese: "πρέπει να" (must),
 * "δεν μπορεί να" (cannot), "το πολύ 3" (at most), "τουλάχιστον 10" (at least), "μέσα σε 15 λεπτά"
 * (within), "ακυρώνονται αυτόματα" (are cancelled automatically), "διαγράφονται 24 μήνες μετά"
 * (are deleted 24 months after). Verbs and nouns inflect, and the stress accent moves with the
 * ending ("ώρα", "ωρών"), so units are read by their stems. Durations become English units. Only
 * text with at least two words in Greek letters is rewritten.
 */
const GREEK = (): [RegExp, string][] => [
  [/(?<!\p{L})από\s+(\d+)\s+έως\s+(\d+)(?!\p{L})/giu, 'between $1 and $2'],
  [w('(?:το σύστημα|η εφαρμογή|ο διακομιστής)\\s+(?:πρέπει να|οφείλει να)'), 'the system must'],
  [w('δεν\\s+(?:μπορεί|μπορούν|επιτρέπεται|πρέπει)\\s+να'), 'must not'],
  [w('δεν\\s+επιτρέπεται'), 'is not allowed'],
  [w('πρέπει\\s+να|οφείλει\\s+να|οφείλουν\\s+να'), 'must'],
  [w('μπορεί\\s+να\\s+έχει|μπορούν\\s+να\\s+έχουν'), 'can have'],
  [w('μπορεί\\s+να|μπορούν\\s+να'), 'can'],
  [w('το\\s+πολύ|κατά\\s+μέγιστο|το\\s+μέγιστο|έως\\s+και'), 'at most'],
  [w("τουλάχιστον|κατ(?:ά|’|')\\s*ελάχιστο"), 'at least'],
  [w('έως|μέχρι'), 'up to'],
  [w('ακριβώς\\s+(?:ένα|μία|μια|έναν)'), 'exactly one'],
  [w('μοναδικ\\p{L}*'), 'unique'],
  [w('μέσα\\s+σε|εντός'), 'within'],
  [w('μόνο'), 'only'],
  [w('ανά'), 'per'],
  [w('κάθε'), 'each'],
  [w('αυτόματα|αυτομάτως'), 'automatically'],
  [w('διαγράφονται|διαγράφεται'), 'are deleted'],
  [w('ακυρώνονται|ακυρώνεται'), 'are cancelled'],
  [w('χρεώνονται|χρεώνεται'), 'is charged'],
  [w('δεν\\s+επιστρέφ(?:εται|ονται)'), 'is not refunded'],
  [w('δωρεάν'), 'free'],
  [w('ακύρωση'), 'cancellation'],
  [w('υπενθύμισ\\p{L}*'), 'reminder'],
  [w('λήγει|λήγουν'), 'expires'],
  [w('κλειδώνεται|κλειδώνονται'), 'is locked'],
  [w('πριν(?:\\s+από)?(?:\\s+(?:την|τη|τον|το|τα|τις))?'), 'before the'],
  [w('μετά(?:\\s+από)?(?:\\s+(?:την|τη|τον|το|τα|τις))?'), 'after the'],
  [w('ποτέ'), 'never'],
  [w('δεν|δε|μην|μη'), 'not'],
  [/(\d+)\s*δευτερ[οό]λ[εέ]πτ\p{L}*/giu, '$1 seconds'],
  [/(\d+)\s*λεπτ(?:ό|ά|ού|ών)(?!\p{L})/giu, '$1 minutes'],
  [/(\d+)\s*(?:ώρ(?:α|ας|ες)|ωρών)(?!\p{L})/giu, '$1 hours'],
  [/(\d+)\s*(?:η?μέρ(?:α|ας|ες)|η?μερών)(?!\p{L})/giu, '$1 days'],
  [/(\d+)\s*εβδομάδ(?:α|ας|ες|ων)(?!\p{L})/giu, '$1 weeks'],
  [/(\d+)\s*(?:μήν(?:ας|α|ες)|μηνών)(?!\p{L})/giu, '$1 months'],
  [/(\d+)\s*(?:έτ(?:ος|η|ους)|ετών|χρόν(?:ος|ο|ου|ια|ων))(?!\p{L})/giu, '$1 years'],
  [/(\d+)\s*χαρακτήρ\p{L}*/giu, '$1 characters'],
];

export const greekForce = (text: string): string => rewrittenIn(text, GREEK_TEXT, GREEK);
