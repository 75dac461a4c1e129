import { describe, expect, it } from 'vitest';
import { memoryHost } from '../../src/host.js';
import { compile } from '../../src/pipeline.js';

// The English golden moorline-en states "Visitors … sign in with a magic link sent by e-mail (no
// passwords); the link is valid for 20 minutes and can be used once": the clause with the number
// names "the link", not the magic link, so the lifetime was dropped. A clause that points back at the
// link or code of the clause before it is read with that clause.
async function linkTtl(sentence: string) {
  const r = await compile(
    { root: '/p', verify: { skip: true } },
    memoryHost({
      '/p/docs/prd.md': '# PRD\n\n- FR-1: A volunteer signs up for a food bank shift.\n',
      '/p/docs/architecture.md': `# Architecture\n\n## Authentication\n\n${sentence}\n\n\`\`\`sql\nCREATE TABLE volunteers (id uuid PRIMARY KEY, email text NOT NULL UNIQUE);\nCREATE TABLE shifts (id uuid PRIMARY KEY, starts_at timestamptz NOT NULL);\n\`\`\`\n`,
    }),
  );
  return r.domain!.parameters.find((p) => p.key === 'auth.sign-in-link-ttl')?.value;
}

describe('the lifetime of a sign-in link stated in the clause after it', () => {
  it.each([
    [
      'en',
      'Volunteers sign in with a magic link sent by e-mail; the link is valid for 15 minutes and works once.',
      900,
    ],
    [
      'fr',
      'Les bénévoles se connectent avec un lien magique envoyé par e-mail ; le lien est valable 15 minutes.',
      900,
    ],
    ['de', 'Helfer melden sich mit einem Anmeldelink per E-Mail an; der Link ist 30 Minuten gültig.', 1800],
  ])('%s', async (_lang, sentence, seconds) => {
    expect(await linkTtl(sentence)).toBe(seconds);
  });

  it('a clause about something else keeps its own subject', async () => {
    expect(
      await linkTtl('Volunteers sign in with a magic link sent by e-mail; shifts are kept for 15 minutes.'),
    ).toBeUndefined();
  });
});
