import { awsRegionsIn } from '../knowledge/cloud-regions.js';
import type { StatedRegion } from '../model/domain.js';
import { fromSource } from '../model/origin.js';
import type { Extractor } from './types.js';

/**
 * Extractor `regions`: the cloud regions the documents name ("| Storage | Amazon S3 (eu-south-1) |"),
 * so that a region setting shows the stated region as its example, never another one. A region of a
 * rejected, superseded or out-of-scope option is no region the system runs in.
 */
export const regionsExtractor: Extractor = {
  name: 'regions',
  extract: ({ statements }) => {
    const statedRegions: StatedRegion[] = [];
    for (const s of statements?.().statements ?? []) {
      if (!s.text.includes('-')) continue;
      if (s.status !== 'chosen' && s.status !== 'none' && s.status !== 'proposed') continue;
      for (const code of awsRegionsIn(s.text))
        statedRegions.push({
          provider: 'aws',
          code,
          origin: fromSource(s.file, s.line, s.text.slice(0, 160)),
        });
    }
    return { fragment: statedRegions.length > 0 ? { statedRegions } : {}, diagnostics: [] };
  },
};
