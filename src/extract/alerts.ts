import { matchDefinition } from '../knowledge/requirement-ids.js';
import type { StatedAlert } from '../model/domain.js';
import { fromSource } from '../model/origin.js';
import { readAlerts } from '../read/alert-words.js';
import type { Extractor } from './types.js';

/** Statuses under which a stated alert is not set up now. */
const NOT_NOW = new Set(['rejected', 'superseded', 'deferred', 'out-of-scope']);

/**
 * Extractor `stated-alerts`: the alerts a document lists ("Alerts: error rate above 2 % for 5
 * minutes, SQS dead-letter queue not empty, …"), each item with its threshold and window as written
 * (src/read/alert-words.ts). Derive designs these in section 11 and proposes an alert only where
 * the documents state none.
 */
export const statedAlertsExtractor: Extractor = {
  name: 'stated-alerts',
  extract({ doc, statements }) {
    if (!statements) return { fragment: {}, diagnostics: [] };
    const out: StatedAlert[] = [];
    const seen = new Set<string>();
    for (const s of statements().statements) {
      if (s.kind === 'heading' || NOT_NOW.has(s.status)) continue;
      const items = readAlerts(s.text);
      if (!items) continue;
      const requirement = matchDefinition(s.text)?.id;
      const quote = s.text.slice(0, 160);
      for (const a of items) {
        const key = `${s.line}|${a.condition}`;
        if (seen.has(key)) continue;
        seen.add(key);
        out.push({
          ...a,
          ...(requirement ? { requirement } : {}),
          origin: fromSource(doc.path, s.line, quote),
        });
      }
    }
    return { fragment: out.length > 0 ? { statedAlerts: out } : {}, diagnostics: [] };
  },
};
