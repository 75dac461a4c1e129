import { fieldKey } from '../../knowledge/names.js';
import type { Block } from '../../markdown/blocks.js';
import type { EntityFact } from '../../model/domain.js';
import { cellText } from './facts.js';

/**
 * Prose around a schema block that documents it: the paragraph just before the block (under the
 * same heading) describes the entity when the block defines exactly one; paragraphs just after it
 * that open with a column name in code (`` `name_ml` stores the patient name in Malayalam``)
 * describe that column; the first plain paragraph right after a one-entity block adds to the
 * entity's description; a paragraph after it that opens with an entity's own name in code describes
 * that entity (`namedOnly`: only this, for model code whose blocks define many classes). Column
 * descriptions the block itself states are kept.
 */
export function annotateFromProse(
  blocks: readonly Block[],
  index: number,
  entities: readonly EntityFact[],
  namedOnly = false,
): void {
  if (entities.length === 0) return;
  const block = blocks[index]!;
  const sameSection = (b: Block) => b.headingPath.join('\u0000') === block.headingPath.join('\u0000');
  const before = blocks[index - 1];
  if (
    !namedOnly &&
    entities.length === 1 &&
    before?.kind === 'paragraph' &&
    sameSection(before) &&
    !before.quoted
  ) {
    const text = cellText(before.text).replace(/\s+/g, ' ').trim();
    // A caption (`**Table: x**`, a line ending in a colon) names the block; it does not describe it.
    if (
      text.length > 0 &&
      !/:$/.test(text) &&
      !/^\*\*.*\*\*$/.test(before.text.trim()) &&
      !entities[0]!.description
    ) {
      entities[0]!.description = text;
    }
  }
  for (let i = index + 1; i < blocks.length; i++) {
    const b = blocks[i]!;
    if (b.kind === 'heading' || b.kind === 'code' || b.kind === 'table' || !sameSection(b)) break;
    if (b.kind !== 'paragraph') continue;
    const m = /^`([\p{L}_][\p{L}\p{N}_.]*)`/u.exec(b.text.trim());
    if (!m) {
      if (namedOnly) continue;
      // The first plain paragraph after a one-entity block describes the entity ("This table is append-only").
      if (entities.length === 1 && i === index + 1) {
        const e = entities[0]!;
        const text = cellText(b.text).replace(/\s+/g, ' ').trim();
        e.description = e.description ? `${e.description} ${text}` : text;
      }
      continue;
    }
    // "`Protokolleintrag` wird nur vom System geschrieben, nie über die API geändert": a paragraph
    // opening with an entity's own name in code describes that entity, not a column.
    const named = entities.find((e) =>
      [e.name, e.writtenAs, e.table].some((n) => n !== undefined && fieldKey(n) === fieldKey(m[1]!)),
    );
    if (named) {
      const text = cellText(b.text).replace(/\s+/g, ' ').trim();
      named.description = named.description ? `${named.description} ${text}` : text;
      continue;
    }
    if (namedOnly) continue;
    const key = fieldKey(m[1]!.split('.').pop()!);
    for (const e of entities) {
      const f = e.fields.find((x) => fieldKey(x.name) === key);
      if (f && !f.description) f.description = cellText(b.text).replace(/\s+/g, ' ').trim();
    }
  }
}
