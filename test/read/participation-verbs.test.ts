import { describe, expect, it } from 'vitest';
import { intentsOf } from '../../src/read/story-words.js';

const kinds = (action: string) =>
  intentsOf(action).map((i) => (i.kind === 'state' ? `state:${i.verb}` : i.kind));

// A German trial: "mich zu einer Lesung anmelden" read as a Keycloak login and "mich von einer
// Veranstaltung abmelden" as a logout; "durchsuchen", "verlängern" and "zurückgeben" read as no verb.
describe('signing up for, or withdrawing from, a record is no account step', () => {
  it.each([
    ['de', 'mich zu einer Lesung anmelden und bis zu 3 Begleitpersonen mitbringen'],
    ['de', 'mich von einer Veranstaltung abmelden'],
    ['en', 'register for a workshop'],
    ['en', 'unregister from a workshop'],
    ['fr', "me désinscrire d'un atelier"],
    ['es', 'darme de baja de un taller'],
    ['pt', 'desinscrever-me de uma oficina'],
    ['nl', 'mij afmelden voor een workshop'],
  ])('%s: "%s"', (_lang, action) => {
    expect(kinds(action)).not.toContain('auth');
  });
  it.each([
    ['de', 'mich anmelden'],
    ['de', 'mich von der App abmelden'],
    ['en', 'sign up for an account'],
    ['en', 'log in'],
    ['nl', 'afmelden'],
  ])('near-miss, %s: "%s" stays the account step', (_lang, action) => {
    expect(kinds(action)).toEqual(['auth']);
  });
});

describe('renewing, returning and searching through, in every language', () => {
  it.each([
    ['de', 'eine Ausleihe verlängern', 'state:renew'],
    ['en', 'renew a loan', 'state:renew'],
    ['es', 'renovar un préstamo', 'state:renew'],
    ['fr', 'prolonger un prêt', 'state:renew'],
    ['pt', 'renovar um empréstimo', 'state:renew'],
    ['de', 'ein Buch zurückgeben', 'state:return'],
    ['en', 'return a book', 'state:return'],
    ['es', 'devolver un libro', 'state:return'],
    ['fr', 'restituer un livre', 'state:return'],
    ['nl', 'een boek inleveren', 'state:return'],
    ['de', 'den Katalog nach Autor durchsuchen', 'search'],
  ])('%s: "%s" → %s', (_lang, action, kind) => {
    expect(kinds(action)).toContain(kind);
  });
  it('near-miss: "return to the home page" is no return of a record', () => {
    expect(kinds('return to the home page')).not.toContain('state:return');
  });
});
