import { describe, expect, it } from 'vitest';
import { kindOfId, matchDefinition, mentionedIds } from '../../src/knowledge/requirement-ids.js';

describe('requirement ids in the five languages', () => {
  it.each([
    ['RF-01: El usuario registra una dirección.', 'RF-01', 'functional'],
    ['RNF-02: El tiempo de respuesta es menor de 500 ms.', 'RNF-02', 'non-functional'],
    ['EF-01 : Le garage crée une mission.', 'EF-01', 'functional'],
    ['ENF-03 : Le temps de réponse reste sous 2 s.', 'ENF-03', 'non-functional'],
    ['FA-1: Der Kunde legt eine Bestellung an.', 'FA-1', 'functional'],
    ['NFA-2: Antwortzeit unter 300 ms.', 'NFA-2', 'non-functional'],
    ['**RF-04:** O cliente cadastra um endereço.', 'RF-04', 'functional'],
  ])('%s', (line, id, kind) => {
    expect(matchDefinition(line)?.id).toBe(id);
    expect(kindOfId(id)).toBe(kind);
  });

  it('mentions and ranges of the new prefixes', () => {
    expect(mentionedIds('couvre EF-01 à EF-03 et ENF-2')).toEqual(expect.arrayContaining(['EF-01', 'ENF-2']));
    expect(mentionedIds('siehe FA-1 und NFA-2')).toEqual(['FA-1', 'NFA-2']);
  });
});
