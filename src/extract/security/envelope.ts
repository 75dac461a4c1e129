import type { MarkdownDoc } from '../../markdown/blocks.js';
import { fromSource } from '../../model/origin.js';
import type { SecurityFact } from '../../model/security-facts.js';
import { objectSpans, parseObjectLiteral } from './object-literal.js';

/**
 * The documents' own error body (`{ "statusCode": 404, "error": "NOT_FOUND", "message": ... }`,
 * `{ error: { code, message } }`): an object literal shown where the text talks about errors, whose
 * keys look like an error body (a message-like key and a code/status-like key, at any depth).
 */
const MESSAGE_KEYS = /^(message|msg|detail|title|description|error_description|errorMessage)$/i;
const CODE_KEYS = /^(code|error|errorCode|error_code|status|statusCode|status_code|type|kind)$/i;
const SUCCESS_KEYS = /^(data|items|results|meta|pagination|success)$/i;

function looksLikeError(obj: Record<string, unknown>): boolean {
  const keys: string[] = [];
  const walk = (o: Record<string, unknown>, depth: number) => {
    for (const [k, v] of Object.entries(o)) {
      keys.push(k);
      if (depth < 2 && v && typeof v === 'object' && !Array.isArray(v))
        walk(v as Record<string, unknown>, depth + 1);
    }
  };
  walk(obj, 0);
  if (Object.keys(obj).some((k) => SUCCESS_KEYS.test(k))) return false;
  return keys.some((k) => MESSAGE_KEYS.test(k)) && keys.some((k) => CODE_KEYS.test(k));
}

const ERROR_CONTEXT = /\berror|errors|failure|virhe|erreur|fehler|lỗi/i;

export function errorEnvelopes(md: MarkdownDoc): SecurityFact[] {
  const out: SecurityFact[] = [];
  const seen = new Set<string>();
  const push = (text: string, line: number, obj: Record<string, unknown>) => {
    const key = JSON.stringify(Object.keys(obj));
    if (seen.has(key)) return;
    seen.add(key);
    out.push({
      kind: 'error-envelope',
      example: obj,
      text,
      origin: fromSource(md.path, line, text.slice(0, 160)),
    });
  };
  for (const b of md.blocks) {
    if (b.kind === 'code') {
      if (!['', 'json', 'jsonc', 'js', 'javascript', 'ts', 'typescript', 'http', 'text'].includes(b.lang))
        continue;
      const context = ERROR_CONTEXT.test(b.headingPath.join(' ')) || ERROR_CONTEXT.test(b.content);
      if (!context) continue;
      for (const span of objectSpans(b.content)) {
        // A success example right before the error one is common: only objects announced as errors
        // (by the heading, a `// Error` comment or their own keys) count.
        const obj = parseObjectLiteral(span.text);
        if (!obj || !looksLikeError(obj)) continue;
        const line = b.contentLine + (b.content.slice(0, span.index).match(/\n/g)?.length ?? 0);
        push(span.text.replace(/\s+/g, ' '), line, obj);
      }
    } else if (b.kind === 'paragraph' || b.kind === 'list-item') {
      if (!ERROR_CONTEXT.test(b.text) && !ERROR_CONTEXT.test(b.headingPath.join(' '))) continue;
      for (const m of b.text.matchAll(/`([^`]*\{[^`]*\}[^`]*)`/g)) {
        for (const span of objectSpans(m[1]!)) {
          const obj = parseObjectLiteral(span.text);
          if (obj && looksLikeError(obj)) push(span.text, b.line, obj);
        }
      }
    }
  }
  return out;
}
