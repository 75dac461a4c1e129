import * as path from 'node:path';
import type { Host } from '../host.js';
import { codeFenceOf } from '../markdown/code-files.js';
import type { SourceDocument, SourceEntry } from '../model/sources.js';
import { type ReadLimits, readDocument } from './read-document.js';

/**
 * Schema files the documents point to. A brownfield architecture often says "the schema is defined
 * by the Ecto migrations in `priv/repo/migrations/`" or "see `prisma/schema.prisma`" instead of
 * repeating the tables: when that path exists in the project, its files are the data model the
 * documents state, read as code blocks of their notation (markdown/code-files.ts) and cited by their
 * own lines. Only paths a document names are read — never a walk of the source tree — and only
 * files whose notation the schema readers know.
 */

/** A project-relative path in a document: a code span or a bare word with a slash or a schema extension. */
const PATH_MENTION = /(?:^|[\s`'"(])((?:\.\/)?[\w@][\w.@-]*(?:\/[\w.@-]+)*\/?)(?=$|[\s`'"),;:]|\.(?:\s|$))/gm;
/** A folder or code file is a schema source only when its path says so (a `models/` folder, `db/schema.rb`). */
const SCHEMA_PATH =
  /(^|\/)(db|database|migrations?|migrate|schema|schemas|models?|entities|entity|prisma|repo)(\/|$|\.)/i;
/** Notations that are schemas by themselves, wherever they live. */
const SCHEMA_ONLY = new Set(['sql', 'prisma', 'dbml']);
/** At most this many files from one named folder (a migrations folder of a long-lived project). */
const MAX_FILES_PER_FOLDER = 400;

export interface SchemaFileRead {
  documents: SourceDocument[];
  entries: SourceEntry[];
}

export async function readReferencedSchemaFiles(
  host: Host,
  root: string,
  documents: readonly SourceDocument[],
  limits: ReadLimits,
  deadline: number,
): Promise<SchemaFileRead> {
  const out: SchemaFileRead = { documents: [], entries: [] };
  const taken = new Set(documents.map((d) => d.path));
  for (const doc of documents) {
    if (codeFenceOf(doc.path)) continue;
    for (const { rel, line } of mentionedPaths(doc)) {
      for (const file of await schemaFilesAt(host, root, rel)) {
        if (taken.has(file)) continue;
        taken.add(file);
        const outcome = await readDocument(host, path.join(root, file), limits, deadline);
        if (outcome.kind !== 'text') continue;
        const why = `named at ${doc.path}:${line}`;
        out.documents.push({
          path: file,
          kind: 'data-model',
          classifiedBy: why,
          text: outcome.text,
          body: outcome.text,
          bodyLineOffset: 0,
          frontMatter: null,
        });
        out.entries.push({ path: file, kind: 'data-model', classifiedBy: why, status: 'read' });
      }
    }
  }
  return out;
}

/** Every schema-looking path a document names, with its line, in document order. */
function mentionedPaths(doc: SourceDocument): { rel: string; line: number }[] {
  const found: { rel: string; line: number }[] = [];
  const lines = doc.body.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i]!;
    if (!text.includes('/') && !text.includes('.')) continue;
    for (const m of text.matchAll(PATH_MENTION)) {
      const raw = m[1]!.replace(/^\.\//, '').replace(/[/.]+$/, '');
      if (raw.includes('..') || raw.startsWith('/')) continue;
      const fence = codeFenceOf(raw);
      const schemaLike = fence
        ? SCHEMA_ONLY.has(fence) || SCHEMA_PATH.test(raw)
        : raw.includes('/') && SCHEMA_PATH.test(raw);
      if (schemaLike) found.push({ rel: raw, line: i + 1 + doc.bodyLineOffset });
    }
  }
  return found;
}

/** The schema files at a named path: the file itself, or a folder's files of a known notation, sorted. */
async function schemaFilesAt(host: Host, root: string, rel: string): Promise<string[]> {
  if (codeFenceOf(rel)) return (await host.exists(path.join(root, rel))) ? [rel] : [];
  const entries = await host.readDir(path.join(root, rel));
  if (!entries) return [];
  return entries
    .filter((e) => !e.isDirectory && !e.name.startsWith('.') && codeFenceOf(e.name) !== null)
    .map((e) => `${rel}/${e.name}`)
    .sort()
    .slice(0, MAX_FILES_PER_FOLDER);
}
