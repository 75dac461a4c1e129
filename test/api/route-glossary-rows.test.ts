import { describe, expect, it } from 'vitest';
import { routeGlossary } from '../../src/read/alias-words.js';

// Issue 13 item 5 (rules29): the business-rules table links a rule to the entity the route table's
// glossary names. gustarica-ro's `/orders` is named by its second route ("Comandă nouă …", "Comenzile
// mele …", "Anularea comenzii"); sberka-cs's `/objednavky` routes say "objednávky" themselves, and
// "založení" (creation) of two of them is no name; odla-sv's `/duty-hours` says "arbetstimmar" and
// "timmar", a compound and its head.

const pairs = (routes: { path: string; description: string }[]) =>
  routeGlossary(routes).map(({ alias, text }) => [alias, text]);

describe('the route glossary weighs every route of a resource', () => {
  it('ro: the name the first route does not say is read from the others', () => {
    expect(
      pairs([
        { path: '/orders', description: 'Comandă nouă; întoarce URL-ul de plată Netopia' },
        { path: '/orders', description: 'Comenzile mele / comenzile școlii mele pe o zi' },
        { path: '/orders/{id}/cancel', description: 'Anularea comenzii' },
        { path: '/orders/{id}/serve', description: 'Marcarea porției ca servită' },
        { path: '/schools/{id}/menus', description: 'Meniurile publicate pentru intervalul from/to' },
        { path: '/menus', description: 'Publicarea unui meniu' },
        { path: '/menus/{id}', description: 'Modificarea unui meniu nepublicat' },
      ]),
    ).toEqual([
      ['meniu', 'menus'],
      ['comenzile', 'orders'],
    ]);
  });

  it('es: the same, in other words', () => {
    expect(
      pairs([
        { path: '/api/orders', description: 'Alta; devuelve el enlace de pago' },
        { path: '/api/orders', description: 'Mis pedidos del día' },
        { path: '/api/orders/{id}/cancel', description: 'Anular el pedido' },
        { path: '/api/menus', description: 'Carta publicada' },
        { path: '/api/menus/{id}', description: 'Editar la carta' },
      ]),
    ).toEqual([
      ['carta', 'menus'],
      ['pedidos', 'orders'],
    ]);
  });
});

describe('a path written in the documents’ language names its resource itself', () => {
  it('cs: "založení" of "založení objednávky" and "založení platby" is no name of `/objednavky`', () => {
    expect(
      pairs([
        { path: '/objednavky', description: 'založení objednávky (FR-01)' },
        { path: '/objednavky/{id}', description: 'detail s historií' },
        { path: '/objednavky/{id}/platba', description: 'založení platby v Comgate, vrací URL brány' },
        { path: '/objednavky/{id}/zruseni', description: 'zrušení objednávky a případná vratka' },
        { path: '/terminy', description: 'vypsání termínu' },
      ]),
    ).toEqual([]);
  });

  it('es: "alta" of "alta de reserva" and "alta de pago" is no name of `/reservas`', () => {
    expect(
      pairs([
        { path: '/reservas', description: 'Alta de reserva' },
        { path: '/reservas/{id}', description: 'Detalle' },
        { path: '/reservas/{id}/pago', description: 'Alta de pago con tarjeta' },
        { path: '/reservas/{id}/anulacion', description: 'Anulación de la reserva' },
        { path: '/pistas', description: 'Listado de pistas' },
      ]),
    ).toEqual([]);
  });
});

describe('a compound and its head name one resource', () => {
  it('sv: "Rapportera arbetstimmar" and "Godkänn timmar" of `/duty-hours`', () => {
    expect(
      pairs([
        { path: '/api/v1/duty-hours', description: 'Rapportera arbetstimmar' },
        { path: '/api/v1/duty-hours/{id}/approve', description: 'Godkänn timmar' },
        { path: '/api/v1/invoices/me', description: 'Mina fakturor' },
      ]),
    ).toEqual([['arbetstimmar', 'duty hours']]);
  });

  it('de: "Arbeitsstunden melden" and "Stunden freigeben" of `/duty-hours`', () => {
    expect(
      pairs([
        { path: '/duty-hours', description: 'Arbeitsstunden melden' },
        { path: '/duty-hours/{id}/approve', description: 'Stunden freigeben' },
        { path: '/invoices', description: 'Meine Rechnungen' },
      ]),
    ).toEqual([['arbeitsstunden', 'duty hours']]);
  });
});
