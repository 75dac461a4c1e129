import { findProviders } from '../knowledge/providers.js';
import { REQUIREMENT_ID_RE } from '../knowledge/requirement-ids.js';
import { findTechnologies } from '../knowledge/technologies.js';
import type { Term } from './types.js';

/**
 * The terms a text names: catalogued technologies and providers, requirement ids and numbers with
 * units. Statuses are filled in by the reader; here every term is `none`.
 */
export function termsOf(text: string): Term[] {
  const out: Term[] = [];
  for (const m of findTechnologies(text)) {
    out.push({
      kind: 'technology',
      value: m.tech.name,
      written: text.slice(m.index, m.index + m.length),
      index: m.index,
      length: m.length,
      status: 'none',
    });
  }
  for (const m of findProviders(text)) {
    out.push({
      kind: 'provider',
      value: m.provider.id,
      written: m.written,
      index: m.index,
      length: m.length,
      status: 'none',
    });
  }
  for (const m of text.matchAll(REQUIREMENT_ID_RE)) {
    out.push({
      kind: 'requirement-id',
      value: m[0],
      written: m[0],
      index: m.index,
      length: m[0].length,
      status: 'none',
    });
  }
  for (const m of text.matchAll(QUANTITY)) {
    const value = `${m[1]!.replace(',', '.')} ${m[2]!.toLowerCase()}`;
    out.push({ kind: 'quantity', value, written: m[0], index: m.index, length: m[0].length, status: 'none' });
  }
  return out.sort((a, b) => a.index - b.index || b.length - a.length);
}

/** A number with a unit of time, size, rate or share: "24 h", "500 ms", "10 MB", "99.9 %", "7 years". */
const QUANTITY =
  /(?<![\p{L}\p{N}_.])(\d+(?:[.,]\d+)?)\s?(ms|s|sec(?:onds?)?|min(?:utes?)?|h|hours?|days?|weeks?|months?|years?|kb|mb|gb|tb|%|rps|req\/s|requests?\/(?:s|min)|users?|horas?|días?|años?|jours?|ans|heures?|stunden?|tage|jahre|minuten?|minutos?|segundos?|secondes?|sekunden?)(?![\p{L}\p{N}_])/giu;
