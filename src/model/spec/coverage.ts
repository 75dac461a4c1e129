/**
 * Read coverage: which blocks of each planning document contributed at least one fact. What was not
 * read is listed so a person or an assistant can read it (and add facts to the facts overlay).
 */
export interface DocumentCoverage {
  path: string;
  /** Content blocks (paragraphs, list items, tables, code blocks; headings excluded). */
  blocks: number;
  /** Blocks with at least one fact whose origin points into them. */
  read: number;
  /** Blocks that look like data-model text (entities, fields, tables, types), and how many were read. */
  dataModel: { blocks: number; read: number };
  /** Sentences of prose (a table row, a code block: one each) and how many an origin points into. */
  sentences: { total: number; read: number };
}

export interface UnreadBlock {
  file: string;
  line: number;
  endLine: number;
  kind: 'paragraph' | 'list-item' | 'table' | 'code';
  /** Enclosing headings, joined with ` > `. */
  section: string;
  /** The block's first words. */
  words: string;
  /** How likely the block holds model facts (higher first); the list is ordered by it. */
  score: number;
}

export interface ReadCoverage {
  documents: DocumentCoverage[];
  /** Unread blocks, most likely to hold model facts first (capped; `unreadTotal` counts all). */
  unread: UnreadBlock[];
  unreadTotal: number;
}
