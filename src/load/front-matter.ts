import { parse } from 'yaml';

/** A leading `---` block (Jekyll/BMAD front matter), optionally after a UTF-8 byte-order mark. */
const BLOCK = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/** At least one `key: value` line: otherwise a leading `---` is a thematic break, not front matter. */
const KEY_LINE = /^[\w"'$-][^:\n]*:(\s|$)/m;

/** Splits a leading `---` YAML block (BMAD v6 documents start with one) from the body. */
export function splitFrontMatter(text: string): {
  frontMatter: Record<string, unknown> | null;
  body: string;
  lineOffset: number;
  error: { message: string; line: number } | null;
} {
  const none = { frontMatter: null, body: text, lineOffset: 0, error: null };
  const match = BLOCK.exec(text);
  if (!match || !KEY_LINE.test(match[1] ?? '')) return none;
  const lineOffset = match[0].split('\n').length - 1;
  const body = text.slice(match[0].length);
  try {
    // Unknown tags (`!foo`) are data, not a reason to print a process warning from inside a library.
    const value = parse(match[1] ?? '', { logLevel: 'error' });
    if (!value || typeof value !== 'object' || Array.isArray(value)) return none;
    return { frontMatter: value as Record<string, unknown>, body, lineOffset, error: null };
  } catch (e) {
    const line = (e as { linePos?: { line: number }[] }).linePos?.[0]?.line ?? 1;
    return {
      frontMatter: null,
      body,
      lineOffset,
      error: { message: (e as Error).message.split('\n')[0] ?? '', line: line + 1 },
    };
  }
}
