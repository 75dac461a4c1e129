/**
 * Identifier quoting. PostgreSQL: key words that are reserved, or may not be used as a column,
 * type or function name (docs appendix C, "Key Words"); MySQL 8.4 reserved words (ref. 11.3);
 * SQLite keywords (lang_keywords.html). Anything else that is not a plain lower-case word (a
 * leading digit, a letter outside ASCII, a hyphen) is quoted too, in every dialect.
 */
const POSTGRES = `all analyse analyze and any array as asc asymmetric authorization between bigint binary bit boolean both
case cast char character check coalesce collate collation column concurrently constraint create cross current_catalog
current_date current_role current_schema current_time current_timestamp current_user dec decimal default deferrable desc
distinct do else end except exists extract false fetch float for foreign freeze from full grant greatest group grouping
having ilike in initially inner inout int integer intersect interval into is isnull join json json_array json_arrayagg
json_exists json_object json_objectagg json_query json_scalar json_serialize json_table json_value lateral leading least
left like limit localtime localtimestamp merge_action national natural nchar none normalize not notnull null nullif
numeric offset on only or order out outer overlaps overlay placing position precision primary real references returning
right row select session_user setof similar smallint some substring symmetric system_user table tablesample then time
timestamp to trailing treat trim true union unique user using values varchar variadic verbose when where window with
xmlattributes xmlconcat xmlelement xmlexists xmlforest xmlnamespaces xmlparse xmlpi xmlroot xmlserialize xmltable`;

const MYSQL = `accessible add all alter analyze and as asc asensitive before between bigint binary blob both by call cascade
case change char character check collate column condition constraint continue convert create cross cube cume_dist
current_date current_time current_timestamp current_user cursor database databases day_hour day_microsecond day_minute
day_second dec decimal declare default delayed delete dense_rank desc describe deterministic distinct distinctrow div
double drop dual each else elseif empty enclosed escaped except exists exit explain false fetch first_value float float4
float8 for force foreign from fulltext function generated get grant group grouping groups having high_priority
hour_microsecond hour_minute hour_second if ignore in index infile inner inout insensitive insert int int1 int2 int3 int4
int8 integer intersect interval into io_after_gtids io_before_gtids is iterate join json_table key keys kill lag
last_value lateral lead leading leave left like limit linear lines load localtime localtimestamp lock long longblob
longtext loop low_priority master_bind master_ssl_verify_server_cert match maxvalue mediumblob mediumint mediumtext
middleint minute_microsecond minute_second mod modifies natural not no_write_to_binlog nth_value ntile null numeric of
on optimize optimizer_costs option optionally or order out outer outfile over partition percent_rank precision primary
procedure purge range rank read reads read_write real recursive references regexp release rename repeat replace require
resignal restrict return revoke right rlike row row_number rows schema schemas second_microsecond select sensitive
separator set show signal smallint spatial specific sql sqlexception sqlstate sqlwarning sql_big_result
sql_calc_found_rows sql_small_result ssl starting stored straight_join system table terminated then tinyblob tinyint
tinytext to trailing trigger true undo union unique unlock unsigned update usage use using utc_date utc_time
utc_timestamp values varbinary varchar varcharacter varying virtual when where while window with write xor year_month
zerofill`;

const SQLITE = `abort action add after all alter always analyze and as asc attach autoincrement before begin between by
cascade case cast check collate column commit conflict constraint create cross current current_date current_time
current_timestamp database default deferrable deferred delete desc detach distinct do drop each else end escape except
exclude exclusive exists explain fail filter first following for foreign from full generated glob group groups having if
ignore immediate in index indexed initially inner insert instead intersect into is isnull join key last left like limit
match materialized natural no not nothing notnull null nulls of offset on or order others outer over partition plan
pragma preceding primary query raise range recursive references regexp reindex release rename replace restrict
returning right rollback row rows savepoint select set table temp temporary then ties to transaction trigger unbounded
union unique update using vacuum values view virtual when where window with without`;

const toSet = (list: string) => new Set(list.split(/\s+/).filter(Boolean));

export const RESERVED = {
  postgresql: toSet(POSTGRES),
  mysql: toSet(MYSQL),
  sqlite: toSet(SQLITE),
};

const PLAIN = /^[a-z_][a-z0-9_]*$/;

export function needsQuoting(name: string, reserved: Set<string>): boolean {
  return !PLAIN.test(name) || reserved.has(name);
}

/** `"user"` in PostgreSQL and SQLite (SQL standard delimited identifier), `` `order` `` in MySQL. */
export function quoteWith(name: string, reserved: Set<string>, open: string, close = open): string {
  if (!needsQuoting(name, reserved)) return name;
  return `${open}${name.split(close).join(close + close)}${close}`;
}

/**
 * The one way text from a document enters a `--` comment of a schema file: every line break and
 * control character (CR, LF, NEL, U+2028/9, ...) becomes a space, so a project name or a reason can
 * never end the comment and start a live statement.
 */
export function sqlComment(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is removed
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ').trim();
}

/**
 * Last line of defence in the renderer: true when `sql` is lexically one expression that can sit
 * inside `CHECK (...)`, after `DEFAULT` or after `WHERE` without ending it — parentheses balanced
 * outside literals, no `;`, no comment, no dollar quote, every quote closed. Expressions reach the
 * spec already re-emitted from a parse tree (src/knowledge/sql-expression.ts); this catches a spec
 * built by hand or by a library caller.
 */
export function isOneExpression(sql: string): boolean {
  let depth = 0;
  let i = 0;
  const n = sql.length;
  if (n === 0) return false;
  while (i < n) {
    const c = sql[i]!;
    if (c === "'") {
      // E'...' strings take backslash escapes (docs §4.1.2.2).
      const escaped = i > 0 && /[eE]/.test(sql[i - 1]!) && (i < 2 || !/\w/.test(sql[i - 2]!));
      let j = i + 1;
      for (;;) {
        if (j >= n) return false;
        if (escaped && sql[j] === '\\') j += 2;
        else if (sql[j] === "'" && sql[j + 1] === "'") j += 2;
        else if (sql[j] === "'") break;
        else j++;
      }
      i = j + 1;
    } else if (c === '"') {
      let j = i + 1;
      for (;;) {
        if (j >= n) return false;
        if (sql[j] === '"' && sql[j + 1] === '"') j += 2;
        else if (sql[j] === '"') break;
        else j++;
      }
      i = j + 1;
    } else if (c === ';' || c === '$' || c === '\\' || c === '\u0000') return false;
    else if (c === '-' && sql[i + 1] === '-') return false;
    else if (c === '/' && sql[i + 1] === '*') return false;
    else if (c === '(') {
      depth++;
      i++;
    } else if (c === ')') {
      if (--depth < 0) return false;
      i++;
    } else i++;
  }
  return depth === 0;
}
