import {
  DATA_KEYS,
  GENERAL_FORMAT,
  PLACEHOLDER,
  REFUSED,
  RESPONSE_FORMAT,
} from '../../knowledge/response-envelope.js';
import type { Block, MarkdownDoc } from '../../markdown/blocks.js';
import { fromSource } from '../../model/origin.js';
import type { SecurityFact } from '../../model/security-facts.js';
import { objectSpans, parseObjectLiteral } from './object-literal.js';

/**
 * The documents' own success body wrapper: an object with a payload key (`data`, `result`) shown
 * where the text talks about the format of responses (`### API Response Format` + a JSON block,
 * "OK: `{ "data": ... }`", "all responses are wrapped in `{ success: true, data }`"). A wrapper the
 * text refuses ("No wrapping `{ data }` envelope", a list of anti-patterns) is not one; an error
 * body (`success: false`, an `error` object) is read by errorEnvelopes.
 */
const CODE_LANGS = ['', 'json', 'jsonc', 'js', 'javascript', 'ts', 'typescript', 'text'];

/** `{ ... }` and `: ...` placeholders become values the object reader accepts. */
function normalise(text: string): string {
  return text
    .replace(/\{\s*(?:\.\.\.|…)\s*\}/g, '{}')
    .replace(/\[\s*(?:\.\.\.|…)\s*\]/g, '[]')
    .replace(/:\s*(?:\.\.\.|…)/g, ': "..."');
}

function wrapper(text: string): { example: Record<string, unknown>; dataKey: string } | null {
  const obj = parseObjectLiteral(normalise(text));
  if (!obj) return null;
  const dataKey = Object.keys(obj).find((k) => DATA_KEYS.test(k));
  if (!dataKey) return null;
  if (obj.success === false || obj.ok === false) return null;
  const error = obj.error ?? obj.errors;
  if (error && typeof error === 'object' && !Array.isArray(error)) return null;
  return { example: obj, dataKey };
}

/** The data value stands for any payload (`...`, `T`, `{ ... }`): a general form, not one example. */
function general(value: unknown): boolean {
  if (typeof value === 'string') return PLACEHOLDER.test(value.trim());
  return !!value && typeof value === 'object' && !Array.isArray(value) && Object.keys(value).length === 0;
}

/** The paragraph (or heading) a block follows, skipping the list items of the same list. */
function lead(blocks: readonly Block[], i: number): string {
  for (let j = i - 1; j >= 0 && j >= i - 12; j--) {
    const b = blocks[j]!;
    if (b.kind === 'heading') return '';
    if (b.kind === 'paragraph') return b.text;
    if (b.kind !== 'list-item') return '';
  }
  return '';
}

export function successEnvelopes(md: MarkdownDoc): SecurityFact[] {
  const out: SecurityFact[] = [];
  const push = (text: string, line: number, found: { example: Record<string, unknown>; dataKey: string }) => {
    if (
      out.some(
        (f) => f.kind === 'success-envelope' && JSON.stringify(f.example) === JSON.stringify(found.example),
      )
    )
      return;
    out.push({
      kind: 'success-envelope',
      example: found.example,
      dataKey: found.dataKey,
      text,
      origin: fromSource(md.path, line, text.slice(0, 160)),
    });
  };
  md.blocks.forEach((b, i) => {
    const heading = b.headingPath.slice(-2).join(' ');
    if (b.kind === 'code') {
      if (!CODE_LANGS.includes(b.lang)) return;
      const before = lead(md.blocks, i);
      if (REFUSED.test(before)) return;
      const context = `${heading} ${before}`;
      if (!RESPONSE_FORMAT.test(context)) return;
      for (const span of objectSpans(b.content)) {
        const found = wrapper(span.text);
        if (!found) continue;
        if (!GENERAL_FORMAT.test(context) && !general(found.example[found.dataKey])) continue;
        const line = b.contentLine + (b.content.slice(0, span.index).match(/\n/g)?.length ?? 0);
        push(span.text.replace(/\s+/g, ' '), line, found);
      }
      return;
    }
    if (b.kind !== 'paragraph' && b.kind !== 'list-item') return;
    const before = b.kind === 'list-item' ? lead(md.blocks, i) : '';
    for (const m of b.text.matchAll(/`([^`]*\{[^`]*\}[^`]*)`/g)) {
      // The words around the literal decide: "OK: `{ data }`", "wrapped in `{ data, meta }`".
      const around = b.text.replace(m[0], ' ');
      if (REFUSED.test(around) || REFUSED.test(before)) continue;
      if (!RESPONSE_FORMAT.test(around) && !RESPONSE_FORMAT.test(`${heading} ${before}`)) continue;
      for (const span of objectSpans(m[1]!)) {
        const found = wrapper(span.text);
        if (!found) continue;
        if (!GENERAL_FORMAT.test(`${around} ${heading} ${before}`) && !general(found.example[found.dataKey]))
          continue;
        push(span.text, b.line, found);
      }
    }
  });
  return out;
}
