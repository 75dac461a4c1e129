import { fromSource } from '../model/origin.js';
import type { SecurityFact } from '../model/security-facts.js';
import { readTransaction } from '../read/transaction-words.js';
import type { Extractor } from './types.js';

const NOT_NOW = new Set(['rejected', 'superseded', 'deferred', 'out-of-scope']);

/**
 * Extractor `transactions`: a sentence or table row that states a transaction boundary (writes
 * committed together, a row lock, a version column, an advisory lock, an outbox) or its absence
 * ("no transactions across loans", "eventual consistency"), read by read/transaction-words.ts. The
 * sentence's words are kept so derive can match the records and the action it names without
 * reading prose. A heading only names a topic; a rejected or deferred statement states nothing.
 */
export const transactionsExtractor: Extractor = {
  name: 'transactions',
  extract({ doc, statements }) {
    if (!statements) return { fragment: {}, diagnostics: [] };
    const facts: SecurityFact[] = [];
    for (const s of statements().statements) {
      if (s.kind === 'heading' || NOT_NOW.has(s.status)) continue;
      const reading = readTransaction(s.text);
      if (!reading) continue;
      facts.push({
        kind: 'transaction',
        mechanism: reading.mechanism,
        policy: reading.policy,
        words: s.text
          .toLowerCase()
          // A hyphenated compound is one word: "multi-user" names no user; `workflow_state` is two.
          .split(/[^\p{L}\p{N}-]+/u)
          .filter((w) => w.length > 1),
        text: s.text,
        origin: fromSource(doc.path, s.line, s.text.slice(0, 160)),
      });
    }
    return { fragment: facts.length > 0 ? { securityFacts: facts } : {}, diagnostics: [] };
  },
};
