import type { Lexicon } from './types.js';

/**
 * Dutch. Decision words are participles without agreement (`afgewezen`, `gekozen`); "v2" and
 * "fase 2" defer as elsewhere. "Niet" alone is no negation of a decision here (it negates the verb of
 * its own clause), so only "nooit", "geen" and "zonder" negate.
 */
export const nl: Lexicon = {
  lang: 'nl',
  headings: {
    rejected: [
      'alternatieven(?: overwogen| afgewogen| afgewezen)?',
      '(?:overwogen|afgewogen|onderzocht) en afgewezen',
      'afgewezen(?: opties| alternatieven)?',
      'niet gekozen',
      'waarom niet',
    ],
    'out-of-scope': [
      'buiten (?:de )?scope',
      'buiten (?:het )?bereik',
      'niet in scope',
      'non-doelen',
      'uitgesloten',
    ],
    superseded: ['vervallen', 'vervangen', 'verouderd'],
    deferred: [
      'toekomst(?:ig)?',
      'later',
      'fase [2-9]',
      'volgende fasen?',
      'volgende versies?',
      'versie [2-9]',
      'roadmap',
    ],
    undecided: ['open vragen', 'openstaande vragen', 'open punten', 'nog te beslissen', 'open beslissingen'],
    proposed: ['voorstel(?:len)?', 'voorgesteld'],
  },
  cells: {
    rejected: ['afgewezen', 'verworpen', 'niet gekozen', 'afgevallen', '❌'],
    chosen: ['gekozen', 'geaccepteerd', 'aangenomen', 'goedgekeurd', 'in gebruik', 'besloten'],
    superseded: ['vervangen', 'vervallen', 'verouderd', 'uitgefaseerd'],
    deferred: ['uitgesteld', 'gepland', 'fase\\s*[2-9]', 'versie\\s*[2-9]', 'later', 'optioneel', 'toekomst'],
    'out-of-scope': ['buiten (?:de )?scope'],
    undecided: ['nog te beslissen', 'open', 'in onderzoek', 'te bepalen'],
    proposed: ['voorgesteld', 'concept', 'aanbevolen'],
  },
  statusColumns: ['status', 'besluit', 'beslissing', 'uitkomst', 'fase'],
  rejectBefore: [
    'in plaats van',
    'liever dan',
    'vervangt',
    'we gebruiken geen',
    'we vermijden',
    'waarom niet',
  ],
  rejectAfter: [
    '(?:(?:is|werd|zijn|werden) )?(?:(?:overwogen|afgewogen|onderzocht|bekeken) (?:en|maar) )?(?:afgewezen|verworpen)',
    '(?:wordt|is) niet gebruikt',
    'gebruiken we niet',
    // "Elasticsearch is niet nodig": de optie wordt nu niet gekozen.
    '(?:is|zijn) niet nodig',
    'niet nodig',
  ],
  supersededAfter: ['vervangen door', 'verouderd'],
  chooseVerbs: ['gekozen', 'kiezen', 'verkiezen', 'gebruiken'],
  over: ['boven', 'in plaats van'],
  overBare: ['in plaats van'],
  deferred: [
    'optioneel',
    'later',
    'in de toekomst',
    'fase\\s*[2-9]',
    'versie\\s*[2-9]',
    'gepland voor v[2-9]',
    'indien nodig',
    'zo nodig',
    'uitgesteld',
  ],
  undecided: ['nog te beslissen', 'nog niet besloten', 'te bepalen', 'nog te bepalen'],
  outOfScope: ['buiten (?:de )?scope', 'geen onderdeel van (?:de )?mvp'],
  proposed: ['voorgesteld', 'we raden aan', 'we stellen voor'],
  examples: ['bijvoorbeeld', 'bijv\\.', 'zoals', 'b\\.v\\.'],
  // Not the bare "of": the joined lexicons would split every English "instead of".
  or: ['ofwel'],
  modality: {
    must: ['moet', 'moeten', 'verplicht', 'dient', 'dienen'],
    should: ['zou moeten', 'zouden moeten', 'bij voorkeur'],
    may: ['mag', 'mogen', 'kan', 'kunnen'],
  },
  negation: ['nooit', 'geen', 'zonder'],
};
