import { concernOfLabel, technology } from '../knowledge/technologies.js';
import type { OpenDecision, StackConcern } from '../model/domain.js';
import { fromSource } from '../model/origin.js';
import { isUndecidedWording } from '../read/index.js';
import type { Statement } from '../read/types.js';
import type { Extractor } from './types.js';

/**
 * Choices the documents leave open, as the statement layer reads them: a slot whose value is "TBD",
 * "A vs B" or "A or B (to be decided)", a row or item whose own words say it is undecided, and the
 * items and rows under an "Open questions" / "Offene Fragen" / "Questions ouvertes" heading. Each
 * keeps what is undecided (the slot's label, else the question), the options it names and the stack
 * concerns they belong to; reconcile finds the requirements that depend on one.
 *
 * Headings are never a decision themselves, and a prose paragraph under an open-questions heading
 * is explanation, not a question: only its list items and table rows are read, unless the
 * paragraph's own words leave something undecided.
 */
export const openDecisionsExtractor: Extractor = {
  name: 'open-decisions',
  extract: ({ doc, statements }) => {
    if (!statements) return { fragment: {}, diagnostics: [] };
    const out: OpenDecision[] = [];
    for (const s of statements().statements) {
      if (s.status !== 'undecided' || s.kind === 'heading' || s.negated) continue;
      if (!isOpenChoice(s)) continue;
      const decision = openDecisionOf(s, doc.path);
      if (decision) out.push(decision);
    }
    return { fragment: out.length > 0 ? { openDecisions: out } : {}, diagnostics: [] };
  },
};

/**
 * Only a statement that leaves a choice open. "A vs B" alone is a contrast as often as a choice
 * ("Accuracy vs. Speed", "a PSIRT member vs. a developer"): it counts only between technologies. A
 * clause counts when its own words say undecided (TBD, to be decided, por definir, à définir, noch
 * offen, em aberto); an item or row under an open-questions heading counts when it asks (ends with
 * a question mark) or says so itself; a status cell counts as it stands.
 */
function isOpenChoice(s: Statement): boolean {
  // Two technologies of one concern with "or" / "vs" between them: Postgres vs Mongo. "S3 vs
  // MongoDB" (a file store and a database) is a contrast, and "VS Code" is an editor.
  const techs = optionTerms(s);
  const concerns = new Set(techs.map((t) => technology(t.value)?.concern));
  const alternative = /(?<![\p{L}])(?:or|o|ou|oder|vs\.?|versus)(?![\p{L}])/iu.test(
    s.text.replace(/\bVS Code\b/gu, ''),
  );
  if (new Set(techs.map((t) => t.value)).size >= 2 && concerns.size === 1 && alternative) return true;
  // "retención indefinida" is an indefinite retention, not an undecided one (pt "indefinido").
  const text = s.text
    .replace(/\bvs\.?|\bversus\b/giu, ' ')
    .replace(
      /\b(?:reten\p{L}*|conserva\p{L}*|guarda\p{L}*|almacena\p{L}*|armazena\p{L}*)\s+indefinid\p{L}*/giu,
      ' ',
    );
  const worded = isUndecidedWording(text);
  if (s.statusFrom === 'heading') return s.kind !== 'sentence' && (worded || /\?\s*$/u.test(s.text));
  return worded;
}

function openDecisionOf(s: Statement, file: string): OpenDecision | null {
  const label = labelOf(s);
  const techs = [...new Set(optionTerms(s).map((t) => t.value))];
  const options = techs.length > 0 ? techs : alternativesIn(s.text, label);
  const concerns = new Set<StackConcern>();
  // A short slot label names a concern ("Search engine"); a question's words do not ("Which sync
  // approach for offline orders" is not about the front end).
  const slot = label && label.split(/\s+/).length <= 4 ? concernOfLabel(label) : null;
  if (slot) concerns.add(slot);
  for (const name of techs) {
    const concern = technology(name)?.concern;
    if (concern && (!slot || concerns.size === 0)) concerns.add(concern);
  }
  const subject = (label ?? s.text)
    .replace(/[*_`\\]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 160);
  if (subject.length < 3) return null;
  return {
    subject,
    options,
    concerns: [...concerns].sort(),
    origin: fromSource(file, s.line, s.text.replace(/\s+/g, ' ').trim().slice(0, 160)),
  };
}

/** The technologies a statement offers as options: not rejected, not inside an "(e.g., ...)" aside. */
function optionTerms(s: Statement): Statement['terms'] {
  const asides = [...s.text.matchAll(EXAMPLE_ASIDE)].map((m) => [m.index, m.index + m[0].length] as const);
  return s.terms.filter(
    (t) =>
      t.kind === 'technology' &&
      t.status !== 'rejected' &&
      !asides.some(([from, to]) => t.index >= from && t.index < to),
  );
}

const EXAMPLE_ASIDE =
  /\((?:e\.\s?g\.|i\.\s?e\.|for example|such as|p\.\s?ej\.|por ejemplo|par ex\.?|par exemple|z\.\s?B\.|zum beispiel|por exemplo)[^)]*\)/giu;

/** The slot a row or an item names: a table row's first cell, an item's words before its colon. */
function labelOf(s: Statement): string | null {
  if (s.kind === 'row' && s.cells && s.cells.length >= 2) {
    const first = s.cells[0]!.trim();
    return first.length > 0 && first.length <= 60 ? first : null;
  }
  const m = /^\s*([^:.?!]{2,60}):\s+\S/u.exec(s.text);
  return m ? m[1]!.trim() : null;
}

/** "(CRDT or last-write-wins)", "(A vs B)": the options a question names in parentheses. */
function alternativesIn(text: string, label: string | null): string[] {
  // "Sync approach: CRDT or last-write-wins?": the value after the label, when it is short.
  const value = label
    ? text.slice(text.indexOf(label) + label.length).replace(/^\s*:\s*|[?.!\s]+$/gu, '')
    : '';
  const inner =
    (value.length > 0 && value.length <= 80 && !value.includes('(') ? value : null) ??
    /\(([^()]{3,120})\)/u.exec(text)?.[1];
  // "(e.g., PSIRT member, Developer)" gives examples, not options.
  if (
    !inner ||
    /^\s*(?:e\.\s?g\.|i\.\s?e\.|for example|such as|p\.\s?ej\.|par ex|z\.\s?B\.|por exemplo)/iu.test(inner)
  )
    return [];
  const parts = inner
    .split(/\s+(?:or|vs\.?|versus|o|ou|oder|u)\s+|\s+\/\s+/iu)
    .map((p) => p.trim())
    .filter((p) => p.length >= 2);
  return parts.length >= 2 ? parts : [];
}
