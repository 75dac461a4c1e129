/**
 * The plural article a number takes in Italian, which follows how the number is spoken: `gli 8
 * documenti` (otto), `gli 11` (undici), `gli 80` (ottanta), but `i 3`, `i 12`, `i 527`. `plain` and
 * `vowel` are the two forms of the article or articulated preposition (`i`/`gli`, `dei`/`degli`).
 */
export function articled(n: number, plain: string, vowel: string): string {
  const digits = String(Math.trunc(Math.abs(n)));
  // Spoken with a vowel first: otto…, ottanta…, ottocento…, ottomila…; undici and undicimila.
  const startsWithVowel = digits.startsWith('8') || /^11(?:\d{3})?$/.test(digits);
  return `${startsWithVowel ? vowel : plain} ${n}`;
}
