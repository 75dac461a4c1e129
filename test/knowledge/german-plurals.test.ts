import { describe, expect, it } from 'vitest';
import { asciiSpellings, germanPluralForms } from '../../src/knowledge/inflect.js';

// A German trial's route table wrote `/api/v1/ausleihen`, `/lizenzen`: no entity was found for them,
// so the stated routes had no body, no typed id and a designed twin under `/leser/{leserId}/ausleihe`.
describe('German plural forms, as candidates to match a written route segment', () => {
  it.each([
    ['ausleihe', 'ausleihen'],
    ['lizenz', 'lizenzen'],
    ['vormerkung', 'vormerkungen'],
    ['leser', 'leser'],
    ['titel', 'titel'],
    ['zweigstelle', 'zweigstellen'],
    ['leserin', 'leserinnen'],
    ['ergebnis', 'ergebnisse'],
  ])('%s → %s', (singular, plural) => expect(germanPluralForms(singular)).toContain(plural));
});

describe('a word as a route spells it', () => {
  it.each([
    ['verlängern', 'verlaengern'],
    ['réserver', 'reserver'],
    ['Straße', 'strasse'],
    ['cancelación', 'cancelacion'],
  ])('%s → %s', (word, spelled) => expect(asciiSpellings(word)).toContain(spelled));
});
