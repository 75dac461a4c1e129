import { describe, expect, it } from 'vitest';
import { memoryHost } from '../../src/host.js';
import { compile } from '../../src/pipeline.js';

// The Norwegian golden case dugnad-nb (test/norwegian/projects/dugnad) cleared the calendar cache
// "når et arrangement opprettes eller endres"; the routes "POST /events | Opprett arrangement" and
// "POST /events/{id}/shifts | Opprett vakt under arrangement" both share "arrangement", so the
// shift's creation was read as the event's: `Event.create`, `Shift.create`. A write nested under
// another's collection that shares no more of the event's words is named only through its parent,
// and "endres" (no write updates events) fell back to every creation its words name.
describe("a create nested under a record's route is not that record's creation", () => {
  it.each([
    [
      'en',
      'Create fixture',
      'Create shift under fixture',
      'The public calendar (`GET /calendar`) is cached in Redis for 10 minutes and cleared when a fixture is created or changed.',
      'The public calendar (`GET /calendar`) is cached in Redis for 10 minutes and cleared when a shift under a fixture is created.',
    ],
    [
      'nb',
      'Opprett arrangement',
      'Opprett vakt under arrangement',
      'Den offentlige kalenderen (`GET /calendar`) caches i Redis i 10 minutter og tømmes når et arrangement opprettes eller endres.',
      'Den offentlige kalenderen (`GET /calendar`) caches i Redis i 10 minutter og tømmes når en vakt under et arrangement opprettes.',
    ],
  ])('%s', async (_lang, createEvent, createShift, sentence, nested) => {
    const run = async (cache: string) => {
      const r = await compile(
        { root: '/p', verify: { skip: true } },
        memoryHost({
          '/p/docs/prd.md': '# PRD\n\n- FR-1: A coordinator creates events and shifts.\n',
          '/p/docs/architecture.md': `# Architecture\n\n\`\`\`sql\nCREATE TABLE events (id uuid PRIMARY KEY, name text NOT NULL);\nCREATE TABLE shifts (id uuid PRIMARY KEY, event_id uuid NOT NULL REFERENCES events(id), task text NOT NULL);\n\`\`\`\n\n## API\n\n| Method | Path | Description | Roles |\n|---|---|---|---|\n| GET | /calendar | Calendar | everyone |\n| POST | /events | ${createEvent} | coordinator |\n| POST | /events/{id}/shifts | ${createShift} | coordinator |\n\n## Cache\n\n${cache}\n`,
        }),
      );
      return r.spec!.caching!.entries.find((e) => e.origin.kind === 'source')!.invalidatedBy;
    };
    // "or changed" with no write updating events: never the shift's creation.
    expect(await run(sentence)).toEqual(['Event.create']);
    // Near-miss: an event naming the nested record by more words is that record's creation.
    expect(await run(nested)).toContain('Shift.create');
  });
});
