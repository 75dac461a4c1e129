import type { Lexicon } from './types.js';

/**
 * Chinese (Simplified, with the Traditional spellings of the same words). Words are not separated by
 * spaces, and the reader's boundaries treat a Han character next to a word as a boundary (status.ts),
 * so each entry is a whole word and never a stem another word contains ("采纳" is inside "不采纳": the
 * rejecting words are read first). Verdicts stand after the name they judge ("支付宝：否决",
 * "TiDB 暂缓", "不使用 MongoDB"), or before it ("放弃 A，改用 B"). Japanese shares some Han words
 * (採用, 却下) with Chinese; the Simplified forms here (采用, 否决) are not Japanese.
 */
export const zh: Lexicon = {
  lang: 'zh',
  headings: {
    rejected: [
      '(?:考虑|评估)过的(?:方案|选项|技术)',
      '(?:备选|候选|替代)方案',
      '(?:被)?(?:否决|放弃|未采纳)的(?:方案|选项|技术)',
      '不(?:使用|采用)的技术',
    ],
    'out-of-scope': ['不在本期范围', '不在(?:本期|本次|MVP)?范围(?:内)?', '范围之外', '非目标', '暂不支持'],
    superseded: ['(?:已)?废弃的(?:决策|方案)', '被替代的(?:决策|方案)'],
    deferred: [
      '后续(?:规划|计划|迭代|版本)',
      '未来(?:规划|计划|扩展)',
      '[二三四2-9]期(?:规划|计划|功能)?',
      '第[二三四2-9]阶段',
      '路线图',
    ],
    undecided: ['待定(?:事项|问题)', '待决(?:事项|问题)', '开放问题', '未决问题', '待讨论(?:事项)?'],
    proposed: ['建议方案'],
  },
  cells: {
    rejected: ['已?否决', '已?放弃', '未采纳', '不采纳', '不采用', '弃用', '拒绝', '淘汰'],
    chosen: ['已?采纳', '已?采用', '已?选定', '已?确定', '已?批准', '使用中', '已决定'],
    superseded: ['已?废弃', '已被?替代', '已被?取代'],
    deferred: ['暂缓', '推迟', '延后', '搁置', '后续', '[二三四2-9]期', '第[二三四2-9]阶段'],
    'out-of-scope': ['不在范围内?', '范围外', '不做'],
    undecided: ['待定', '待决', '讨论中', '评估中', '未定'],
    proposed: ['建议', '提议', '草案'],
  },
  statusColumns: ['状态', '结论', '决定', '决策状态', '是否采纳', '阶段'],
  rejectBefore: ['不(?:使用|采用|引入)', '放弃(?:使用)?', '替代', '而不是', '取代'],
  rejectAfter: ['(?:被|已|已被)?(?:否决|放弃|弃用|淘汰)', '(?:不予|未被?)采纳'],
  supersededAfter: ['(?:被|已被)(?:替换|替代|取代)', '(?:已)?废弃', '迁移到'],
  chooseVerbs: [],
  over: [],
  deferred: [
    '暂缓',
    '推迟',
    '延后',
    '[二三四2-9]期(?:再|考虑|实现|对接|支持)?',
    '第[二三四2-9]阶段',
    '后续(?:版本|迭代)',
    '必要时',
    '需要时再',
  ],
  undecided: ['待定', '待讨论', '尚未决定', '未定'],
  outOfScope: ['不在(?:本期|本次|MVP)?范围(?:内)?', '范围之外'],
  proposed: ['建议(?:使用|采用)'],
  examples: ['例如', '比如', '如：', '例：'],
  or: ['或者', '或'],
  modality: {
    must: ['必须', '须', '应当', '不得'],
    should: ['应该', '建议', '宜'],
    may: ['可以', '能够', '允许'],
  },
  // A bare 不 or 无 is inside limits ("不超过 5 MB", "无需登录" is an access word): only whole verbs.
  negation: ['不(?:使用|采用|需要|支持|允许|提供|会|能|可以|得|做)', '没有', '禁止', '不得'],
};
