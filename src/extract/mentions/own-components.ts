import type { MarkdownDoc } from '../../markdown/blocks.js';
import { plainText } from '../../markdown/parse.js';

/**
 * The names of the project's own parts, which are never external integrations: the first cells of a
 * component table (`| Component | Responsibility |`), the folders of a folder tree, the
 * containers of a C4 container diagram. Lower-cased, with spaces, dashes and underscores removed
 * (`account-service` and `AccountService` are one name).
 */
export function ownComponents(docs: readonly MarkdownDoc[]): Set<string> {
  const out = new Set<string>();
  const add = (name: string) => {
    const key = componentKey(name);
    if (key.length >= 3) out.add(key);
  };
  for (const md of docs) {
    for (const block of md.blocks) {
      if (block.kind === 'table' && COMPONENT_HEADER.test(plainText(block.header[0] ?? ''))) {
        for (const row of block.rows) add(plainText(row.cells[0] ?? ''));
      } else if (block.kind === 'code' && /[├└]──|^\s*[│|]\s/m.test(block.content)) {
        // Folders only: a file (`lib/ytj.ts`) is often the client of an external service.
        for (const m of block.content.matchAll(/(?:[├└]──|──)\s*([\w-]+)\/?(?=\s|$)/gm)) add(m[1]!);
      } else if (block.kind === 'code' && block.lang === 'mermaid') {
        for (const m of block.content.matchAll(/\bContainer(?:Db|Queue)?\(\s*\w+\s*,\s*"([^"]+)"/g))
          add(m[1]!);
      }
    }
  }
  return out;
}

const COMPONENT_HEADER =
  /^(?:components?|modules?|services?|containers?|packages?|apps?|layers?|komponent\w*|componentes?|composants?|moduuli\w*|palvelu\w*)$/i;

export function componentKey(name: string): string {
  return name
    .toLowerCase()
    .replace(/\bapi\b/g, '')
    .replace(/[\s_-]+/g, '');
}
