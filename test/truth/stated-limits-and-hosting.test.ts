import { describe, expect, it } from 'vitest';
import { memoryHost } from '../../src/host.js';
import { compile } from '../../src/pipeline.js';

// A French Kiro trial wrote "Pagination par curseur (50 par défaut, 200 au plus)" and "Hébergement |
// Scaleway Kubernetes Kapsule": the maximum after its number was read as a second default (max 100 by
// the default rule), and the hosting product shrank to the catalogue's "Kubernetes".
const run = (architecture: string) =>
  compile(
    { root: '/p', verify: { skip: true } },
    memoryHost({
      '/p/docs/prd.md': '# PRD\n\n- FR1: Staff list the bookings.\n',
      '/p/docs/architecture.md': `# Architecture\n\nPostgreSQL 16.\n\n${architecture}\n\n| Booking | |\n|---|---|\n| id | uuid |\n| note | text |\n`,
    }),
  );

describe('a maximum written after its number', () => {
  for (const [lang, sentence] of [
    ['fr', 'Pagination par curseur, 50 par défaut, 200 au plus.'],
    ['es', 'Paginación por cursor: 50 por defecto, 200 como máximo.'],
    ['it', 'Paginazione a cursore: 50 di default, 200 al massimo.'],
    ['de', 'Paginierung per Cursor: 50 standardmäßig, höchstens 200.'],
    ['en', 'Cursor pagination: 50 by default, at most 200.'],
  ] as const) {
    it(`${lang}: default 50, max 200`, async () => {
      const r = await run(sentence);
      const value = (key: string) => r.domain!.parameters.filter((q) => q.key === key).map((q) => q.value);
      expect(value('pagination.default')).toEqual([50]);
      expect(value('pagination.max')).toEqual([200]);
    });
  }
});

describe('the hosting product as the row names it', () => {
  it('keeps "Scaleway Kubernetes Kapsule" and "AWS ECS Fargate", not the catalogue name alone', async () => {
    for (const product of [
      'Scaleway Kubernetes Kapsule',
      'AWS ECS Fargate',
      'Docker op Scaleway Serverless Containers',
    ]) {
      const r = await run(`| Layer | Choice |\n|---|---|\n| Hosting | ${product} |`);
      expect(r.spec!.decisions.find((d) => d.topic === 'Hosting')?.choice).toBe(product);
    }
  });
  it('near-miss: a row that says more in a parenthesis keeps the catalogue name', async () => {
    const r = await run('| Layer | Choice |\n|---|---|\n| Hosting | Fly.io (two regions, autoscaling) |');
    expect(r.spec!.decisions.find((d) => d.topic === 'Hosting')?.choice).toBe('Fly.io');
  });
});
