import { describe, expect, it } from 'vitest';
import { verbOf } from '../../src/derive/api/actions.js';
import { presentAsInfinitive } from '../../src/extract/stories.js';
import { readRule, statesAudit, statesRule } from '../../src/read/rule-words.js';
import { stateVerbsNamed, writeVerbsNamed } from '../../src/read/state-verb-words.js';
import { markedState, markedVerb } from '../../src/read/story-words.js';

/** Issue 13: the words behind state actions, present-tense stories and audit-trail rules, five languages. */
describe('a status value names its English verb', () => {
  it.each([
    ['storniert', 'cancel'],
    ['bestätigt', 'confirm'],
    ['bestaetigt', 'confirm'],
    ['abgeschlossen', 'complete'],
    ['cancelada', 'cancel'],
    ['confirmada', 'confirm'],
    ['reembolsado', 'refund'],
    ['annulée', 'cancel'],
    ['annulee', 'cancel'],
    ['confirmée', 'confirm'],
    ['remboursée', 'refund'],
    ['pagado', 'pay'],
    ['approved', 'approve'],
  ])('%s → %s', (value, verb) => expect(verbOf(value)).toBe(verb));

  it.each(['pendiente', 'en_attente', 'in_bearbeitung', 'aktiv', 'offen', 'pending'])(
    '%s is no outcome of a verb',
    (value) => expect(verbOf(value)).toBeNull(),
  );
});

describe('a requirement names state actions in any form', () => {
  it.each([
    ['Der Kunde kann einen Termin stornieren.', ['cancel']],
    ['Die Stornierung ist bis 24 Stunden vorher möglich.', ['cancel']],
    ['La cancelación de una cita requiere un motivo.', ['cancel']],
    ['O cancelamento gera um reembolso.', ['cancel', 'refund']],
    ["L'annulation d'une commande déclenche le remboursement.", ['cancel', 'refund']],
    ['Der Mitarbeiter sagt den Termin ab.', ['cancel']],
    ['The clerk confirms the booking.', ['confirm']],
  ])('%s', (text, verbs) => expect(stateVerbsNamed(text)).toEqual(verbs));

  it('a word that only looks like a form names none', () => {
    // German "Termine" is no French "termine" (the accented forms and the infinitive are read);
    // Spanish "agenda" and "fecha" are nouns.
    expect(stateVerbsNamed('Der Kunde sieht seine Termine in der Agenda.')).toEqual([]);
    expect(stateVerbsNamed('La fecha de la cita y la página de detalle.')).toEqual([]);
  });
});

describe('a present-tense verb as the infinitive the lexicons read', () => {
  it.each([
    ['cria', 'reservas', 'criar reservas'],
    ['crea', 'una cita', 'crear una cita'],
    ['crean', 'citas', 'crear citas'],
    ['criam', 'reservas', 'criar reservas'],
    ['crée', 'une commande', 'créer une commande'],
    ['créent', 'des commandes', 'créer des commandes'],
    ['legt', 'einen Termin an.', 'anlegen einen Termin'],
    ['legen', 'Termine an und exportieren sie', 'anlegen Termine und exportieren sie'],
    ['storniert', 'einen Termin', 'stornieren einen Termin'],
  ])('%s %s → %s', (verb, rest, phrase) => expect(presentAsInfinitive(verb, rest)).toBe(phrase));

  it('a verb the lexicons do not know stays as written', () => {
    expect(presentAsInfinitive('erhält', 'eine Bestätigung')).toBe('erhält eine Bestätigung');
    // An English trial's "Coordinators export the hours served" read as "exportr the hours served".
    expect(presentAsInfinitive('export', 'the hours served')).toBe('export the hours served');
  });
});

describe('an audit-trail requirement is a rule', () => {
  it.each([
    'All changes to a booking are logged in an audit log.',
    'Every change to an appointment or a payment is written to an audit log with who made it.',
    'Alle Änderungen werden protokolliert.',
    'Toda alteração é registrada.',
    'Todo cambio de una cita queda registrado en un registro de auditoría.',
    "Toute modification d'une commande est enregistrée dans un journal d'audit.",
    'Priority change logged in audit trail',
  ])('%s', (text) => {
    expect(statesAudit(text)).toBe(true);
    expect(statesRule(text)).toBe(true);
    expect(readRule(text)).toMatchObject({ kind: 'audit', enforcement: 'audit-trail', statedCode: null });
  });

  it('every change is read as such; a named action is kept', () => {
    expect(readRule('Alle Änderungen werden protokolliert.').everyChange).toBe(true);
    expect(readRule('Amendment and cancellation logged in the audit trail').actions).toEqual([
      'cancel',
      'amend',
    ]);
  });

  it.each([
    'Errors are logged with a correlation id.',
    'Fehler werden protokolliert.',
    'Audit log entries are retained for 7 years, then purged',
  ])('%s is no audit trail of changes', (text) => expect(readRule(text).kind).not.toBe('audit'));
});

/** Issue 13: the plain writes an audit rule names, and the verb of a marked state, in six languages. */
describe('an audit rule names the writes it logs', () => {
  it.each([
    ['Edit is logged in audit trail with old value, new value, user ID, timestamp, and reason', ['update']],
    ['Priority change logged in audit trail', ['update']],
    ['La edición de una cita queda registrada en el registro de auditoría.', ['update']],
    ['A alteração de uma reserva é registrada na trilha de auditoria.', ['update']],
    ["La suppression d'une commande est enregistrée dans le journal d'audit.", ['delete']],
    ['Die Löschung eines Termins wird im Audit-Log protokolliert.', ['delete']],
    ['Die Bearbeitung wird im Audit-Log protokolliert.', ['update']],
    ['La modifica di una prenotazione è registrata nel registro di audit.', ['update']],
  ])('%s', (text, writes) => {
    expect(readRule(text)).toMatchObject({ kind: 'audit', enforcement: 'audit-trail', writes });
  });

  it('a state action is no plain write; every change reaches every write; the log is no change', () => {
    const amend = readRule('Amendment and cancellation logged in the audit trail');
    expect(amend.writes).toBeUndefined();
    expect(amend.actions).toEqual(['cancel', 'amend']);
    expect(readRule('Ogni modifica è registrata nel registro di audit.')).toMatchObject({
      kind: 'audit',
      everyChange: true,
    });
    expect(readRule('Alle Änderungen werden protokolliert.').writes).toBeUndefined();
    expect(readRule('Stornierungen werden im Änderungsprotokoll erfasst.').writes).toBeUndefined();
    expect(writeVerbsNamed('El borrador se guarda.')).toEqual([]);
  });
});

describe('the state a story marks a record as names its verb', () => {
  it.each([
    ['mark a sample as collected', 'collected', 'collect'],
    ['marcar una cita como cancelada', 'cancelada', 'cancel'],
    ['marcar uma reserva como confirmada', 'confirmada', 'confirm'],
    ['marquer une commande comme livrée', 'livrée', 'deliver'],
    ['einen Auftrag als erledigt markieren', 'erledigt', 'complete'],
    ['segnare una prenotazione come completata', 'completata', 'complete'],
    ['mark an order as urgent', 'urgent', null],
    // No `as`: the participle closes the phrase (a persona line: "marks appointments completed").
    ['marks appointments completed', 'completed', 'complete'],
    ['mark invoices paid', 'paid', 'pay'],
    ['marca las citas completadas', 'completadas', 'complete'],
    ['marca consultas concluídas', 'concluídas', 'complete'],
    ['marque les commandes livrées', 'livrées', 'deliver'],
    ['segna le visite completate', 'completate', 'complete'],
    // An adjective before its noun names no state.
    ['mark the booked slots for review', null, null],
  ])('%s', (text, state, verb) => {
    expect(markedState(text)).toBe(state);
    expect(markedVerb(text)).toBe(verb);
  });
});
