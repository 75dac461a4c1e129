import { describe, expect, it } from 'vitest';
import { memoryHost } from '../../src/host.js';
import { verbOf } from '../../src/knowledge/state-verb.js';
import { compile } from '../../src/pipeline.js';

// Found on an unseen Norwegian trial and its English translation: the swap diagram's
// `offered --> taken` was "not stated: no operation makes it" beside a stated `POST /swaps/{id}/take`,
// and `offered --> expired : 24 hours before shift start` was made by no job, though a job does it.

describe('irregular participles name the verb of their state', () => {
  it.each([
    ['taken', 'take'],
    ['withdrawn', 'withdraw'],
    ['sold', 'sell'],
    ['held', 'hold'],
  ])('%s ← %s', (state, verb) => expect(verbOf(state)).toBe(verb));
});

const MODEL = `\`\`\`sql
CREATE TABLE swaps (id uuid PRIMARY KEY, status text NOT NULL DEFAULT 'offered' CHECK (status IN ('offered', 'taken', 'approved', 'expired')));
\`\`\``;

async function transitions(diagram: string, rows: string) {
  const host = memoryHost({
    '/p/docs/prd.md':
      '# PRD\n\n- As a parent, I want to offer my shift for swap, so that someone takes it.\n',
    '/p/docs/architecture.md': `# Architecture\n\n## Data\n\n${MODEL}\n\n## States\n\n\`\`\`mermaid\nstateDiagram-v2\n${diagram}\n\`\`\`\n\n## API\n\n| Method | Path | Description |\n|---|---|---|\n${rows}\n`,
  });
  const spec = (await compile({ root: '/p', verify: { skip: true } }, host)).spec!;
  const swap = spec.lifecycles?.find((l) => l.entity === 'Swap');
  return new Map(swap?.transitions.map((t) => [`${t.from}>${t.to}`, t.trigger]));
}

describe('who makes each stated transition', { timeout: 60_000 }, () => {
  it.each([
    [
      'en',
      '    [*] --> offered\n    offered --> taken : another parent takes the shift\n    taken --> approved : coordinator approves\n    offered --> expired : 24 hours before shift start',
      '| POST | /swaps/{id}/take | Take over an offered shift |\n| POST | /swaps/{id}/approve | Approve swap |',
    ],
    [
      'nb',
      '    [*] --> offered\n    offered --> taken : annen forelder tar vakten\n    taken --> approved : dugnadsansvarlig godkjenner\n    offered --> expired : 24 timer før vaktstart',
      '| POST | /swaps/{id}/take | Ta over en vakt |\n| POST | /swaps/{id}/approve | Godkjenn bytte |',
    ],
    [
      'de',
      '    [*] --> offered\n    offered --> taken : ein anderer Elternteil übernimmt\n    taken --> approved : Koordinator genehmigt\n    offered --> expired : 24 Stunden vor Schichtbeginn',
      '| POST | /swaps/{id}/take | Angebotene Schicht übernehmen |\n| POST | /swaps/{id}/approve | Tausch genehmigen |',
    ],
  ])('%s', async (_lang, diagram, rows) => {
    const t = await transitions(diagram, rows);
    expect(t.get('offered>taken')).toBe('takeSwap');
    expect(t.get('taken>approved')).toBe('approveSwap');
    expect(t.get('offered>expired')).toBe('job');
  });
});
