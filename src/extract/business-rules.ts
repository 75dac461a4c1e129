import { fromSource } from '../model/origin.js';
import type { SecurityFact } from '../model/security-facts.js';
import { happensAutomatically } from '../read/rule-words.js';
import { readStatedTransition } from '../read/state-change-words.js';
import { textUnits } from './security/units.js';
import type { Extractor } from './types.js';

/**
 * Extractor `business-rules`: the rules and state changes a document states outside requirement
 * lists — sentences under a business-rules heading (en, es, pt, fr, de), arrow chains between states
 * (`held` → `booked` when …), `from X to Y` wording, Given/When/Then criteria that give a record in
 * one state and end in another (read/state-change-words.ts) and mermaid `stateDiagram` edges. The derive step
 * (src/derive/rules.ts) keeps only the states a lifecycle enum of the data model has.
 */

const RULES_HEADING =
  /business rules?|domain rules?|business constraints?|invariants?|reglas de negocio|regras de negócio|règles (?:de gestion|métier)|geschäftsregeln|fachliche regeln|regole (?:di business|di dominio|aziendali)|vincoli di business|бизнес-правила|правила предметной области|reguli de business|reguli de afaceri|reguli ale domeniului/i;
/**
 * Edge cases state limits the requirements leave out ("Ein Mechaniker darf höchstens 6 Aufträge pro
 * Tag haben"): each sentence under such a heading is a candidate rule (read/rule-words.ts decides).
 */
const EDGE_CASES_HEADING =
  /^(?:edge cases?|corner cases?|randfälle|grenzfälle|sonderfälle|casos (?:límite|limite|extremos|de borde)|cas (?:limites?|particuliers|aux limites))$/i;
const RULE_ID = /^\s*(?:\*\*)?((?:BR|RN|RG|RB|GR|R|RULE)[-_ ]?\d+(?:\.\d+)?)(?:\*\*)?\s*[:.)–—-]\s*/i;
// The arrow alone; parts are trimmed (a leading `\s*` made long blank runs quadratic).
const ARROW = /→|->|⟶|=>/;
const TOKEN = /^[`'"*]*([\p{L}][\p{L}\p{N}_ -]{0,30}?)[`'"*]*$/u;
const FROM_TO =
  /\b(?:from|de|desde|von|da)\s+[`'"]?([\p{L}_]{3,30})[`'"]?\s+(?:to|a|à|para|zu|nach|auf)\s+[`'"]?([\p{L}_]{3,30})[`'"]?/giu;

export const businessRulesExtractor: Extractor = {
  name: 'business-rules',
  extract: ({ doc, md }) => {
    const facts: SecurityFact[] = [];
    for (const u of textUnits(md)) {
      const origin = fromSource(doc.path, u.line, u.text.slice(0, 160));
      if (u.source === 'code') {
        // mermaid stateDiagram: `Held --> Booked : deposit paid`
        const m = /^\s*([\p{L}_][\p{L}\p{N}_]*)\s*-->\s*([\p{L}_][\p{L}\p{N}_]*)\s*(?::\s*(.*))?$/u.exec(
          u.text,
        );
        if (m && m[1] !== '[*]') facts.push(transition(m[1]!, m[2]!, m[3] ?? '', u.text, origin));
        continue;
      }
      facts.push(...arrows(u.text, origin));
      for (const m of u.text.matchAll(FROM_TO)) facts.push(transition(m[1]!, m[2]!, '', u.text, origin));
      // "Given a ticket in state resolved … Then the status becomes closed" (six languages).
      const criterion = readStatedTransition(u.text);
      if (criterion) facts.push(transition(criterion.from, criterion.to, '', u.text, origin));
      const heading = u.headingPath.at(-1) ?? '';
      if (u.source === 'prose' && (RULES_HEADING.test(heading) || EDGE_CASES_HEADING.test(heading.trim()))) {
        const id = RULE_ID.exec(u.text)?.[1] ?? null;
        facts.push({ kind: 'stated-rule', id, text: u.text.replace(RULE_ID, '').trim(), origin });
      }
    }
    return { fragment: facts.length > 0 ? { securityFacts: facts } : {}, diagnostics: [] };
  },
};

function transition(
  from: string,
  to: string,
  when: string,
  text: string,
  origin: SecurityFact['origin'],
): SecurityFact {
  return { kind: 'transition', from, to, when, automatic: happensAutomatically(when), text, origin };
}

/** `a` → `b` → `c` when … : one transition per arrow; the condition follows the last state. */
function arrows(text: string, origin: SecurityFact['origin']): SecurityFact[] {
  if (!/→|->|⟶/.test(text)) return [];
  const out: SecurityFact[] = [];
  for (const clause of text.split(/[;]/)) {
    const parts = clause.split(ARROW);
    if (parts.length < 2) continue;
    const states: string[] = [];
    let when = '';
    parts.forEach((p, i) => {
      const trimmed = p.trim();
      // The first part ends with the state; later parts start with it and may carry a condition.
      const word = i === 0 ? (trimmed.split(/\s+/).pop() ?? '') : (trimmed.split(/\s+/)[0] ?? '');
      const m = TOKEN.exec(word.replace(/[,.:]+$/, ''));
      states.push(m ? m[1]! : '');
      if (i === parts.length - 1) when = trimmed.split(/\s+/).slice(1).join(' ');
    });
    for (let i = 0; i + 1 < states.length; i++)
      if (states[i] && states[i + 1])
        out.push(transition(states[i]!, states[i + 1]!, i + 2 === states.length ? when : '', text, origin));
  }
  return out;
}
