import type { ServerRenderedSurface, SurfaceAudience } from '../model/domain.js';
import { fromSource } from '../model/origin.js';
import { serverRenderedSurface, surfaceAudience, surfaceKey } from '../read/surface-words.js';
import type { DomainFragment, Extractor } from './types.js';

/**
 * Extractor `surfaces`: a user surface the documents say has no JSON API ("The LiveView back office
 * … has no JSON routes"), and who each surface is for ("a LiveView back office for the harbour office
 * and the berthing master"). A rejected, superseded, deferred or out-of-scope option states nothing
 * about the system built.
 */
export const surfacesExtractor: Extractor = {
  name: 'surfaces',
  extract: ({ statements }) => {
    const surfaces: ServerRenderedSurface[] = [];
    const audiences: SurfaceAudience[] = [];
    for (const s of statements?.().statements ?? []) {
      if (s.status !== 'chosen' && s.status !== 'none' && s.status !== 'proposed') continue;
      const quote = s.text.slice(0, 160);
      const surface = serverRenderedSurface(s.text);
      if (surface)
        surfaces.push({ surface, key: surfaceKey(surface), origin: fromSource(s.file, s.line, quote) });
      const audience = surfaceAudience(s.text);
      if (audience)
        audiences.push({
          key: surfaceKey(audience.surface),
          audience: audience.audience,
          origin: fromSource(s.file, s.line, quote),
        });
    }
    const fragment: DomainFragment = {};
    if (surfaces.length > 0) fragment.serverRenderedSurfaces = surfaces;
    if (audiences.length > 0) fragment.surfaceAudiences = audiences;
    return { fragment, diagnostics: [] };
  },
};
