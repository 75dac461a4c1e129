import { describe, expect, it } from 'vitest';
import { capability } from '../../src/extract/stories.js';

// buchfink-de: the acceptance criteria "Ich darf höchstens 3 Vormerkungen haben; die vierte wird mit
// VORMERKLIMIT_ERREICHT abgelehnt" and "Ich kann mich zu jeder Veranstaltung nur einmal anmelden"
// were listed as stories of an actor "Ich". "I" is the story's own persona, never an actor of its
// own; and a German sentence whose last verb is "haben" states what a record may hold (a rule).
describe('a first-person criterion is no capability of its own', () => {
  it.each([
    'Ich darf höchstens 3 Vormerkungen haben; die vierte wird mit `VORMERKLIMIT_ERREICHT` abgelehnt.',
    'Ich kann mich zu jeder Veranstaltung nur einmal anmelden.',
    'I can cancel my booking up to 24 hours before.',
    'Je peux annuler ma réservation.',
    'Yo puedo cancelar mi reserva.',
    'Eu posso cancelar minha reserva.',
  ])('%s', (text) => expect(capability(text)).toBeNull());

  it.each([
    ['Ein Leser darf höchstens 3 Vormerkungen haben.', null],
    ['Der Bibliothekar kann Veranstaltungen anlegen.', 'Bibliothekar'],
    ['Members can book rooms they have access to.', 'Members'],
  ])('%s', (text, actor) => expect(capability(text)?.actor ?? null).toBe(actor));
});
