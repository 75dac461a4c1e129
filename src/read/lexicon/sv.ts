import type { Lexicon } from './types.js';

/**
 * Swedish. Participles agree in gender and number ("avvisad", "avvisat", "avvisade"), so entries end
 * in `\p{L}*` where they inflect; ADRs are written "Beslut / Alternativ som övervägdes", and a
 * deferral reads "skjuts upp till version 2" or "planeras till version 2".
 */
export const sv: Lexicon = {
  lang: 'sv',
  headings: {
    rejected: [
      '(?:övervägda |förkastade |avvisade )?alternativ(?: som övervägdes)?',
      'avvisade (?:alternativ|lösningar)',
      'varför inte',
    ],
    'out-of-scope': ['utanför (?:omfattning(?:en)?|scope)', 'ingår inte', 'avgränsningar', 'icke-mål'],
    superseded: ['ersatt\\p{L}*', 'föråldrad\\p{L}*'],
    deferred: ['framtid\\p{L}*', '(?:fas|etapp) [2-9]', 'version [2-9]', 'senare', 'färdplan'],
    undecided: ['öppna frågor', 'olösta frågor', 'att besluta'],
    proposed: ['förslag'],
  },
  cells: {
    rejected: ['avvisa\\p{L}*', 'förkasta\\p{L}*', 'ej vald\\p{L}*', 'inte vald\\p{L}*'],
    chosen: [
      'beslutad\\p{L}*',
      'beslutat',
      'vald\\p{L}*',
      'valt',
      'godkänd\\p{L}*',
      'accepterad\\p{L}*',
      'används',
    ],
    superseded: ['ersatt\\p{L}*', 'föråldrad\\p{L}*', 'utfasad\\p{L}*'],
    deferred: [
      '(?:fas|etapp)\\s*[2-9]',
      'version\\s*[2-9]',
      'planerad\\p{L}*',
      'senare',
      'uppskjuten',
      'uppskjutet',
      'framtida',
    ],
    'out-of-scope': ['utanför (?:omfattning(?:en)?|scope)'],
    undecided: ['öppen', 'öppet', 'att besluta', 'under utredning'],
    proposed: ['föreslagen', 'föreslaget', 'utkast', 'rekommenderad\\p{L}*'],
  },
  statusColumns: ['status', 'beslut', 'bedömning', 'fas'],
  rejectBefore: ['i stället för', 'istället för', 'ersätter', 'vi använder inte'],
  rejectAfter: [
    '(?:(?:är|blev|har) )?(?:övervägd\\p{L}* (?:och|men) )?(?:avvisa\\p{L}*|förkasta\\p{L}*)',
    '(?:används|behövs) inte',
    'inte (?:nödvändig\\p{L}*|behövlig\\p{L}*)',
  ],
  supersededAfter: ['ersatt\\p{L}* (?:av|med)', 'föråldrad\\p{L}*', 'utfasad\\p{L}*'],
  chooseVerbs: ['valde', 'väljer', 'använder', 'föredrar'],
  over: ['framför', 'i stället för', 'istället för'],
  deferred: [
    '(?:skjuts upp|flyttas|planeras|planerad\\p{L}*) till (?:version|fas|etapp) [2-9]',
    '(?:i|till) (?:version|fas|etapp) [2-9]',
    '(?:fas|etapp)\\s*[2-9]',
    'skjuts upp',
    'vid behov',
    'senare',
    'i framtiden',
    'valfri\\p{L}*',
  ],
  undecided: ['att besluta', 'inte beslutat', 'beslutas senare', 'ej beslutat'],
  outOfScope: ['utanför (?:omfattning(?:en)?|scope)', 'ingår inte'],
  proposed: ['föreslår', 'föreslagen', 'föreslaget', 'rekommenderar', 'rekommenderad\\p{L}*'],
  examples: ['t\\.ex\\.', 't\\. ex\\.', 'till exempel', 'såsom', 'som till exempel'],
  or: ['eller'],
  modality: {
    must: ['måste', 'ska', 'skall', 'krävs', 'obligatorisk\\p{L}*'],
    should: ['bör', 'borde', 'rekommenderas'],
    may: ['kan', 'får', 'valfri\\p{L}*'],
  },
  negation: ['inte', 'ej', 'aldrig', 'utan', 'ingen', 'inga', 'inget'],
};
