import type { Block } from '../../markdown/blocks.js';
import type { IndexFact } from '../../model/domain.js';
import { at, cellText } from './facts.js';

/**
 * Index specifications written in bullets and prose:
 * - MongoDB key documents (https://www.mongodb.com/docs/manual/indexes/):
 *   `Compound index: { status: 1, decisionStatus: 1, updatedAt: -1 }`,
 *   `Text index: { "customer.fullName": "text" }`, `db.orders.createIndex({ email: 1 }, { unique: true })`;
 * - SQL-style `index on tasks(user_id, deadline)`.
 * The collection is the one named on the line (`on orders`, `orders collection`, `db.orders`), else
 * the one named by the nearest "X collection" text above it in the same section; with none, the
 * index is not read (an index on an unknown collection would be invented).
 */

// `(?:\s*,)?\s*` and not `\s*,?\s*`: two optional runs of blanks per key made a long key list
// without its `}` exponential.
export const KEY_DOC =
  /\{\s*((?:["']?[\w.$]+["']?\s*:\s*(?:-?1|["'](?:text|2dsphere|2d|hashed)["'])(?:\s*,)?\s*)+)\}/g;
const COLLECTION_WORD = /(?:`([\w.-]+)`|\b([A-Za-z_][\w-]*))\s+collection\b/i;

function collectionNear(blocks: readonly Block[], index: number, text: string): string | null {
  const db = /\bdb\.([A-Za-z_]\w*)\.create(?:Index|Indexes)\b/.exec(text);
  if (db) return db[1]!;
  const own = COLLECTION_WORD.exec(text);
  if (own) return own[1] ?? own[2]!;
  const section = blocks[index]!.headingPath.join('\u0000');
  // Captions (paragraphs such as "**Conversations Collection Schema:**") name the subject of a
  // section; list items above may mention other collections in passing, so they come second.
  for (const kind of ['paragraph', 'list-item'] as const) {
    for (let i = index - 1; i >= 0; i--) {
      const b = blocks[i]!;
      if (b.headingPath.join('\u0000') !== section || b.kind === 'heading') break;
      if (b.kind !== kind) continue;
      const m = COLLECTION_WORD.exec(cellText(b.text));
      if (m) return m[1] ?? m[2]!;
    }
  }
  return null;
}

export function readIndexSpecs(blocks: readonly Block[], file: string): IndexFact[] {
  const out: IndexFact[] = [];
  blocks.forEach((b, index) => {
    if (b.kind !== 'list-item' && b.kind !== 'paragraph') return;
    if (!/\bindex/i.test(b.text)) return;
    const text = b.text.replace(/`/g, ' ');
    for (const m of text.matchAll(KEY_DOC)) {
      const pairs = [...m[1]!.matchAll(/["']?(?<![\w.$])([\w.$]+)["']?\s*:\s*(-?1|["'][\w]+["'])/g)];
      if (pairs.length === 0) continue;
      const collection = collectionNear(blocks, index, b.text);
      if (!collection) continue;
      const fact: IndexFact = {
        entity: collection,
        columns: pairs.map((p) => p[1]!),
        unique: /\bunique\b/i.test(b.text),
        origin: at(file, b.line, b.text.split('\n')[0]),
      };
      if (pairs.some((p) => /text/.test(p[2]!))) fact.method = 'text';
      else if (pairs.some((p) => /hashed|2d/.test(p[2]!)))
        fact.method = pairs.find((p) => /hashed|2d/.test(p[2]!))![2]!.replace(/["']/g, '');
      out.push(fact);
    }
    const sql = /\b(unique\s+)?index(?:es)?\s+on\s+`?([A-Za-z_]\w*)\s*\(([\w\s,]+)\)`?/i.exec(
      cellText(b.text),
    );
    if (sql) {
      out.push({
        entity: sql[2]!,
        columns: sql[3]!
          .split(',')
          .map((c) => c.trim())
          .filter(Boolean),
        unique: sql[1] !== undefined,
        origin: at(file, b.line, b.text.split('\n')[0]),
      });
    }
  });
  return out;
}
