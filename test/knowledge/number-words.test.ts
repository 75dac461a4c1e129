import { describe, expect, it } from 'vitest';
import { quantitiesExtractor } from '../../src/extract/quantities.js';
import { findMeasures } from '../../src/knowledge/durations.js';
import { doc, run } from '../reconcile/helpers.js';

const MIN = 60;
const DAY = 86400;

function params(text: string) {
  const { fragment } = run(quantitiesExtractor, doc('docs/architecture.md', 'architecture', text));
  return (fragment.parameters ?? []).map((q) => [
    q.key,
    q.value,
    q.origin.kind === 'source' ? q.origin.line : 0,
  ]);
}

/** The measures of a text as [dimension, value]. */
const read = (text: string) => findMeasures(text).map((m) => [m.dimension, m.value]);

// saunavuoro-fi states "Viisi epäonnistunutta kirjautumista lukitsee tilin 15 minuutiksi" and its
// lockout carried no 5: number words were read in English only, and as counts in no language.
describe('number words of every language read', () => {
  it.each([
    ['fi', 'Viisi epäonnistunutta kirjautumista lukitsee tilin 15 minuutiksi.'],
    ['en', 'Five failed sign-in attempts lock the account for 15 minutes.'],
    ['fr', 'Après cinq tentatives échouées, le compte est bloqué 15 minutes.'],
    ['de', 'Nach fünf fehlgeschlagenen Versuchen wird das Konto 15 Minuten gesperrt.'],
    ['ru', 'После пяти неудачных попыток вход блокируется на 15 минут.'],
    ['uk', 'Після п’яти невдалих спроб обліковий запис блокується на 15 хвилин.'],
    ['pl', 'Po pięciu nieudanych próbach konto jest blokowane na 15 minut.'],
    ['cs', 'Po pěti neúspěšných pokusech se účet zablokuje na 15 minut.'],
    ['id', 'Setelah lima kali gagal masuk, akun dikunci selama 15 menit.'],
    ['vi', 'Sau năm lần đăng nhập thất bại, tài khoản bị khóa trong 15 phút.'],
    ['zh', '连续输错五次锁定 15 分钟。'],
    ['ko', '다섯 번 실패하면 15분 동안 잠깁니다.'],
  ])('%s: the lockout after five attempts is a count of 5', (_lang, text) => {
    expect(read(text)).toContainEqual(['count', 5]);
    expect(read(text)).toContainEqual(['duration', 15 * MIN]);
  });

  it.each([
    ['es', 'Las reservas no confirmadas se cancelan a los tres días.', 3 * DAY],
    ['pt', 'Os pedidos ficam guardados por trinta dias.', 30 * DAY],
    ['it', 'Il link scade dopo ventiquattro ore.', 24 * 3600],
    ['nl', 'De link verloopt na twee weken.', 14 * DAY],
    ['sv', 'Loggar sparas i tjugo dagar.', 20 * DAY],
    ['nb', 'Lenken er gyldig i to dager.', 2 * DAY],
    ['hu', 'A foglalás két hét után lejár.', 14 * DAY],
    ['tr', 'Bağlantı yirmi dört saat geçerlidir.', 24 * 3600],
    ['ro', 'Datele se păstrează douăzeci de zile.', 20 * DAY],
    ['el', 'Ο σύνδεσμος λήγει σε δύο ημέρες.', 2 * DAY],
    ['id', 'Tautan berlaku dua puluh empat jam.', 24 * 3600],
    ['vi', 'Liên kết hết hạn sau ba mươi phút.', 30 * MIN],
    ['ja', '予約は三日間保持されます。', 3 * DAY],
    ['zh', '二十四小时后过期。', 24 * 3600],
    ['en', 'Invitations expire after twenty-four hours.', 24 * 3600],
  ])('%s: a duration written in words', (_lang, text, seconds) => {
    expect(read(text)).toContainEqual(['duration', seconds]);
  });

  it.each([
    ['en', 'The system sends three reminders before the event.'],
    ['de', 'Das System sendet drei Erinnerungen vor dem Termin.'],
    ['fi', 'Järjestelmä lähettää kolme muistutusta ennen vuoroa.'],
    ['pl', 'System wysyła trzy przypomnienia przed wizytą.'],
  ])('%s: three reminders are a count of 3', (_lang, text) => {
    expect(read(text)).toContainEqual(['count', 3]);
  });

  it.each([
    ['fr article', 'Un jour, une heure, un compte.'],
    ['es article', 'Un día el usuario crea una cuenta.'],
    ['de article', 'Ein Tag, eine Stunde, einen Termin.'],
    ['en due', 'The due date is shown on the invoice.'],
    ['en to', 'Send the invoice to members on time.'],
    ['DoS', 'DoS protection sits in front of the API.'],
    ['id city', 'Kantor pusat berada di Lima Peru.'],
    ['vi year', 'Năm học 2025 bắt đầu vào tháng chín.'],
    ['ja enough', '十分な容量を確保する。'],
    ['zh very', '这一点十分重要。'],
    ['zh ordinal', '第三次提醒'],
    ['hu him/week', 'A hét minden napján nyitva.'],
  ])('guard: %s is no quantity', (_what, text) => {
    expect(findMeasures(text).filter((m) => !/\d/.test(m.text))).toEqual([]);
  });

  it('a count in a narrative is no stated parameter ("he clicks two buttons")', () => {
    expect(read('he clicks two buttons')).toEqual([['count', 2]]);
    expect(params('The member clicks two buttons to confirm the booking.')).toEqual([]);
  });

  it('the Finnish lockout is stated with its attempts, at the line of its sentence', () => {
    const text = [
      '## 4. Tunnistautuminen',
      '',
      'Palvelu myöntää JWT-pääsytunnuksen (voimassa 15 minuuttia) ja',
      'uusintatunnuksen (voimassa 14 päivää), joka vaihdetaan jokaisella käyttökerralla. Viisi',
      'epäonnistunutta kirjautumista lukitsee tilin 15 minuutiksi.',
    ].join('\n');
    expect(params(text)).toEqual([
      ['auth.access-token-ttl', 900, 3],
      ['auth.refresh-token-ttl', 14 * DAY, 3],
      ['auth.lockout-attempts', 5, 4],
      ['auth.lockout-duration', 900, 4],
    ]);
  });
});
