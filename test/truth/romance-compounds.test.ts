import { describe, expect, it } from 'vitest';
import { memoryHost } from '../../src/host.js';
import { compile } from '../../src/pipeline.js';

// A French Kiro trial named `OrdreReparation` in C# and wrote "les ordres de réparation" in prose and
// `POST /api/v1/ordres` in its route table: the prose named no entity (a rule about repair orders was
// pinned on `Atelier`, whose name came later in the sentence) and the stated route bound no entity
// (a second, generic `/ordres-reparation` CRUD was designed beside it).
const run = (prd: string, routes: string, model: string) =>
  compile(
    { root: '/p', verify: { skip: true } },
    memoryHost({ '/p/docs/prd.md': prd, '/p/docs/architecture.md': `${routes}\n\n${model}` }),
  );

describe('a Romance compound name, written with its preposition and shortened to its head noun', () => {
  it('fr: "ordres de réparation" names OrdreReparation; `/ordres` is its route', async () => {
    const r = await run(
      '# Exigences\n\n- FR1 : Le mécanicien réceptionne le vélo.\n- FR2 : Un ordre de réparation ne peut jamais être supprimé.\n',
      '# Conception\n\nPostgreSQL 16. Les routes sont préfixées par `/api/v1`.\n\n| Méthode | Route | Description |\n|---|---|---|\n| POST | `/api/v1/ordres` | Réceptionner un vélo |\n',
      '## Modèle\n\n```csharp\npublic class OrdreReparation\n{\n    public Guid Id { get; set; }\n    public string? Diagnostic { get; set; }\n}\n\npublic class Atelier\n{\n    public Guid Id { get; set; }\n    public string Nom { get; set; } = "";\n}\n```\n',
    );
    const create = r.spec!.endpoints.find((e) => e.method === 'POST' && e.path === '/api/v1/ordres')!;
    expect(create.entity).toBe('OrdreReparation');
    // One create for the records: the stated one.
    expect(
      r.spec!.endpoints.filter((e) => e.entity === 'OrdreReparation' && e.action === 'create'),
    ).toHaveLength(1);
    const never = r.domain!.constraints?.find((c) => c.kind === 'never-delete');
    expect(never?.text).toContain('ordre de réparation');
  });

  it('es: `/lineas` names LineaPedido; near-miss: an English compound keeps its own route', async () => {
    const es = await run(
      '# Requisitos\n\n- FR1: El vendedor añade líneas de pedido.\n',
      '# Diseño\n\nPostgreSQL 16. Ruta base: `/api/v1`.\n\n| Método | Ruta | Descripción |\n|---|---|---|\n| POST | `/api/v1/lineas` | Añadir una línea |\n',
      '## Modelo\n\n```csharp\npublic class LineaPedido\n{\n    public Guid Id { get; set; }\n    public int Cantidad { get; set; }\n}\n```\n',
    );
    expect(es.spec!.endpoints.find((e) => e.path === '/api/v1/lineas')!.entity).toBe('LineaPedido');
    const en = await run(
      '# Requirements\n\n- FR1: Sellers add order items.\n',
      '# Design\n\nPostgreSQL 16. Base path: `/api/v1`.\n\n| Method | Route | Description |\n|---|---|---|\n| POST | `/api/v1/orders` | Add an order |\n',
      '## Model\n\n```csharp\npublic class OrderItem\n{\n    public Guid Id { get; set; }\n    public int Quantity { get; set; }\n}\n```\n',
    );
    expect(en.spec!.endpoints.find((e) => e.path === '/api/v1/orders')!.entity).not.toBe('OrderItem');
  });

  it('a semicolon closes what a permission sentence grants', async () => {
    const r = await run(
      [
        '# Exigences',
        '',
        '## Utilisateurs',
        '',
        "| Rôle | Qui | Ce qu'il fait |",
        '|---|---|---|',
        '| Cycliste | Client | Réserve un créneau |',
        '| Responsable | Un par atelier | Gère le planning |',
        '',
        "- FR1 : Le responsable peut annuler tous les créneaux d'une journée (fermeture exceptionnelle) ; les cyclistes concernés DOIVENT être prévenus par SMS.",
        '',
      ].join('\n'),
      '# Conception\n\nPostgreSQL 16.\n',
      '## Modèle\n\n```csharp\npublic class Creneau\n{\n    public Guid Id { get; set; }\n    public bool Ferme { get; set; }\n}\n\npublic class Cycliste\n{\n    public Guid Id { get; set; }\n    public string Nom { get; set; } = "";\n}\n```\n',
    );
    const grants = (r.spec!.permissions?.grants ?? []).filter((g) => g.role === 'responsable');
    expect(grants.some((g) => g.resource === 'Creneau')).toBe(true);
    expect(grants.some((g) => g.resource === 'Cycliste' && g.action !== 'read')).toBe(false);
  });

  it('"refuser un devis" with a stated `/refus` route is that route, not a second decline', async () => {
    const r = await run(
      '# Exigences\n\n### Exigence 1\n\n**User Story :** En tant que cycliste, je veux accepter ou refuser un devis, afin de décider.\n',
      '# Conception\n\nPostgreSQL 16. Les routes sont préfixées par `/api/v1`.\n\n| Méthode | Route | Rôle | Description |\n|---|---|---|---|\n| POST | `/api/v1/devis/{id}/acceptation` | cycliste | Accepter un devis |\n| POST | `/api/v1/devis/{id}/refus` | cycliste | Refuser un devis |\n',
      '## Modèle\n\n```csharp\npublic enum StatutDevis { Envoye, Accepte, Refuse }\n\npublic class Devis\n{\n    public Guid Id { get; set; }\n    public StatutDevis Statut { get; set; }\n}\n```\n',
    );
    const actions = r
      .spec!.endpoints.filter((e) => e.entity === 'Devis' && e.action === 'action')
      .map((e) => e.path);
    expect(actions.sort()).toEqual(['/api/v1/devis/{id}/acceptation', '/api/v1/devis/{id}/refus']);
  });

  it('a story whose verb no lexicon reads is the one stated route its description opens with', async () => {
    const r = await run(
      "# Exigences\n\n### Exigence 2\n\n**User Story :** En tant que cycliste, je veux adhérer à l'association en ligne, afin de bénéficier de la remise.\n",
      '# Conception\n\nPostgreSQL 16. Les routes sont préfixées par `/api/v1`.\n\n| Méthode | Route | Rôle | Description |\n|---|---|---|---|\n| POST | `/api/v1/adhesions` | cycliste | Adhérer (crée le lien de paiement Mollie) |\n| GET | `/api/v1/adhesions/{id}` | cycliste | Consulter une adhésion |\n',
      '## Modèle\n\n```csharp\npublic class Adhesion\n{\n    public Guid Id { get; set; }\n    public int MontantCentimes { get; set; }\n}\n```\n',
    );
    const story = (r.spec!.stories ?? []).find((x) => x.action.startsWith('adhérer'))!;
    expect(story.operations).toEqual(['createAdhesion']);
    // The route table's description names the operation, in the documents' words.
    const create = r.spec!.endpoints.find((e) => e.operationId === 'createAdhesion')!;
    expect(create.summary).toBe('Adhérer (crée le lien de paiement Mollie)');
  });
});
