import { describe, expect, it } from 'vitest';
import { entitySchemas } from '../../src/derive/api/schemas.js';
import { memoryHost } from '../../src/host.js';
import { compile } from '../../src/pipeline.js';

// Found by the French trial (rayon): `CreneauCreate` asked the client for `ferme` (closed), a flag the
// stated `POST /ateliers/{id}/fermetures` ("Fermer une journée") sets. Rule
// derive/state-flag-from-action: a boolean named for a state whose verb a stated action performs on
// the record, or on the record it belongs to, is no create or update field.

const project = (prd: string, sql: string, routes: string) =>
  memoryHost({
    '/p/docs/prd.md': prd,
    '/p/docs/architecture.md': `# Architecture\n\nPostgreSQL 16.\n\n\`\`\`sql\n${sql}\n\`\`\`\n\n| Method | Path | Description | Role |\n|---|---|---|---|\n${routes}\n`,
  });

describe('rule derive/state-flag-from-action', { timeout: 120_000 }, () => {
  it.each([
    [
      'en, the record’s own action',
      '# PRD\n\n## User stories\n\n- US-1: As a manager, I want to create slots.\n',
      `CREATE TABLE slots (id uuid PRIMARY KEY, starts_at timestamptz NOT NULL, capacity integer NOT NULL, closed boolean NOT NULL);`,
      '| POST | /api/v1/slots/{id}/close | Close a slot | manager |',
      'Slot',
      'closed',
    ],
    [
      'fr, the action of the record it belongs to',
      '# PRD\n\n## Récits\n\n- US-1 : En tant que responsable, je veux créer des créneaux.\n',
      `CREATE TABLE ateliers (id uuid PRIMARY KEY, nom text NOT NULL);
CREATE TABLE creneaux (id uuid PRIMARY KEY, atelier_id uuid NOT NULL REFERENCES ateliers(id), debut timestamptz NOT NULL, capacite integer NOT NULL, ferme boolean NOT NULL);`,
      '| POST | /api/v1/ateliers/{id}/fermetures | Fermer une journée et annuler ses réservations | responsable |',
      'Creneau',
      'ferme',
    ],
  ])('%s', async (_l, prd, sql, routes, entity, flag) => {
    const r = await compile({ root: '/p', verify: { skip: true } }, project(prd, sql, routes));
    const body = Object.keys(entitySchemas(r.spec!, 'offset')[`${entity}Create`]?.properties ?? {});
    expect(body).not.toContain(flag);
    // The record's other fields stay in the body.
    expect(body).toContain(entity === 'Slot' ? 'capacity' : 'capacite');
  });

  it('en: a parent’s own flag is its action’s; the child completed on its own keeps its field', async () => {
    const r = await compile(
      { root: '/p', verify: { skip: true } },
      project(
        '# PRD\n\n## User stories\n\n- US-1: As a user, I want to create tasks.\n- US-2: As a user, I want to add subtasks to a task and edit them.\n',
        `CREATE TABLE tasks (id uuid PRIMARY KEY, title text NOT NULL, is_completed boolean NOT NULL);
CREATE TABLE subtasks (id uuid PRIMARY KEY, task_id uuid NOT NULL REFERENCES tasks(id), title text NOT NULL, is_completed boolean NOT NULL);`,
        '| PATCH | /api/tasks/{id}/complete | Complete a task | user |\n| POST | /api/tasks/{id}/subtasks | Add a subtask | user |\n| PATCH | /api/tasks/{id}/subtasks/{subId} | Edit or complete a subtask | user |',
      ),
    );
    const schemas = entitySchemas(r.spec!, 'offset');
    expect(Object.keys(schemas.TaskCreate?.properties ?? {})).not.toContain('isCompleted');
    expect(Object.keys(schemas.SubtaskUpdate?.properties ?? {})).toContain('isCompleted');
  });
});
