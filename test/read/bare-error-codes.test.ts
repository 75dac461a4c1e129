import { describe, expect, it } from 'vitest';
import { readBareErrorCodes } from '../../src/read/error-code-words.js';

describe('error codes a criterion names without an HTTP status', () => {
  it.each([
    [
      'it',
      "Dato un condòmino Quando invia titolo e categoria Allora la segnalazione è creata E se ha già aperto 5 segnalazioni oggi riceve l'errore `LIMITE_SEGNALAZIONI`",
      'LIMITE_SEGNALAZIONI',
      'se ha già aperto 5 segnalazioni oggi',
      'limit',
    ],
    [
      'it',
      'E una rata già pagata non può essere pagata di nuovo (RATA_GIA_PAGATA)',
      'RATA_GIA_PAGATA',
      'una rata già pagata non può essere pagata di nuovo',
      'conflict',
    ],
    [
      'en',
      'And a vote is recorded only once per unit (`VOTE_ALREADY_CAST`)',
      'VOTE_ALREADY_CAST',
      'a vote is recorded only once per unit',
      'conflict',
    ],
    [
      'es',
      'Y si ya reservó 3 turnos hoy recibe el error `LIMITE_RESERVAS`',
      'LIMITE_RESERVAS',
      'si ya reservó 3 turnos hoy',
      'limit',
    ],
    [
      'fr',
      "Et une commande déjà payée reçoit l'erreur `COMMANDE_PAYEE`",
      'COMMANDE_PAYEE',
      'une commande déjà payée',
      'conflict',
    ],
    ['de', 'Und ein voller Kurs liefert den Fehler `KURS_VOLL`', 'KURS_VOLL', 'ein voller Kurs', null],
  ])('%s: %s', (_l, text, code, condition, kind) => {
    expect(readBareErrorCodes(text)).toEqual([expect.objectContaining({ code, condition, kind })]);
  });

  it.each([
    // A status beside the code: the other reader's.
    'Booking a full shift returns 409 with code SHIFT_FULL',
    // An identifier, not an error.
    'The `USER_ID` column is indexed.',
    'Set DATABASE_URL in the environment.',
  ])('not: %s', (text) => expect(readBareErrorCodes(text)).toEqual([]));
});
