import type { MarkdownDoc } from '../markdown/blocks.js';
import { readDocument } from './read.js';
import type { DocumentStatements } from './types.js';

export { readDocument, readText } from './read.js';
export { sentencesOf, statedSlot } from './slot-words.js';
export {
  alternativesOf,
  cellScope,
  choosesLabel,
  clauseTermStatus,
  defersLabel,
  headingScope,
  isDeferredWording,
  isExample,
  isOutOfScopeWording,
  isRejectionSentence,
  isScopeMarkerOnly,
  isUndecidedWording,
  labelEndsInVerdict,
  namesRejection,
  noteColumns,
  pathScope,
  reasonAfterNames,
  reasonStart,
  rejectsLabel,
  restReason,
  rowScope,
  statusColumns,
  verdictReason,
  versionColumns,
} from './status.js';
export type * from './types.js';

const cache = new WeakMap<MarkdownDoc, DocumentStatements>();

/**
 * The statements of one parsed document, read on first request and kept for the rest of the compile:
 * every extractor that asks for them shares one reading.
 */
export function statementsOf(md: MarkdownDoc): DocumentStatements {
  let hit = cache.get(md);
  if (!hit) {
    hit = readDocument(md);
    cache.set(md, hit);
  }
  return hit;
}
