import type { Lexicon } from './types.js';

/**
 * Czech. Like Polish, adjectives and participles agree in gender and number ("zamítnutý",
 * "zamítnutá", "zamítnuto", "zamítnuté"), so entries end in `\p{L}*`. Czech ADRs list their options
 * under "Zvažované možnosti" and close each with a verdict ("— … Zamítnuto."), and a stack states
 * what it leaves out as "Nepoužíváme: Redis, …".
 */
export const cs: Lexicon = {
  lang: 'cs',
  headings: {
    rejected: [
      'zvažované (?:možnosti|varianty|alternativy)',
      '(?:zamítnuté )?(?:alternativy|varianty)',
      'zamítnuté (?:možnosti|varianty|alternativy)',
      'proč ne',
    ],
    'out-of-scope': ['mimo rozsah\\p{L}*(?: \\p{L}+)*', 'není v rozsahu', 'nepatří do rozsahu'],
    superseded: ['nahrazen\\p{L}*', 'zastaral\\p{L}*'],
    deferred: ['budoucí (?:verze|rozšíření|vývoj)', '(?:fáze|etapa|verze) [2-9]', 'plán rozvoje', 'později'],
    undecided: ['otevřené otázky', 'k rozhodnutí', 'nerozhodnuté'],
    proposed: ['návrh\\p{L}*'],
  },
  cells: {
    rejected: ['zamítnut\\p{L}*', 'nezvolen\\p{L}*', 'nevybrán\\p{L}*', 'vyřazen\\p{L}*', 'nepoužit\\p{L}*'],
    chosen: ['zvolen\\p{L}*', 'vybrán\\p{L}*', 'přijat\\p{L}*', 'schválen\\p{L}*', 'používá se', 'používáme'],
    superseded: ['nahrazen\\p{L}*', 'zastaral\\p{L}*', 'zrušen\\p{L}*'],
    deferred: ['(?:fáze|etapa|verze)\\s*[2-9]', 'odložen\\p{L}*', 'plánováno', 'později', 'v budoucnu'],
    'out-of-scope': ['mimo rozsah'],
    undecided: ['otevřen\\p{L}*', 'nerozhodnut\\p{L}*', 'k rozhodnutí', 'v diskusi'],
    proposed: ['navržen\\p{L}*', 'návrh', 'doporučen\\p{L}*'],
  },
  statusColumns: ['stav', 'rozhodnutí', 'verdikt', 'výsledek', 'fáze', 'etapa'],
  rejectBefore: ['místo', 'namísto', 'nahrazuje', 'nepoužíváme', 'nepoužijeme'],
  rejectAfter: [
    '(?:(?:byl[aoy]?|je|jsou) )?(?:zvážen\\p{L}* a )?zamítnut\\p{L}*',
    '(?:se )?nepoužív\\p{L}*',
    '(?:(?:není|nejsou) )?(?:potřeba|nutn\\p{L}*|zapotřebí)',
  ],
  supersededAfter: ['nahrazen\\p{L}* (?:čím|kým|\\p{L}+)', 'zastaral\\p{L}*'],
  chooseVerbs: [
    'zvolili',
    'zvolil\\p{L}*',
    'vybrali',
    'vybral\\p{L}*',
    'preferujeme',
    'používáme',
    'použijeme',
  ],
  over: ['místo', 'namísto'],
  deferred: [
    '(?:ve|pro|do) (?:verzi|verze|fázi|fáze|etapě|etapy) [2-9]',
    '(?:fáze|etapa|verze)\\s*[2-9]',
    'volitelně',
    'volitelný',
    'později',
    'v budoucnu',
    'v případě potřeby',
    'bude-li potřeba',
  ],
  undecided: ['k rozhodnutí', 'zatím nerozhodnuto', 'nerozhodnuto', 'k potvrzení'],
  outOfScope: ['mimo rozsah(?: první verze| mvp| projektu)?', 'není v rozsahu(?: mvp)?'],
  proposed: ['navrhujeme', 'navržen\\p{L}*', 'doporučujeme', 'doporučen\\p{L}*'],
  examples: ['např\\.', 'například', 'jako je', 'jako jsou', 'třeba'],
  or: ['nebo', 'či', 'anebo'],
  modality: {
    must: ['musí', 'nutně', 'je nutné', 'je třeba', 'povinn\\p{L}*'],
    should: ['měl by', 'měla by', 'mělo by', 'měly by', 'doporučuje se'],
    may: ['může', 'mohou', 'lze', 'smí', 'volitelně'],
  },
  negation: ['nikdy', 'bez', 'není', 'nejsou', 'nelze', 'nesmí'],
};
