import type { Lexicon } from './types.js';

/**
 * Japanese. Words are not separated by spaces, and the reader's boundaries treat a kana or kanji
 * next to a word as a boundary (status.ts), so each entry is a whole word and never a stem that
 * another word contains ("採用" is inside "不採用": the rejecting words are read first). Particles
 * (は, を, も) may stand between a name and its verdict ("Stripe は却下", "Firestore を採用しない").
 * Verbs come last: a rejecting word stands after the name it rejects ("A ではなく B", "A の代わりに").
 */
export const ja: Lexicon = {
  lang: 'ja',
  headings: {
    rejected: [
      '却下(?:した|された)?(?:選択肢|案|技術|代替案)',
      '不採用(?:の)?(?:選択肢|案|技術)?',
      '検討した(?:が採用しなかった)?(?:選択肢|代替案)',
      '代替案',
    ],
    'out-of-scope': ['スコープ外', '対象外', '範囲外', 'MVP(?:の)?対象外', '非目標'],
    superseded: ['廃止(?:された)?(?:決定|方針)?', '置き換え(?:られた)?(?:決定|方針)'],
    deferred: [
      '将来(?:対応|の拡張|構想|計画)',
      '今後の(?:拡張|課題|展望)',
      'フェーズ\\s*[2-9２-９]',
      '第[2-9２-９二三四]フェーズ',
      'ロードマップ',
    ],
    undecided: ['未決定事項', '未解決の(?:課題|問題)', 'オープンな?課題', '要検討(?:事項)?'],
    proposed: ['提案'],
  },
  cells: {
    rejected: ['却下', '不採用', '採用しない', '見送り', '棄却'],
    chosen: ['採用', '決定', '承認(?:済み)?', '確定', '使用中'],
    superseded: ['廃止', '置き換え(?:済み)?', '非推奨'],
    deferred: [
      '将来対応',
      '将来',
      '保留',
      '延期',
      '後回し',
      'フェーズ\\s*[2-9２-９]',
      '第[2-9２-９二三四]フェーズ',
    ],
    'out-of-scope': ['スコープ外', '対象外', '範囲外'],
    undecided: ['未決定', '検討中', '要検討', '未定'],
    proposed: ['提案(?:中)?', '推奨', '草案'],
  },
  statusColumns: ['ステータス', '状態', '判断', '結論', '採否', 'フェーズ'],
  rejectBefore: [],
  rejectAfter: [
    '(?:は|も|を|の)?\\s*(?:検討した(?:が|うえで|上で)、?\\s*)?(?:却下|不採用|見送り|棄却)',
    '(?:は|も)?\\s*(?:採用しない|採用せず|使用しない|使わない|利用しない)',
    '(?:で)?はなく',
    'の代わりに',
  ],
  supersededAfter: ['(?:に|へ)?(?:置き換え|置換|移行)(?:る|た|られ)', 'は廃止'],
  chooseVerbs: [],
  over: [],
  deferred: [
    '将来対応',
    '将来的に',
    '(?:フェーズ|Phase)\\s*[2-9２-９]',
    '第[2-9２-９二三四]フェーズ',
    '必要に応じて',
    '後日',
    '次期(?:リリース|バージョン)',
  ],
  undecided: ['未決定', '未定', '要検討', '検討中'],
  outOfScope: ['スコープ外', '対象外', '範囲外'],
  proposed: ['を提案する', '推奨する'],
  examples: ['例えば', 'たとえば', '例：', '例:', 'など'],
  or: ['または', 'もしくは', 'あるいは'],
  modality: {
    must: ['しなければならない', 'する必要がある', '必須', 'こと。'],
    should: ['すべき', 'するべき', '望ましい'],
    may: ['できる', 'してもよい', '可能'],
  },
  negation: ['しない', 'できない', 'ではない', '不可'],
};
