import { describe, expect, it } from 'vitest';
import { readOperations } from '../../src/read/operation-words.js';

/**
 * Issue 13: what a story asks is its "I want" part. The "so that …" after it says what the user gains
 * (hallbooking's "…, så den kan booke …" asked for no booking), and the tail of a compound noun
 * ("E-Book") is no verb (buchfink's "ein E-Book zurückgeben" asked for no create).
 */
const ops = (s: string) => readOperations(s).verbs.map((v) => v.operation);

describe('the operations a story asks for', () => {
  it('reads none in the purpose clause (da, de, sv, es, fr, en)', () => {
    expect(ops('Som træner vil jeg se holdets kampe, så jeg kan booke en bane.')).not.toContain('create');
    expect(
      ops('Als Mitglied möchte ich den Kalender sehen, damit ich einen Termin buchen kann und ihn book.'),
    ).not.toContain('create');
    expect(ops('Som förälder vill jag se schemat, så att jag kan registrera barnet.')).not.toContain(
      'create',
    );
    expect(ops('Como socio quiero ver el calendario, para registrar mi hijo.')).not.toContain('create');
    expect(
      ops('En tant que parent, je veux voir le planning, pour que je puisse add un enfant.'),
    ).not.toContain('create');
    expect(ops('As a coach, I want to view the fixtures, so that I can book a pitch.')).toEqual([
      'list',
      'get',
    ]);
  });

  it('still reads the verbs the story asks for', () => {
    expect(ops('Som træner vil jeg booke en bane, så holdet kan træne.')).toContain('create');
    expect(ops('As a coach, I want to add a player to the squad.')).toContain('create');
  });

  it('reads no verb in the tail of a hyphenated noun', () => {
    expect(ops('Als Hörer möchte ich ein Audio-Book herunterladen.')).not.toContain('create');
    expect(ops('As a reader, I want to return an e-book early.')).not.toContain('create');
    expect(ops('As a reader, I want to book a study room.')).toContain('create');
  });
});
