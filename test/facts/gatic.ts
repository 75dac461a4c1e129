import { cpSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { corpusRoot } from '../corpus-path.js';

const HERE = path.dirname(fileURLToPath(import.meta.url));

/** gatic's documents (a byte-for-byte copy of the corpus project: prose only, no schema). */
export const GATIC_INPUT = corpusRoot('gatic');
/** The facts overlay written for gatic by reading its documents. */
export const GATIC_FACTS = path.join(HERE, 'gatic/backend-spec.facts.yaml');
/** Where gatic's decisions file, and so its overlay, live (beside the generated spec). */
export const GATIC_OUT = '_bmad-output/technical';

/** A fresh copy of gatic in a temp folder, optionally with the overlay in place. */
export function gaticCopy(withFacts: boolean): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'gatic-'));
  cpSync(GATIC_INPUT, dir, { recursive: true });
  if (withFacts) {
    mkdirSync(path.join(dir, GATIC_OUT), { recursive: true });
    cpSync(GATIC_FACTS, path.join(dir, GATIC_OUT, 'backend-spec.facts.yaml'));
  }
  return dir;
}
