import { plainText } from '../markdown/parse.js';
import type { PayloadFact } from '../model/domain.js';
import { fromSource } from '../model/origin.js';
import type { Extractor } from './types.js';

/**
 * Request and response bodies stated as JSON examples: the objects of a ```json (or unlabelled, http,
 * text) fence that names its endpoint inside or sits in the section of an endpoint line ("POST /api/orders", "### GET
 * /users/{id}"). Only the object's own top-level keys are kept, each with its file line, so
 * reconcile can compare them with the columns of the entity the path names. A fence with no
 * endpoint before it in its section is a config or an event, not an API body, and is skipped.
 */
export const payloadsExtractor: Extractor = {
  name: 'payloads',
  extract: ({ doc, md }) => {
    const out: PayloadFact[] = [];
    let endpoint: { method: string; path: string; level: number } | null = null;
    let level = 0;
    for (const b of md.blocks) {
      if (b.kind === 'heading') {
        level = b.level;
        const found = ENDPOINT.exec(plainText(b.text));
        if (endpoint && b.level <= endpoint.level) endpoint = null;
        if (found) endpoint = { method: found[1]!.toUpperCase(), path: found[2]!, level: b.level };
        continue;
      }
      if (b.kind === 'paragraph' || b.kind === 'list-item') {
        const found = ENDPOINT.exec(plainText(b.text));
        if (found) endpoint = { method: found[1]!.toUpperCase(), path: found[2]!, level };
        continue;
      }
      if (b.kind !== 'code' || !BODY_LANGS.has(b.lang)) continue;
      // A fence that writes the call itself ("POST /members", headers, "Request Body:" {...},
      // "Response 201:" {...}) names its endpoint inside.
      const inner = ENDPOINT.exec(b.content);
      const at = inner ? { method: inner[1]!.toUpperCase(), path: inner[2]!, level } : endpoint;
      if (!at) continue;
      for (const body of objectsIn(b.content)) {
        const payload = payloadOf(body, b.contentLine, doc.path, at);
        if (payload) out.push(payload);
      }
    }
    return { fragment: out.length > 0 ? { payloads: out } : {}, diagnostics: [] };
  },
};

const ENDPOINT = /\b(GET|POST|PUT|PATCH|DELETE)\s+`?(\/[\w\-{}/:.]*)/;

const BODY_LANGS = new Set(['json', 'jsonc', '', 'http', 'text', 'txt']);

/** The JSON objects of a fence: each `{` that opens a line, to its balanced `}`, with its first line. */
function objectsIn(content: string): { text: string; line: number }[] {
  const out: { text: string; line: number }[] = [];
  const lines = content.split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (!/^\s{0,2}\{\s*$/.test(lines[i]!)) continue;
    let depth = 0;
    for (let j = i; j < lines.length; j++) {
      for (const ch of lines[j]!.replace(/"(?:[^"\\]|\\.)*"/g, '""'))
        depth += ch === '{' ? 1 : ch === '}' ? -1 : 0;
      if (depth === 0) {
        out.push({ text: lines.slice(i, j + 1).join('\n'), line: i });
        i = j;
        break;
      }
    }
  }
  return out;
}

function payloadOf(
  body: { text: string; line: number },
  contentLine: number,
  file: string,
  endpoint: { method: string; path: string },
): PayloadFact | null {
  let value: unknown;
  try {
    value = JSON.parse(body.text);
  } catch {
    return null;
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) return null;
  const b = { contentLine: contentLine + body.line };
  const lines = body.text.split('\n');
  const fields: PayloadFact['fields'] = [];
  for (const [name, v] of Object.entries(value)) {
    // The key's own line: the first line that opens it at the object's first level of indentation.
    const i = lines.findIndex((l) => new RegExp(`^\\s{0,4}"${escapeRegExp(name)}"\\s*:`).test(l));
    const line = b.contentLine + Math.max(i, 0);
    fields.push({
      name,
      scalar: v === null || typeof v !== 'object',
      origin: fromSource(file, line, (lines[Math.max(i, 0)] ?? '').trim().slice(0, 160)),
    });
  }
  if (fields.length === 0) return null;
  return {
    method: endpoint.method,
    path: endpoint.path,
    fields,
    origin: fromSource(file, b.contentLine, `${endpoint.method} ${endpoint.path}`),
  };
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
