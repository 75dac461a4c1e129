import { describe, expect, test } from 'vitest';
import { quantitiesExtractor } from '../../src/extract/quantities.js';
import { memoryHost } from '../../src/host.js';
import { compile } from '../../src/pipeline.js';
import { doc, run } from './helpers.js';

/** What a newcomer reads on stderr: one finding per disagreement, stories quoted whole-word, jobs counted. */

function quantities(text: string) {
  const { fragment } = run(quantitiesExtractor, doc('docs/a.md', 'architecture', text));
  return (fragment.parameters ?? []).map((q) => [q.key, q.label, q.value]);
}

describe('a row stating several targets', () => {
  test('en: names and values split by " / " pair up one by one', () => {
    const text = [
      '| Category | Requirement | Target |',
      '|---|---|---|',
      '| **Reliability** | Uptime / Workflow success / Recovery | 99.5% / < 5% failures / 60s |',
    ].join('\n');
    expect(quantities(text)).toEqual([
      ['nfr.availability', 'Uptime', 99.5],
      ['nfr.success-rate', 'Workflow success', 5],
    ]);
  });

  test('es: the same shape in Spanish; unequal parts or a value list alone stay one row', () => {
    const es = [
      '| Categoría | Requisito | Objetivo |',
      '|---|---|---|',
      '| Operación | Disponibilidad / Fiabilidad de la sincronización | 99,9% / 98% |',
    ].join('\n');
    expect(quantities(es).map((q) => [q[0], q[1]])).toEqual([
      ['nfr.availability', 'Disponibilidad'],
      ['nfr.success-rate', 'Fiabilidad de la sincronización'],
    ]);
    const unequal = [
      '| Category | Requirement | Target |',
      '|---|---|---|',
      '| Reliability | Uptime / Recovery | 99.5% |',
    ].join('\n');
    expect(quantities(unequal).map((q) => q[1])).toEqual(['Reliability']);
  });
});

const PRD = `# PRD

## Requirements

- **FR-1:** A patient books an appointment.
- **FR-2:** The patient receives a reminder by SMS 24 hours before the appointment.

## User stories

- As a patient, I want a reminder the day before, so that I don't forget the appointment.
- As a clinician, I want to see the appointments of the day with the patient's name, the room, the deposit and every note the receptionist wrote, so that I am prepared.

## Security

- Refresh tokens expire after 7 days.
`;

const ARCH = `# Architecture

## Data model

\`\`\`sql
CREATE TABLE appointments (id UUID PRIMARY KEY, starts_at TIMESTAMPTZ NOT NULL);
\`\`\`

## Background jobs

| Job | Schedule | What it does |
|---|---|---|
| send-reminders | every 5 minutes | finds appointments starting in 24 hours and queues the SMS |
`;

const STACK = `# Tech stack

| Concern | Choice |
|---|---|
| Refresh token lifetime | 30 days |
`;

describe('stderr of a small project', () => {
  test('the refresh-token disagreement is reported once; a job covers its story', async () => {
    const out = await compile(
      { root: '/p', verify: { skip: true } } as Parameters<typeof compile>[0],
      memoryHost({
        '/p/docs/product/PRD.md': PRD,
        '/p/docs/technical/architecture.md': ARCH,
        '/p/docs/technical/tech-stack.md': STACK,
      }),
    );
    const codes = out.diagnostics.map((d) => d.code);
    expect(codes.filter((c) => c === 'reconcile/value-conflict')).toHaveLength(1);
    expect(codes).not.toContain('security/auth-conflict');
    expect(out.spec!.auth?.refreshTokenTtlSeconds?.value).toBe(7 * 86400);
    const stories = out.diagnostics
      .filter((d) => d.code === 'api/story-without-operation')
      .map((d) => d.message);
    expect(stories.some((m) => /FR-2|reminder/.test(m))).toBe(false);
    expect(out.spec!.traceability.find((t) => t.requirement === 'FR-2')?.items).toContain(
      'job:send-reminders',
    );
    // A long story is cut after a whole word, with an ellipsis.
    for (const m of stories) {
      const quoted = /\("[^:]+: (.*)"\) has no operation/.exec(m)?.[1] ?? '';
      if (quoted.endsWith('…')) expect(quoted).toMatch(/[\p{L}\d]…$/u);
      if (quoted.endsWith('…')) expect(quoted.length).toBeLessThanOrEqual(81);
    }
  });
});
