import { parse } from 'yaml';

/** Splits a leading `---` YAML block (BMAD v6 documents start with one) from the body. */
export function splitFrontMatter(text: string): {
  frontMatter: Record<string, unknown> | null;
  body: string;
  lineOffset: number;
  error: { message: string; line: number } | null;
} {
  const match = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(text);
  if (!match) return { frontMatter: null, body: text, lineOffset: 0, error: null };
  const lineOffset = match[0].split('\n').length - 1;
  const body = text.slice(match[0].length);
  try {
    const value = parse(match[1] ?? '');
    const fm =
      value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
    return { frontMatter: fm, body, lineOffset, error: null };
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
