import type { Lexicon } from './types.js';

/**
 * Hungarian. Decisions are written as participles after the option ("MySQL 8 — elvetve",
 * "Státusz: Elfogadva", "Quartz — elhalasztva a 2. fázisra"); "helyett" (instead of) follows the
 * option it sets aside ("a MySQL helyett"). A later phase is "a 2. fázisban", "a 2. fázisra".
 */
export const hu: Lexicon = {
  lang: 'hu',
  headings: {
    rejected: [
      '(?:elvetett|elutasított|mérlegelt|vizsgált) (?:alternatívák|megoldások|lehetőségek|technológiák)',
      'alternatívák',
      'miért nem',
    ],
    'out-of-scope': ['hatókörön kívül', 'hatáskörön kívül', 'nem célok?'],
    superseded: ['felváltott', 'elavult', 'kivezetett'],
    deferred: [
      'jövőbeli\\p{L}*',
      'későbbi (?:fázis|szakasz|verzió)\\p{L}*',
      '[2-9]\\.\\s*(?:fázis|szakasz)\\p{L}*',
    ],
    undecided: ['nyitott kérdések', 'eldöntendő kérdések'],
    proposed: ['javaslat\\p{L}*'],
  },
  cells: {
    rejected: ['elvetve', 'elutasítva', 'elvetett', 'elutasított', 'nem választott'],
    chosen: [
      'elfogadva',
      'elfogadott',
      'kiválasztva',
      'kiválasztott',
      'jóváhagyva',
      'jóváhagyott',
      'használatban',
      'eldöntve',
    ],
    superseded: ['felváltva', 'felváltott', 'lecserélve', 'kivezetve', 'elavult'],
    deferred: [
      '[2-9]\\.\\s*(?:fázis|szakasz)\\p{L}*',
      'elhalasztva',
      'elhalasztott',
      'későbbre',
      'tervezett',
      'jövőbeli',
      'opcionális',
    ],
    'out-of-scope': ['hatókörön kívül'],
    undecided: ['nyitott', 'eldöntendő', 'függőben', 'vizsgálat alatt'],
    proposed: ['javasolt', 'tervezet'],
  },
  statusColumns: ['státusz', 'állapot', 'döntés', 'fázis'],
  rejectBefore: ['nem használ(?:juk|unk)', 'lecseréli'],
  rejectAfter: [
    '(?:(?:megvizsgálva|mérlegelve),? (?:és|de) )?(?:elvetve|elutasítva|elvetettük|elutasítottuk)',
    'helyett',
    'nem (?:szükséges|kell)',
    'nincs rá szükség',
  ],
  supersededAfter: ['felváltva', 'lecserélve', 'kivezetve', 'elavult'],
  chooseVerbs: ['választottuk', 'választjuk', 'használjuk', 'előnyben részesítjük'],
  over: [],
  deferred: [
    'elhalasztva',
    'elhalasztott',
    '(?:a )?[2-9]\\.\\s*(?:fázis|szakasz)\\p{L}*',
    'későbbi (?:fázis|szakasz|verzió)\\p{L}*',
    'szükség esetén',
    'opcionális\\p{L}*',
  ],
  undecided: ['eldöntendő', 'nincs eldöntve', 'még nyitott'],
  outOfScope: ['hatókörön kívül', 'nem része (?:az )?mvp-nek'],
  proposed: ['javasolt', 'javasoljuk'],
  examples: ['pl\\.', 'például', 'mint például'],
  or: ['vagy'],
  modality: {
    must: ['kell', 'kötelező\\p{L}*', 'szükséges'],
    should: ['ajánlott', 'célszerű', 'érdemes'],
    may: ['lehet', 'lehetséges', 'opcionális\\p{L}*'],
  },
  negation: ['nem', 'soha', 'nincs', 'nélkül', 'sem', 'tilos'],
};
