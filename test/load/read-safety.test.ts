import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/resolve.js';
import { nodeHost } from '../../src/host.js';
import { loadSources } from '../../src/load/discover.js';
import type { ReadLimits } from '../../src/load/read-document.js';
import { compile } from '../../src/pipeline.js';
import { tempDir } from '../helpers/temp-dir.js';

const PRD = '# PRD\n\n- FR-1: A member can create a task.\n';
const ARCH = '# Architecture\n\nA Fastify API over PostgreSQL.\n';

function project(files: Record<string, string | Buffer>): string {
  const root = tempDir('bs-load-');
  for (const [rel, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    writeFileSync(path.join(root, rel), content);
  }
  return root;
}

async function load(root: string, limits?: Partial<ReadLimits>) {
  const host = nodeHost();
  const { config } = await resolveConfig(root, {}, host);
  return loadSources(root, config, host, limits ? { limits } : {});
}

const codes = (diags: { code: string }[]) => diags.map((d) => d.code);

describe('reading only what is safe to read', () => {
  it('a named pipe in place of a document is refused without blocking', async () => {
    const root = project({ 'docs/prd.md': PRD, 'docs/architecture.md': ARCH });
    execFileSync('mkfifo', [path.join(root, 'docs/tech-stack.md')]);
    const started = Date.now();
    const { sources, diagnostics } = await load(root);
    expect(Date.now() - started).toBeLessThan(5000);
    expect(sources.documents.map((d) => d.path)).toEqual(['docs/architecture.md', 'docs/prd.md']);
    const fifo = diagnostics.find((d) => d.code === 'load/not-a-regular-file');
    expect(fifo?.message).toContain('docs/tech-stack.md is a named pipe (FIFO)');
    expect(sources.entries?.find((e) => e.path === 'docs/tech-stack.md')).toMatchObject({
      status: 'ignored',
    });
  });

  it('a FIFO named as the configured PRD does not block either', async () => {
    const root = project({
      '.bmad-core/core-config.yaml': 'prd:\n  prdFile: docs/prd.md\n',
      'docs/architecture.md': ARCH,
    });
    execFileSync('mkfifo', [path.join(root, 'docs/prd.md')]);
    const { diagnostics } = await load(root);
    expect(codes(diagnostics)).toContain('load/not-a-regular-file');
    expect(codes(diagnostics)).toContain('load/missing-prd');
  });

  it('a symlinked folder cycle never multiplies sources (real paths deduplicated)', async () => {
    const root = project({
      'docs/prd.md': PRD,
      'docs/architecture.md': ARCH,
      'docs/ux/flows.md': '# User flows\n\n1. Sign up\n',
      'docs/ux/more.md': '# UX notes\n\nMore.\n',
    });
    symlinkSync('..', path.join(root, 'docs/ux/back'));
    symlinkSync(path.join(root, 'docs'), path.join(root, 'docs/ux/again'));
    symlinkSync(root, path.join(root, 'docs/root'));
    const { sources } = await load(root);
    expect(sources.documents.map((d) => d.path).sort()).toEqual([
      'docs/architecture.md',
      'docs/prd.md',
      'docs/ux/flows.md',
      'docs/ux/more.md',
    ]);
  });

  it('two paths to one file read it once; the other is listed as the same file', async () => {
    const root = project({ 'docs/prd.md': PRD, 'docs/architecture.md': ARCH });
    symlinkSync('prd.md', path.join(root, 'docs/requirements.md'));
    const { sources } = await load(root);
    expect(sources.documents.map((d) => d.path)).toEqual(['docs/architecture.md', 'docs/prd.md']);
    expect(sources.entries?.find((e) => e.path === 'docs/requirements.md')).toMatchObject({
      status: 'duplicate',
      of: 'docs/prd.md',
    });
  });

  it('a document linked to a file outside the project is never read: a warning names it and the fix', async () => {
    const outside = project({
      'secret.md': '# Architecture\n\n## Data Model\n\n| Field | Type |\n|---|---|\n| token | text |\n',
    });
    const root = project({ 'docs/prd.md': PRD, 'docs/architecture.md': ARCH });
    symlinkSync(path.join(outside, 'secret.md'), path.join(root, 'docs/tech-stack.md'));
    const { sources, diagnostics } = await load(root);
    expect(sources.documents.map((d) => d.path)).toEqual(['docs/architecture.md', 'docs/prd.md']);
    expect(sources.documents.some((d) => d.text.includes('token'))).toBe(false);
    const refused = diagnostics.find((d) => d.code === 'load/link-outside-project');
    expect(refused?.severity).toBe('warning');
    expect(refused?.message).toBe(
      'docs/tech-stack.md is a symbolic link to a file outside the project; it is not read',
    );
    expect(refused?.at).toEqual({ file: 'docs/tech-stack.md', line: 1 });
    expect(refused?.hint).toMatch(/copy the document into the project/);
    expect(sources.entries?.find((e) => e.path === 'docs/tech-stack.md')?.status).toBe('ignored');
  });

  it('a link inside the project, and files of a docs folder linked from outside (monorepos), are read', async () => {
    const shared = project({ 'docs/prd.md': PRD, 'docs/architecture.md': ARCH });
    const root = project({ 'README.md': '# App\n' });
    symlinkSync(path.join(shared, 'docs'), path.join(root, 'docs'));
    const linked = await load(root);
    expect(linked.sources.documents.map((d) => d.path)).toEqual(['docs/architecture.md', 'docs/prd.md']);
    expect(codes(linked.diagnostics)).not.toContain('load/link-outside-project');
    const inside = project({ 'notes/prd.md': PRD, 'docs/architecture.md': ARCH });
    symlinkSync(path.join(inside, 'notes/prd.md'), path.join(inside, 'docs/prd.md'));
    const { sources, diagnostics } = await load(inside);
    expect(sources.documents.map((d) => d.path)).toContain('docs/prd.md');
    expect(codes(diagnostics)).not.toContain('load/link-outside-project');
  });

  it('a document over the size limit is refused with its size and the limit', async () => {
    const root = project({ 'docs/prd.md': PRD, 'docs/architecture.md': `${ARCH}${'x'.repeat(3000)}\n` });
    const { sources, diagnostics } = await load(root, { maxBytes: 2048 });
    const big = diagnostics.find((d) => d.code === 'load/file-too-large');
    expect(big?.message).toMatch(/docs\/architecture\.md is 0\.0 MB, over the 0\.0 MB limit/);
    expect(big?.severity).toBe('warning');
    expect(codes(diagnostics)).toContain('load/missing-architecture');
    expect(sources.documents.map((d) => d.path)).toEqual(['docs/prd.md']);
  });

  it('a device is never read (a /dev/zero link would never end)', async () => {
    const root = project({ 'docs/prd.md': PRD, 'docs/architecture.md': ARCH });
    symlinkSync('/dev/zero', path.join(root, 'docs/tech-stack.md'));
    const { diagnostics } = await load(root);
    expect(diagnostics.find((d) => d.code === 'load/not-a-regular-file')?.message).toContain('a device');
  });

  it('reading stops at the time budget and nothing is compiled from a partial read', async () => {
    const root = project({ 'docs/prd.md': PRD, 'docs/architecture.md': ARCH });
    const { diagnostics } = await load(root, { budgetMs: -1 });
    expect(codes(diagnostics)).toContain('load/read-time-budget');
    expect(diagnostics.find((d) => d.code === 'load/read-time-budget')?.severity).toBe('error');
  });
});

describe('encodings', () => {
  const table = '| Field | Type |\n|---|---|\n| id | uuid |\n| título | text |\n';
  const doc = `# Data model\n\n## Tarea\n\n${table}`;
  const utf16le = (s: string) => Buffer.from(s, 'utf16le');
  const utf16be = (s: string) => {
    const b = Buffer.from(s, 'utf16le');
    for (let i = 0; i + 1 < b.length; i += 2) [b[i], b[i + 1]] = [b[i + 1]!, b[i]!];
    return b;
  };

  it.each([
    ['UTF-8 with BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(doc)]), 'utf-8 (BOM)'],
    ['UTF-16 LE with BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), utf16le(doc)]), 'utf-16le'],
    ['UTF-16 BE with BOM', Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(doc)]), 'utf-16be'],
    ['UTF-16 LE without BOM', utf16le(doc), 'utf-16le'],
    ['UTF-16 BE without BOM', utf16be(doc), 'utf-16be'],
    ['Windows-1252', Buffer.from(doc, 'latin1'), 'windows-1252'],
  ])('%s is decoded to the same text', async (_name, bytes, encoding) => {
    const root = project({ 'docs/prd.md': PRD, 'docs/architecture.md': ARCH, 'docs/data-model.md': bytes });
    const { sources, diagnostics } = await load(root);
    const read = sources.documents.find((d) => d.path === 'docs/data-model.md');
    expect(read?.text).toBe(doc);
    expect(sources.entries?.find((e) => e.path === 'docs/data-model.md')?.encoding).toBe(encoding);
    expect(diagnostics.find((d) => d.code === 'load/encoding')?.message).toBe(`read as ${encoding}`);
  });

  it('a UTF-16 data model keeps its tables (the entity is extracted)', async () => {
    const root = project({
      'docs/prd.md': PRD,
      'docs/architecture.md': ARCH,
      'docs/data-model.md': Buffer.concat([Buffer.from([0xff, 0xfe]), utf16le(doc)]),
    });
    const result = await compile({ root, verify: { skip: true } }, nodeHost());
    expect(result.ok).toBe(true);
    expect(result.domain?.entities.map((e) => e.name)).toContain('Tarea');
  });

  it('binary content is refused with a diagnostic naming the file', async () => {
    // Deterministic pseudo-random bytes (a PNG renamed .md behaves the same).
    const bytes = Buffer.alloc(4096);
    let x = 12345;
    for (let i = 0; i < bytes.length; i++) {
      x = (x * 1103515245 + 12345) & 0x7fffffff;
      bytes[i] = x >> 16;
    }
    const root = project({ 'docs/prd.md': PRD, 'docs/architecture.md': ARCH, 'docs/tech-stack.md': bytes });
    const { sources, diagnostics } = await load(root);
    const bin = diagnostics.find((d) => d.code === 'load/binary-file');
    expect(bin?.message).toMatch(/^docs\/tech-stack\.md is not text/);
    expect(bin?.at?.file).toBe('docs/tech-stack.md');
    expect(sources.documents.map((d) => d.path)).not.toContain('docs/tech-stack.md');
  });
});

describe('empty documents', () => {
  it('all documents empty: "nothing to compile", an error, and nothing is generated', async () => {
    const root = project({
      'docs/prd.md': '',
      'docs/architecture.md': '\n\n   \n',
      'docs/tech-stack.md': '---\ntitle: Stack\n---\n<!-- to do -->\n',
    });
    const result = await compile({ root, verify: { skip: true } }, nodeHost());
    expect(result.ok).toBe(false);
    expect(result.artifacts).toEqual([]);
    const nothing = result.diagnostics.find((d) => d.code === 'load/nothing-to-compile');
    expect(nothing?.severity).toBe('error');
    expect(nothing?.message).toContain('nothing to compile: 3 planning files were found');
    expect(codes(result.diagnostics)).not.toContain('load/missing-prd');
    expect(result.diagnostics.filter((d) => d.code === 'load/empty-document')).toHaveLength(3);
  });

  it('one empty document is ignored with a warning; the rest compiles', async () => {
    const root = project({ 'docs/prd.md': PRD, 'docs/architecture.md': ARCH, 'docs/ux-spec.md': '' });
    const { sources, diagnostics } = await load(root);
    expect(sources.entries?.find((e) => e.path === 'docs/ux-spec.md')).toMatchObject({
      status: 'ignored',
      reason: 'empty: no text to read',
    });
    expect(codes(diagnostics)).toContain('load/empty-document');
    expect(codes(diagnostics)).not.toContain('load/nothing-to-compile');
  });
});
