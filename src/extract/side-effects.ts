import { findProviders } from '../knowledge/providers.js';
import {
  CREATED,
  EFFECTS,
  FILLER,
  HAPPENS,
  type SideEffectKind,
  TRIGGER,
} from '../knowledge/side-effects.js';
import { stateKey } from '../knowledge/state-words.js';
import { fromSource } from '../model/origin.js';
import type { SecurityFact } from '../model/security-facts.js';
import type { Extractor } from './types.js';

const NOT_NOW = new Set(['rejected', 'superseded', 'deferred', 'out-of-scope']);

/**
 * Extractor `side-effects`: a sentence that states what an action causes besides its write — an
 * email or SMS sent, a job enqueued, an event emitted, an integration called — and the action that
 * triggers it ("when an appointment is confirmed, an email is sent via Resend"). The trigger is kept
 * as its words and the states they name (English keys: `confirmed`, `created`), so derive matches it
 * with an operation without reading prose. A negated, deferred or rejected sentence states nothing.
 */
export const sideEffectsExtractor: Extractor = {
  name: 'side-effects',
  extract({ doc, statements }) {
    const facts: SecurityFact[] = [];
    if (!statements) return { fragment: {}, diagnostics: [] };
    for (const s of statements().statements) {
      if (s.kind === 'heading' || s.kind === 'row' || s.negated || NOT_NOW.has(s.status)) continue;
      const opener = TRIGGER.exec(s.text);
      if (!opener) continue;
      const rest = s.text.slice(opener.index + opener[0].length);
      const clause = rest.split(/[,;:.]|\s(?:then|entonces|então|alors|dann)\s/iu)[0]!.trim();
      // The effect is what the rest of the sentence says happens, never a word of the trigger
      // ("When I submit my email" sends nothing).
      const consequence = `${s.text.slice(0, opener.index)} ${rest.slice(clause.length)}`;
      if (!HAPPENS.test(consequence)) continue;
      // Per clause: a long overlapping match elsewhere in the sentence must not hide the provider.
      const providers = consequence.split(/[,;()]/).flatMap((part) => findProviders(part));
      const kind: SideEffectKind | null =
        EFFECTS.find(([, re]) => re.test(consequence))?.[0] ?? (providers.length > 0 ? 'integration' : null);
      if (!kind) continue;
      const words = clause
        .toLowerCase()
        .split(/[^\p{L}\p{N}_-]+/u)
        .filter((w) => w.length > 1 && !FILLER.has(w));
      // A trigger names a record and what happens to it ("an appointment is confirmed"), two words at least.
      if (words.length < 2) continue;
      const states = [
        ...new Set(
          words.flatMap((w) => (CREATED.test(w) ? ['created'] : [stateKey(w)].filter((k) => k !== null))),
        ),
      ] as string[];
      facts.push({
        kind: 'side-effect',
        effect: kind,
        via: providers[0]?.provider.name ?? null,
        trigger: clause,
        triggerWords: words,
        states,
        text: s.text,
        origin: fromSource(doc.path, s.line, s.text.slice(0, 160)),
      });
    }
    return { fragment: facts.length > 0 ? { securityFacts: facts } : {}, diagnostics: [] };
  },
};
