import { describe, expect, it } from 'vitest';
import { lines, listing, load } from './helpers.js';

const prdText = `# Product Requirements\n\n${lines('prd', 20)}\n`;
const archText = `# Architecture\n\n${lines('architecture', 20)}\n`;
/** The monolith's text split in two shards (BMAD v4 `md-tree explode`). */
const shards = (text: string) => {
  const rows = text.split('\n');
  const half = Math.floor(rows.length / 2);
  return [
    `# Part one\n\n${rows.slice(0, half).join('\n')}\n`,
    `# Part two\n\n${rows.slice(half).join('\n')}\n`,
  ];
};

describe('a monolith beside its shards', () => {
  const [one, two] = shards(prdText);
  const files = (config?: string, extra: Record<string, string> = {}) => ({
    ...(config ? { '.bmad-core/core-config.yaml': config } : {}),
    'docs/prd.md': prdText,
    'docs/prd/part-one.md': one!,
    'docs/prd/part-two.md': two!,
    'docs/architecture.md': archText,
    ...extra,
  });

  it('the config says sharded: the shards are read, the monolith is a duplicate', async () => {
    const { sources, diagnostics } = await load(
      files('prd:\n  prdFile: docs/prd.md\n  prdSharded: true\n  prdShardedLocation: docs/prd\n'),
    );
    expect(listing(sources.entries)).toEqual([
      'read docs/architecture.md',
      'duplicate docs/prd.md -> docs/prd/',
      'read docs/prd/part-one.md',
      'read docs/prd/part-two.md',
    ]);
    expect(sources.entries?.find((e) => e.path === 'docs/prd.md')?.reason).toContain('prdSharded: true');
    expect(sources.documents.map((d) => d.path)).not.toContain('docs/prd.md');
    expect(diagnostics.find((d) => d.code === 'load/duplicate-document')?.at?.file).toBe('docs/prd.md');
  });

  it('the config says not sharded: the monolith is read, the shards are duplicates', async () => {
    const { sources } = await load(files('prd:\n  prdFile: docs/prd.md\n  prdSharded: false\n'));
    expect(listing(sources.entries)).toEqual([
      'read docs/architecture.md',
      'read docs/prd.md',
      'duplicate docs/prd/part-one.md -> docs/prd.md',
      'duplicate docs/prd/part-two.md -> docs/prd.md',
    ]);
  });

  it('no config: the newer stated date wins', async () => {
    const dated = (date: string, text: string) => `---\ndate: '${date}'\n---\n${text}`;
    const { sources } = await load({
      'docs/prd.md': dated('2025-03-01', prdText),
      'docs/prd/part-one.md': dated('2025-01-10', one!),
      'docs/prd/part-two.md': dated('2025-01-10', two!),
      'docs/architecture.md': archText,
    });
    expect(sources.entries?.find((e) => e.path === 'docs/prd/part-one.md')).toMatchObject({
      status: 'duplicate',
      of: 'docs/prd.md',
    });
    expect(sources.entries?.find((e) => e.path === 'docs/prd/part-one.md')?.reason).toContain(
      'newer (2025-03-01)',
    );
  });

  it('the config decides, but a newer monolith (change-log date in words) is reported', async () => {
    const log = (date: string) => `\n## Change Log\n\n| Date | Version |\n|---|---|\n| ${date} | 2.0 |\n`;
    const { diagnostics } = await load({
      '.bmad-core/core-config.yaml': 'prd:\n  prdSharded: true\n',
      'docs/prd.md': `${prdText}${log('Oct 15, 2025')}`,
      'docs/prd/part-one.md': `${one!}${log('July 30, 2025')}`,
      'docs/prd/part-two.md': two!,
      'docs/architecture.md': archText,
    });
    const newer = diagnostics.find((d) => d.code === 'load/newer-copy-not-read');
    expect(newer?.severity).toBe('warning');
    expect(newer?.message).toContain('(2025-10-15 against 2025-07-30)');
  });

  it('no config and no dates: the shards are read', async () => {
    const { sources } = await load(files());
    expect(sources.entries?.find((e) => e.path === 'docs/prd.md')).toMatchObject({
      status: 'duplicate',
      of: 'docs/prd/',
    });
    expect(sources.entries?.find((e) => e.path === 'docs/prd.md')?.reason).toContain('the shards are read');
  });

  it('a shard folder that is not a copy of the file beside it is read with it', async () => {
    const { sources } = await load({
      'docs/architecture.md': archText,
      'docs/architecture/extra-a.md': `# A\n\n${lines('other', 8)}\n`,
      'docs/architecture/extra-b.md': `# B\n\n${lines('else', 8)}\n`,
      'docs/prd.md': prdText,
    });
    expect(sources.entries?.every((e) => e.status === 'read')).toBe(true);
  });
});

describe('copies in other folders', () => {
  it('the planning folder copy is read; the downstream copy is a duplicate (gatic layout)', async () => {
    const { sources } = await load({
      '_bmad-output/prd.md': prdText,
      '_bmad-output/architecture.md': archText,
      '_bmad-output/implementation-artifacts/prd.md': prdText,
      '_bmad-output/implementation-artifacts/architecture.md': archText.replace(
        'statement number 3',
        'line 3',
      ),
      '_bmad-output/implementation-artifacts/1-1-login-story.md': '# Story 1.1\n\nLogin.\n',
    });
    expect(listing(sources.entries)).toEqual([
      'read _bmad-output/architecture.md',
      'duplicate _bmad-output/implementation-artifacts/architecture.md -> _bmad-output/architecture.md',
      'duplicate _bmad-output/implementation-artifacts/prd.md -> _bmad-output/prd.md',
      'read _bmad-output/prd.md',
    ]);
    const near = sources.entries?.find(
      (e) => e.path === '_bmad-output/implementation-artifacts/architecture.md',
    );
    expect(near?.reason).toMatch(/near-identical copy \(\d+% of lines shared\).*downstream folder/);
  });

  it('of two copies with stated dates, the newer is read wherever it lies', async () => {
    const { sources } = await load({
      'docs/prd.md': `---\nupdated: 2024-05-01\n---\n${prdText}`,
      'planning/prd.md': `---\nupdated: 2024-09-01\n---\n${prdText}`,
      'docs/architecture.md': archText,
    });
    expect(sources.entries?.find((e) => e.path === 'docs/prd.md')).toMatchObject({
      status: 'duplicate',
      of: 'planning/prd.md',
    });
  });

  it('a change-log table dates a copy when front matter does not (es)', async () => {
    const log = (date: string) =>
      `\n## Historial de cambios\n\n| Fecha | Versión |\n|---|---|\n| ${date} | 1.0 |\n`;
    const { sources } = await load({
      'docs/requisitos.md': `# Requisitos\n\n${lines('req', 20)}${log('2025-02-01')}`,
      'docs/copia/requisitos.md': `# Requisitos\n\n${lines('req', 20)}${log('2025-06-01')}`,
      'docs/arquitectura.md': archText,
    });
    expect(sources.entries?.find((e) => e.path === 'docs/requisitos.md')).toMatchObject({
      status: 'duplicate',
      of: 'docs/copia/requisitos.md',
    });
  });

  it('documents that only share a heading or two are not copies', async () => {
    const { sources } = await load({
      'docs/prd.md': `# PRD\n\n## Goals\n\n${lines('alpha', 20)}\n`,
      'docs/ux.md': `# UX\n\n## Goals\n\n${lines('beta', 20)}\n`,
      'docs/architecture.md': archText,
    });
    expect(sources.entries?.every((e) => e.status === 'read')).toBe(true);
  });
});
