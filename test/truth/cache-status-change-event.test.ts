import { describe, expect, it } from 'vitest';
import { memoryHost } from '../../src/host.js';
import { compile } from '../../src/pipeline.js';

// odla-sv: "Lista över lediga lotter cachas … och töms när en lott ändrar status" was invalidated by
// `Offer.create`: the offer route `POST /plots/{id}/offers` ("Erbjud lotten …") shared the word
// "lott", and an event that named no act fell back to that creation. The event states its act, a
// change of the plot's status: the plot's update (or, when the plot cannot be named, a question).
const SCHEMA =
  '```sql\nCREATE TABLE plots (id BIGSERIAL PRIMARY KEY, number VARCHAR(10) NOT NULL, status VARCHAR(20) NOT NULL);\nCREATE TABLE offers (id BIGSERIAL PRIMARY KEY, plot_id BIGINT NOT NULL REFERENCES plots(id), status VARCHAR(20) NOT NULL);\n```\n';
const project = (purpose: string, sentence: string) =>
  memoryHost({
    '/p/docs/prd.md': '# PRD\n\n## Requirements\n\n- FR-1: The board offers vacant plots to the queue.\n',
    '/p/docs/architecture.md': `# Architecture\n\n${SCHEMA}\n## API\n\n| Method | Path | Purpose |\n|---|---|---|\n| GET | /api/plots | Vacant plots |\n| POST | /api/plots/{id}/offers | ${purpose} |\n\n## Cache\n\n${sentence}\n`,
  });

describe('a cache cleared when a record changes status', { timeout: 120_000 }, () => {
  it.each([
    [
      'en',
      'Offer the plot to the next in line',
      'The list of vacant plots is cached in memory for 10 minutes and cleared when a plot changes status.',
    ],
    [
      'de',
      'Den Plot dem Nächsten anbieten',
      'Die Liste der freien Plots wird 10 Minuten gecacht und geleert, wenn ein Plot seinen Status ändert.',
    ],
  ])('%s: is cleared by the plot’s update, not the offer’s creation', async (_lang, purpose, sentence) => {
    const r = await compile({ root: '/p', verify: { skip: true } }, project(purpose, sentence));
    const entry = r.spec!.caching!.entries.find((e) => e.origin.kind === 'source')!;
    expect(entry.invalidatedBy).not.toContain('Offer.create');
    expect(entry.invalidatedBy).toEqual(['Plot.update']);
  });
  it('sv: a record the model cannot name is asked about, not guessed', async () => {
    const r = await compile(
      { root: '/p', verify: { skip: true } },
      project(
        'Erbjud lotten till nästa i kön',
        'Lista över lediga lotter cachas i Cachex (i minnet) i 10 minuter och töms när en lott ändrar status.',
      ),
    );
    const entry = r.spec!.caching!.entries.find((e) => e.origin.kind === 'source')!;
    expect(entry.invalidatedBy).not.toContain('Offer.create');
    expect(r.spec!.questions?.some((q) => q.id.startsWith('caching/invalidation/'))).toBe(true);
  });
});
