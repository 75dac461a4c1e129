import { describe, expect, it } from 'vitest';
import { readRule, statesRule } from '../../src/read/rule-words.js';

// Issue 11, the business-rules table (found on the dugnad trial in nb and en, sberka in cs, odla in
// sv): a quota over a period was a create check, a stated deletion a request check, a fee an error.

describe('a floor over a period is counted over it, never at a create', () => {
  it.each([
    ['en', 'A family must have at least 4 shifts per season, unless it has bought out.'],
    ['nb', 'En familie skal ha minst 4 vakter per sesong, med mindre den har kjøpt seg fri.'],
    ['sv', 'Varje medlem ska utföra minst 10 arbetstimmar per säsong (april–oktober).'],
    ['fr', 'Chaque membre doit assurer au moins 2 permanences par mois.'],
    ['de', 'Jedes Mitglied muss mindestens 3 Einsätze pro Jahr leisten.'],
  ])('%s: %s', (_lang, sentence) => {
    expect(readRule(sentence)).toMatchObject({ kind: 'minimum', enforcement: 'period-quota' });
  });

  it.each([
    ['en', 'A family receives at most 2 deliveries a month.'],
    ['en', 'A booking must have at least 2 participants.'],
    ['en', 'A booking must be made at least a week before the event.'],
    ['en', 'Passwords must be at least 12 characters and changed once a year.'],
  ])('near-miss: %s "%s" stays a check a request can fail', (_lang, sentence) => {
    expect(readRule(sentence).enforcement).not.toBe('period-quota');
  });
});

describe('data the documents say is deleted after a time is purged by a job', () => {
  it.each([
    ['en', 'Personal data about parents is deleted 13 months after the last child has left the club.'],
    ['nb', 'Personopplysninger om foreldre slettes 13 måneder etter at siste barn har sluttet i klubben.'],
    ['cs', 'Fotografie se mažou 90 dní po termínu svozu.'],
    ['sv', 'Uppgifter om kösökande som har lämnat kön raderas efter 2 år (GDPR).'],
    ['de', 'Fotos werden 90 Tage nach der Abholung gelöscht.'],
    ['es', 'Las fotos se eliminan 90 días después de la recogida.'],
  ])('%s: %s', (_lang, sentence) => {
    expect(readRule(sentence)).toMatchObject({ enforcement: 'job', acts: ['purge'] });
  });

  it('near-miss: "cannot be deleted" is a prohibition a request can break', () => {
    expect(readRule('A booking cannot be deleted after check-in.').enforcement).toBe('service-check');
  });

  it.each([
    ['pt', 'Cardápios publicados NUNCA são apagados; ficam arquivados por 2 anos para consulta.'],
    ['de', 'Veröffentlichte Speisepläne werden nie gelöscht; sie bleiben 2 Jahre einsehbar.'],
  ])('near-miss: %s "%s" deletes nothing', (_lang, sentence) => {
    expect(readRule(sentence).enforcement).not.toBe('job');
  });
});

describe('what the domain charges, grants and keeps', () => {
  it.each([
    ['en', 'Each address is entitled to 2 free pickups per calendar year of up to 2 m³ each.', 'allowance'],
    [
      'cs',
      'Každá adresa má v kalendářním roce nárok na 2 bezplatné svozy do objemu 2 m³ každý.',
      'allowance',
    ],
    ['en', 'Beyond the free pickups, CZK 350 is charged for every started m³.', 'charge'],
    ['cs', 'Nad rámec bezplatných svozů se účtuje 350 Kč za každý započatý m³.', 'charge'],
    ['en', 'A fine is NOK 500 and falls due 14 days after it is issued.', 'charge'],
    ['nb', 'Dugnadsbot er 500 kr og forfaller 14 dager etter at den er ilagt.', 'charge'],
    ['en', 'The paid fee for an order not picked up is not refunded when the waste was not ready.', 'never'],
    [
      'cs',
      'Zaplacený poplatek za nevyzvednutou objednávku se nevrací, pokud je důvodem „odpad nebyl připraven“.',
      'never',
    ],
  ])('%s: %s → %s', (_lang, sentence, kind) => {
    expect(statesRule(sentence)).toBe(true);
    expect(readRule(sentence).kind).toBe(kind);
  });

  it.each([
    ['en', 'The annual fee is invoiced on 1 March and falls due after 30 days.'],
    ['sv', 'Årsavgiften faktureras den 1 mars och förfaller till betalning efter 30 dagar.'],
  ])('%s: a fee raised on a date of the year is yearly work: %s', (_lang, sentence) => {
    expect(statesRule(sentence)).toBe(true);
    expect(readRule(sentence)).toMatchObject({
      kind: 'charge',
      enforcement: 'job',
      yearly: { day: 1, month: 3 },
    });
  });

  it('near-miss: an entitlement without a number states no rule', () => {
    expect(statesRule('Every resident is entitled to information about the service.')).toBe(false);
  });
});
