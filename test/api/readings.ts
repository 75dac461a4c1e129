import { requestedOperations, statedConstraints, writeReadings } from '../../src/extract/constraints.js';
import { readStories } from '../../src/extract/stories.js';
import type { Domain } from '../../src/model/domain.js';

/**
 * What extract reads from a domain's sentences once (constraints, requested operations, stories,
 * write verbs): a hand-built domain is read the same way before derive designs from it.
 */
export function readSentences<D extends Domain>(domain: D): D {
  domain.constraints = statedConstraints(domain);
  requestedOperations(domain);
  domain.stories = readStories(domain);
  domain.writeReadings = writeReadings(domain);
  return domain;
}
