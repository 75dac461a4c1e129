import type { Lexicon } from './types.js';

/**
 * Polish. Adjectives and participles agree in gender and number ("odrzucony", "odrzucona",
 * "odrzucone", "odrzuceni"), so entries end in `\p{L}*`; Polish spec-kit teams write research.md as
 * "Decyzja / Uzasadnienie / Rozważane alternatywy".
 */
export const pl: Lexicon = {
  lang: 'pl',
  headings: {
    rejected: [
      '(?:rozważane |odrzucone )?alternatywy',
      'odrzucone (?:opcje|rozwiązania|podejścia)',
      'dlaczego nie',
    ],
    'out-of-scope': ['poza zakresem(?: mvp| projektu)?', 'nie wchodzi w zakres', 'wyłączenia', 'nie-cele'],
    superseded: ['przestarzał\\p{L}*', 'zastąpion\\p{L}*'],
    deferred: ['przyszł\\p{L}*', '(?:faza|etap) [2-9]', 'mapa drogowa', 'kolejne wersje', 'później'],
    undecided: ['otwarte pytania', 'kwestie otwarte', 'do decyzji', 'nierozstrzygnięte'],
    proposed: ['propozycj\\p{L}*'],
  },
  cells: {
    rejected: ['odrzucon\\p{L}*', 'odrzuceni', 'niewybran\\p{L}*', 'nie wybran\\p{L}*'],
    chosen: ['przyjęt\\p{L}*', 'wybran\\p{L}*', 'zatwierdzon\\p{L}*', 'zaakceptowan\\p{L}*', 'używan\\p{L}*'],
    superseded: ['zastąpion\\p{L}*', 'przestarzał\\p{L}*', 'wycofan\\p{L}*'],
    deferred: [
      '(?:faza|etap)\\s*[2-9]',
      'zaplanowan\\p{L}*',
      'później',
      'odłożon\\p{L}*',
      'w przyszłości',
      'opcjonaln\\p{L}*',
    ],
    'out-of-scope': ['poza zakresem'],
    undecided: ['otwart\\p{L}*', 'nierozstrzygnięt\\p{L}*', 'do decyzji', 'w dyskusji'],
    proposed: ['proponowan\\p{L}*', 'szkic', 'rekomendowan\\p{L}*'],
  },
  statusColumns: ['status', 'decyzja', 'stan', 'wynik', 'faza', 'etap'],
  rejectBefore: ['zamiast', 'w miejsce', 'zastępuje', 'nie używamy', 'rezygnujemy z'],
  rejectAfter: [
    '(?:(?:został[aoy]?|zostały|jest|są) )?(?:rozważon\\p{L}* i )?odrzucon\\p{L}*',
    'odrzuceni',
    'nie jest używan\\p{L}*',
    'nie są używan\\p{L}*',
    // "Meilisearch nie jest potrzebny": the option is not taken now.
    '(?:(?:jest|są) )?niepotrzebn\\p{L}*',
    'nie (?:jest|są) (?:potrzebn\\p{L}*|konieczn\\p{L}*|wymagan\\p{L}*)',
  ],
  supersededAfter: ['zastąpion\\p{L}* przez', 'przestarzał\\p{L}*', 'wycofan\\p{L}*'],
  chooseVerbs: ['wybral\\p{L}*', 'wybrano', 'wybieramy', 'preferujemy', 'używamy', 'stosujemy'],
  over: ['zamiast'],
  deferred: [
    'przesunięt\\p{L}* do (?:fazy|etapu|wersji) [2-9]',
    '(?:w|do) (?:fazie|fazy|etapie|etapu|wersji) [2-9]',
    '(?:faza|etap)\\s*[2-9]',
    'opcjonaln\\p{L}*',
    'później',
    'w przyszłości',
    'w razie potrzeby',
    'jeśli będzie potrzeba',
    'zaplanowan\\p{L}*',
  ],
  undecided: ['do ustalenia', 'do decyzji', 'nie rozstrzygnięto', 'do potwierdzenia'],
  outOfScope: ['poza zakresem(?: tej wersji| mvp| projektu)?', 'nie wchodzi w zakres(?: mvp)?'],
  proposed: ['proponujemy', 'proponowan\\p{L}*', 'zalecamy', 'zalecan\\p{L}*'],
  examples: ['np\\.', 'na przykład', 'takie jak', 'taki jak', 'w tym'],
  or: ['lub', 'albo'],
  modality: {
    must: ['musi', 'muszą', 'należy', 'wymagan\\p{L}*', 'trzeba'],
    should: ['powinien', 'powinna', 'powinno', 'powinny', 'zaleca się'],
    may: ['może', 'mogą', 'można', 'wolno'],
  },
  negation: ['nie', 'nigdy', 'bez', 'nie wolno'],
};
