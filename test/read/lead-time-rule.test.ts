import { describe, expect, it } from 'vitest';
import { readRule, statesRule } from '../../src/read/rule-words.js';

/**
 * Issue 13 review: "mais de 24 horas de antecedência" ("more than 24 hours before") is a minimum lead
 * time, the latest moment the act is allowed, never a cap ("at most"): a later request is too late.
 */
describe('a stated lead time is a floor, not a limit', () => {
  it.each([
    ['pt', 'Pedidos cancelados com mais de 24 horas de antecedência DEVEM ser estornados integralmente.'],
    [
      'pt',
      'Dado um pedido confirmado, quando o consumidor cancela com mais de 24 horas de antecedência, então o pedido passa a cancelado.',
    ],
    ['es', 'Las reservas canceladas con más de 24 horas de antelación se reembolsan por completo.'],
    ['es', 'El paciente solo puede cancelar la cita más de 24 horas antes.'],
    ['fr', 'Une réservation annulée plus de 24 heures à l’avance est remboursée intégralement.'],
    ['fr', 'Le patient peut annuler plus de 24 heures avant le rendez-vous.'],
    ['de', 'Buchungen, die mehr als 24 Stunden vorher storniert werden, werden voll erstattet.'],
    ['de', 'Eine Stornierung ist nur mehr als 24 Stunden vor dem Termin möglich.'],
    ['it', 'Le prenotazioni annullate più di 24 ore prima vengono rimborsate per intero.'],
    ['it', 'Una visita si può annullare solo con più di 24 ore di anticipo.'],
    ['en', 'A booking cancelled more than 24 hours before its start is refunded in full.'],
    ['en', 'Orders must be placed at least 2 days in advance.'],
  ])('%s: %s', (_, text) => {
    expect(statesRule(text)).toBe(true);
    expect(readRule(text).kind).toBe('lead-time');
  });

  it.each([
    ['pt', 'Um pedido pode ter no máximo 10 itens.', 'limit'],
    ['pt', 'Um consumidor pode fazer mais de 3 pedidos por feira.', 'limit'],
    ['en', 'A patient can hold no more than 3 upcoming bookings.', 'limit'],
    [
      'en',
      'A patient can reschedule or cancel their own appointment up to 24 hours before its start.',
      'window',
    ],
    ['de', 'Ein Kunde darf höchstens 5 Reservierungen haben.', 'limit'],
  ])('still its own kind, %s: %s', (_, text, kind) => expect(readRule(text).kind).toBe(kind));

  it('a reminder at least a day before stays a job that waits for its window', () => {
    const r = readRule('The system sends a reminder at least 24 hours before the appointment automatically.');
    expect(r.enforcement).toBe('job');
    expect(r.kind).toBe('window');
  });
});
