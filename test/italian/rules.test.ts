import { describe, expect, it } from 'vitest';
import { readRule, statesRule } from '../../src/read/rule-words.js';

// Italian rule sentences were not rules at all ("al massimo 3", "almeno 15 minuti", "univoco",
// "non può più essere modificata"), and a story ("Come segreteria, voglio …") was read as one.
describe('Italian rule sentences', () => {
  it.each([
    // As in English, a bound on both sides reads as the limit, a time before an event as a window.
    ['Un corso dura almeno 30 minuti e al massimo 2 ore.', 'limit'],
    ['Una lezione dura almeno 30 minuti.', 'minimum'],
    ['Un socio può avere al massimo 5 prenotazioni attive.', 'limit'],
    ['Il codice della tessera è univoco.', 'unique'],
    ['Una ricevuta emessa non può più essere modificata.', 'never'],
    ['Le ricevute non possono mai essere cancellate.', 'never'],
    ['Una prenotazione si annulla solo fino a 6 ore prima della lezione.', 'window'],
    ['Le ricevute sono conservate per almeno 10 anni.', 'retention'],
  ])('%s → %s', (text, kind) => {
    expect(statesRule(text)).toBe(true);
    expect(readRule(text).kind).toBe(kind);
  });

  it('a window the system waits for is a job, with its time in seconds', () => {
    const r = readRule('Il sistema invia un promemoria via email 48 ore prima di ogni lezione.');
    expect(r.enforcement).toBe('job');
    const w = readRule('Le prenotazioni non confermate vengono annullate automaticamente entro 2 giorni.');
    expect(w).toMatchObject({
      enforcement: 'job',
      kind: 'window',
      window: { seconds: 172800 },
      action: 'cancel',
    });
  });

  it('stories and performance targets are no rules', () => {
    expect(
      statesRule('Come socio, voglio annullare al massimo 2 prenotazioni, così da liberare il posto.'),
    ).toBe(false);
    expect(statesRule('Le pagine rispondono in meno di 300 ms al 95° percentile.')).toBe(false);
  });

  it('the French month "mai" is no Italian "never"', () => {
    expect(statesRule('Le lancement est prévu en mai.')).toBe(false);
  });
});

describe('Italian constraints on the API', () => {
  it('"non possono mai essere cancellate" keeps the records: no DELETE', async () => {
    const { readConstraints } = await import('../../src/read/constraint-words.js');
    const kinds = (t: string) => readConstraints(t).map((c: { kind: string }) => c.kind);
    expect(kinds('Le ricevute sono conservate per 10 anni e non possono mai essere cancellate.')).toContain(
      'never-delete',
    );
    expect(kinds('I soci inattivi non vengono eliminati ma disattivati.')).toContain('never-delete');
    expect(kinds('Il catalogo dei corsi è in sola lettura per i soci.')).toContain('read-only');
    expect(kinds('La segreteria può cancellare una prenotazione.')).not.toContain('never-delete');
  });
});
