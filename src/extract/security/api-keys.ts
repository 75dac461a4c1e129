import { findProviders } from '../../knowledge/providers.js';
import type { MarkdownDoc } from '../../markdown/blocks.js';
import { fromSource } from '../../model/origin.js';
import type { SecurityFact } from '../../model/security-facts.js';
import { textUnits } from './units.js';

/**
 * API keys this API accepts from machine clients (issue 13 item 3, issue 18: an `apiKey` security
 * scheme for machine principals). A unit counts only when it ties the key to this API: a header in
 * a request (`curl ... -H 'X-API-Key: ...'`, `Headers.TryGetValue("X-API-Key")`, `Header: X-API-Key`)
 * or routes stated next to the key (`/api/external/* API Key认证`, `` `POST /api/x` (requires API key) ``).
 * A unit that names a third-party provider (the SendGrid key we send, `STRIPE_API_KEY`) is about
 * someone else's API and gives nothing; derive keeps only routes that match this API's endpoints.
 */

/** "API key" in the corpus languages (en, zh, ja, es, pt, fr, de); `STRIPE_API_KEY` is not one. */
const API_KEY =
  /\bapi[ -]?keys?\b|api\s*(?:密钥|密鑰|キー)|\bclaves? (?:de )?api\b|\bchaves? (?:de )?api\b|\bclés? (?:d['’])?api\b|\bapi-schlüssel\w*/iu;

/** A header name shaped like an API key header: `X-API-Key`, `X-Partner-Api-Key`, `Api-Key:`. */
const KEY_HEADER =
  /(?<![\w/.-])(x-(?:[a-z0-9]+-)*api-?key)(?![\w/-])|(?<![\w/.-])(api-key)(?=\s*['"]?\s*:)/gi;
/** A custom `X-...-Key` header, taken only where the unit says it carries an API key. */
const X_KEY_HEADER = /(?<![\w/.-])(x-(?:[a-z0-9]+-)*key)(?![\w/-])/gi;

const METHOD_ROUTE = /\b(GET|POST|PUT|PATCH|DELETE)\s+`?(\/[^\s`'"),;<>（）]*)/g;
/** A route prefix with a wildcard (`/api/external/*`). */
const PREFIX = /(?<![\w:/.])(\/[\w{}:.-]+(?:\/[\w{}:.-]+)*)\/\*/g;
/** A URL in a request example: host and path. */
const URL = /\bhttps?:\/\/([^/\s'"`]+)(\/[^\s'"`?#\\]*)?/g;

function headers(text: string, saysKey: boolean): string[] {
  const out = [...text.matchAll(KEY_HEADER)].map((m) => (m[1] ?? m[2])!);
  if (saysKey) out.push(...[...text.matchAll(X_KEY_HEADER)].map((m) => m[1]!));
  return [...new Set(out)];
}

/** Whether a host is a catalogued provider's (`api.stripe.com`): a call out, not a call in. */
const theirs = (host: string) => findProviders(host.replace(/[.-]/g, ' ').toUpperCase()).length > 0;

function routes(text: string, saysKey: boolean): string[] {
  const out: string[] = [];
  const method = /(?:^|\s)(?:-X|--request)\s+['"]?(GET|POST|PUT|PATCH|DELETE)\b/i
    .exec(text)?.[1]
    ?.toUpperCase();
  for (const m of text.matchAll(URL)) {
    if (!m[2] || m[2] === '/' || theirs(m[1]!)) continue;
    out.push(`${method ?? 'GET'} ${m[2]}`);
  }
  if (saysKey) {
    for (const m of text.matchAll(METHOD_ROUTE)) out.push(`${m[1]} ${m[2]!.replace(/[.:]+$/, '')}`);
    for (const m of text.matchAll(PREFIX)) out.push(`${m[1]}/*`);
  }
  // A route of the keys themselves (`POST /api/api-keys` creates a key) is where users manage
  // keys, not a route a client calls with one.
  return [...new Set(out)].filter((r) => !/\/(?:api[-_]?keys?|keys)(?:\/|$)/i.test(r));
}

/** Names a provider, or a provider's key variable (`ANTHROPIC_API_KEY`). */
const namesProvider = (text: string) => findProviders(text.replace(/_/g, ' ')).length > 0;

function fact(file: string, line: number, text: string, code: boolean): SecurityFact | null {
  const saysKey = API_KEY.test(text);
  const hs = headers(text, saysKey);
  if (!saysKey && hs.length === 0) return null;
  if (namesProvider(text)) return null;
  // A route counts when the unit says "API key" (prose, a diagram line) or sends the key header
  // in the same request (curl); a URL in prose is a link, not a request.
  const rs = saysKey || (code && hs.length > 0) ? routes(text, saysKey) : [];
  if (hs.length === 0 && rs.length === 0) return null;
  return {
    kind: 'api-key',
    header: hs[0] ?? null,
    routes: rs,
    text,
    origin: fromSource(file, line, text.slice(0, 160)),
  };
}

/** One request per code command: lines joined where a shell line ends with `\`. */
function commands(content: string, first: number): { text: string; line: number }[] {
  const out: { text: string; line: number }[] = [];
  let current: { text: string; line: number } | null = null;
  content.split('\n').forEach((raw, i) => {
    const l = raw.trim();
    if (current) current.text += ` ${l.replace(/\\$/, '').trim()}`;
    else if (l.length > 0) current = { text: l.replace(/\\$/, '').trim(), line: first + i };
    if (current && !l.endsWith('\\')) {
      out.push(current);
      current = null;
    }
  });
  if (current) out.push(current);
  return out;
}

/** Every API-key fact of one document, from its prose, table rows and code commands. */
export function apiKeyFacts(md: MarkdownDoc, file: string): SecurityFact[] {
  const out: SecurityFact[] = [];
  for (const u of textUnits(md)) {
    if (u.source === 'code') continue;
    const f = fact(file, u.line, u.text, false);
    if (f) out.push(f);
  }
  for (const b of md.blocks) {
    if (b.kind !== 'code' || b.lang === 'mermaid' || b.content.length > 200_000) continue;
    for (const c of commands(b.content, b.contentLine)) {
      if (c.text.length > 2000) continue;
      const f = fact(file, c.line, c.text, true);
      if (f) out.push(f);
    }
  }
  return out;
}
