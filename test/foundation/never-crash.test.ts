import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/resolve.js';
import { memoryHost } from '../../src/host.js';
import { classify } from '../../src/load/classify.js';
import { loadSources } from '../../src/load/discover.js';
import { splitFrontMatter } from '../../src/load/front-matter.js';

// Whatever a team writes, config and discovery answer with values and diagnostics, never a crash.
const yamlish = fc.oneof(
  fc.string(),
  fc
    .array(
      fc.tuple(
        fc.constantFrom(
          'project_name',
          'documentation_dir',
          'output_folder',
          'documentation_language',
          'prd',
          'x',
        ),
        fc.oneof(
          fc.string(),
          fc.integer().map(String),
          fc.constant('[a, b]'),
          fc.constant('{a: 1}'),
          fc.constant(''),
        ),
      ),
    )
    .map((pairs) => pairs.map(([k, v]) => `${k}: ${v}`).join('\n')),
);

describe('never crashes', () => {
  it('resolveConfig on any config text', async () => {
    await fc.assert(
      fc.asyncProperty(
        yamlish,
        fc.constantFrom('.bmad/config.yaml', '_bmad/bmm/config.yaml', '.bmad-core/core-config.yaml'),
        async (text, file) => {
          const { config } = await resolveConfig('/p', {}, memoryHost({ [`/p/${file}`]: text }));
          expect(typeof config.documentationDir.value).toBe('string');
          expect(config.documentationDir.value.startsWith('/')).toBe(false);
          expect(config.documentationLanguage.value.length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('front matter and classification on any text', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (name, body) => {
        const fm = splitFrontMatter(`---\n${body}\n---\n${body}`);
        expect(fm.lineOffset).toBeGreaterThanOrEqual(0);
        expect(classify({ path: `docs/${name}.md`, body, frontMatter: fm.frontMatter }).kind).toBeTruthy();
      }),
      { numRuns: 300 },
    );
  });

  it('loadSources on any tree of markdown files', async () => {
    const segment = fc.stringMatching(/^[A-Za-z0-9_. -]{1,12}$/).filter((s) => s !== '.' && s !== '..');
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.array(segment, { minLength: 1, maxLength: 4 }), fc.string()), { maxLength: 12 }),
        async (files) => {
          const tree = Object.fromEntries(files.map(([parts, text]) => [`/p/${parts.join('/')}.md`, text]));
          const host = memoryHost(tree);
          const { config } = await resolveConfig('/p', {}, host);
          const { sources } = await loadSources('/p', config, host);
          expect(new Set(sources.documents.map((d) => d.path)).size).toBe(sources.documents.length);
        },
      ),
      { numRuns: 100 },
    );
  });
});
