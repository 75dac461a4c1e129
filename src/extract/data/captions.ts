import type { Block } from '../../markdown/blocks.js';
import { cellText } from './facts.js';

/**
 * The name a document gives a schema block: a caption paragraph just above it (`**Table: orders**`,
 * `Entity: Order`, `**Conversation MongoDB Document Shape:**`) or the nearest heading
 * (`### 3.2 users`, `#### Task`, `### orders table`). Generic headings ("Data Model", "Schema")
 * name nothing.
 */

/** Words that describe the kind of block, not the entity. */
const KIND_WORDS =
  /\b(table|tables|entity|entities|model|models|collection|collections|schema|schemas|document|documents|shape|structure|definition|definitions|fields|attributes|columns|record|records|interface|type|aggregate|root|object|resource|class|mongodb|sql|postgres(ql)?|mysql|database|db|key fields|core|main|(the))\b/gi;

/** Headings and captions of API messages and settings: the fields listed there are not stored entities. */
export const API_CONTEXT =
  /\b(request|response|parameters?|params|query|headers?|body|payload|endpoints?|routes?|environment|env|variables?|config(uration)?|props|arguments|options|webhooks?|dto)\b|\b(GET|POST|PUT|PATCH|DELETE)\s+\//i;

const GENERIC =
  /^(data|data model|database|schema|fields|attributes|columns|entities|overview|details|example|properties|summary|key|keys|new|extension|conventions?)$/i;

export function nameFromCaption(caption: string): string | null {
  let t = cellText(caption)
    .replace(/^[\d.]+\s+/, '')
    .replace(/\([^()]*\)/g, ' ')
    .replace(/[:—–-]+\s*$/, '')
    .trim();
  // Labels in the languages planning documents are commonly written in (table, Tabelle, tabla, taulu, ...).
  const labelled =
    /^(?:table|entity|model|collection|interface|type|tabelle|tabla|tableau|tabella|tabel|taulu|entität|entité|entidad|entità|entiteetti|modell|modelo|modèle|kokoelma|colección|sammlung)\s*[:—–-]\s*([\p{L}_][\p{L}\p{N}_.]*)/iu.exec(
      t,
    );
  if (labelled) return labelled[1]!.split('.').pop()!;
  t = t.replace(KIND_WORDS, ' ').replace(/\s+/g, ' ').trim();
  if (t.length === 0 || GENERIC.test(t)) return null;
  const parts = t.split(' ');
  // A name is one identifier or up to three capitalised words (`Order Item`, `Audit Log`).
  if (parts.length === 1 && /^[\p{L}_][\p{L}\p{N}_]*$/u.test(parts[0]!)) return parts[0]!;
  if (parts.length <= 3 && parts.every((p) => /^\p{Lu}[\p{L}\p{N}]*$/u.test(p))) return parts.join('');
  // A Romance compound noun (`Nota di credito`, `Nota de crédito`, `Bon de commande`): head noun,
  // a linking preposition and its complement name one entity (`NotaDiCredito` → `note_di_credito`).
  if (
    parts.length === 3 &&
    /^\p{Lu}\p{Ll}+$/u.test(parts[0]!) &&
    /^(di|de|da|do|du|des)$/.test(parts[1]!) &&
    /^\p{L}+$/u.test(parts[2]!)
  )
    return parts.map((p) => p[0]!.toUpperCase() + p.slice(1)).join('');
  return null;
}

/**
 * The caption of the block at `index`: the paragraph directly above (within 2 lines) if it names
 * something, else the nearest heading.
 */
export function captionName(blocks: readonly Block[], index: number): { name: string; line: number } | null {
  const block = blocks[index]!;
  const prev = blocks[index - 1];
  if (prev && (prev.kind === 'paragraph' || prev.kind === 'list-item') && block.line - prev.line <= 3) {
    const lastLine = (prev.text.split('\n').pop() ?? '').trim();
    // Only a caption-like paragraph: bold, or ending in a colon, or `Table: x`.
    const captionLike = /^\*\*.*\*\*:?$|:\s*(\*\*)?$|^(table|entity|model|collection)\s*:/i.test(lastLine);
    const name = captionLike && lastLine.split(/\s+/).length <= 8 ? nameFromCaption(lastLine) : null;
    if (name) return { name, line: prev.line };
  }
  for (let i = index - 1; i >= 0; i--) {
    const b = blocks[i]!;
    if (b.kind === 'heading') {
      const name = nameFromCaption(b.text);
      return name ? { name, line: b.line } : null;
    }
  }
  return null;
}
