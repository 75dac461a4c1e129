/**
 * SQL text handling before the PostgreSQL parser sees it: splitting a fence into statements (so one
 * bad statement does not lose the others), rewriting MySQL/SQLite spellings into PostgreSQL ones
 * without moving any character (every rewrite keeps the length, so parser offsets stay file
 * offsets), and converting libpg-query's byte offsets into string offsets.
 */

export interface SqlStatement {
  text: string;
  /** Offset of `text` inside the fence content. */
  start: number;
}

/** Splits on top-level `;`, respecting quotes, dollar quotes and comments. */
export function splitStatements(sql: string): SqlStatement[] {
  const out: SqlStatement[] = [];
  let start = 0;
  let i = 0;
  const n = sql.length;
  while (i < n) {
    const c = sql[i]!;
    if (c === '-' && sql[i + 1] === '-') {
      const e = sql.indexOf('\n', i);
      i = e < 0 ? n : e;
    } else if (c === '/' && sql[i + 1] === '*') {
      const e = sql.indexOf('*/', i + 2);
      i = e < 0 ? n : e + 2;
    } else if (c === "'" || c === '"' || c === '`') {
      let j = i + 1;
      while (j < n && sql[j] !== c) j++;
      i = j + 1;
    } else if (c === '$') {
      const m = /^\$[A-Za-z_]*\$/.exec(sql.slice(i, i + 40));
      if (m) {
        const e = sql.indexOf(m[0], i + m[0].length);
        i = e < 0 ? n : e + m[0].length;
      } else i++;
    } else if (c === ';') {
      push(out, sql, start, i);
      start = i + 1;
      i++;
    } else i++;
  }
  push(out, sql, start, n);
  return out;
}

function push(out: SqlStatement[], sql: string, from: number, to: number): void {
  const text = sql.slice(from, to);
  if (text.replace(/--[^\n]*|\/\*[\s\S]*?\*\//g, '').trim().length > 0) out.push({ text, start: from });
}

/** What the MySQL/SQLite rewrite removed, keyed by column name as written (lower-case). */
export interface DialectNotes {
  autoIncrement: Set<string>;
  inlineEnums: Map<string, string[]>;
  /** Index clauses inside CREATE TABLE (`KEY idx (a, b)`, `UNIQUE KEY (a)`), removed for the parser. */
  inlineIndexes: { name?: string; columns: string[]; unique: boolean; offset: number }[];
  dialect: 'postgresql' | 'mysql' | 'sqlite' | 'sqlserver';
  /** MySQL `COMMENT '…'` on a column and `COMMENT='…'` on a table, at their offsets, before they are blanked. */
  comments?: { offset: number; text: string; table: boolean }[];
}

const blank = (s: string) => s.replace(/[^\n]/g, ' ');

/**
 * Rewrites MySQL/SQLite DDL into PostgreSQL syntax, keeping every offset: backticks become double
 * quotes, `AUTO_INCREMENT`, `UNSIGNED`, `ENGINE=...`, `COMMENT '...'`, `ON UPDATE CURRENT_TIMESTAMP`,
 * display widths `INT(11)` and inline `KEY` clauses are blanked, inline `ENUM(...)` becomes `text`.
 */
export function normaliseDialect(sql: string): { text: string; notes: DialectNotes } {
  const notes: DialectNotes = {
    autoIncrement: new Set(),
    inlineEnums: new Map(),
    inlineIndexes: [],
    dialect: 'postgresql',
  };
  if (
    !/`|auto_?increment|engine\s*=|\benum\s*\(|\bunsigned\b|\bint\s*\(\d+\)|^[ \t]*(unique\s+)?key\s|\bidentity\s*\(|\[\w+\]|\(max\)|^[ \t]*go[ \t]*$|\bdatetime\s*\(\s*'now'/im.test(
      sql,
    )
  ) {
    return { text: sql, notes };
  }
  let text = sql.replace(/`/g, '"');
  // SQLite's `datetime('now')` default is PostgreSQL's now().
  text = text.replace(/\bdatetime\s*\(\s*'now'\s*\)/gi, (k) => {
    notes.dialect = 'sqlite';
    return `now()${' '.repeat(k.length - 5)}`;
  });
  // SQL Server: [bracketed] names, IDENTITY(1,1), NVARCHAR(MAX), batch separators.
  text = text.replace(/\[([A-Za-z_][\w$ ]*)\]/g, (_a, name: string) => {
    notes.dialect = 'sqlserver';
    return `"${name}"`;
  });
  text = text.replace(
    /(?<![\w$"])("?[A-Za-z_][\w$]*"?)\s+([^,\n]*?)\bidentity\s*\(\s*\d+\s*,\s*\d+\s*\)/gi,
    (all, col: string) => {
      notes.autoIncrement.add(col.replace(/"/g, '').toLowerCase());
      notes.dialect = 'sqlserver';
      return all.replace(/identity\s*\(\s*\d+\s*,\s*\d+\s*\)/i, (k) => blank(k));
    },
  );
  text = text.replace(/\(\s*max\s*\)/gi, (k) => {
    notes.dialect = 'sqlserver';
    return blank(k);
  });
  text = text.replace(/^\s*go\s*$/gim, (k) => blank(k));
  text = text.replace(
    /(?<![\w$"])("?[A-Za-z_][\w$]*"?)\s+([^,\n]*?)\bauto_?increment\b/gi,
    (all, col: string) => {
      notes.autoIncrement.add(col.replace(/"/g, '').toLowerCase());
      notes.dialect = /autoincrement/i.test(all) ? 'sqlite' : 'mysql';
      return all.replace(/auto_?increment/i, (k) => blank(k));
    },
  );
  text = text.replace(
    /("?[A-Za-z_][\w$]*"?)(\s+)(enum\s*\(((?:\s*'(?:[^']|'')*'\s*,?)+)\))/gi,
    (all, col: string, ws: string, type: string, list: string) => {
      // `CREATE TYPE x AS ENUM (...)` is PostgreSQL, not a MySQL inline enum.
      if (col.toLowerCase() === 'as') return all;
      const values = [...list.matchAll(/'((?:[^']|'')*)'/g)].map((m) => m[1]!.replace(/''/g, "'"));
      notes.inlineEnums.set(col.replace(/"/g, '').toLowerCase(), values);
      notes.dialect = 'mysql';
      return `${col}${ws}text${' '.repeat(type.length - 4)}`;
    },
  );
  // MySQL's `tinyint(1)` is its boolean (MySQL Reference Manual 13.1.1, BOOL and BOOLEAN are synonyms).
  text = text.replace(/\btinyint\s*\(\s*1\s*\)/gi, (all) => `boolean${' '.repeat(all.length - 7)}`);
  text = text.replace(/\b((?:tiny|small|medium|big)?int(?:eger)?)\s*\(\s*\d+\s*\)/gi, (all, base: string) => {
    return base + ' '.repeat(all.length - base.length);
  });
  text = text.replace(/\b(unsigned|zerofill)\b/gi, (k) => blank(k));
  text = text.replace(/\bon\s+update\s+current_timestamp(\(\))?/gi, (k) => blank(k));
  text = text.replace(
    /\bcomment\s*(=\s*)?'((?:[^']|'')*)'/gi,
    (k, eq: string | undefined, said: string, offset: number) => {
      notes.comments ??= [];
      notes.comments.push({ offset, text: said.replace(/''/g, "'"), table: eq !== undefined });
      return blank(k);
    },
  );
  // Table options after the closing parenthesis: ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 ...
  text = text.replace(
    /\)(\s*(?:engine|default\s+charset|charset|collate|auto_increment|row_format)\b[^;]*)/gi,
    (_a, opts: string) => {
      notes.dialect = 'mysql';
      return `)${blank(opts)}`;
    },
  );
  text = text.replace(
    /,(\s*)((unique|fulltext|spatial)\s+)?(key|index)\s+("?[\w$]+"?\s*)?\(([^)]*)\)/gi,
    (
      all,
      ws: string,
      _u,
      kind: string | undefined,
      _k,
      name: string | undefined,
      cols: string,
      offset: number,
    ) => {
      // `, key VARCHAR(20)` is a column named key, not an index clause.
      if (/^\s*\d+\s*$/.test(cols) || /^(var)?char|^int|^text|^decimal|^numeric/i.test(name ?? ''))
        return all;
      const idx: DialectNotes['inlineIndexes'][number] = {
        columns: cols.split(',').map((c) =>
          c
            .trim()
            .replace(/"/g, '')
            .replace(/\s*\(\d+\)|\s+(asc|desc)$/gi, ''),
        ),
        unique: (kind ?? '').toLowerCase() === 'unique',
        // Offset of the KEY word itself, not of the comma before it.
        offset: offset + 1 + ws.length,
      };
      if (name) idx.name = name.trim().replace(/"/g, '');
      notes.inlineIndexes.push(idx);
      notes.dialect = 'mysql';
      return blank(all);
    },
  );
  return { text, notes };
}

/** Maps libpg-query byte offsets (UTF-8) to string offsets; identity for ASCII text. */
export function byteOffsets(text: string): (byte: number) => number {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: testing for any non-ASCII character
  if (!/[^\u0000-\u007f]/.test(text)) return (b) => b;
  const map: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const cp = text.codePointAt(i)!;
    const bytes = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    for (let k = 0; k < bytes; k++) map.push(i);
    if (cp >= 0x10000) i++;
  }
  return (b) => (b >= map.length ? text.length : map[b]!);
}
