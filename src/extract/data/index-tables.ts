import type { TableBlock } from '../../markdown/blocks.js';
import type { IndexFact } from '../../model/domain.js';
import { at, cellText } from './facts.js';

/**
 * Index summary tables: a Table/Collection column and an Index/Columns column
 * (`| patients | (lab_id, mobile) | Patient lookup by phone |`). A cell reads as an index only when
 * it lists identifiers (`(a, b)`, `idx_name (a, b)`, `a, b`); an optional Unique/Type column or the
 * word "unique" marks unique indexes.
 */
const TABLE_HEADER = /^(table|collection|entity|model|tables?\s*name)$/;
const INDEX_HEADER = /^(index|indexes|indices|index columns|columns|fields|key|keys|indexed columns)$/;
const UNIQUE_HEADER = /^(unique|type|kind)$/;

export function readIndexTable(t: TableBlock, file: string): IndexFact[] {
  const header = t.header.map((h) => cellText(h).toLowerCase());
  const tableCol = header.findIndex((h) => TABLE_HEADER.test(h));
  const indexCol = header.findIndex((h) => INDEX_HEADER.test(h));
  if (tableCol < 0 || indexCol < 0) return [];
  const uniqueCol = header.findIndex((h) => UNIQUE_HEADER.test(h));
  const out: IndexFact[] = [];
  for (const row of t.rows) {
    const table = cellText(row.cells[tableCol] ?? '')
      .replace(/[`*]/g, '')
      .trim();
    if (!/^[A-Za-z_][\w.]*$/.test(table)) continue;
    const cell = cellText(row.cells[indexCol] ?? '');
    const m =
      /^(?:(unique)\s+)?(?:([A-Za-z_]\w*)\s*)?\(([^)]+)\)|^([A-Za-z_][\w.]*(?:\s*,\s*[A-Za-z_][\w.]*)*)$/i.exec(
        cell.trim(),
      );
    if (!m) continue;
    const columns = (m[3] ?? m[4] ?? '').split(',').map((c) => c.trim().replace(/\s+(asc|desc)$/i, ''));
    if (columns.length === 0 || !columns.every((c) => /^[A-Za-z_][\w.]*$/.test(c))) continue;
    const uniqueCell = uniqueCol >= 0 && uniqueCol !== indexCol ? cellText(row.cells[uniqueCol] ?? '') : '';
    const fact: IndexFact = {
      entity: table.split('.').pop()!,
      columns,
      unique: m[1] !== undefined || /\bunique\b|^(yes|y|true|✓)$/i.test(uniqueCell),
      origin: at(file, row.line, `| ${row.cells.join(' | ')} |`),
    };
    if (m[2] && m[2].toLowerCase() !== 'unique') fact.name = m[2];
    out.push(fact);
  }
  return out;
}
