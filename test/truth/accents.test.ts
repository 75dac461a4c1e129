import { describe, expect, it } from 'vitest';
import { memoryHost } from '../../src/host.js';
import { compile } from '../../src/pipeline.js';

// Issue 11: a mention matched an entity only as spelled, accents included. "criar uma inscricao"
// (typed without accents, as often in pt-BR) went to `createTurma` beside the entity `Inscrição`;
// "créer une réservation" named no `Reservation`. Accents are spelling: a mention with or without
// them names the entity, whose stated name is kept.
const CASES: [lang: string, entities: string[], prd: string, operation: string][] = [
  [
    'pt',
    ['Aluno', 'Turma', 'Inscrição'],
    'Como aluno, quero criar uma inscricao numa turma.',
    'createInscrição',
  ],
  ['pt', ['Usuario', 'Perfil'], 'Como administrador, quero criar um usuário com um perfil.', 'createUsuario'],
  [
    'es',
    ['Alumno', 'Curso', 'Inscripción'],
    'Como alumno, quiero crear una inscripcion en un curso.',
    'createInscripción',
  ],
  [
    'fr',
    ['Client', 'Salle', 'Réservation'],
    'En tant que client, je veux créer une reservation pour une salle.',
    'createRéservation',
  ],
  [
    'fr',
    ['Client', 'Salle', 'Reservation'],
    'En tant que client, je veux créer une réservation pour une salle.',
    'createReservation',
  ],
  [
    'de',
    ['Lehrer', 'Klasse', 'Prüfung'],
    'Als Lehrer möchte ich eine Pruefung für eine Klasse anlegen.',
    'createPrüfung',
  ],
  [
    'it',
    ['Utente', 'Progetto', 'Attività'],
    'Come utente, voglio creare una attivita in un progetto.',
    'createAttività',
  ],
];

describe('a mention names its entity with or without accents', { timeout: 120_000 }, () => {
  it.each(CASES)('%s: %j', async (_lang, entities, story, operation) => {
    const interfaces = entities.map((e) => `interface ${e} { id: string; nome: string; }`).join('\n');
    const r = await compile(
      { root: '/p', verify: { skip: true } },
      memoryHost({
        '/p/docs/prd.md': `# PRD\n\n## Stories\n\n- ${story}\n`,
        '/p/docs/architecture.md': `# Architecture\n\n- Database: PostgreSQL\n\n\`\`\`typescript\n${interfaces}\n\`\`\`\n`,
      }),
    );
    const spec = r.spec!;
    // The stated spelling is the entity's name.
    expect(spec.entities.map((e) => e.name)).toEqual(entities);
    const read = spec.stories?.find((s) => story.includes(s.action.split(' ')[0]!));
    expect(read?.operations, JSON.stringify(spec.stories)).toEqual([operation]);
  });
});
