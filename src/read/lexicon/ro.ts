import type { Lexicon } from './types.js';

/**
 * Romanian. Verdicts are participles that agree with their noun ("respins", "respinsă", "respinse");
 * an ADR lists its options under "Alternative respinse" or "Alternative luate în calcul" and closes
 * each with "— respins: …"; a deferral reads "amânată pentru Faza 2" or "intră în Faza 2", a scope
 * section is "În afara scopului". Real documents write ș and ț with a comma below or with a cedilla
 * (ş, ţ): every word with one matches both.
 */
export const ro: Lexicon = {
  lang: 'ro',
  headings: {
    rejected: [
      'alternative(?: respinse| luate în calcul| considerate| analizate| evaluate)?',
      'op[țţ]iuni (?:respinse|luate în calcul|considerate)',
      'variante (?:respinse|luate în calcul|considerate)',
      'nu (?:folosim|se folose[șş]te|se folosesc)',
    ],
    'out-of-scope': [
      'în afara (?:scopului|domeniului|ariei|perimetrului)',
      'nu (?:face|fac) parte din (?:mvp|scop|proiect)',
      'excluse din (?:scop|mvp)',
    ],
    superseded: ['înlocuit[ăe]?', 'nu mai (?:este|sunt) folosit[ăe]?'],
    deferred: [
      'faza [2-9]',
      'etapa [2-9]',
      'versiunea [2-9]',
      'dezvoltări (?:viitoare|ulterioare)',
      'planuri de viitor',
    ],
    undecided: ['întrebări deschise', 'nedecis(?:e)?', 'de decis'],
    proposed: ['propuneri?'],
  },
  cells: {
    rejected: ['respins[ăe]?', 'nu (?:este |a fost )?ales', 'nu (?:se )?folose[șş]te'],
    chosen: [
      'ales',
      'aleas[ăe]',
      'acceptat[ăe]?',
      'aprobat[ăe]?',
      'decis[ăe]?',
      'în uz',
      'folosit[ăe]?',
      'în produc[țţ]ie',
    ],
    superseded: ['înlocuit[ăe]?', 'dep[ăa][șş]it[ăe]?', 'învechit[ăe]?'],
    deferred: [
      'faza\\s*[2-9]',
      'etapa\\s*[2-9]',
      'versiunea\\s*[2-9]',
      'amânat[ăe]?',
      'ulterior',
      'mai târziu',
    ],
    'out-of-scope': ['în afara (?:scopului|domeniului)', 'exclus[ăe]?'],
    undecided: ['nedecis[ăe]?', 'de decis', 'în analiz[ăa]', 'de stabilit'],
    proposed: ['propus[ăe]?', 'propunere', 'ciorn[ăa]'],
  },
  statusColumns: ['stare', 'starea', 'status', 'statut', 'decizie', 'decizia', 'faza', 'etapa'],
  rejectBefore: ['în loc de', 'în locul', 'nu (?:folosim|utilizăm)'],
  rejectAfter: [
    '(?:(?:a fost|au fost|este|sunt|e)\\s+)?(?:evaluat[ăe]?,? (?:dar|însă|[șş]i) )?respins[ăe]?',
    'nu (?:este|e|sunt) (?:necesar[ăe]?|folosit[ăe]?)(?=\\s*(?:[.;,)]|$))',
  ],
  supersededAfter: [
    'înlocuit[ăe]? (?:de|cu)',
    '(?:a fost|au fost) înlocuit[ăe]?',
    'nu mai (?:este|e) folosit[ăe]?',
  ],
  chooseVerbs: ['am ales', 'alegem', 'preferăm', 'folosim', 'utilizăm'],
  over: ['în locul', 'în loc de'],
  deferred: [
    'amânat[ăe]?(?: (?:pentru|în|la|până la) (?:faza|etapa|versiunea) [2-9])?',
    '(?:intr[ăa] |în |pentru |la )?(?:faza|etapa) [2-9]',
    'dacă va fi nevoie',
    'în viitor',
    'op[țţ]ional[ăe]?',
  ],
  undecided: ['de decis', 'nedecis[ăe]?', 'de stabilit', 'de confirmat'],
  outOfScope: ['în afara (?:scopului|domeniului)', 'nu (?:face|fac) parte din (?:mvp|scop)'],
  proposed: ['propus[ăe]?', 'propunem', 'recomandăm'],
  examples: ['de exemplu', 'de ex\\.', 'cum ar fi', 'precum', 'spre exemplu'],
  or: ['sau'],
  modality: {
    must: ['trebuie', 'obligatoriu', 'este obligatoriu'],
    should: ['ar trebui', 'se recomandă'],
    may: ['poate', 'pot', 'op[țţ]ional'],
  },
  negation: ['nu', 'niciodată', 'fără', 'nici'],
};
