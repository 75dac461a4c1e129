import { describe, expect, it } from 'vitest';
import { readBareErrorCodes } from '../../src/read/error-code-words.js';
import { ruleTarget } from '../../src/read/rule-target-words.js';
import { readRule, statesRule, timedSystemAction } from '../../src/read/rule-words.js';
import { stateVerbsNamed } from '../../src/read/state-verb-words.js';
import { intentsOf, whenClause } from '../../src/read/story-words.js';

// How a rule, a criterion's error code and a story name the state actions they are about (issue 13):
// a side effect ruled out is no check, a state not reached is no action, an imperative criterion's
// verb names its object, the system's timed change is a job's, a "when" clause is someone else's act.

describe('a side effect the documents rule out raises no error', () => {
  it.each([
    ['en', 'Completing all subtasks does not automatically complete the parent task'],
    ['es', 'Completar todas las subtareas no completa automáticamente la tarea principal'],
    ['pt', 'Concluir todas as subtarefas não conclui automaticamente a tarefa principal'],
    ['fr', 'Terminer toutes les sous-tâches ne termine pas automatiquement la tâche parente'],
    ['de', 'Das Abschließen aller Unteraufgaben schließt die übergeordnete Aufgabe nicht automatisch ab'],
    ['it', "Completare tutte le sottoattività non completa automaticamente l'attività principale"],
  ])('%s: %s', (_l, text) => {
    expect(readRule(text).enforcement).toBe('behaviour');
  });

  it.each([
    // What the system does by itself stays a job.
    'Bookings not confirmed within 24 hours are cancelled automatically',
    'Las reservas no confirmadas en 24 horas se cancelan automáticamente',
  ])('still a job: %s', (text) => expect(readRule(text).enforcement).toBe('job'));
});

describe('a state the record has not reached names no action', () => {
  it.each([
    ['it', 'ogni rata non pagata', 'pay'],
    ['en', 'orders not paid within 15 minutes', 'pay'],
    ['en', 'bookings not yet confirmed', 'confirm'],
    ['es', 'cada cuota no pagada', 'pay'],
    ['pt', 'cada parcela não paga', 'pay'],
    ['fr', 'chaque facture non payée', 'pay'],
    ['de', 'nicht bezahlte Rechnungen', 'pay'],
    ['de', 'noch nicht bestätigte Buchungen', 'confirm'],
  ])('%s: "%s" names no %s', (_l, text, verb) => expect(stateVerbsNamed(text)).not.toContain(verb));

  it.each([
    // A negated verb still names the action it forbids; a participle not negated names its action.
    ['en', 'A volunteer must not cancel a booking', 'cancel'],
    ['de', 'Ein Helfer darf die Buchung nicht stornieren', 'cancel'],
    ['it', 'una rata già pagata', 'pay'],
    ['it', 'le rate pagate', 'pay'],
    ['es', 'una cuota ya pagada', 'pay'],
    ['fr', 'une commande déjà payée', 'pay'],
    ['pt', 'um pedido já cancelado', 'cancel'],
  ])('%s: "%s" names %s', (_l, text, verb) => expect(stateVerbsNamed(text)).toContain(verb));
});

describe('a code whose clause names the record state carries that state action', () => {
  it.each([
    ['it', 'E una segnalazione chiusa non può essere riaperta (`SEGNALAZIONE_CHIUSA`)', ['close']],
    ['it', 'E una rata già pagata non può essere pagata di nuovo (`RATA_GIA_PAGATA`)', ['pay']],
    ['en', 'And a cancelled booking cannot be cancelled again (`BOOKING_CANCELLED`)', ['cancel']],
    ['es', 'Y una cuota ya pagada no puede ser pagada de nuevo (`CUOTA_PAGADA`)', ['pay']],
    ['pt', 'E um pedido já cancelado não pode ser cancelado novamente (`PEDIDO_CANCELADO`)', ['cancel']],
    ['fr', "Et une commande déjà payée reçoit l'erreur `COMMANDE_PAYEE`", ['pay']],
    ['de', 'Und eine bereits stornierte Buchung liefert den Fehler `BUCHUNG_STORNIERT`', ['cancel']],
    // A state not reached: no action.
    ['it', 'E una rata non pagata non può essere stampata (`RATA_NON_PAGATA`)', []],
    ['en', 'And an order not paid cannot be shipped (`ORDER_UNPAID`)', ['ship']],
  ])('%s: %s', (_l, text, states) => {
    expect(readBareErrorCodes(text)[0]!.states).toEqual(states);
  });
});

describe("an imperative criterion's verb names what it constrains", () => {
  it.each([
    ['en', 'Deactivate tests that the lab does not offer (hidden from order entry, not deleted)', 'tests'],
    ['es', 'Desactivar las pruebas que el laboratorio no ofrece', 'pruebas'],
    ['pt', 'Desativar os exames que o laboratório não oferece', 'exames'],
    ['fr', 'Désactiver les analyses que le laboratoire ne propose pas', 'analyses'],
    ['de', 'Nicht angebotene Tests deaktivieren', 'Tests'],
    ['it', 'Disattivare gli esami che il laboratorio non offre', 'esami'],
  ])('%s: %s', (_l, text, object) => {
    const t = ruleTarget(text);
    expect(t.action).toBe('deactivate');
    expect(t.object).toContain(object);
  });

  it.each([
    ['en', 'Deactivate tests that the lab does not offer (hidden from order entry, not deleted)'],
    ['en', 'Cancel bookings that were never paid'],
    ['es', 'Desactivar las pruebas que el laboratorio no ofrece (ocultas, no borradas)'],
    ['pt', 'Desativar os exames que o laboratório não oferece (ocultos, não excluídos)'],
    ['fr', 'Désactiver les analyses que le laboratoire ne propose pas (masquées, non supprimées)'],
    ['de', 'Nicht angebotene Tests deaktivieren (ausgeblendet, nicht gelöscht)'],
    ['it', 'Disattivare gli esami che il laboratorio non offre (nascosti, non eliminati)'],
  ])('%s: the negation qualifies the object, it forbids nothing: %s', (_l, text) => {
    expect(!statesRule(text) || readRule(text).enforcement === 'behaviour').toBe(true);
  });

  it.each([
    ['en', 'Cancel orders that have no sample within 7 days', 'cancel', 'orders'],
    ['es', 'Cancelar los pedidos sin muestra en 7 días', 'cancel', 'pedidos'],
  ])('%s: %s', (_l, text, action, object) => {
    expect(ruleTarget(text)).toMatchObject({
      action,
      object: expect.stringMatching(new RegExp(`^${object}`)),
    });
  });

  it.each([
    // A participle or a plain noun opens no command.
    'Cancelled orders are kept for 5 years',
    'Confirmed bookings cannot be edited',
  ])('not a command: %s', (text) => expect(ruleTarget(text).action).toBeNull());
});

describe('a state change the system makes at a stated time is a job', () => {
  it.each([
    ['pt', 'O sistema DEVE fechar os pedidos 12 horas antes da abertura da feira.', 'close'],
    ['en', 'THE SYSTEM SHALL cancel bookings not confirmed within 24 hours', 'cancel'],
    ['es', 'El sistema debe cancelar las reservas no confirmadas en 24 horas', 'cancel'],
    ['fr', 'Le système doit annuler les réservations non confirmées sous 24 heures', 'cancel'],
    ['de', 'Das System muss nicht bestätigte Buchungen nach 24 Stunden stornieren', 'cancel'],
    ['it', "Il sistema deve chiudere le votazioni 2 ore prima dell'assemblea", 'close'],
  ])('%s: %s', (_l, text, action) => expect(timedSystemAction(text)).toBe(action));

  it.each([
    // A person acts, or no time is stated.
    'O coordenador DEVE poder fechar a feira 12 horas antes da abertura',
    'O sistema DEVE fechar os pedidos.',
    'As a coordinator, I want to close the fair 12 hours before it opens',
  ])('not: %s', (text) => expect(timedSystemAction(text)).toBeNull());
});

describe('the clause that says when is not what the actor does', () => {
  it.each([
    [
      'pt',
      'marcar o pedido como retirado quando o consumidor busca a sacola',
      ' quando o consumidor busca a sacola',
    ],
    [
      'en',
      'mark the order as collected when the customer picks up the bag',
      ' when the customer picks up the bag',
    ],
    [
      'es',
      'marcar el pedido como entregado cuando el cliente busca la bolsa',
      ' cuando el cliente busca la bolsa',
    ],
    [
      'fr',
      'marquer la commande comme retirée quand le client cherche le sac',
      ' quand le client cherche le sac',
    ],
    [
      'de',
      'die Bestellung als abgeholt markieren, wenn der Kunde die Tasche sucht',
      ', wenn der Kunde die Tasche sucht',
    ],
    [
      'it',
      "segnare l'ordine come ritirato quando il cliente cerca la borsa",
      ' quando il cliente cerca la borsa',
    ],
  ])('%s: %s', (_l, action, clause) => {
    expect(whenClause(action)).toBe(clause);
    // The clause's verb (busca, picks, cherche, sucht, cerca) asks for no search.
    const asked = action.replace(clause, '');
    expect(intentsOf(asked).map((i) => i.kind)).not.toContain('search');
  });

  it.each([
    // A conjunction that opens the action frames it; one word after it is no clause.
    'when the order is ready, notify me',
    'search orders when',
  ])('none: %s', (action) => expect(whenClause(action)).toBeNull());
});

describe("a criterion's When step names the action its outcome answers", () => {
  it.each([
    [
      'pt',
      'Dado que faltam menos de 24 horas, quando o consumidor tenta cancelar, então o sistema recusa com o código CANCELAMENTO_FORA_DO_PRAZO.',
      'consumidor',
    ],
    [
      'en',
      'Given less than 24 hours remain, when the volunteer tries to cancel, then the system rejects it with CANCEL_TOO_LATE.',
      'volunteer',
    ],
    [
      'es',
      'Dado que faltan menos de 24 horas, cuando el voluntario intenta cancelar, entonces el sistema rechaza con el código CANCELACION_TARDIA.',
      'voluntario',
    ],
    [
      'fr',
      "Étant donné qu'il reste moins de 24 heures, quand le bénévole essaie d'annuler, alors le système refuse avec le code ANNULATION_TARDIVE.",
      'bénévole',
    ],
    [
      'de',
      'Angenommen es bleiben weniger als 24 Stunden, wenn der Helfer versucht zu stornieren, dann lehnt das System mit STORNO_ZU_SPAET ab.',
      'helfer',
    ],
    [
      'it',
      'Dato che mancano meno di 24 ore, quando il volontario prova ad annullare, allora il sistema rifiuta con il codice ANNULLAMENTO_TARDIVO.',
      'volontario',
    ],
  ])('%s: %s', (_l, text, actor) => {
    expect(ruleTarget(text)).toMatchObject({ action: 'cancel', actor });
  });
});

describe('what a role must be able to do is a need, not a rule', () => {
  it.each([
    ['pt', 'O coordenador DEVE poder ver o relatório de vendas por produtor de cada feira.'],
    ['en', 'The coordinator must be able to see the sales report per producer.'],
    ['es', 'El coordinador debe poder ver el informe de ventas por productor.'],
    ['fr', 'Le coordinateur doit pouvoir consulter le rapport des ventes par producteur.'],
    ['de', 'Der Koordinator muss den Verkaufsbericht je Erzeuger sehen können.'],
    ['it', 'Il coordinatore deve poter vedere il report delle vendite per produttore.'],
  ])('%s: %s', (_l, text) => expect(statesRule(text)).toBe(false));

  it.each([
    'A patient must be able to cancel up to 24 hours before the appointment.',
    'O consumidor deve poder cancelar até 24 horas antes da feira.',
  ])('bounded, a rule: %s', (text) => expect(statesRule(text)).toBe(true));
});

describe('a capability beside a prohibition stays a rule', () => {
  it.each([
    ['de', 'Kunden MÜSSEN einen Slot buchen können; ein Slot kann nur einmal gebucht werden.'],
    ['en', 'Customers must be able to book a slot; a slot can only be booked once.'],
    ['pt', 'O cliente deve poder reservar um horário; um horário nunca pode ser reservado duas vezes.'],
  ])('%s: %s', (_l, text) => expect(statesRule(text)).toBe(true));
});
