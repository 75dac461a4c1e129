import { describe, expect, it } from 'vitest';
import { memoryHost } from '../../src/host.js';
import { compile } from '../../src/pipeline.js';

// accountbox's spec-kit research.md shows C# and TypeScript samples (a paging DTO, an abstract base
// class, a test class, React contexts): they became entities beside the data model's. A research,
// quickstart or task note illustrates; the data model defines.
const files = (research: string, model: string | null) =>
  memoryHost({
    '/p/specs/001-app/spec.md': '# Spec\n\n## Requirements\n\n- FR-001: Users can save accounts.\n',
    '/p/specs/001-app/plan.md': '# Plan\n\n## Technical Context\n\n**Storage**: PostgreSQL 16\n',
    ...(model ? { '/p/specs/001-app/data-model.md': model } : {}),
    '/p/specs/001-app/research.md': research,
  });

const RESEARCH = [
  '# Research',
  '',
  '## Paging',
  '',
  '```csharp',
  'public class PagedResult<T>',
  '{',
  '    public List<T> Items { get; set; }',
  '    public int TotalCount { get; set; }',
  '}',
  '```',
  '',
  '```typescript',
  'interface VaultContextType {',
  '  isUnlocked: boolean;',
  '  lock: () => void;',
  '}',
  '```',
  '',
  '```csharp',
  'public class Account',
  '{',
  '    public Guid Id { get; set; }',
  '    public string Username { get; set; }',
  '}',
  '```',
  '',
].join('\n');

const MODEL =
  '# Data Model\n\n## Account\n\n| Field | Type |\n|---|---|\n| id | uuid |\n| username | text |\n';

describe('a code sample in a note is no entity beside a data model', () => {
  it('keeps the data model’s entities and names each dropped sample', async () => {
    const r = await compile({ root: '/p', verify: { skip: true } }, files(RESEARCH, MODEL));
    expect(r.domain!.entities.map((e) => e.name)).toEqual(['Account']);
    const dropped = r.diagnostics.filter((d) => d.code === 'extract/illustration-not-model');
    expect(dropped.map((d) => d.message.split(' ')[0]).sort()).toEqual(['PagedResult', 'VaultContextType']);
    expect(dropped.every((d) => d.at?.file === 'specs/001-app/research.md')).toBe(true);
  });
  it('near-miss: with no data model anywhere else, the note’s samples are the model', async () => {
    const r = await compile({ root: '/p', verify: { skip: true } }, files(RESEARCH, null));
    expect(r.domain!.entities.map((e) => e.name)).toContain('Account');
    expect(r.diagnostics.some((d) => d.code === 'extract/illustration-not-model')).toBe(false);
  });
});
