/**
 * Cyrillic (Ukrainian, Russian, Bulgarian, Serbian) and Greek letters written in Latin letters, one
 * letter at a time, close to the usual national romanisations (Ukrainian: KMU 2010; Russian: ISO 9
 * simplified; Greek: ELOT 743 simplified). Only used to compare a title with an ASCII code
 * (`координатор` with `coordinator`), never printed: the exact spelling of a romanisation does not
 * matter, only that the same word comes out close to its Latin cognate.
 */
const LETTERS: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  ґ: 'g',
  д: 'd',
  е: 'e',
  ё: 'e',
  є: 'ie',
  ж: 'zh',
  з: 'z',
  и: 'i',
  і: 'i',
  ї: 'i',
  й: 'i',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'iu',
  я: 'ia',
  ђ: 'dj',
  ј: 'j',
  љ: 'lj',
  њ: 'nj',
  ћ: 'c',
  џ: 'dz',
  α: 'a',
  β: 'v',
  γ: 'g',
  δ: 'd',
  ε: 'e',
  ζ: 'z',
  η: 'i',
  θ: 'th',
  ι: 'i',
  κ: 'k',
  λ: 'l',
  μ: 'm',
  ν: 'n',
  ξ: 'x',
  ο: 'o',
  π: 'p',
  ρ: 'r',
  σ: 's',
  ς: 's',
  τ: 't',
  υ: 'y',
  φ: 'f',
  χ: 'ch',
  ψ: 'ps',
  ω: 'o',
};

/** The word in lower-case Latin letters without marks; letters of other scripts are kept. */
export function latinLetters(word: string): string {
  let out = '';
  for (const ch of word
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase())
    out += LETTERS[ch] ?? ch;
  return out;
}

/**
 * The form two cognates share whatever their spelling (`koordinator`, `coordinator`; `kandydat`,
 * `candidate`): Latin letters, c/q as k, y as i, w as v, ph as f, doubled letters once.
 */
export function cognateForm(word: string): string {
  return latinLetters(word)
    .replace(/ph/g, 'f')
    .replace(/[cq]/g, 'k')
    .replace(/y/g, 'i')
    .replace(/w/g, 'v')
    .replace(/[^a-z0-9]/g, '')
    .replace(/(.)\1+/g, '$1');
}

/**
 * Whether two words are cognates: one's cognate form begins the other's and is at least 5 letters
 * (`admin` in `administrator`), or both share their first 6 letters (`koordinator`/`koordinatorka`).
 */
export function cognates(a: string, b: string): boolean {
  const x = cognateForm(a);
  const y = cognateForm(b);
  if (x.length < 5 || y.length < 5) return false;
  if (x.startsWith(y) || y.startsWith(x)) return true;
  return x.length >= 6 && y.length >= 6 && x.slice(0, 6) === y.slice(0, 6);
}
