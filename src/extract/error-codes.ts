import { fromSource } from '../model/origin.js';
import type { SecurityFact } from '../model/security-facts.js';
import { isGenericCode, readBareErrorCodes, readErrorCodes } from '../read/error-code-words.js';
import type { Extractor } from './types.js';

const NOT_NOW = new Set(['rejected', 'superseded', 'deferred', 'out-of-scope']);
const METHOD = /^(GET|POST|PUT|PATCH|DELETE)$/i;
const PATH = /^\/[\w\-./{}:[\]]*$/;
const ROUTE = /\b(GET|POST|PUT|PATCH|DELETE)\s+(\/[\w\-./{}:]*)/;

/**
 * Extractor `stated-errors`: the error codes the documents state for an operation — in a route
 * table's row (the notes of `| POST | /api/shifts/{id}/bookings | … 409 SHIFT_FULL when … |`), in a
 * sentence naming a route, or in an acceptance criterion naming the action ("Booking a shift that
 * overlaps another booking returns 422 with code BOOKING_OVERLAP"). Read in src/read/error-code-words.ts.
 */
export const statedErrorsExtractor: Extractor = {
  name: 'stated-errors',
  extract({ doc, statements }) {
    if (!statements) return { fragment: {}, diagnostics: [] };
    const facts: SecurityFact[] = [];
    for (const s of statements().statements) {
      if (s.kind === 'heading' || NOT_NOW.has(s.status)) continue;
      if (!/[A-Z]{4}/.test(s.text)) continue;
      if (!/[45]\d\d/.test(s.text)) {
        // A criterion naming a code without a status ("… riceve l'errore `LIMITE_SEGNALAZIONI`").
        if (s.kind === 'row') continue;
        const quote = s.text.slice(0, 160);
        for (const r of readBareErrorCodes(s.text))
          facts.push({
            kind: 'stated-error',
            route: null,
            actionWords: r.subjectWords,
            status: null,
            breaks: r.kind,
            ...(r.states.length > 0 ? { states: r.states } : {}),
            code: r.code,
            condition: r.condition,
            text: quote,
            origin: fromSource(doc.path, s.line, quote),
          });
        continue;
      }
      let route: { method: string; path: string } | null = null;
      let text = s.text;
      if (s.kind === 'row' && s.cells) {
        const mi = s.cells.findIndex((c) => METHOD.test(c.trim()));
        const pi = s.cells.findIndex((c) => PATH.test(c.trim().split(/\s/)[0] ?? ''));
        if (mi >= 0 && pi >= 0) {
          route = { method: s.cells[mi]!.trim().toUpperCase(), path: s.cells[pi]!.trim().split(/\s/)[0]! };
          text = s.cells.filter((_, i) => i !== mi && i !== pi).join(' | ');
        }
      } else {
        const m = ROUTE.exec(s.text);
        if (m) route = { method: m[1]!, path: m[2]!.replace(/[.:,]+$/, '') };
      }
      const quote = s.text.slice(0, 160);
      const readings = readErrorCodes(text);
      // An error table's row: a status cell and a code cell ("| 401 | UNAUTHORIZED | … |").
      if (readings.length === 0 && s.kind === 'row' && s.cells && !route) {
        const si = s.cells.findIndex((c) => /^[45]\d\d$/.test(c.trim()));
        const ci = s.cells.findIndex((c) => /^`?[A-Z][A-Z0-9_]{3,}`?$/.test(c.trim()));
        if (si >= 0 && ci >= 0) {
          const rest = s.cells
            .filter((_, i) => i !== si && i !== ci)
            .map((c) => c.trim())
            .filter(Boolean);
          readings.push({
            status: Number(s.cells[si]!.trim()),
            code: s.cells[ci]!.trim().replace(/`/g, ''),
            condition: rest[0] ?? null,
            subjectWords: [],
          });
        }
      }
      for (const r of readings) {
        // A row of an error table names no operation and no action: it is a catalogue entry alone.
        facts.push({
          kind: 'stated-error',
          route,
          actionWords: route ? [] : r.subjectWords,
          status: r.status,
          code: r.code,
          condition: r.condition,
          generic: isGenericCode(r.code),
          text: quote,
          origin: fromSource(doc.path, s.line, quote),
        });
      }
    }
    return { fragment: facts.length > 0 ? { securityFacts: facts } : {}, diagnostics: [] };
  },
};
