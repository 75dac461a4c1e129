import * as path from 'node:path';
import { type Diagnostic, diag } from '../diagnostics/diagnostic.js';
import type { Host } from '../host.js';
import type { ResolvedConfig } from '../model/config.js';
import type { SourceDocument, Sources } from '../model/sources.js';
import { classify } from './classify.js';
import { splitFrontMatter } from './front-matter.js';

/** Folders searched for planning documents, relative to the project root, after the docs folder. */
const EXTRA_ROOTS = [
  '_bmad-output/planning-artifacts',
  '_bmad-output',
  '.bmad/docs',
  'docs',
  'specs',
  '.kiro/specs',
];

/** Never read: generated output and tooling folders. */
const SKIP_DIRS = new Set([
  'node_modules',
  '.git',
  'dist',
  'build',
  'backend-spec',
  'stories',
  'epics',
  'sprints',
]);

/** The workflow's own paths, checked first, so the missing-prerequisite message can list them. */
function workflowPaths(docs: string): Record<'prd' | 'architecture' | 'tech-stack' | 'ux', string> {
  return {
    prd: `${docs}/product/PRD.md`,
    architecture: `${docs}/technical/architecture.md`,
    'tech-stack': `${docs}/technical/tech-stack.md`,
    ux: `${docs}/design/ux-spec.md`,
  };
}

async function walk(host: Host, root: string, rel: string, depth: number, out: string[]): Promise<void> {
  if (depth > 4) return;
  const entries = await host.readDir(path.join(root, rel));
  if (!entries) return;
  for (const e of [...entries].sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const child = rel === '.' || rel === '' ? e.name : `${rel}/${e.name}`;
    if (e.isDirectory) {
      if (!SKIP_DIRS.has(e.name) && !e.name.startsWith('.')) await walk(host, root, child, depth + 1, out);
    } else if (
      /\.md$/i.test(e.name) &&
      !/^backend-spec\.md$/i.test(e.name) &&
      !/^(readme|changelog|contributing|license)\.md$/i.test(e.name)
    ) {
      out.push(child);
    }
  }
}

/** Project dir → Sources: every planning document found, classified, front matter split off. */
export async function loadSources(
  root: string,
  config: ResolvedConfig,
  host: Host,
): Promise<{ sources: Sources; diagnostics: Diagnostic[] }> {
  const diagnostics: Diagnostic[] = [];
  const docsDir = config.documentationDir.value;
  const searched: string[] = [];
  const found = new Set<string>();
  for (const dir of [docsDir, ...EXTRA_ROOTS.filter((d) => d !== docsDir)]) {
    searched.push(`${dir}/**/*.md`);
    const files: string[] = [];
    await walk(host, root, dir, 0, files);
    for (const f of files) found.add(f);
  }
  const documents: SourceDocument[] = [];
  for (const rel of [...found].sort()) {
    const text = await host.readFile(path.join(root, rel));
    if (text === null) continue;
    const fm = splitFrontMatter(text);
    if (fm.error) {
      diagnostics.push(
        diag('load/invalid-front-matter', fm.error.message, { at: { file: rel, line: fm.error.line } }),
      );
    }
    const { kind, by } = classify(rel, fm.body);
    documents.push({
      path: rel,
      kind,
      classifiedBy: by,
      text,
      body: fm.body,
      bodyLineOffset: fm.lineOffset,
      frontMatter: fm.frontMatter,
    });
    diagnostics.push(
      diag('load/classified', `classified as ${kind} (${by})`, { at: { file: rel, line: 1 } }),
    );
  }
  const expected = workflowPaths(docsDir);
  const has = (k: string) => documents.some((d) => d.kind === k);
  if (!has('prd'))
    diagnostics.push(
      diag('load/missing-prd', `no PRD found; searched ${expected.prd} and ${searched.join(', ')}`, {
        hint: 'run `backend-spec init` to create one, or pass --docs DIR',
      }),
    );
  if (!has('architecture'))
    diagnostics.push(
      diag(
        'load/missing-architecture',
        `no architecture document found; searched ${expected.architecture} and ${searched.join(', ')}`,
        {
          hint: 'run `backend-spec init` to create one, or pass --docs DIR',
        },
      ),
    );
  if (!has('tech-stack'))
    diagnostics.push(
      diag('load/missing-tech-stack', `no tech-stack document (expected ${expected['tech-stack']})`),
    );
  if (!has('ux')) diagnostics.push(diag('load/missing-ux', `no UX flows document (expected ${expected.ux})`));
  return {
    sources: { root, config, documents, searched: [...Object.values(expected), ...searched] },
    diagnostics,
  };
}
