import { describe, expect, it } from 'vitest';
import { memoryHost } from '../../src/host.js';
import type { StoryFact } from '../../src/model/domain.js';
import { compile } from '../../src/pipeline.js';

// Issue 11, "prose is interpreted in one place": what users do is read once (extract/stories.ts with
// read/story-words.ts) and kept on domain.stories with how each action reads; derive designs from it.
const SQL = (table: string) =>
  `# Architecture\n\n\`\`\`sql\nCREATE TABLE ${table} (id uuid PRIMARY KEY, status text NOT NULL);\n\`\`\`\n`;

async function stories(prd: string, table: string, ux?: string): Promise<StoryFact[]> {
  const host = memoryHost({
    '/p/docs/prd.md': prd,
    '/p/docs/architecture.md': SQL(table),
    ...(ux ? { '/p/docs/ux-design.md': ux } : {}),
  });
  const r = await compile({ root: '/p', verify: { skip: true } }, host);
  return r.domain!.stories ?? [];
}

const CASES: [string, string, string, string][] = [
  [
    'en',
    'As a member, I want to cancel my reservation, so that the tool is free again.',
    'reservations',
    'reservation',
  ],
  [
    'es',
    'Como socio, quiero cancelar mi reserva, para que la herramienta quede libre.',
    'reservas',
    'reserva',
  ],
  [
    'pt',
    'Como sócio, quero cancelar minha reserva, para que a ferramenta fique livre.',
    'reservas',
    'reserva',
  ],
  [
    'fr',
    "En tant que membre, je veux annuler ma réservation, afin que l'outil soit libre.",
    'reservations',
    'réservation',
  ],
  [
    'de',
    'Als Mitglied möchte ich meine Reservierung stornieren, damit das Werkzeug frei wird.',
    'reservierungen',
    'reservierung',
  ],
];

describe('stories are read once, with how their action reads', { timeout: 60_000 }, () => {
  it.each(CASES)(
    '%s: the cancel verb and its object are on the story',
    async (_lang, story, table, object) => {
      const all = await stories(`# PRD\n\n## User stories\n\n- ${story}\n`, table);
      const s = all.find((x) => x.intents.some((i) => i.kind === 'state'));
      expect(s?.intents).toContainEqual(expect.objectContaining({ kind: 'state', verb: 'cancel' }));
      expect(s?.object).toBe(object);
    },
  );

  it('fr: a narrated "ouvre" reads as ouvrir, a view', async () => {
    const prd = `# PRD\n\n## Rôles\n\n| Rôle | Description |\n|---|---|\n| Technicien | accepte et réalise les missions |\n| Garagiste | publie les missions |\n\n## User stories\n\n- En tant que technicien, je veux accepter une mission, afin de remplir mon planning.\n`;
    const ux = `# UX\n\n## Parcours 1 : accepter une mission\n\n1. Le technicien ouvre la mission\n2. Le technicien accepte la mission\n`;
    const all = await stories(prd, 'missions', ux);
    const opened = all.find((x) => x.action.startsWith('ouvrir'));
    expect(opened?.action).toBe('ouvrir la mission');
    expect(opened?.intents).toEqual([{ kind: 'view' }]);
  });

  it('en: a dashboard title and a marked state are read with the story', async () => {
    const prd = `# PRD\n\n## Requirements\n\n**US-1: View pending samples dashboard**\n> As a technician, I want to see all samples at each stage.\n\n**US-2: Collect samples**\n> As a technician, I want to mark a sample as collected.\n`;
    const all = await stories(prd, 'samples');
    expect(all.find((x) => x.id === 'US-1')?.dashboard).toBe(true);
    expect(all.find((x) => x.id === 'US-2')?.marked).toBe('collected');
  });
});
