import { caseFoldedRegExp } from '../../knowledge/case-fold.js';
import type { MarkdownDoc } from '../../markdown/blocks.js';
import { plainText } from '../../markdown/parse.js';
import type { LifecycleFact } from '../../model/domain.js';
import { fromSource } from '../../model/origin.js';

/**
 * Status and lifecycle lists stated in prose, to be compared with the data model's enums:
 *  - "lists per status: Ordered, Collected, Received, In Process, Completed";
 *  - "status badges reflecting current state (active, paused, soft end, hard end, ended)";
 *  - arrow chains "Ordered → Collected → Received";
 *  - tables whose first column is headed Status / State.
 * At least three values, each a short phrase: shorter lists are examples, longer phrases are prose.
 */
const STATUS_WORD = `(?:status(?:es)?|states?|lifecycle|stages?|tila(?:t)?|tilat|estados?|etapas?|statuts?|[ée]tats?|zust[aä]nde?|situa[cç][aã]o|stav(?:y|u)?)`;
const LIST_AFTER_STATUS = caseFoldedRegExp(
  String.raw`(?:(?<![\p{L}-])([\p{L}-]{1,40})\s+)?${STATUS_WORD}\b((?:(?!\s(?:in|to|into|from|of)\s)[^:(.;]){0,30}?)[:(]\s*([^()\n.;]{3,200}?)(?:\)|$|\.(?:\s|$)|;)`,
  'giu',
);
// The arrow alone: surrounding spaces are trimmed from the parts (a leading `\s*` rescanned every run
// of spaces from each of its positions: quadratic on long blank runs).
const ARROWS = /→|->|⟶|=>|➔/;

export function lifecyclesOf(md: MarkdownDoc, file: string): LifecycleFact[] {
  const out: LifecycleFact[] = [];
  for (const b of md.blocks) {
    if (b.kind === 'code') {
      const diagram = b.lang === 'mermaid' ? stateDiagram(b.content) : null;
      if (diagram)
        out.push({
          subject: '',
          values: diagram.states,
          origin: fromSource(file, b.contentLine, 'stateDiagram'),
          diagram: { initial: diagram.initial, heading: b.headingPath.at(-1) ?? '' },
        });
      continue;
    }
    if (b.kind === 'table') {
      const head = plainText(b.header[0] ?? '');
      if (!caseFoldedRegExp(`^(?:[\\p{L}]+\\s+)?${STATUS_WORD}$`, 'iu').test(head)) continue;
      const values = b.rows
        .map((r) =>
          plainText(r.cells[0] ?? '')
            .replace(/[`*]/g, '')
            .trim(),
        )
        .filter(isValue);
      if (values.length >= 3)
        out.push({
          subject: subjectWord(head.split(/\s+/)[0] ?? ''),
          values,
          origin: fromSource(file, b.line, head),
        });
      continue;
    }
    if (b.kind !== 'paragraph' && b.kind !== 'list-item') continue;
    const text = plainText(b.text);
    for (const m of text.matchAll(LIST_AFTER_STATUS)) {
      const values = m[3]!
        .split(/,\s*|\s+(?:and|or|ja|tai|y|o|e|ou)\s+|\s*\/\s*/)
        .map((v) => v.replace(/["'`*]/g, '').trim())
        .filter((v) => v && !FILTER_ALL.test(v));
      if (values.length >= 3 && values.every(isValue))
        out.push({
          subject: subjectWord(m[1] ?? ''),
          values,
          origin: fromSource(file, b.line, text.slice(0, 160)),
        });
    }
    // Arrow chains are lifecycles only when the sentence says so (navigation paths use arrows too).
    if (ARROWS.test(text) && caseFoldedRegExp(`${STATUS_WORD}\\b`, 'iu').test(text)) {
      const chain = text.split(ARROWS).map((v) => v.replace(/["'`*]/g, '').trim());
      // Only a whole line that is a chain of short names: "A → B → C", possibly after "Status:".
      const first = chain[0]!.replace(caseFoldedRegExp(`^.*${STATUS_WORD}\\s*[:-]\\s*`, 'iu'), '');
      const values = [first, ...chain.slice(1)];
      if (values.length >= 3 && values.every(isValue)) {
        const subject = /([\p{L}-]+)\s+(?:status|state|lifecycle)/iu.exec(chain[0]!)?.[1] ?? '';
        out.push({
          subject: subjectWord(subject),
          values,
          origin: fromSource(file, b.line, text.slice(0, 160)),
        });
      }
    }
  }
  return out;
}

/** A mermaid `stateDiagram(-v2)`: its states in the order they appear, and the one `[*]` starts in. */
function stateDiagram(content: string): { states: string[]; initial: string | null } | null {
  const lines = content.split('\n');
  if (!/^\s*stateDiagram(?:-v2)?\s*$/.test(lines[0] ?? '')) return null;
  const states: string[] = [];
  let initial: string | null = null;
  for (const line of lines.slice(1)) {
    const m = /^\s*(\[\*\]|[\p{L}_][\p{L}\p{N}_]*)\s*-->\s*(\[\*\]|[\p{L}_][\p{L}\p{N}_]*)/u.exec(line);
    if (!m) continue;
    if (m[1] === '[*]' && m[2] !== '[*]') initial ??= m[2]!;
    for (const s of [m[1]!, m[2]!]) if (s !== '[*]' && !states.includes(s)) states.push(s);
  }
  return states.length >= 2 ? { states, initial } : null;
}

/** "All" in a status filter is an option of the filter, not a state. */
const FILTER_ALL = /^(?:all|any|kaikki|todos|todas)$/i;

function isValue(v: string): boolean {
  return v.length > 0 && v.length <= 30 && v.split(/\s+/).length <= 3 && !/\d{3,}|[=<>{}[\]:|]/.test(v);
}

const NOT_SUBJECT = /^(?:the|a|an|per|by|current|each|every|all|its|their|and|or|of|with|new|same)$/i;

function subjectWord(w: string): string {
  const s = w.toLowerCase().replace(/[^\p{L}-]/gu, '');
  return NOT_SUBJECT.test(s) ? '' : s;
}
