import type { Endpoint } from '../../model/spec/api.js';
import type { Messages } from '../i18n/index.js';

/** `check-in` → `Check In`: the state verb as the phrasebook's `verb: …` entries and derive write it. */
export function titleVerb(verb: string): string {
  return verb
    .split('-')
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join(' ');
}

/** The verb a state action endpoint performs: its stated state verb, else its path's last segment. */
export function actionVerbOf(e: Endpoint): string | undefined {
  return e.action === 'action' ? (e.stateVerb ?? e.path.split('/').pop()) : undefined;
}

/**
 * The word the spec writes for a state action: the documents' own verb (`documented`, "betalen",
 * "pagare") where the catalog writes the documents' language, else the catalog's translation of the
 * English verb ("annuleren" for `cancel`), else null (English, or a verb no phrasebook knows: the
 * caller keeps the English verb as code).
 */
export function stateActionWord(verb: string, documented: string | undefined, t: Messages): string | null {
  if (documented && t.api.stateAction.ownWord) return documented;
  const key = `verb: ${titleVerb(verb)}`;
  const wording = (t.derived as Readonly<Record<string, string>>)[key];
  return wording !== undefined && wording !== key ? wording.toLowerCase() : null;
}

/** The documents' own verb for `verb` on `entity`: the one a story gave the entity's action endpoint. */
export function documentedVerb(
  endpoints: readonly Endpoint[],
  entity: string,
  verb: string,
): string | undefined {
  return endpoints.find((e) => e.entity === entity && e.actionWord && actionVerbOf(e) === verb)?.actionWord;
}
