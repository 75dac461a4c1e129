import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { commitOutputSet } from '../../src/output-set.js';
import { chunksArtifact, renderArtifacts } from '../../src/render/index.js';
import { jsonBytes, jsonChunks } from '../../src/render/json-bytes.js';
import { buildOpenApi } from '../../src/render/openapi/document.js';
import { toYaml, toYamlChunks } from '../../src/render/openapi/yaml.js';
import { OPENAPI_PATH } from '../../src/render/openapi.js';
import { EXAMPLE } from '../foundation/corpus.js';
import { compiledProject } from '../helpers/compiled.js';

/**
 * Nothing verified, nothing reads the OpenAPI document or the large texts back (issue 19): the
 * operations are built as they are written, openapi.yaml and spec.json are held as UTF-8 pieces,
 * and the writer writes the pieces. The bytes must be those of the whole-text path.
 */
describe('artifacts written in pieces when nothing is verified (issue 19)', () => {
  it('builds each path item only when it is read, and writes the same YAML', async () => {
    const spec = (await compiledProject(EXAMPLE)).spec!;
    const whole = toYaml(buildOpenApi(spec));
    const streamed = buildOpenApi(spec, { streamPaths: true })!;
    const paths = streamed.paths as Record<string, unknown>;
    const first = Object.keys(paths)[0]!;
    expect(typeof Object.getOwnPropertyDescriptor(paths, first)?.get).toBe('function');
    expect(Buffer.concat(toYamlChunks(streamed)).toString('utf8')).toBe(whole);
    // A second read builds the item again, the same.
    expect(paths[first]).toEqual(paths[first]);
  });

  it('holds openapi.yaml and spec.json as pieces, without the document, when asked to hold', async () => {
    const spec = (await compiledProject(EXAMPLE)).spec!;
    const kept = renderArtifacts(spec);
    const held = renderArtifacts(spec, (a) => a);
    for (const file of [OPENAPI_PATH, 'backend-spec/spec.json']) {
      const k = kept.find((a) => a.path === file)!;
      const h = held.find((a) => a.path === file)!;
      expect(h.chunks?.length).toBeGreaterThan(0);
      expect(h.data).toBeUndefined();
      expect(h.text).toBe(k.text);
    }
    expect(kept.find((a) => a.path === OPENAPI_PATH)?.data).toBeDefined();
  });

  it('encodes YAML and JSON in pieces whose bytes join to the whole', () => {
    const doc: Record<string, unknown> = { openapi: '3.1.0', paths: {} };
    for (let i = 0; i < 30_000; i++)
      (doc.paths as Record<string, unknown>)[`/things/${i}`] = { get: { summary: `Thing ${i} → é` } };
    const chunks = toYamlChunks(doc);
    expect(chunks.length).toBeGreaterThan(1);
    expect(Buffer.concat(chunks).toString('utf8')).toBe(toYaml(doc));
    expect(Buffer.concat(jsonChunks(doc)).equals(jsonBytes(doc))).toBe(true);
  });

  it('writes an artifact held in pieces, and its manifest hash is of the whole file', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'pieces-'));
    try {
      const parts = [Buffer.from('{ "a": '), Buffer.from('"→" }\n')];
      await commitOutputSet(dir, [chunksArtifact('backend-spec/spec.json', parts)]);
      const bytes = readFileSync(path.join(dir, 'backend-spec/spec.json'));
      expect(bytes.toString('utf8')).toBe('{ "a": "→" }\n');
      const manifest = JSON.parse(readFileSync(path.join(dir, 'backend-spec/.manifest.json'), 'utf8'));
      expect(manifest.files['backend-spec/spec.json']).toBe(createHash('sha256').update(bytes).digest('hex'));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
