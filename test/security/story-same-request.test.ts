import { describe, expect, it } from 'vitest';
import { memoryHost } from '../../src/host.js';
import { compile } from '../../src/pipeline.js';

// The Norwegian trial's English translation: "As a team lead I want to see who is on my team's
// shifts" was mapped to the parents' `GET /shifts`, refused because the route table names other
// callers, and left with no operation although the table gives team leads `GET /teams/{id}/shifts`.
const MODEL = `\`\`\`sql
CREATE TABLE teams (id uuid PRIMARY KEY, name text NOT NULL);
CREATE TABLE events (id uuid PRIMARY KEY, team_id uuid REFERENCES teams(id), title text NOT NULL);
CREATE TABLE shifts (id uuid PRIMARY KEY, event_id uuid NOT NULL REFERENCES events(id), starts_at timestamptz NOT NULL);
\`\`\``;

describe('a story served by the route the table lets its actor call', { timeout: 60_000 }, () => {
  it.each([
    [
      'en',
      '| Role | System role |\n|---|---|\n| Parent | `guardian` |\n| Team lead | `team_lead` |',
      '- As a team lead I want to see who is on my team’s shifts, so that I can chase them.',
      '| Method | Path | Description | Access |\n|---|---|---|---|\n| GET | /shifts | Open shifts for my teams | guardian |\n| GET | /teams/{id}/shifts | Shifts and sign-ups for a team | team_lead |',
    ],
    [
      'de',
      '| Rolle | Systemrolle |\n|---|---|\n| Elternteil | `guardian` |\n| Teamleiter | `team_lead` |',
      '- Als Teamleiter möchte ich sehen, wer auf den Schichten meines Teams steht, damit ich nachfassen kann.',
      '| Methode | Pfad | Beschreibung | Rolle |\n|---|---|---|---|\n| GET | /shifts | Offene Schichten für meine Teams | guardian |\n| GET | /teams/{id}/shifts | Schichten und Anmeldungen eines Teams | team_lead |',
    ],
  ])('%s', async (_lang, roles, story, routes) => {
    const host = memoryHost({
      '/p/docs/prd.md': `# PRD\n\n## Roles\n\n${roles}\n\n## Stories\n\n${story}\n`,
      '/p/docs/architecture.md': `# Architecture\n\n## Data\n\n${MODEL}\n\n## API\n\n${routes}\n`,
    });
    const spec = (await compile({ root: '/p', verify: { skip: true } }, host)).spec!;
    const trace = spec.stories?.[0];
    expect(trace?.operations).toEqual(['listTeamShifts']);
    const row = spec.permissions?.rows.find((r) => r.operationId === 'listShifts');
    expect(row?.access.team_lead).toBe('denied');
  });
});
