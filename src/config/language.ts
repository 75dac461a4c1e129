/**
 * Language names BMAD configs use (`English`, `Suomi`, `Español`), mapped to ISO 639-1 codes, so the
 * message catalog can be chosen by code. Unknown names pass through lower-cased: the catalog lookup
 * then falls back to English with a warning rather than guessing.
 */
const LANGUAGE_NAMES: Record<string, string> = {
  english: 'en',
  spanish: 'es',
  español: 'es',
  espanol: 'es',
  castellano: 'es',
  french: 'fr',
  français: 'fr',
  francais: 'fr',
  german: 'de',
  deutsch: 'de',
  finnish: 'fi',
  suomi: 'fi',
  swedish: 'sv',
  svenska: 'sv',
  norwegian: 'no',
  norsk: 'no',
  danish: 'da',
  dansk: 'da',
  portuguese: 'pt',
  português: 'pt',
  portugues: 'pt',
  'brazilian portuguese': 'pt',
  italian: 'it',
  italiano: 'it',
  dutch: 'nl',
  nederlands: 'nl',
  polish: 'pl',
  polski: 'pl',
  czech: 'cs',
  čeština: 'cs',
  slovak: 'sk',
  slovenčina: 'sk',
  slovencina: 'sk',
  russian: 'ru',
  русский: 'ru',
  ukrainian: 'uk',
  українська: 'uk',
  turkish: 'tr',
  türkçe: 'tr',
  greek: 'el',
  japanese: 'ja',
  日本語: 'ja',
  chinese: 'zh',
  中文: 'zh',
  korean: 'ko',
  한국어: 'ko',
  arabic: 'ar',
  hebrew: 'he',
  עברית: 'he',
  العربية: 'ar',
  hindi: 'hi',
  indonesian: 'id',
  vietnamese: 'vi',
  thai: 'th',
  ไทย: 'th',
  estonian: 'et',
  eesti: 'et',
  hungarian: 'hu',
  magyar: 'hu',
  romanian: 'ro',
  catalan: 'ca',
  catala: 'ca',
  // The five catalog languages as the other four write them (a Spanish team may write `inglés`).
  ingles: 'en',
  anglais: 'en',
  englisch: 'en',
  espagnol: 'es',
  spanisch: 'es',
  espanhol: 'es',
  frances: 'fr',
  franzosisch: 'fr',
  alemao: 'de',
  aleman: 'de',
  allemand: 'de',
  portugais: 'pt',
  portugiesisch: 'pt',
  brasileiro: 'pt',
  brazilian: 'pt',
  // Italian as the others write it, and the other catalog languages as an Italian team writes them.
  italien: 'it',
  italienisch: 'it',
  inglese: 'en',
  spagnolo: 'es',
  francese: 'fr',
  tedesco: 'de',
  portoghese: 'pt',
  // Dutch as the others write it, and the other catalog languages as a Dutch team writes them.
  flemish: 'nl',
  vlaams: 'nl',
  néerlandais: 'nl',
  niederländisch: 'nl',
  holländisch: 'nl',
  neerlandés: 'nl',
  holandés: 'nl',
  neerlandês: 'nl',
  holandês: 'nl',
  olandese: 'nl',
  engels: 'en',
  spaans: 'es',
  frans: 'fr',
  duits: 'de',
  italiaans: 'it',
  portugees: 'pt',
  braziliaans: 'pt',
};

/** Lower case without accents, so `Español`, `ESPANOL` and `espanol` are one key (NFD splits the marks off). */
function fold(value: string): string {
  return value.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

const FOLDED: Record<string, string> = Object.fromEntries(
  Object.entries(LANGUAGE_NAMES).map(([name, code]) => [fold(name), code]),
);

/**
 * `English` → `en`, `pt-BR` → `pt`, `fi_FI` → `fi`, `Suomi` → `fi`, `Español`/`espanol`/`ESPAÑOL` → `es`,
 * `Français (France)` → `fr`, `Português do Brasil` → `pt`; empty → `en`. Case and accents never matter.
 */
export function normaliseLanguage(value: string): string {
  const v = value.trim().toLowerCase();
  if (v === '') return 'en';
  const named = LANGUAGE_NAMES[v] ?? FOLDED[fold(v)];
  if (named) return named;
  // A BCP 47 tag (`pt-BR`, `zh-Hant`) or POSIX locale (`fi_FI.UTF-8`), or a name with a qualifier
  // (`Français (France)`): the first word decides.
  const primary = v.split(/[-_.\s(),/]/)[0] ?? '';
  // Something that is no tag at all (`.`, `-x`) is kept as written, so the catalog warning names it.
  return LANGUAGE_NAMES[primary] ?? FOLDED[fold(primary)] ?? (primary || v);
}
