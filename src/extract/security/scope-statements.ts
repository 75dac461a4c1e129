import { fromSource } from '../../model/origin.js';
import type { SecurityFact } from '../../model/security-facts.js';
import { readScopes } from '../../read/scope-words.js';
import type { TextUnit } from './units.js';

/**
 * Scope statements of one text unit (read/scope-words.ts): a sentence naming its actor, or a roles
 * table cell whose actor is the row's first cell ("| Fornitore | … | Vede solo le segnalazioni
 * assegnate a lui |"). Derive matches the actor to a role and the words to entities.
 */
export function scopeStatements(u: TextUnit, file: string): SecurityFact[] {
  if (u.source === 'code') return [];
  const at = fromSource(file, u.line, u.text.slice(0, 160));
  if (u.source === 'prose')
    return readScopes(u.text).flatMap((r) =>
      r.actor ? [{ kind: 'scope-statement' as const, ...r, actor: r.actor, text: u.text, origin: at }] : [],
    );
  const row = u.cells?.[0]?.trim();
  if (!row) return [];
  return (u.cells ?? []).slice(1).flatMap((cell) =>
    readScopes(cell, true).map((r) => ({
      kind: 'scope-statement' as const,
      ...r,
      actor: r.actor ?? row,
      text: cell,
      origin: at,
    })),
  );
}
