/**
 * A language check over the prose of a rendered backend-spec.md: code blocks, inline code, URLs,
 * identifiers and table cells that are code are left out, and each remaining line is scored by the
 * function words it contains. Function words are the most reliable marker of a language on short
 * lines (the same idea as stopword-based detectors); the lists hold only words that are not also
 * common words of the other four languages ("a", "no", "in", "on", "per" are left out for that reason).
 */
export const STOPWORDS: Record<string, readonly string[]> = {
  en: [
    'the',
    'and',
    'of',
    'is',
    'are',
    'with',
    'from',
    'to',
    'for',
    'by',
    'be',
    'this',
    'that',
    'which',
    'when',
    'each',
    'every',
    'only',
    'its',
    'it',
    'after',
    'before',
    'than',
    'into',
    'was',
    'were',
    'has',
    'have',
    'does',
    'never',
    'any',
    'or',
    'not',
    'at',
    'their',
    'they',
    'there',
    'these',
    'those',
    'what',
    'where',
    'should',
    'must',
    'can',
    'will',
    'would',
    'one',
    'all',
    'been',
    'used',
    'no',
  ],
  es: [
    'el',
    'la',
    'los',
    'las',
    'de',
    'del',
    'y',
    'en',
    'que',
    'con',
    'por',
    'para',
    'una',
    'un',
    'se',
    'es',
    'son',
    'al',
    'lo',
    'su',
    'sus',
    'como',
    'más',
    'cada',
    'sin',
    'o',
    'ni',
    'nunca',
    'según',
  ],
  pt: [
    'o',
    'a',
    'os',
    'as',
    'de',
    'do',
    'da',
    'dos',
    'das',
    'e',
    'em',
    'no',
    'na',
    'nos',
    'nas',
    'que',
    'com',
    'por',
    'para',
    'um',
    'uma',
    'se',
    'é',
    'são',
    'ao',
    'seu',
    'sua',
    'como',
    'mais',
    'cada',
    'sem',
    'ou',
    'nunca',
    'pelo',
    'pela',
  ],
  fr: [
    'le',
    'la',
    'les',
    'de',
    'des',
    'du',
    'et',
    'en',
    'que',
    'qui',
    'avec',
    'par',
    'pour',
    'une',
    'un',
    'se',
    'est',
    'sont',
    'au',
    'aux',
    'son',
    'sa',
    'ses',
    'comme',
    'plus',
    'chaque',
    'sans',
    'ou',
    'ni',
    'jamais',
    'dans',
    'sur',
    'ne',
    'pas',
    'à',
  ],
  de: [
    'der',
    'die',
    'das',
    'den',
    'dem',
    'des',
    'und',
    'ist',
    'sind',
    'mit',
    'von',
    'für',
    'ein',
    'eine',
    'einen',
    'einem',
    'einer',
    'auf',
    'aus',
    'bei',
    'nach',
    'nicht',
    'nie',
    'oder',
    'wird',
    'werden',
    'jede',
    'jeder',
    'jedes',
    'nur',
    'sich',
    'zu',
    'im',
    'über',
    'wie',
    'keine',
    'kein',
  ],
};

/** The prose lines of a markdown document: no fenced code, no inline code, no URLs, no citations. */
export function proseLines(markdown: string): { line: number; text: string }[] {
  const out: { line: number; text: string }[] = [];
  let fence: string | null = null;
  markdown.split('\n').forEach((raw, i) => {
    const f = /^\s*(`{3,}|~{3,})/.exec(raw);
    if (f) {
      if (fence === null) fence = f[1]!;
      else if (f[1]!.startsWith(fence)) fence = null;
      return;
    }
    if (fence !== null) return;
    if (/^\|?\s*-{3,}/.test(raw)) return;
    const text = raw
      .replace(/`[^`]*`/g, ' ')
      .replace(/https?:\/\/\S+/g, ' ')
      .replace(/\*\*[^*]*\*\*/g, ' ')
      .trim();
    if (text.length > 0) out.push({ line: i + 1, text });
  });
  return out;
}

/** Words of prose: identifiers (`created_by`, `userId`, `A01`, `x.y`) are code, not language. */
const words = (text: string): string[] =>
  text
    .replace(/\S*(?:[_\d.]\S*[\p{L}]|[\p{L}]\S*[_\d])\S*|\b\p{Ll}+\p{Lu}\S*/gu, ' ')
    .toLowerCase()
    .match(/\p{L}+/gu) ?? [];

/** How many function words of `language` the text contains. */
export function score(text: string, language: string): number {
  const list = new Set(STOPWORDS[language]);
  return words(text).filter((w) => list.has(w)).length;
}

/** Segments (lines, table cells, clauses) of `markdown` written in `foreign` rather than `expected`. */
export function foreignSegments(markdown: string, expected: string, foreign: string): string[] {
  const out: string[] = [];
  for (const { text } of proseLines(markdown))
    for (const part of text.startsWith('|') ? text.split('|') : [text])
      for (const clause of part.split(/<br>|; | — /)) {
        const f = score(clause, foreign);
        if (f >= 3 && f > score(clause, expected)) out.push(clause.trim());
      }
  return out;
}
