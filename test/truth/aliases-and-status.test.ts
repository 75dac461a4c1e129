import { describe, expect, it } from 'vitest';
import { memoryHost } from '../../src/host.js';
import { compile } from '../../src/pipeline.js';
import { aliasesStated } from '../../src/read/alias-words.js';
import { changesStatus, intentsOf, nominalAction, statusOwner } from '../../src/read/story-words.js';

// The German trial: "Ein Auftrag ist in Version 1 kein eigenes Modell: der Status eines Auftrags ist
// der Status des Termins", and "Mechaniker MÜSSEN den Auftragsstatus ändern können": the mechanic
// reached no operation (the "MUSS … können" sentence was not read, "Auftrag" named no entity, and a
// status change was no operation). A stated alias names its entity, in every language read, and a
// status change is the record's state action for the story's actor.

const project = (files: Record<string, string>) =>
  compile({ root: '/p', verify: { skip: true } }, memoryHost(files));

const sqlModel = (table: string, enumName: string, values: string[]) =>
  [
    '```sql',
    `CREATE TYPE ${enumName} AS ENUM (${values.map((v) => `'${v}'`).join(', ')});`,
    `CREATE TABLE ${table} (`,
    '  id uuid PRIMARY KEY,',
    '  starts_at timestamptz NOT NULL,',
    `  status ${enumName} NOT NULL DEFAULT '${values[0]}'`,
    ');',
    '```',
  ].join('\n');

describe('a stated alias names its entity', () => {
  it.each([
    ['en', 'The appointment, also called a job, is booked by the customer.', 'job'],
    ['en', 'Each appointment (aka order) has one mechanic.', 'order'],
    ['de', 'Der Termin, auch Auftrag genannt, gehört einer Kundin.', 'Auftrag'],
    ['es', 'La cita, también llamada reserva, pertenece a un cliente.', 'reserva'],
    ['fr', 'Le rendez-vous, aussi appelé intervention, appartient au client.', 'intervention'],
    ['pt', 'A consulta, também chamada atendimento, pertence ao paciente.', 'atendimento'],
    ['it', 'La visita, detta anche appuntamento, appartiene al proprietario.', 'appuntamento'],
  ])('%s: %s', (_lang, text, alias) => {
    const read = aliasesStated(text, false);
    expect(read.map((a) => a.alias)).toEqual([alias]);
    expect(read[0]!.pick).toBe('last');
  });

  it.each([
    [
      'de',
      'Ein Auftrag ist in Version 1 kein eigenes Modell: der Status eines Auftrags ist der Status des Termins.',
      'Auftrag',
    ],
    ['en', 'An order is not a separate entity: its status is the status of the appointment.', 'order'],
    ['es', 'Un pedido no es una entidad propia: su estado es el estado de la cita.', 'pedido'],
    ['fr', 'Un dossier n’est pas une entité à part : son statut est celui de la commande.', 'dossier'],
    ['pt', 'Um pedido não é uma entidade própria: o status é o da consulta.', 'pedido'],
  ])('%s: a thing that is no model of its own is another entity: %s', (_lang, text, alias) => {
    const read = aliasesStated(text, false);
    expect(read.map((a) => [a.alias, a.pick])).toEqual([[alias, 'only']]);
  });

  it('a parenthesis names another name only where it opens a heading or an item, with one word', () => {
    expect(aliasesStated('Termin (Auftrag): Slot, Kunde, Status', true).map((a) => a.alias)).toEqual([
      'Auftrag',
    ]);
    expect(aliasesStated('Termin (Beginn, Ende), Kunde, Status', true)).toEqual([]);
    expect(aliasesStated('Termin (Auftrag): Slot, Kunde', false)).toEqual([]);
    expect(aliasesStated('The order is also shown on the invoice.', false)).toEqual([]);
  });

  it('de: the alias reaches the entity, and the mechanic’s status change is its state action', async () => {
    const r = await project({
      '/p/docs/prd.md': [
        '# PRD',
        '',
        '## Rollen',
        '',
        '| Rolle | Beschreibung |',
        '|---|---|',
        '| Kunde | bucht Termine |',
        '| Mechaniker | repariert |',
        '',
        '## Anforderungen',
        '',
        '- **FR-001**: Kunden MÜSSEN einen Slot buchen können; ein Slot kann nur einmal gebucht werden.',
        '- **FR-002**: Mechaniker MÜSSEN den Auftragsstatus ändern können (offen → fertig).',
        '',
      ].join('\n'),
      '/p/docs/architecture.md': [
        '# Architektur',
        '',
        '## Datenmodell',
        '',
        sqlModel('termine', 'termin_status', ['gebucht', 'bestaetigt', 'storniert']),
        '',
        'Ein Auftrag ist in Version 1 kein eigenes Modell: der Status eines Auftrags ist der Status des Termins.',
        '',
      ].join('\n'),
    });
    const termin = r.spec!.entities.find((e) => e.table === 'termine')!;
    expect(termin.aliases?.map((a) => a.name)).toEqual(['Auftrag']);
    const change = r.spec!.endpoints.find((e) => e.path.endsWith('/termine/{id}/status'))!;
    expect(change.method).toBe('POST');
    expect(change.roles).toEqual(['mechaniker']);
    expect(change.requestBody).toMatchObject({
      properties: { status: { enum: ['gebucht', 'bestaetigt', 'storniert'] } },
    });
    expect(r.spec!.stories!.find((s) => s.id === 'FR-002')!.operations).toEqual([change.operationId]);
    // FR-001 books a slot: the booking entity's create, so its rule constrains the appointment.
    expect(r.spec!.stories!.find((s) => s.id === 'FR-001')!.operations).toEqual([
      r.spec!.endpoints.find((e) => e.method === 'POST' && e.path.endsWith('/termine'))!.operationId,
    ]);
    expect(r.spec!.rules!.find((x) => x.requirements.includes('FR-001'))!.entity).toBe(termin.name);
  });

  it.each([
    [
      'en',
      'The appointment, also called a job, belongs to one customer.',
      '- **FR-1**: Technicians can change the job status.',
      '| Technician | repairs bikes |',
      'appointments',
      'technician',
    ],
    [
      'es',
      'La cita, también llamada reserva, pertenece a un cliente.',
      '- **RF-1**: El recepcionista puede cambiar el estado de la reserva.',
      '| Recepcionista | atiende |',
      'citas',
      'recepcionista',
    ],
    [
      'fr',
      'La commande, aussi appelée dossier, appartient au client.',
      '- **EF-1** : Le technicien peut changer le statut du dossier.',
      '| Technicien | répare |',
      'commandes',
      'technicien',
    ],
  ])(
    '%s: a story written with the alias changes the entity’s status through its action',
    async (_l, alias, story, role, table, key) => {
      const r = await project({
        '/p/docs/prd.md': [
          '# PRD',
          '',
          '## Roles',
          '',
          '| Role | Description |',
          '|---|---|',
          role,
          '',
          '## Requirements',
          '',
          story,
          '',
        ].join('\n'),
        '/p/docs/architecture.md': [
          '# Architecture',
          '',
          '## Data model',
          '',
          sqlModel(table, 'state_kind', ['open', 'done']),
          '',
          alias,
          '',
        ].join('\n'),
      });
      const change = r.spec!.endpoints.find((e) => e.path.endsWith(`/${table}/{id}/status`));
      expect(change?.roles).toEqual([key]);
    },
  );
});

describe('what a story asks, read in each language', () => {
  it.each([
    ['den Auftragsstatus ändern'],
    ['den Status auf „fertig“ setzen'],
    ['change the order status'],
    ['cambiar el estado de la reserva'],
    ['changer le statut du dossier'],
    ['alterar o status do pedido'],
    ['aggiornare lo stato della visita'],
  ])('a status change: %s', (action) => {
    expect(changesStatus(action)).toBe(true);
    expect(intentsOf(action)).toContainEqual({ kind: 'state', verb: 'status' });
    expect(intentsOf(action)).not.toContainEqual({ kind: 'update' });
  });
  it('near-miss: an edit that names no status stays an edit', () => {
    expect(changesStatus('change the delivery address')).toBe(false);
    expect(intentsOf('change the delivery address')).toEqual([{ kind: 'update' }]);
  });
  it('a German status compound names its record', () => {
    expect(statusOwner('den Auftragsstatus ändern')).toBe('Auftrag');
    expect(statusOwner('den Terminstatus ändern')).toBe('Termin');
    expect(statusOwner('den Status ändern')).toBeNull();
  });
  it('it: a phrase a state verb opens is that action only (no edit beside the reschedule)', () => {
    expect(intentsOf('spostare una visita a un altro orario')).toEqual([
      { kind: 'state', verb: 'reschedule' },
    ]);
    // A bare verb in a coordination shares the last phrase's object: "spostare … le visite".
    const fr3 = intentsOf('creare, spostare e annullare le visite di qualsiasi proprietario');
    expect(fr3).toContainEqual({ kind: 'state', verb: 'reschedule' });
    expect(fr3).not.toContainEqual({ kind: 'update' });
  });
  it.each([
    ['it', "Annullamento della prenotazione da parte dell'utente.", 'utente'],
    ['es', 'Cancelación de citas por parte del cliente.', 'cliente'],
    ['pt', 'Cancelamento de reservas por parte do cliente.', 'cliente'],
    ['fr', 'Annulation d’une commande de la part du client.', 'client'],
  ])('%s: an action noun with a contracted article before its actor: %s', (_l, text, actor) => {
    const n = nominalAction(text);
    expect(n?.actor).toBe(actor);
    expect(n?.intent).toEqual({ kind: 'state', verb: 'cancel' });
  });
});
