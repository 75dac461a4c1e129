import type { Lexicon } from './types.js';

/**
 * Slovak. Close to Czech but spelt apart where it matters here: "zamietnut\p{L}*" (cs "zamítnut…"),
 * "prijat\p{L}*" (cs "přijat…"), "neskôr" (cs "později"), "mimo rozsahu" (cs "mimo rozsah").
 * Adjectives and participles agree in gender and number ("zamietnutý", "zamietnutá", "zamietnuté"),
 * so entries end in `\p{L}*`. Slovak ADRs list their options under "Zvážené alternatívy" and plans
 * put what comes later under "Neskoršie fázy".
 */
export const sk: Lexicon = {
  lang: 'sk',
  headings: {
    rejected: [
      'zvážené (?:možnosti|varianty|alternatívy)',
      '(?:zamietnuté )?alternatívy',
      'zamietnuté (?:možnosti|varianty|alternatívy)',
      'prečo nie',
    ],
    'out-of-scope': ['mimo rozsah\\p{L}*(?: \\p{L}+)*', 'nie je v rozsahu'],
    superseded: ['nahraden\\p{L}*', 'zastaran\\p{L}*'],
    deferred: [
      'neskoršie (?:fázy|fáza|verzie|etapy)',
      'budúce (?:verzie|rozšírenia|fázy)',
      '(?:fáza|etapa|verzia) [2-9]',
      'neskôr',
    ],
    undecided: ['otvorené otázky', 'na rozhodnutie', 'nerozhodnuté'],
    proposed: ['návrh\\p{L}*'],
  },
  cells: {
    rejected: ['zamietnut\\p{L}*', 'nezvolen\\p{L}*', 'nevybrat\\p{L}*', 'vyraden\\p{L}*', 'nepoužit\\p{L}*'],
    chosen: ['zvolen\\p{L}*', 'vybrat\\p{L}*', 'prijat\\p{L}*', 'schválen\\p{L}*', 'používame'],
    superseded: ['nahraden\\p{L}*', 'zastaran\\p{L}*'],
    deferred: ['(?:fáza|etapa|verzia)\\s*[2-9]', 'odložen\\p{L}*', 'neskôr', 'v budúcnosti'],
    'out-of-scope': ['mimo rozsah\\p{L}*'],
    undecided: ['otvoren\\p{L}*', 'nerozhodnut\\p{L}*', 'na rozhodnutie', 'v diskusii'],
    proposed: ['navrhnut\\p{L}*', 'návrh', 'odporúčan\\p{L}*'],
  },
  statusColumns: ['stav', 'rozhodnutie', 'verdikt', 'výsledok', 'fáza', 'etapa'],
  rejectBefore: ['namiesto', 'nahrádza', 'nepoužívame', 'nepoužijeme'],
  rejectAfter: [
    '(?:(?:bol[aoi]?|je|sú) )?(?:zvážen\\p{L}* a )?zamietnut\\p{L}*',
    '(?:sa )?nepoužív\\p{L}*',
    '(?:(?:nie je|nie sú) )?(?:potrebn\\p{L}*|nutn\\p{L}*)',
  ],
  supersededAfter: ['nahraden\\p{L}* (?:čím|kým|\\p{L}+)', 'zastaran\\p{L}*'],
  chooseVerbs: [
    'zvolili',
    'zvolil\\p{L}*',
    'vybrali',
    'vybral\\p{L}*',
    'preferujeme',
    'používame',
    'použijeme',
  ],
  over: ['namiesto'],
  deferred: [
    '(?:vo|pre|do) (?:verzii|verzie|fáze|etape|etapy) [2-9]',
    '(?:fáza|etapa|verzia)\\s*[2-9]',
    'voliteľn\\p{L}*',
    'neskôr',
    'v budúcnosti',
    'v prípade potreby',
    'ak bude potrebn\\p{L}*',
    'prehodnotíme',
  ],
  undecided: ['na rozhodnutie', 'zatiaľ nerozhodnut\\p{L}*', 'nerozhodnut\\p{L}*', 'na potvrdenie'],
  outOfScope: ['mimo rozsahu?(?: prvej verzie| mvp| projektu)?', 'nie je v rozsahu(?: mvp)?'],
  proposed: ['navrhujeme', 'navrhnut\\p{L}*', 'odporúčame', 'odporúčan\\p{L}*'],
  examples: ['napr\\.', 'napríklad', 'ako je', 'ako sú', 'ako napríklad'],
  or: ['alebo', 'či', 'prípadne'],
  modality: {
    must: ['musí', 'musia', 'nutne', 'je nutné', 'je potrebné', 'povinn\\p{L}*'],
    should: ['mal by', 'mala by', 'malo by', 'mali by', 'odporúča sa'],
    may: ['môže', 'môžu', 'možno', 'smie', 'smú', 'voliteľne'],
  },
  negation: ['nikdy', 'bez', 'nie je', 'nie sú', 'nemožno', 'nesmie', 'nesmú', 'nedá sa'],
};
