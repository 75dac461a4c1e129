import { describe, expect, it } from 'vitest';
import { jobsExtractor } from '../../src/extract/jobs.js';
import { parseMarkdown } from '../../src/markdown/parse.js';
import { docFrom } from '../extract-data/corpus-helpers.js';

// A Portuguese/Spanish job table names its schedule column "Agenda" (a Rails/Sidekiq plan from a
// Brazilian trial): every row is a stated job, not only the one a sentence elsewhere repeats.
const read = (text: string) => {
  const d = docFrom('specs/001/plan.md', text);
  return jobsExtractor.extract({ doc: d, md: parseMarkdown(d), all: [d] }).fragment.statedJobs ?? [];
};

describe('job tables with an "Agenda" column', () => {
  it('pt: every row of | Job | Agenda | O que faz | is a stated job', () => {
    const jobs = read(`## Jobs em segundo plano (Sidekiq)

| Job | Agenda | O que faz |
|---|---|---|
| \`ExpirarPedidosJob\` | a cada 5 minutos | Marca como expirado os pedidos pendentes |
| \`LembretePedidoJob\` | todo dia às 18h | Envia push aos responsáveis |
| \`AnonimizarAlunosJob\` | toda madrugada às 3h | Anonimiza alunos desligados |
`);
    expect(jobs.map((j) => j.name)).toEqual([
      'ExpirarPedidosJob',
      'LembretePedidoJob',
      'AnonimizarAlunosJob',
    ]);
  });

  it('es: | Tarea | Agenda | Qué hace |', () => {
    const jobs = read(`## Tareas programadas

| Tarea | Agenda | Qué hace |
|---|---|---|
| liberar-reservas | cada 10 minutos | Libera las reservas vencidas |
`);
    expect(jobs.map((j) => j.name)).toEqual(['liberar-reservas']);
  });

  it('a table whose "Agenda" column is a meeting agenda, beside no job column, is no job table', () => {
    expect(read(`| Reunião | Agenda |\n|---|---|\n| Kickoff | escopo e prazos |\n`)).toEqual([]);
  });
});
