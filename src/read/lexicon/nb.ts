import type { Lexicon } from './types.js';

/**
 * Norwegian (bokmål), with the Danish spellings where the two part ("avvist"/"afvist",
 * "utsatt"/"udsat", "vedtatt"/"vedtaget"). Participles take -e in the plural ("forkastede
 * alternativer"); an ADR reads "Alternativer som ble vurdert", a verdict "vurdert, men forkastet",
 * a deferral "utsatt til en senere versjon".
 */
export const nb: Lexicon = {
  lang: 'nb',
  headings: {
    rejected: [
      '(?:vurderte |forkastede |avviste |afviste )?alternativer(?: som ble vurdert| som blev overvejet)?',
      'forkastede (?:alternativer|løsninger)',
      'hvorfor ikke',
    ],
    'out-of-scope': ['utenfor (?:omfang(?:et)?|scope)', 'uden for (?:omfang(?:et)?|scope)', 'ikke-mål'],
    superseded: ['erstattet', 'utgått', 'udgået'],
    deferred: ['fremtid\\p{L}*', '(?:fase|trinn|etape) [2-9]', 'versjon [2-9]', 'version [2-9]', 'senere'],
    undecided: ['åpne spørsmål', 'åbne spørgsmål', 'ikke avklart'],
    proposed: ['forslag'],
  },
  cells: {
    rejected: ['forkastet', 'avvist', 'afvist', 'ikke valgt', 'fravalgt'],
    chosen: ['vedtatt', 'vedtaget', 'valgt', 'godkjent', 'godkendt', 'akseptert', 'i bruk', 'besluttet'],
    superseded: ['erstattet\\p{L}*', 'utgått', 'udgået', 'faset ut'],
    deferred: [
      '(?:fase|trinn|etape)\\s*[2-9]',
      'versjon\\s*[2-9]',
      'utsatt',
      'udsat',
      'planlagt',
      'senere',
      'fremtidig\\p{L}*',
    ],
    'out-of-scope': ['utenfor (?:omfang(?:et)?|scope)', 'uden for (?:omfang(?:et)?|scope)'],
    undecided: ['åpen', 'åpent', 'åben', 'ikke avklart', 'under utredning'],
    proposed: ['foreslått', 'foreslået', 'utkast', 'udkast', 'anbefalt', 'anbefalet'],
  },
  statusColumns: ['status', 'beslutning', 'vurdering', 'fase'],
  rejectBefore: ['i stedet for', 'istedenfor', 'erstatter', 'vi bruker ikke', 'vi bruger ikke'],
  rejectAfter: [
    '(?:(?:er|ble|blev|har blitt|er blevet) )?(?:vurdert,? (?:og|men) |overvejet,? (?:og|men) )?(?:forkastet|avvist|afvist|fravalgt)',
    '(?:brukes|bruges|trengs|behøves) ikke',
    'ikke (?:nødvendig|påkrevd)',
  ],
  supersededAfter: ['erstattet (?:av|af|med)', 'utgått', 'udgået', 'faset ut'],
  chooseVerbs: ['valgte', 'velger', 'vælger', 'bruker', 'bruger', 'foretrekker', 'foretrækker'],
  over: ['fremfor', 'framfor', 'i stedet for'],
  deferred: [
    '(?:utsatt|udsat|flyttet|planlagt) til (?:en )?(?:senere |neste |næste )?(?:versjon|version|fase)(?: [2-9])?',
    '(?:i|til) (?:versjon|version|fase) [2-9]',
    '(?:fase|trinn)\\s*[2-9]',
    'ved behov',
    'senere',
    'i fremtiden',
    'valgfri\\p{L}*',
    // "Integrasjon med Spond (vurderes i 2027)": being considered is a later phase, as "considered for".
    'vurderes',
    'overvejes',
  ],
  undecided: ['ikke avklart', 'ikke besluttet', 'avgjøres senere', 'afgøres senere'],
  outOfScope: ['utenfor (?:omfang(?:et)?|scope)', 'uden for (?:omfang(?:et)?|scope)', 'ikke med i'],
  proposed: ['foreslår', 'foreslått', 'foreslået', 'anbefaler', 'anbefalt', 'anbefalet'],
  examples: ['f\\.eks\\.', 'f\\. eks\\.', 'for eksempel', 'eksempelvis', 'som for eksempel'],
  or: ['eller'],
  modality: {
    must: ['må', 'skal', 'kreves', 'påkrevd', 'obligatorisk\\p{L}*'],
    should: ['bør', 'anbefales'],
    may: ['kan', 'får lov', 'valgfri\\p{L}*'],
  },
  negation: ['ikke', 'aldri', 'uten', 'uden', 'ingen', 'intet', 'ingenting'],
};
