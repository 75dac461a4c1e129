import { describe, expect, it } from 'vitest';
import { readStatedTransition } from '../../src/read/state-change-words.js';

describe('state changes stated by Given/When/Then criteria', () => {
  it.each([
    [
      'en',
      'Given a ticket in state "resolved" When the admin closes it Then the status becomes "closed"',
      'resolved',
      'closed',
    ],
    [
      'it',
      'Dato una segnalazione in stato "risolta" Quando l\'amministratore la chiude Allora lo stato diventa "chiusa" e `chiusaIl` è valorizzato',
      'risolta',
      'chiusa',
    ],
    [
      'it',
      'Dato una rata in stato "emessa" Quando il pagamento va a buon fine Allora la rata passa a "pagata"',
      'emessa',
      'pagata',
    ],
    [
      'es',
      'Dada una reserva con estado `pendiente` Cuando el cliente paga Entonces el estado pasa a `confirmada`',
      'pendiente',
      'confirmada',
    ],
    [
      'pt',
      'Dado um pedido no estado "aberto" Quando o feirante confirma Então o status muda para "confirmado"',
      'aberto',
      'confirmado',
    ],
    [
      'fr',
      "Étant donné une commande à l'état « brouillon » Quand le client valide Alors la commande devient « validée »",
      'brouillon',
      'validée',
    ],
    [
      'de',
      'Angenommen ein Auftrag im Status "offen" Wenn der Mechaniker ihn annimmt Dann wechselt der Status zu "angenommen"',
      'offen',
      'angenommen',
    ],
  ])('%s: %s', (_lang, text, from, to) => {
    expect(readStatedTransition(text)).toEqual({ from, to });
  });

  it.each([
    // No outcome keyword: a description, not a criterion.
    'A ticket in state resolved becomes closed after 7 days',
    // No state before.
    'Given an admin When they close a ticket Then the status becomes "closed"',
    // The same state.
    'Given a ticket in state "open" When nothing happens Then the status becomes "open"',
  ])('not: %s', (text) => expect(readStatedTransition(text)).toBeNull());
});
