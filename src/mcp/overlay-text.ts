import { isMap, isSeq, parseDocument, YAMLSeq } from 'yaml';
import { FACT_KINDS, type FactsInput } from '../facts/types.js';

/**
 * The overlay text with `add` appended, list by list, keeping what the file already says (and its
 * comments): an assistant's facts are reviewed as a diff of this file.
 */
export function appendFacts(existing: string | null, add: FactsInput): string {
  const doc = parseDocument(existing ?? 'facts: {}\n');
  if (!isMap(doc.contents)) doc.contents = doc.createNode({ facts: {} }) as unknown as typeof doc.contents;
  if (!isMap(doc.get('facts', true))) doc.set('facts', doc.createNode({}));
  for (const kind of FACT_KINDS) {
    const items = add[kind];
    if (!items || items.length === 0) continue;
    let list = doc.getIn(['facts', kind], true);
    if (!isSeq(list)) {
      list = new YAMLSeq();
      doc.setIn(['facts', kind], list);
    }
    for (const item of items) (list as YAMLSeq).add(doc.createNode(item));
  }
  return doc.toString({ lineWidth: 0 });
}

/** The lengths of each list in an overlay, so the verdicts of newly proposed facts can be picked out. */
export function countFacts(facts: FactsInput): Record<string, number> {
  return Object.fromEntries(FACT_KINDS.map((k) => [k, facts[k]?.length ?? 0]));
}

/** Keeps only the facts of `add` whose index is in `keep[kind]`. */
export function pickFacts(add: FactsInput, keep: Record<string, Set<number>>): FactsInput {
  const out: Record<string, unknown[]> = {};
  for (const kind of FACT_KINDS) {
    const items = (add[kind] ?? []) as unknown[];
    const kept = items.filter((_x, i) => keep[kind]?.has(i));
    if (kept.length > 0) out[kind] = kept;
  }
  return out as FactsInput;
}
