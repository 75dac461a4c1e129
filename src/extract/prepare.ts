import type { SourceDocument } from '../model/sources.js';
import { prepare as prepareSql } from './sql.js';

/**
 * Extraction is synchronous; parsers that need an async start (wasm) or are costly to import are
 * loaded here, once, and only when some document needs them — so a project without SQL never pays
 * for the PostgreSQL parser.
 */
const PREPARERS: ((docs: readonly SourceDocument[]) => Promise<void>)[] = [prepareSql];

export async function prepareExtractors(docs: readonly SourceDocument[]): Promise<void> {
  await Promise.all(PREPARERS.map((p) => p(docs)));
}
