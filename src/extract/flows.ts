import type { Block } from '../markdown/blocks.js';
import { plainText } from '../markdown/parse.js';
import type { UxFlow } from '../model/domain.js';
import { fromSource } from '../model/origin.js';
import { lifecyclesOf } from './facts/lifecycles.js';
import type { Extractor } from './types.js';

/**
 * UX flows and user journeys: a heading that names a flow or journey (in English, Finnish, Spanish,
 * Portuguese, French or German), or any section of a UX document, and the numbered steps under it,
 * or bullets that say "Step N". Narrative paragraphs
 * are not steps: only what the document enumerates is read. Status and lifecycle lists stated in
 * prose are read here too (facts/lifecycles.ts), for the enum comparison in reconcile.
 */
export const flowsExtractor: Extractor = {
  name: 'flows',
  extract: ({ doc, md }) => {
    const flows: UxFlow[] = [];
    let current: { flow: UxFlow; level: number } | null = null;
    const numbered = numberedSections(md.blocks, doc.kind === 'ux');
    const close = () => {
      if (current && current.flow.steps.length >= 2) flows.push(current.flow);
      current = null;
    };
    for (const b of md.blocks) {
      if (b.kind === 'heading') {
        if (current && b.level <= (current as { level: number }).level) close();
        const text = plainText(b.text);
        // A UX document's numbered sections are its flows in any language ("## Flöde 1: Ställa sig
        // i kön", "## 흐름 1: 코트 예약"): close() keeps only a section with two steps or more.
        if ((FLOW_HEADING.test(text) || numbered.has(b)) && !NOT_A_FLOW.test(text)) {
          close();
          current = {
            flow: { name: text, steps: [], origin: fromSource(doc.path, b.line, text) },
            level: b.level,
          };
        }
        continue;
      }
      if (!current) continue;
      if (isStep(b)) {
        const text = plainText((b as { text: string }).text).replace(
          /^(?:step|vaihe|paso|passo|étape|schritt)\s*\d+\s*[:.)-]\s*/i,
          '',
        );
        (current as { flow: UxFlow }).flow.steps.push({ text, origin: fromSource(doc.path, b.line) });
      }
    }
    close();
    // Status lists are the states a flow moves through; they are read here with the flows.
    const lifecycles = lifecyclesOf(md, doc.path);
    return {
      fragment: { ...(flows.length > 0 ? { flows } : {}), ...(lifecycles.length > 0 ? { lifecycles } : {}) },
      diagnostics: [],
    };
  },
};

const FLOW_HEADING =
  /\b(?:flows?|journeys?|user path|walkthrough|scenario|happy path)\b|matka|polku|käyttäjäpolku|flujo|recorrido|fluxo|jornada|\bparcours\b|ablauf(?!datum)|\bnutzerfluss/i;
const NOT_A_FLOW =
  /requirements summary|emotional|data flow|workflow completion|cash ?flow|principles|patterns|optimi[sz]ation|mapping|flujo de datos|fluxo de dados|flux de données|datenfluss/i;

/** "Flöde 1: …", "흐름 2: …": one word, a number, a colon or dot, then the section's name. */
const NUMBERED = /^(\p{L}+)\s*\d+\s*[:.]\s+\S/u;
/** A numbered phase, stage, sprint or release is a plan, not a flow. */
const PLAN_WORD =
  /^(?:phase|phases|fase|fases|étape|etappe|etapp|etap|stage|sprint|milestone|release|version|versión|versão|step|paso|passo|schritt|krok|vaihe|iteration|iteración|wave|week|day|tag|jour|día|dia)$/iu;

/**
 * The headings of a UX document that number its sections with one word ("Flöde 1", "Flöde 2"): two
 * or more such headings share the word, whatever the language, and the word names no plan's stage.
 */
function numberedSections(blocks: readonly Block[], ux: boolean): Set<Block> {
  if (!ux) return new Set();
  const byWord = new Map<string, Block[]>();
  for (const b of blocks) {
    if (b.kind !== 'heading' || b.level < 2) continue;
    const m = NUMBERED.exec(plainText(b.text));
    if (!m || PLAN_WORD.test(m[1]!)) continue;
    const w = m[1]!.toLowerCase();
    byWord.set(w, [...(byWord.get(w) ?? []), b]);
  }
  return new Set([...byWord.values()].filter((list) => list.length >= 2).flat());
}

function isStep(b: Block): boolean {
  if (b.kind !== 'list-item' || b.depth !== 0) return false;
  return b.ordered || /^(?:\*\*)?(?:step|vaihe|paso|passo|étape|schritt)\s*\d+/i.test(b.text);
}
