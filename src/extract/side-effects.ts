import { findProviders } from '../knowledge/providers.js';
import {
  AUDIT_ENTRY,
  CREATED,
  EFFECTS,
  FILLER,
  HAPPENS,
  LOGS,
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
      const happens = HAPPENS.test(consequence);
      if (!happens && !LOGS.test(consequence)) continue;
      const effects = effectsOf(consequence, happens);
      if (effects.length === 0) continue;
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
      for (const { kind, via } of effects)
        facts.push({
          kind: 'side-effect',
          effect: kind,
          via,
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

/** The parts of a consequence that each state one effect ("an email is sent and a job is enqueued"). */
const PARTS = /;|,\s*|\s(?:and|y|e|et|und|as well as|plus|además de|ainsi que|sowie)\s/iu;

/**
 * Every effect a consequence states, in the order written, each with the provider its own part names
 * ("an email is sent via Resend, a refund job is enqueued and an audit entry is written"): one fact
 * per effect, so a method carries all of them. A part that names a provider and no effect noun is a
 * call to that integration; a sentence that names one effect over several parts keeps it once.
 */
function effectsOf(consequence: string, happens: boolean): { kind: SideEffectKind; via: string | null }[] {
  const out: { kind: SideEffectKind; via: string | null }[] = [];
  const add = (kind: SideEffectKind, via: string | null) => {
    const same = out.find((o) => o.kind === kind);
    if (!same) out.push({ kind, via });
    else if (!same.via && via) same.via = via;
  };
  for (const part of consequence.split(PARTS)) {
    if (!part || !part.trim()) continue;
    const via = findProviders(part)[0]?.provider.name ?? null;
    if (AUDIT_ENTRY.test(part) && LOGS.test(part)) {
      add('audit', null);
      continue;
    }
    // "the change is logged": a log verb states an audit entry only, never a mail or a job.
    if (!happens) continue;
    const kinds = EFFECTS.filter(([, re]) => re.test(part)).map(([k]) => k);
    if (kinds.length > 0) add(kinds[0]!, via);
    // "…, wird eine E-Mail versendet, über Resend": the provider of the effect just named.
    else if (
      via &&
      out.length > 0 &&
      out[out.length - 1]!.via === null &&
      out[out.length - 1]!.kind !== 'audit'
    )
      out[out.length - 1]!.via = via;
    else if (via) add('integration', via);
  }
  // The whole consequence, as before, when no part alone names its effect ("notified by e-mail").
  if (out.length === 0 && happens) {
    const providers = consequence.split(/[,;()]/).flatMap((part) => findProviders(part));
    const kind =
      EFFECTS.find(([, re]) => re.test(consequence))?.[0] ?? (providers.length > 0 ? 'integration' : null);
    if (kind) out.push({ kind, via: providers[0]?.provider.name ?? null });
  }
  return out;
}
