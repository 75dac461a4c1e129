import { caseFoldedRegExp } from '../knowledge/case-fold.js';
import type { StatedSequence } from '../model/domain.js';
import { fromSource } from '../model/origin.js';
import type { Extractor } from './types.js';

/**
 * Extractor `sequences`: the mermaid `sequenceDiagram` blocks of a document, read as written by a
 * line parser that follows the grammar of the Mermaid sequence-diagram documentation
 * (https://mermaid.js.org/syntax/sequenceDiagram.html): `participant`/`actor` declarations with
 * aliases, messages (`->>`, `-->>`, `->`, `-->`, `-x`, `--x`, `-)`, `--)`) and notes. Blocks
 * (loop, alt, opt, par, rect, critical, break, box) are flattened: their messages keep their order.
 * The name is the heading above the diagram (a heading that only says "Sequence diagram" gives way
 * to its parent).
 */
export const sequencesExtractor: Extractor = {
  name: 'sequences',
  extract: ({ doc, md }) => {
    const sequences: StatedSequence[] = [];
    for (const b of md.blocks) {
      if (b.kind !== 'code' || b.lang !== 'mermaid') continue;
      const lines = b.content.split('\n');
      const first = lines.findIndex((l) => l.trim() !== '' && !l.trim().startsWith('%%'));
      if (first < 0 || !/^sequenceDiagram\b/.test(lines[first]!.trim())) continue;
      const name = nameOf(b.headingPath);
      if (!name) continue;
      const sequence = readSequence(lines.slice(first + 1), b.contentLine + first + 1, doc.path, name);
      if (sequence.messages.some((m) => m.to !== null)) {
        sequences.push({ ...sequence, origin: fromSource(doc.path, b.contentLine + first, name) });
      }
    }
    return { fragment: sequences.length > 0 ? { sequences } : {}, diagnostics: [] };
  },
};

const GENERIC =
  /^(?:\d+(?:\.\d+)*\.?\s*)?(?:sequence diagrams?|diagrams?|diagrama(?: de secuencia| de sequência)?|diagramme(?: de séquence)?|sequenzdiagramm|ablauf(?:diagramm)?|flow diagram|mermaid)\s*(?:\(mermaid\))?$/i;

function nameOf(path: readonly string[]): string | null {
  for (let i = path.length - 1; i >= 0; i--) {
    const h = path[i]!.replace(/[*_`]/g, '').trim();
    if (h && !GENERIC.test(h)) return h;
  }
  return null;
}

const ID = String.raw`[\p{L}\p{N}_.]+`;
const DECLARE = new RegExp(String.raw`^(?:participant|actor)\s+(${ID})(?:\s+as\s+(.+))?$`, 'u');
const MESSAGE = new RegExp(
  String.raw`^(${ID})\s*(-->>|->>|-->|->|--x|-x|--\)|-\))\s*[+-]?\s*(${ID})\s*:\s*(.*)$`,
  'u',
);
const NOTE = caseFoldedRegExp(
  String.raw`^note\s+(?:over|left of|right of)\s+(${ID})(?:\s*,\s*${ID})?\s*:\s*(.*)$`,
  'iu',
);

function readSequence(
  lines: string[],
  firstLine: number,
  file: string,
  name: string,
): Omit<StatedSequence, 'origin'> {
  const participants: StatedSequence['participants'] = [];
  const messages: StatedSequence['messages'] = [];
  const know = (id: string, label?: string) => {
    const found = participants.find((p) => p.id === id);
    if (found) {
      if (label) found.label = label;
    } else participants.push({ id, label: label ?? id });
  };
  lines.forEach((raw, i) => {
    const line = raw.trim().replace(/;$/, '');
    if (line === '' || line.startsWith('%%')) return;
    const at = fromSource(file, firstLine + i);
    const d = DECLARE.exec(line);
    if (d) {
      know(d[1]!, d[2]?.trim());
      return;
    }
    const m = MESSAGE.exec(line);
    if (m) {
      know(m[1]!);
      know(m[3]!);
      messages.push({
        from: m[1]!,
        to: m[3]!,
        text: m[4]!.trim(),
        reply: m[2]!.startsWith('--'),
        origin: at,
      });
      return;
    }
    const n = NOTE.exec(line);
    if (n) {
      know(n[1]!);
      messages.push({ from: n[1]!, to: null, text: n[2]!.trim(), reply: false, origin: at });
      return;
    }
    // Anything else (activate, loop, alt, end, autonumber, …) structures the drawing, not the flow.
  });
  return { name, participants, messages };
}
