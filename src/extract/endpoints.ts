import { citationList, mentionedIds } from '../knowledge/requirement-ids.js';
import { RECEIVING_SEGMENT } from '../knowledge/webhook-words.js';
import type { Block } from '../markdown/blocks.js';
import { plainText } from '../markdown/parse.js';
import type { StatedEndpoint } from '../model/domain.js';
import { fromSource } from '../model/origin.js';
import { ACCESS_HEADER, readAccessCell, statesSignature } from '../read/access-words.js';
import { statedBasePath } from '../read/base-path-words.js';
import { integrationHeadingName, PROVIDER_HEADING, PROVIDER_LEAD } from '../read/provider-words.js';
import type { Extractor } from './types.js';

/**
 * Extractor `endpoints`: routes a document states, in any of the notations seen in planning docs —
 * route lists in code fences (`POST   /api/auth/register`), comments in code (`// GET /api/x (list)`),
 * sequence diagrams (`U->>API: POST /auth/login (email, password)`), bullets and prose
 * (`` `GET /api/tasks/:id` ``), tables with Method and Path columns or a `METHOD /path` cell.
 * Express-style `:id` becomes OpenAPI's `{id}` (OpenAPI 3.1 §4.8.8 path templating); the base path
 * (`/api`) is kept as written. Wildcards and elisions (`/x/*`, `.../complete`) are not routes.
 */
export const endpointsExtractor: Extractor = {
  name: 'endpoints',
  extract: ({ doc, md }) => {
    const found: StatedEndpoint[] = [];
    const basePaths: { path: string; origin: ReturnType<typeof fromSource> }[] = [];
    for (const [i, block] of md.blocks.entries()) {
      const routes = fromBlock(doc.path, block);
      if (routes.length > 0) {
        const near = block.kind === 'list-item' ? itemCitations(md.blocks, i) : [];
        for (const e of routes) {
          const cites = [
            ...new Set([...near, ...mentionedIds(e.origin.kind === 'source' ? (e.origin.quote ?? '') : '')]),
          ];
          if (cites.length > 0) e.cites = cites;
        }
      }
      found.push(...routes);
      // A provider's base URL ("OpenAI API — Base URL: https://api.openai.com/v1") is theirs, not ours.
      if ((block.kind === 'paragraph' || block.kind === 'list-item') && !providerSection(block))
        for (const [text, line] of linesOf(block.text, block.line)) {
          const path = statedBasePath(text);
          if (path) basePaths.push({ path, origin: fromSource(doc.path, line, text.trim().slice(0, 160)) });
        }
    }
    const fragment: { statedEndpoints?: StatedEndpoint[]; basePaths?: typeof basePaths } = {};
    if (found.length > 0) fragment.statedEndpoints = found;
    if (basePaths.length > 0) fragment.basePaths = basePaths;
    return { fragment, diagnostics: [] };
  },
};

/**
 * The requirement ids a route's task item cites: ids in the items above it (`- [ ] 5. Orders API
 * (FR-3)`) and a sibling citation line (`- _Requirements: 2.2, 2.3_`, Kiro's task plans).
 */
function itemCitations(blocks: readonly Block[], i: number): string[] {
  const item = blocks[i] as Extract<Block, { kind: 'list-item' }>;
  const parents = (item.parents ?? []).join('\n');
  const out = mentionedIds(parents);
  const sibling = (b: Block | undefined): b is Extract<Block, { kind: 'list-item' }> =>
    b?.kind === 'list-item' && b.depth >= item.depth;
  for (const step of [-1, 1])
    for (let j = i + step; sibling(blocks[j]); j += step) {
      const b = blocks[j] as Extract<Block, { kind: 'list-item' }>;
      if (b.depth !== item.depth || (b.parents ?? []).join('\n') !== parents) continue;
      out.push(...(citationList(plainText(b.text)) ?? []));
    }
  return [...new Set(out)];
}

const REQUEST_TO =
  /`?\b(GET|POST|PUT|PATCH|DELETE)\b`?(?:[- ](?:requests?|calls?|anfrage|request))\s+(?:(?:is|are|was)\s+)?(?:(?:made|sent|issued|gesendet)\s+)?(?:to|on|at|against|an|auf)\s+(?=`?\/)|(?:petición|solicitud|requisição|requête|anfrage|request)\s+`?\b(GET|POST|PUT|PATCH|DELETE)\b`?\s+(?:a|para|sur|à|vers|an|auf|to)\s+(?=`?\/)/giu;

const METHOD = '(?:GET|POST|PUT|PATCH|DELETE)';
const ROUTE = new RegExp(`(?<![A-Za-z])(${METHOD}(?:\\s*\\|\\s*${METHOD})*)\\s+\`?(/[^\\s\`'"),;<>]*)`, 'g');

function fromBlock(file: string, block: Block): StatedEndpoint[] {
  // A third party's API described in an "External APIs" section (its base URL, "Key endpoints
  // used") is what we call, not what we serve; the webhooks and callbacks we receive stay ours.
  const theirs = providerSection(block);
  const ours = (e: StatedEndpoint) => !theirs || OURS_IN_PROVIDER_SECTION.test(e.path);
  switch (block.kind) {
    case 'code':
      if (block.lang === 'mermaid' && /^\s*sequenceDiagram/m.test(block.content))
        return sequenceRoutes(file, block.content, block.contentLine).filter(ours);
      return linesOf(block.content, block.contentLine)
        .flatMap(([text, line]) => fromLine(file, text, line))
        .filter(ours);
    case 'list-item':
    case 'paragraph':
      // "Points d'accès utilisés : `POST /payments`" lists the provider's routes on its own line.
      return linesOf(block.text, block.line)
        .filter(([text]) => !PROVIDER_LEAD.test(plainText(text)))
        .flatMap(([text, line]) => fromLine(file, text, line))
        .filter(ours);
    case 'table':
      return fromTable(file, block).filter(ours);
    case 'heading':
      return fromLine(file, block.text, block.line);
  }
}

/** Routes a provider section still states as ours: the webhooks and OAuth callbacks we receive. */
const OURS_IN_PROVIDER_SECTION = /webhook|callback|\/hooks?\b|\/notify|\/ipn\b/i;

function providerSection(block: Block): boolean {
  if (
    block.headingPath.some((h) => PROVIDER_HEADING.test(plainText(h)) || integrationHeadingName(plainText(h)))
  )
    return true;
  if (block.kind !== 'list-item' || !block.parents) return false;
  return block.parents.some((p) => PROVIDER_LEAD.test(plainText(p)));
}

/**
 * Routes in a sequence diagram are ours only when the message goes to our system: `U->>API: POST
 * /auth/login` is a route in; `API->>IdP: POST /oauth/token` is a call out to someone else's API. A
 * receiver is ours when its name or label says API, backend, server, service, app or gateway and
 * names no known provider.
 */
function sequenceRoutes(file: string, content: string, first: number): StatedEndpoint[] {
  const labels = new Map<string, string>();
  for (const m of content.matchAll(/^\s*(?:participant|actor)\s+(\S+)(?:\s+as\s+(.+))?$/gm))
    labels.set(m[1]!, `${m[1]} ${m[2] ?? ''}`);
  return linesOf(content, first).flatMap(([text, line]) => {
    // A message line is short; the bound keeps the lazy receiver pattern linear on hostile input.
    if (text.length > 400) return [];
    const arrow = /^\s*([^\s:-][^:]*?)\s*(?:-{1,2}>>|-{1,2}>|-{1,2}[x)])[+-]?\s*([^:]+?)\s*:/.exec(text);
    if (arrow) {
      const to = arrow[2]!.trim();
      const name = labels.get(to) ?? to;
      if (EXTERNAL_PARTICIPANT.test(name) || !OUR_PARTICIPANT.test(name)) return [];
    }
    return fromLine(file, text, line);
  });
}

const OUR_PARTICIPANT =
  /api|backend|back-end|server|servidor|serveur|service|app\b|gateway|bff|system|sistema|syst[eè]me/i;
const EXTERNAL_PARTICIPANT =
  /\b(?:idp|identity provider|auth0|okta|cognito|keycloak|clerk|google|github|microsoft|azure ad|entra|stripe|paypal|twilio|sendgrid|mailgun|postmark|resend|openai|anthropic|gemini|vertex|provider|proveedor|fournisseur|anbieter|provedor|external|externo|externe|third[- ]party)\b/i;

function linesOf(text: string, first: number): [string, number][] {
  return text.split('\n').map((t, i) => [t, first + i]);
}

/** Every `METHOD /path` on one line; the words after the last route are its description. */
function fromLine(file: string, said: string, line: number): StatedEndpoint[] {
  if (!/\b(?:GET|POST|PUT|PATCH|DELETE)\b/.test(said)) return [];
  // A route stated as a request in a criterion: "a `GET` request is made to `/v1/x`", "sends a POST
  // request to /x", "una petición GET a /x", "une requête POST sur /x", "ein GET-Request an /x".
  const raw = said.replace(REQUEST_TO, (_m, a?: string, b?: string) => `${a ?? b} `);
  // A file-tree listing (`├── tasks.ts ← GET|POST /api/tasks`) summarises routes loosely; the route
  // list it summarises is the statement.
  if (/[├└│]/.test(raw)) return [];
  const out: StatedEndpoint[] = [];
  const matches = [...raw.matchAll(ROUTE)];
  matches.forEach((m, i) => {
    const methods = m[1]!.split('|').map((s) => s.trim());
    const next = matches[i + 1]?.index ?? raw.length;
    const rest = raw.slice((m.index ?? 0) + m[0].length, next);
    const description = describe(rest);
    // An ASCII sequence diagram's arrow runs into the path (`|--POST /api/auth/login---->|`).
    const written = m[2]!.replace(/-{2,}.*$/, '');
    for (const p of expandPath(written)) {
      for (const method of methods) {
        const e: StatedEndpoint = {
          method,
          path: p,
          origin: fromSource(file, line, said.trim().slice(0, 160)),
        };
        if (description) e.description = description;
        // "callback `GET /payments/paytrail/callback` verifies the `signature` parameter": the
        // provider's signed call is the caller, whatever the method.
        if (receivingPath(p) && statesSignature(said))
          e.access = { public: true, any: false, roles: [], signed: true };
        out.push(e);
      }
    }
  });
  return out;
}

const receivingPath = (path: string): boolean =>
  path
    .toLowerCase()
    .split('/')
    .some((seg) => RECEIVING_SEGMENT.test(seg));

function fromTable(file: string, block: Extract<Block, { kind: 'table' }>): StatedEndpoint[] {
  const header = block.header.map((h) => plainText(h).toLowerCase());
  // Column headers in en, es, pt, fr, de and it (`Método | Ruta`, `Méthode | Chemin`, `Methode | Pfad`,
  // `Metodo | Percorso`), and ru, zh, ja, ko, nl, pl, cs (`Метод | Путь`, `方法 | 路径`, `Metoda | Cesta`).
  const rows = block.rows.map((r) => r.cells.map(plainText));
  // Headers in a language no list below knows ("Metod | Sökväg"): a column whose every cell is an
  // HTTP method, beside one whose every cell is a path, is the route table's all the same.
  const everyCell = (test: (cell: string) => boolean) =>
    rows.length > 0 ? header.findIndex((_, i) => rows.every((c) => test((c[i] ?? '').trim()))) : -1;
  const named = header.findIndex((h) =>
    /^(?:http )?(?:method|verb|método|verbo|méthode|methode|metodo|metoda|metod|metode|phương thức|yöntem|metot|метод|μέθοδος|方法|请求方法|メソッド|메서드|메소드|שיטה|מתודה|(?:ال)?طريقة|เมธอด)$/u.test(
      h,
    ),
  );
  const mi =
    named >= 0
      ? named
      : everyCell((c) =>
          /^(?:GET|POST|PUT|PATCH|DELETE)(?:\s*[,/|]\s*(?:GET|POST|PUT|PATCH|DELETE))*$/.test(c),
        );
  const namedPath = header.findIndex((h) =>
    /^(?:path|route|endpoint|url|uri|ruta|rota|caminho|chemin|pfad|endpunkt|percorso|rotta|pad|sökväg|sti|rute|endepunkt|đường dẫn|διαδρομή|τελικό σημείο|yol|uç nokta|ścieżka|cesta|путь|маршрут|эндпоинт|路径|路由|端点|パス|エンドポイント|경로|엔드포인트|נתיב|כתובת|נקודת קצה|(?:ال)?مسار|نقطة النهاية|เส้นทาง|ปลายทาง)$/u.test(
      h,
    ),
  );
  // A path cell may carry its query ("/reports/revenue?month=YYYY-MM"): the path ends there.
  const pi =
    namedPath >= 0 ? namedPath : mi >= 0 ? everyCell((c) => /^\/[\w{}:.\-/]*(?:[\s?]|$)/.test(c)) : -1;
  const di = header.findIndex((h) =>
    /(description|purpose|summary|action|notes?|notas?|observaci|observaç|remarques?|descripción|propósito|descrição|objetivo|objet|but|beschreibung|zweck|hinweise?|anmerkung|bemerkung|descrizione|scopo|beschrijving|omschrijving|doel|opmerking|beskrivning|syfte|beskrivelse|formål|merknad|bemærkning|mô tả|περιγραφή|σκοπός|σημειώσεις|deskripsi|keterangan|açıklama|amaç|popis|účel|poznámk|назначение|описание|说明|描述|用途|説明|概要|설명|용도|descriere|опис|descripció|kuvaus|tarkoitus|תיאור|מטרה|وصف|الغرض|คำอธิบาย|รายละเอียด|วัตถุประสงค์)/u.test(
      h,
    ),
  );
  const ai = header.findIndex((h) => ACCESS_HEADER.test(h.trim()));
  const out: StatedEndpoint[] = [];
  for (const [r, row] of block.rows.entries()) {
    const cells = rows[r]!;
    if (mi >= 0 && pi >= 0) {
      const methods = (cells[mi] ?? '')
        .toUpperCase()
        .split(/[\s,/|]+/)
        .filter((m) => /^(GET|POST|PUT|PATCH|DELETE)$/.test(m));
      const paths = expandPath((cells[pi] ?? '').split(/\s/)[0] ?? '');
      const quote = `| ${row.cells.join(' | ')} |`.slice(0, 160);
      for (const p of paths)
        for (const method of methods) {
          const e: StatedEndpoint = { method, path: p, row: true, origin: fromSource(file, row.line, quote) };
          const d = di >= 0 ? cells[di] : undefined;
          if (d) e.description = d;
          const access = ai >= 0 ? readAccessCell(cells[ai] ?? '') : null;
          if (access) e.access = access;
          out.push(e);
        }
    } else {
      for (const c of row.cells) out.push(...fromLine(file, plainText(c), row.line));
    }
  }
  return out;
}

/** Trailing words after a route (`(email, password)`, `-- list tasks`), without query strings. */
function describe(rest: string): string | undefined {
  // "… by webhook from Vipps (`POST /webhooks/vipps`); we do not trust …": a route named in
  // parentheses, or closing its clause, has its description before it, not after.
  if (/^[\s`]*[)\];]/.test(rest)) return undefined;
  const text = rest
    .replace(/^\s*\?\S*/, '')
    .replace(/^[\s`:—–\-→←(,;.]+/, '')
    .replace(/[)`\s]+$/, '')
    .trim();
  return text.length > 0 && /[A-Za-z]/.test(text) ? text.slice(0, 120) : undefined;
}

/**
 * `/api/tasks/:id?x=` → `/api/tasks/{id}`; `/api/auth/register|login` → two paths. Returns nothing for
 * text that is not a concrete route (elisions, wildcards, file names, bare `/`).
 */
export function expandPath(raw: string): string[] {
  let p = raw.replace(/[?#].*$/, '').replace(/[.:,]+$/, '');
  if (p.length < 2 || !p.startsWith('/') || p.includes('...') || p.includes('*') || p.includes('//'))
    return [];
  if (/\.(ts|js|tsx|md|json|ya?ml|html|png|svg)$/i.test(p)) return [];
  p = p.replace(/\/+$/, '');
  const segs = p.split('/');
  const last = segs.pop() ?? '';
  const alternatives = last.includes('|') ? last.split('|') : [last];
  const out: string[] = [];
  for (const alt of alternatives) {
    const full = [...segs, alt]
      .map((s) => s.replace(/^:([A-Za-z_][\w]*)$/, '{$1}').replace(/^<([A-Za-z_]\w*)>$/, '{$1}'))
      .join('/');
    if (/^\/[\w\-{}./]*$/.test(full) && !full.includes('|')) out.push(full);
  }
  return out;
}
