import { describe, expect, it } from 'vitest';
import { readRule, statesRule } from '../../src/read/rule-words.js';

// Issue 13 item 5 (rules29): gustarica-ro CF-03 "După confirmarea plății, părintele primește un SMS"
// was read as an ordering rule with `REQUEST_INVALID_STATE`. What follows an event is a consequence
// (the delivery job sends the SMS), no precondition a request can break; a precondition carries a
// modality and stays an ordering rule.

describe('a consequence is no ordering rule', () => {
  it.each([
    ['ro', 'După confirmarea plății, părintele primește un SMS prin SMSLink.'],
    ['en', 'After the payment is confirmed, the parent receives an SMS.'],
    ['de', 'Nach der Rückgabe ist die Lizenz widerrufen und das Exemplar sofort frei.'],
    ['fr', 'Après le paiement, le client reçoit un reçu par e-mail.'],
    ['es', 'Después del pago, el cliente recibe un correo de confirmación.'],
    ['pt', 'Depois do pagamento, o cliente recebe um e-mail de confirmação.'],
    ['it', 'Dopo il pagamento, il cliente riceve una e-mail di conferma.'],
    ['hu', 'Sikeres fizetés után a rendszer számlát állít ki, és e-mailben elküldi.'],
    ['uk', 'Після оплати сервіс публікує подію donation.paid у RabbitMQ.'],
  ])('%s: %s', (_, text) => {
    expect(statesRule(text)).toBe(false);
  });
});

describe('a precondition stays an ordering rule', () => {
  it.each([
    ['en', 'Individual tests can be added to the order after panel selection.'],
    ['de', 'Eine Bewertung kann erst nach dem Aufenthalt abgegeben werden.'],
    ['fr', 'Un garage peut noter un technicien après la mission.'],
    ['pt', 'Um cardápio só PODE ser publicado depois de aprovado pela nutricionista.'],
    ['ro', 'Comanda poate fi anulată după confirmarea plății.'],
    ['hu', 'Elfogadott árajánlat után a szerelő megkezdi a javítást, és fotókat tölthet fel a munkalaphoz.'],
  ])('%s: %s', (_, text) => {
    expect(statesRule(text)).toBe(true);
    expect(['ordering', 'only']).toContain(readRule(text).kind);
  });

  it('a consequence with a bound stays a rule ("after 3 failed sign-ins the account is locked")', () => {
    expect(statesRule('After 3 failed sign-ins the account is locked for 15 minutes.')).toBe(true);
  });
});
