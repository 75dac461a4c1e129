import { describe, expect, it } from 'vitest';
import { memoryHost } from '../../src/host.js';
import { compile } from '../../src/pipeline.js';
import { objectNoun } from '../../src/read/story-words.js';

// Issue 11: with no data model, resources were named from stray words of stories: `/stripes/{id}`
// from "configure my Stripe payment information", `/temps` from "en temps réel", `/interactives`,
// `/locals`, `/bigquerys` on a stateless proxy, and `/technicians` beside `/techniciens`.

describe('the object of a story is its head noun, in the order of its language', () => {
  it('English: the head comes last in its noun phrase', () => {
    expect(objectNoun('create a professional profile')).toBe('profile');
    expect(objectNoun('see my payment history')).toBe('payment');
    expect(objectNoun('attach photos of the damage')).toBe('photos');
    expect(objectNoun('view and manage user accounts')).toBe('accounts');
    expect(objectNoun('see the list of open invoices')).toBe('invoices');
    expect(objectNoun('create a mission in 3 simple steps')).toBe('mission');
    expect(objectNoun('pay for a mission upfront (in escrow)')).toBe('mission');
  });
  it('es, fr, pt, de: the head comes first; a Spanish "a" is a preposition, not the article', () => {
    expect(objectNoun('crear, deshabilitar y asignar rol a usuarios del sistema')).toBe('rol');
    expect(objectNoun('agregar notas manuales a registros relevantes')).toBe('notas');
    expect(objectNoun('consulter la liste des missions disponibles')).toBe('missions');
    expect(objectNoun('criar uma tarefa para a equipe')).toBe('tarefa');
    expect(objectNoun('ajouter un technicien en favori')).toBe('technicien');
  });
  it('names of stated technologies and adverbial locutions are never the object', () => {
    expect(objectNoun('configure my Stripe payment information', new Set(['stripe']))).toBe('payment');
    expect(objectNoun('voir le statut en temps réel de ses missions')).toBe('missions');
    expect(objectNoun('ver el estado en tiempo real de sus pedidos')).toBe('pedidos');
  });
});

const stories = (lines: string[], architecture: string) =>
  memoryHost({
    '/p/docs/prd.md': `# PRD\n\n## User stories\n\n${lines.map((l) => `- ${l}`).join('\n')}\n`,
    '/p/docs/architecture.md': architecture,
  });

async function paths(host: ReturnType<typeof memoryHost>) {
  const r = await compile({ root: '/p', lang: 'en', verify: { skip: true } }, host);
  return r
    .spec!.endpoints.filter(
      (e) => e.origin.kind === 'rule' && e.origin.rule === 'derive/resource-from-story-noun',
    )
    .map((e) => `${e.method} ${e.path.replace(/^\/api(\/v1)?/, '')}`);
}

describe('rule derive/resource-from-story-noun', () => {
  it('designs no records when the documents state no database (a stateless proxy)', async () => {
    const got = await paths(
      stories(
        [
          'As an analyst, I want to see an interactive canvas of table nodes.',
          'As an analyst, I want to view estimated cost before I run a query.',
        ],
        '# Architecture\n\nA stateless OData proxy over BigQuery; nothing is stored.\n',
      ),
    );
    expect(got).toEqual([]);
  });
  it('with a stated database, one resource per concept across the English and French documents', async () => {
    const got = await paths(
      stories(
        [
          'As a garage owner, I want to rate a technician after a mission.',
          'En tant que garage, je veux ajouter un technicien en favori.',
        ],
        '# Architecture\n\n| Layer | Choice |\n|---|---|\n| Database | PostgreSQL 16 |\n',
      ),
    );
    const english = got.some((p) => p.includes('/technicians'));
    const french = got.some((p) => p.includes('/techniciens'));
    expect(english !== french, got.join(', ')).toBe(true);
  });
});
