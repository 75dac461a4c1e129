import { findProviders } from '../knowledge/providers.js';
import {
  AUTH_ACTIONS,
  CEILING_NEGATION,
  LIMIT_WORDS,
  readRate,
  THIRD_PARTY,
} from '../knowledge/rate-limits.js';
import { fromSource } from '../model/origin.js';
import type { SecurityFact } from '../model/security-facts.js';
import { readActionRate, readLimitSubject } from '../read/rate-limit-words.js';
import { isNegated } from '../read/status.js';
import type { Extractor } from './types.js';

const ROUTE = /\b(GET|POST|PUT|PATCH|DELETE)\s+(\/[\w\-./{}:]*)/g;
/** A route without a method ("applied at /api/conversations/[id]/assessments/*"): every method. */
const PATH = /(?<![\w/])(\/(?:api|v\d+)\/[\w\-./{}[\]:*]+)/g;
const NOT_NOW = new Set(['rejected', 'superseded', 'deferred', 'out-of-scope']);

/**
 * Extractor `rate-limits`: a request limit stated for one operation of our API — named by its route
 * ("POST /auth/login limited to 10/min", a table row `POST /auth/login | 5 / 15 min`) or by an auth
 * action in words ("login: 5 attempts per 15 minutes", "máximo 5 intentos de inicio de sesión cada
 * 15 minutos"). A limit of a provider's API (a named provider, a third-party or upstream section) is
 * theirs, not ours; a limit that names no operation is a general one (the quantity reader's).
 */
export const rateLimitsExtractor: Extractor = {
  name: 'rate-limits',
  extract({ doc, statements }) {
    const facts: SecurityFact[] = [];
    if (!statements) return { fragment: {}, diagnostics: [] };
    for (const s of statements().statements) {
      if (s.kind === 'heading' || NOT_NOW.has(s.status)) continue;
      const rate = readRate(s.text);
      // "Volunteers can make at most 10 bookings per minute", "Criação de pedidos: no máximo 5 por
      // minuto por consumidor": a limit on the action that makes what it counts (a negation is part
      // of such a limit, "cannot make more than", and a Portuguese "no máximo" is none).
      const counted = () => countedLimit(s, doc.path);
      if (!rate) {
        const fact = counted();
        if (fact) facts.push(fact);
        continue;
      }
      // "5 por minuto" with a label naming what is created and no route: the action's limit.
      if (!/\b(?:GET|POST|PUT|PATCH|DELETE)\s+\//.test(s.text)) {
        const fact = counted();
        if (fact) {
          facts.push(fact);
          continue;
        }
      }
      // "no máximo 10 por minuto", "no more than 5 attempts" say a ceiling, not a negation.
      if (s.negated && isNegated(s.text.replace(CEILING_NEGATION, ' '))) continue;
      if (!rate.counted && !LIMIT_WORDS.test(`${s.text} ${(s.header ?? []).join(' ')}`)) continue;
      const context = `${s.headingPath.join(' ')} ${s.text}`;
      if (THIRD_PARTY.test(context) || s.terms.some((t) => t.kind === 'provider')) continue;
      if (findProviders(s.text).length > 0) continue;
      const routes = [...s.text.matchAll(ROUTE)].map((m) => ({
        method: m[1]! as string | null,
        path: m[2]!.replace(/[.:]+$/, ''),
      }));
      if (routes.length === 0)
        for (const m of s.text.matchAll(PATH))
          routes.push({ method: null, path: m[1]!.replace(/[.:,]+$/, '') });
      const action =
        routes.length === 0 ? (AUTH_ACTIONS.find(([, re]) => re.test(s.text))?.[0] ?? null) : null;
      if (routes.length === 0 && action === null) continue;
      const origin = fromSource(doc.path, s.line, s.text.slice(0, 160));
      // "… per IP", "…/user", "… por usuário", "… pro Nutzer": who the limit counts, as written.
      const at = s.text.indexOf(rate.text);
      const per = at >= 0 ? readLimitSubject(s.text.slice(at + rate.text.length)) : null;
      const base = {
        requests: rate.requests,
        windowSeconds: rate.windowSeconds,
        text: rate.text,
        origin,
        ...(per ? { per } : {}),
      };
      if (action) facts.push({ kind: 'operation-rate-limit', route: null, action, ...base });
      for (const route of routes) facts.push({ kind: 'operation-rate-limit', route, action: null, ...base });
    }
    return { fragment: facts.length > 0 ? { securityFacts: facts } : {}, diagnostics: [] };
  },
};

type Statement = ReturnType<
  NonNullable<Parameters<Extractor['extract']>[0]['statements']>
>['statements'][number];

/** A limit counting what one action makes, keyed by who is counted; null when the sentence states none. */
function countedLimit(s: Statement, file: string): SecurityFact | null {
  const counted = readActionRate(s.text, `${s.headingPath.join(' ')} ${(s.header ?? []).join(' ')}`);
  if (!counted || s.terms.some((t) => t.kind === 'provider')) return null;
  if (THIRD_PARTY.test(`${s.headingPath.join(' ')} ${s.text}`)) return null;
  return {
    kind: 'operation-rate-limit',
    route: null,
    action: null,
    object: { text: counted.object, words: counted.objectWords },
    ...(counted.per ? { per: counted.per } : {}),
    requests: counted.requests,
    windowSeconds: counted.windowSeconds,
    text: counted.text,
    origin: fromSource(file, s.line, s.text.slice(0, 160)),
  };
}
