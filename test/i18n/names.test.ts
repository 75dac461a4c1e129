import { describe, expect, it } from 'vitest';
import { collectionSegment } from '../../src/derive/api/naming.js';
import { singularSnake, tableName } from '../../src/derive/data/names.js';
import { pluralRomance, singularRomance } from '../../src/knowledge/inflect.js';
import { documentsLanguage, nameLanguage, withNameLanguage } from '../../src/knowledge/name-language.js';
import { entityName, tableName as knowledgeTable } from '../../src/knowledge/names.js';

describe('plural and singular by the grammar of the name', () => {
  it.each([
    ['es', 'direccion', 'direcciones'],
    ['es', 'dirección', 'direcciones'],
    ['es', 'usuario', 'usuarios'],
    ['es', 'perfil', 'perfiles'],
    ['es', 'repartidor', 'repartidores'],
    ['es', 'ciudad', 'ciudades'],
    ['es', 'lapiz', 'lapices'],
    ['es', 'mes', 'meses'],
    ['es', 'análisis', 'análisis'],
    ['es', 'cliente', 'clientes'],
    ['fr', 'adresse', 'adresses'],
    ['fr', 'travail', 'travaux'],
    ['fr', 'détail', 'détails'],
    ['fr', 'technicien', 'techniciens'],
    ['fr', 'journal', 'journaux'],
    ['fr', 'festival', 'festivals'],
    ['fr', 'bureau', 'bureaux'],
    ['fr', 'prix', 'prix'],
    ['pt', 'endereço', 'endereços'],
    ['pt', 'papel', 'papéis'],
    ['pt', 'avaliação', 'avaliações'],
    ['pt', 'item', 'itens'],
    ['pt', 'jornal', 'jornais'],
    ['pt', 'motor', 'motores'],
    ['pt', 'mão', 'mãos'],
    ['de', 'bestellung', 'bestellung'],
  ] as const)('%s: %s → %s and back', (lang, one, many) => {
    expect(pluralRomance(one, lang)).toBe(many);
    if (one !== 'dirección' && one !== 'análisis') expect(singularRomance(many, lang)).toBe(one);
  });

  it('singular of Spanish plurals whose -es belongs to the word', () => {
    expect(singularRomance('nombres', 'es')).toBe('nombre');
    expect(singularRomance('clientes', 'es')).toBe('cliente');
    expect(singularRomance('perfiles', 'es')).toBe('perfil');
  });
});

describe('the language of names', () => {
  it('tells the documents apart by their function words', () => {
    expect(
      documentsLanguage([
        'El sistema debe registrar las direcciones de los clientes y que cada pedido tenga una.',
      ]),
    ).toBe('es');
    expect(
      documentsLanguage([
        'Le technicien doit valider les missions et la facture avec le garage pour chaque client.',
      ]),
    ).toBe('fr');
    expect(
      documentsLanguage(['O sistema deve guardar os endereços dos clientes e cada pedido tem uma fatura.']),
    ).toBe('pt');
    expect(
      documentsLanguage(['Der Kunde muss die Bestellung mit einer Adresse und der Rechnung abschließen.']),
    ).toBe('de');
    expect(
      documentsLanguage(['The system must store the addresses of customers and each order has an invoice.']),
    ).toBe('en');
  });

  it('lets the spelling of a name win over the documents and keeps English names English', () => {
    expect(nameLanguage(['direccion'], 'en')).toBe('es');
    expect(nameLanguage(['endereço'], 'en')).toBe('pt');
    expect(nameLanguage(['user', 'role'], 'es')).toBe('en');
    expect(nameLanguage(['asset'], 'es')).toBe('en');
    expect(nameLanguage(['loan'], 'es')).toBe('en');
    expect(nameLanguage(['perfil', 'repartidor'], 'es')).toBe('es');
    expect(nameLanguage(['order', 'item'], 'en')).toBe('en');
  });
});

describe('derived identifiers follow the language of the names', () => {
  it('Spanish: tables, routes, foreign-key stems and entity names', () =>
    withNameLanguage('es', () => {
      expect(tableName('Direccion')).toBe('direcciones');
      expect(tableName('PerfilRepartidor')).toBe('perfiles_repartidor');
      expect(tableName('Usuario')).toBe('usuarios');
      expect(tableName('User')).toBe('users');
      expect(tableName('Asset')).toBe('assets');
      expect(knowledgeTable('perfil_repartidor')).toBe('perfiles_repartidor');
      expect(collectionSegment('PerfilRepartidor')).toBe('perfiles-repartidor');
      expect(collectionSegment('Direccion')).toBe('direcciones');
      expect(singularSnake('direcciones')).toBe('direccion');
      expect(singularSnake('eventos_publicos')).toBe('evento_publico');
      expect(entityName('perfiles_repartidor')).toBe('PerfilRepartidor');
      expect(entityName('historial_pagos')).toBe('HistorialPagos');
      // A singular Spanish head before an English plural: the table is named the English way around.
      expect(entityName('entrega_items')).toBe('EntregaItem');
    }));

  it('Spanish names get Spanish plurals even in an English project', () => {
    expect(tableName('Direccion')).toBe('direcciones');
    expect(collectionSegment('Direccion')).toBe('direcciones');
    expect(tableName('OrderItem')).toBe('order_items');
  });

  it('an unaccented -sion is English in an English project; the accent or -siones is Spanish', () => {
    // An English trial's `Suspension` model became the table `suspensiones`.
    expect(tableName('Suspension')).toBe('suspensions');
    expect(collectionSegment('ShiftExtension')).toBe('shift-extensions');
    expect(tableName('Division')).toBe('divisions');
    expect(nameLanguage(['suspensión'], 'en')).toBe('es');
    expect(singularSnake('suspensiones')).toBe('suspension');
    withNameLanguage('es', () => expect(tableName('Suspension')).toBe('suspensiones'));
  });

  it('French and Portuguese', () => {
    withNameLanguage('fr', () => {
      expect(tableName('Adresse')).toBe('adresses');
      expect(tableName('Travail')).toBe('travaux');
      expect(tableName('Technicien')).toBe('techniciens');
      expect(collectionSegment('Travail')).toBe('travaux');
      expect(entityName('travaux')).toBe('Travail');
    });
    withNameLanguage('pt', () => {
      expect(tableName('Endereço')).toBe('endereços');
      expect(tableName('Papel')).toBe('papeis');
      expect(tableName('Avaliacao')).toBe('avaliacoes');
      expect(singularSnake('enderecos')).toBe('endereco');
    });
  });

  it('German names stay as stated', () =>
    withNameLanguage('de', () => {
      expect(tableName('Bestellung')).toBe('bestellung');
      expect(entityName('Bestellung')).toBe('Bestellung');
      // Only an unambiguous plural ending is singularised (a story's "Buchung" is the table `buchungen`).
      expect(entityName('buchungen')).toBe('Buchung');
      expect(entityName('positionen')).toBe('Position');
      expect(entityName('ergebnisse')).toBe('Ergebnis');
      expect(entityName('termine')).toBe('Termine');
    }));
});

describe('adjectives agree with the head noun; complements do not', () => {
  it('Spanish and French', () => {
    withNameLanguage('es', () => {
      expect(tableName('EventoPublico')).toBe('eventos_publicos');
      expect(collectionSegment('EventoPublico')).toBe('eventos-publicos');
      expect(tableName('DireccionEntrega')).toBe('direcciones_entrega');
      expect(tableName('PagoMensual')).toBe('pagos_mensuales');
    });
    withNameLanguage('fr', () => expect(tableName('FicheTechnique')).toBe('fiches_techniques'));
  });
});

/**
 * English names inside documents of another language, and names that mix the two: each word keeps
 * the grammar of the language it is written in; a stated English table never gets a Spanish or
 * French singular (`invoices` → `Invoiz`, `time_offs` → `TimeOffs` were the faults).
 */
describe('English and mixed names inside non-English documents', () => {
  it('Spanish documents', () =>
    withNameLanguage('es', () => {
      expect(entityName('invoices')).toBe('Invoice');
      expect(entityName('prices')).toBe('Price');
      expect(entityName('devices')).toBe('Device');
      expect(entityName('time_offs')).toBe('TimeOff');
      expect(tableName('Invoice')).toBe('invoices');
      expect(entityName('facturas')).toBe('Factura');
      expect(entityName('luces')).toBe('Luz');
      expect(tableName('UserPerfil')).toBe('user_perfiles');
      expect(entityName('user_perfiles')).toBe('UserPerfil');
      expect(tableName('PerfilUser')).toBe('perfiles_user');
    }));

  it('French documents', () =>
    withNameLanguage('fr', () => {
      expect(entityName('time_offs')).toBe('TimeOff');
      expect(entityName('bookings')).toBe('Booking');
      expect(entityName('users')).toBe('User');
      expect(tableName('Invoice')).toBe('invoices');
      expect(entityName('emprunts')).toBe('Emprunt');
      expect(entityName('animaux')).toBe('Animal');
      expect(tableName('Animal')).toBe('animaux');
      expect(tableName('Travail')).toBe('travaux');
      expect(tableName('UserJournal')).toBe('user_journaux');
    }));

  it('Portuguese documents', () =>
    withNameLanguage('pt', () => {
      expect(entityName('invoices')).toBe('Invoice');
      expect(entityName('orders')).toBe('Order');
      expect(entityName('emprestimos')).toBe('Emprestimo');
      expect(tableName('Papel')).toBe('papeis');
      expect(tableName('UserPapel')).toBe('user_papeis');
    }));

  it('German documents', () =>
    withNameLanguage('de', () => {
      expect(entityName('invoices')).toBe('Invoice');
      expect(entityName('bookings')).toBe('Booking');
      expect(entityName('Ausleihe')).toBe('Ausleihe');
      expect(tableName('Ausleihe')).toBe('ausleihe');
      expect(tableName('UserRolle')).toBe('user_rolle');
    }));
});
