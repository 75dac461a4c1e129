import { fromSource } from '../model/origin.js';
import type { SecurityFact } from '../model/security-facts.js';
import { readConstraints } from '../read/constraint-words.js';
import { describesInterface } from '../read/interface-words.js';
import { statesStory } from '../read/rule-words.js';
import { apiKeyFacts } from './security/api-keys.js';
import { CODE_READERS, PROSE_READERS } from './security/auth-patterns.js';
import { errorEnvelopes } from './security/envelope.js';
import { successEnvelopes } from './security/success-envelope.js';
import { isDeferred, type TextUnit, textUnits } from './security/units.js';
import type { Extractor } from './types.js';

/** Constraint wording that makes a sentence a business rule a request must satisfy. */
const CONSTRAINT =
  /\b(must|must not|cannot|can ?not|can't|is required|are required|requires?|required|at least|at most|no more than|not more than|maximum|minimum|only (if|when|after|before|once)|not allowed|mandatory|unique|may not|limited to|up to)\b|\b(pitää|täytyy|vähintään|enintään|doit|doivent|muss|müssen|debe|deben)\b/i;

/** Headings whose content is about the product's rules (not performance, browsers or accessibility). */
const RULE_HEADING =
  /acceptance|criteria|business rule|rule|validation|constraint|polic|functional requirement|user stor|hyväksymis|sääntö|säännö/i;
const NOT_RULES =
  /non[- ]functional|performance|accessib|browser|device|availability|scalab|reliab|observab|deploy|tech(nology)? stack|infrastructure|testing|success (criteria|metric)|kpi|metric|risk/i;

function businessRule(u: TextUnit, file: string): SecurityFact | null {
  if (u.source === 'code') return null;
  const heading = u.headingPath.join(' / ');
  if (!RULE_HEADING.test(heading) || NOT_RULES.test(heading) || isDeferred(u)) return null;
  if (!CONSTRAINT.test(u.text) || u.text.length > 300) return null;
  // "The Save button is disabled until …": what a screen does, checked in the client; "As a user, I
  // MUST be able to …": what a role needs, designed as operations, not a rule.
  if (describesInterface(u.text) || statesStory(u.text)) return null;
  // Response-time or uptime targets are operational, not request validation.
  if (
    /\b\d+\s*(ms|milliseconds?|seconds?|%)\b/i.test(u.text) &&
    !/\b(characters?|items?|files?|MB|KB|GB)\b/i.test(u.text)
  )
    return null;
  return {
    kind: 'business-rule',
    text: u.text,
    section: u.headingPath[u.headingPath.length - 1] ?? null,
    origin: fromSource(file, u.line, u.text.slice(0, 160)),
  };
}

/**
 * A sentence of a design document (an architecture's data model) that states records are never
 * deleted ("Les entrades no s'esborren mai", "Entries are never deleted"): a constraint wherever it
 * is written, binding the API and the jobs as a PRD's would; no row of the rules table (no request
 * can break it, so it raises no error).
 */
function keptRecords(u: TextUnit, file: string): SecurityFact | null {
  if (u.source === 'code' || u.text.length > 300 || isDeferred(u)) return null;
  if (!readConstraints(u.text).some((c) => c.kind === 'never-delete')) return null;
  return {
    kind: 'business-rule',
    text: u.text,
    section: u.headingPath[u.headingPath.length - 1] ?? null,
    design: true,
    origin: fromSource(file, u.line, u.text.slice(0, 160)),
  };
}

/**
 * Extractor `auth`: authentication facts that are not quantities (strategy, identity provider,
 * hashing, token storage and lifetimes, refresh tokens, social providers, MFA, JWT claims, password
 * policy, lockout), the documents' own error envelope, and business rules stated in acceptance
 * criteria or rule sections. Lifetimes are also read here because auth tables state them in cells
 * the general quantity reader may not label; the derive step prefers `Domain.parameters`.
 */
export const authExtractor: Extractor = {
  name: 'auth',
  extract: ({ doc, md }) => {
    const facts: SecurityFact[] = [];
    for (const u of textUnits(md)) {
      const readers = u.source === 'code' ? CODE_READERS : PROSE_READERS;
      for (const read of readers) facts.push(...read(u, doc.path));
      const rule =
        doc.kind === 'prd' || doc.kind === 'other' ? businessRule(u, doc.path) : keptRecords(u, doc.path);
      if (rule) facts.push(rule);
    }
    facts.push(...errorEnvelopes(md));
    facts.push(...successEnvelopes(md));
    facts.push(...apiKeyFacts(md, doc.path));
    return { fragment: facts.length > 0 ? { securityFacts: facts } : {}, diagnostics: [] };
  },
};
