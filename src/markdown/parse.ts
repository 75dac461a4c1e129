import MarkdownIt from 'markdown-it';
import type { SourceDocument } from '../model/sources.js';
import type { Block, MarkdownDoc } from './blocks.js';
import { codeFenceOf } from './code-files.js';

type Md = InstanceType<typeof MarkdownIt>;
type Token = ReturnType<Md['parse']>[number];

let md: Md | undefined;
const DATA_FILE = /\.(ya?ml|json)$/i;
const cache = new WeakMap<SourceDocument, MarkdownDoc>();

/**
 * Parses a document's body once (cached per document) into blocks with file line numbers.
 * markdown-it is used for its line maps and speed (see DEPENDENCIES.md: 87 ms for 152 KB).
 */
export function parseMarkdown(doc: SourceDocument): MarkdownDoc {
  const hit = cache.get(doc);
  if (hit) return hit;
  const data = DATA_FILE.exec(doc.path);
  const code = data ? null : codeFenceOf(doc.path);
  if (data || code) {
    // A contract file (`contracts/api.yaml`) or a schema file a document points to
    // (`priv/repo/migrations/…exs`) is one code block of its notation, its lines as in the file.
    const lang = data ? data[1]!.toLowerCase().replace('yml', 'yaml') : code!;
    const parsed: MarkdownDoc = {
      path: doc.path,
      blocks: [
        {
          kind: 'code',
          lang,
          content: doc.body,
          contentLine: 1 + doc.bodyLineOffset,
          line: 1,
          headingPath: [],
        },
      ],
    };
    cache.set(doc, parsed);
    return parsed;
  }
  if (!md) {
    md = new MarkdownIt({ html: true });
    // Blocks keep the raw inline text of each paragraph, heading and cell (`content`), never the
    // inline tokens: parsing every inline run into children was a seventh of a 1 MB document's parse.
    md.disable(['inline', 'text_join']);
  }
  const tokens = md.parse(doc.body, {});
  const parsed: MarkdownDoc = { path: doc.path, blocks: toBlocks(tokens, doc.bodyLineOffset) };
  cache.set(doc, parsed);
  return parsed;
}

function toBlocks(tokens: Token[], offset: number): Block[] {
  const blocks: Block[] = [];
  const headings: { level: number; text: string }[] = [];
  const path = () => headings.map((h) => h.text);
  let listDepth = -1;
  const ordered: boolean[] = [];
  let quoteDepth = 0;
  let itemOpen: { line: number; depth: number; ordered: boolean; consumed: boolean; text?: string }[] = [];

  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const line = (t.map?.[0] ?? 0) + 1 + offset;
    switch (t.type) {
      case 'heading_open': {
        const level = Number(t.tag.slice(1));
        const text = latin1Flat(tokens[i + 1]?.content.trim() ?? '');
        while (headings.length > 0 && headings[headings.length - 1]!.level >= level) headings.pop();
        blocks.push({ kind: 'heading', level, text, line, headingPath: path() });
        headings.push({ level, text });
        i += 2;
        break;
      }
      case 'blockquote_open':
        quoteDepth++;
        break;
      case 'blockquote_close':
        quoteDepth--;
        break;
      case 'bullet_list_open':
      case 'ordered_list_open':
        listDepth++;
        ordered.push(t.type === 'ordered_list_open');
        break;
      case 'bullet_list_close':
      case 'ordered_list_close':
        listDepth--;
        ordered.pop();
        break;
      case 'list_item_open':
        itemOpen.push({
          line,
          depth: listDepth,
          ordered: ordered[ordered.length - 1] ?? false,
          consumed: false,
        });
        break;
      case 'list_item_close':
        itemOpen.pop();
        break;
      case 'paragraph_open': {
        const text = latin1Flat(tokens[i + 1]?.content ?? '');
        const item = itemOpen[itemOpen.length - 1];
        if (item && !item.consumed) {
          // The first paragraph of a list item is the item's text; later ones are paragraphs.
          item.consumed = true;
          item.text = text;
          const parents = itemOpen.slice(0, -1).flatMap((p) => (p.text ? [p.text] : []));
          blocks.push({
            kind: 'list-item',
            text,
            depth: item.depth,
            ordered: item.ordered,
            line,
            headingPath: path(),
            ...(parents.length > 0 ? { parents } : {}),
          });
        } else {
          blocks.push({ kind: 'paragraph', text, quoted: quoteDepth > 0, line, headingPath: path() });
        }
        i += 2;
        break;
      }
      case 'fence':
      case 'code_block': {
        const lang = (t.info ?? '').trim().split(/\s+/)[0]?.toLowerCase() ?? '';
        blocks.push({
          kind: 'code',
          lang,
          content: latin1Flat(t.content),
          line,
          contentLine: t.type === 'fence' ? line + 1 : line,
          headingPath: path(),
        });
        break;
      }
      case 'table_open': {
        const header: string[] = [];
        const rows: { cells: string[]; line: number }[] = [];
        let row: string[] | null = null;
        let rowLine = line;
        let inHead = false;
        for (i++; i < tokens.length && tokens[i]!.type !== 'table_close'; i++) {
          const c = tokens[i]!;
          if (c.type === 'thead_open') inHead = true;
          else if (c.type === 'thead_close') inHead = false;
          else if (c.type === 'tr_open') {
            row = [];
            rowLine = (c.map?.[0] ?? 0) + 1 + offset;
          } else if (c.type === 'inline' && row) row.push(latin1Flat(c.content.trim()));
          else if (c.type === 'tr_close' && row) {
            if (inHead) header.push(...row);
            else rows.push({ cells: row, line: rowLine });
            row = null;
          }
        }
        blocks.push({ kind: 'table', header, rows, line, headingPath: path() });
        break;
      }
      default:
        break;
    }
  }
  itemOpen = [];
  return blocks;
}

/**
 * The same text, as a string of its own stored one byte per character when every character fits
 * (issue 19). A document with one arrow or em dash anywhere is decoded into a two-byte string, and
 * every slice of it (markdown-it's token contents, then every sentence and cell cut from them) stays
 * a view of that two-byte string, even when its own characters are all ASCII. V8 compiles a regular
 * expression separately for each string width it meets, so every reader pattern was compiled twice:
 * for these texts and for the one-byte strings of the code. A copy holds the same characters; only
 * the texts that really hold a wider character stay two-byte.
 */
export function latin1Flat(s: string): string {
  if (s.length === 0 || WIDE_CHAR.test(s)) return s;
  return Buffer.from(s, 'latin1').toString('latin1');
}

const WIDE_CHAR = /[\u0100-\uffff]/;

/** Removes inline markdown (`**bold**`, `` `code` ``, links) for matching and display. */
export function plainText(inline: string): string {
  let plain = plainCache.get(inline);
  if (plain === undefined) {
    if (plainCache.size >= PLAIN_CACHE_SIZE) plainCache.clear();
    // One byte per character when it fits (`latin1Flat`): the inline text may be a slice of a
    // sentence or label cut from a two-byte block, and every reader pattern runs on the plain text.
    plain = latin1Flat(stripInline(inline));
    plainCache.set(inline, plain);
  }
  return plain;
}

/**
 * Every extractor asks for the plain text of the same blocks and sentences: the answers of the
 * current documents are kept (bounded, so a huge project cannot grow it without limit).
 */
const plainCache = new Map<string, string>();
const PLAIN_CACHE_SIZE = 20_000;

function stripInline(inline: string): string {
  // Each pass runs only when its delimiter is in the text: most inline text has none, and this is
  // called for every block and sentence of every document.
  let s = inline;
  // Every pattern stops at the next delimiter of its kind (`[^[\]]`, `[^()]`, `[^_]`, `[^*]`,
  // `[^<>]`): a wildcard that could cross delimiters rescanned the rest of the line from every
  // opener without a closer (20,000 `[` or ` *a` took seconds).
  if (s.includes('](')) s = s.replace(/!?\[([^[\]]*)\]\([^()]*\)/g, '$1');
  if (s.includes('**')) s = s.replace(/\*\*(.*?)\*\*/g, '$1');
  if (s.includes('_')) {
    // CommonMark: `_` and `__` emphasise only at word boundaries, so `gen_random_uuid()` and
    // `rate_card_items` keep their underscores.
    s = s
      .replace(/(^|[^\p{L}\p{N}_])__(\S(?:(?:[^_]|_(?!_))*?\S)?)__(?![\p{L}\p{N}_])/gu, '$1$2')
      .replace(/(^|[^\p{L}\p{N}_])_(\S(?:[^_]*\S)?)_(?![\p{L}\p{N}_])/gu, '$1$2');
  }
  if (s.includes('*')) s = s.replace(/\*(\S(?:[^*]*\S)?)\*/g, '$1');
  if (s.includes('`')) s = s.replace(/`([^`]*)`/g, '$1');
  if (s.includes('<')) s = s.replace(/<[^<>]+>/g, '');
  return s.trim();
}
