/** A markdown document as a flat list of blocks, each with its 1-based line in the original file. */

interface BlockBase {
  /** 1-based line in the original file (front matter included). */
  line: number;
  /** Texts of the enclosing headings, outermost first. */
  headingPath: string[];
}

export interface HeadingBlock extends BlockBase {
  kind: 'heading';
  level: number;
  text: string;
}

export interface ParagraphBlock extends BlockBase {
  kind: 'paragraph';
  /** Inline text with markdown emphasis kept (`**Order**: id, ...`). */
  text: string;
  /** Inside a blockquote. */
  quoted: boolean;
}

export interface ListItemBlock extends BlockBase {
  kind: 'list-item';
  text: string;
  /** 0 for top-level items. */
  depth: number;
  /** Texts of the enclosing list items, outermost first ("Phase 2 (Multi-Server):" above its bullets). */
  parents?: string[];
  ordered: boolean;
}

export interface TableBlock extends BlockBase {
  kind: 'table';
  header: string[];
  rows: { cells: string[]; line: number }[];
}

export interface CodeBlock extends BlockBase {
  kind: 'code';
  /** Info string's first word, lower-cased (`sql`, `typescript`, `mermaid`, ``). */
  lang: string;
  content: string;
  /** 1-based file line of the first content line (the line after the opening fence). */
  contentLine: number;
}

export type Block = HeadingBlock | ParagraphBlock | ListItemBlock | TableBlock | CodeBlock;

export interface MarkdownDoc {
  path: string;
  blocks: Block[];
}
