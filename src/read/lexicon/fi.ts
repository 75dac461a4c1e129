import type { Lexicon } from './types.js';

export const fi: Lexicon = {
  lang: 'fi',
  headings: {
    rejected: ['hylätyt', 'vaihtoehdot', 'harkitut vaihtoehdot'],
    'out-of-scope': ['rajattu pois', 'ei sisälly', 'rajaukset', 'laajuuden ulkopuolella'],
    superseded: ['vanhentunut', 'korvattu'],
    deferred: ['jatkokehitys', 'tulevaisuus', 'vaihe [2-9]', 'myöhemmin'],
    undecided: ['avoimet kysymykset', 'avoimet päätökset'],
    proposed: ['ehdotu(?:s|kset)'],
  },
  cells: {
    rejected: ['hylätty'],
    chosen: ['hyväksytty', 'valittu', 'käytössä'],
    superseded: ['korvattu', 'vanhentunut'],
    deferred: ['vaihe\\s*[2-9]', 'suunniteltu', 'myöhemmin', 'valinnainen'],
    'out-of-scope': ['rajattu pois'],
    undecided: ['avoin', 'auki', 'päättämättä'],
    proposed: ['ehdotettu', 'luonnos'],
  },
  statusColumns: ['tila', 'päätös', 'vaihe'],
  rejectBefore: ['sijaan', 'korvaa'],
  rejectAfter: ['hylätty', 'ei käytetä'],
  supersededAfter: ['korvattu', 'vanhentunut'],
  chooseVerbs: ['valittiin', 'valitsimme'],
  over: [],
  deferred: ['myöhemmin', 'tulevaisuudessa', 'valinnainen', 'tarvittaessa', 'vaihe\\s*[2-9]'],
  undecided: ['avoin', 'päättämättä'],
  outOfScope: ['rajattu pois', 'ei kuulu mvp'],
  proposed: ['ehdotettu'],
  or: ['tai'],
  modality: {
    must: ['täytyy', 'pitää', 'on oltava'],
    should: ['tulisi', 'kannattaa'],
    may: ['voi', 'voivat'],
  },
  negation: ['ei', 'eikä', 'ilman'],
};
