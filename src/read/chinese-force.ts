import { builtRules } from './force-words.js';

/**
 * Chinese force words in the English the rule readers weigh, as for Japanese, Dutch, Polish and
 * Swedish: "必须" (must), "不能 / 不得 / 禁止" (cannot), "最多 / 不超过" (at most), "至少 / 不少于" (at
 * least), "唯一" (unique), "只能 / 仅" (only), "15 分钟内" (within 15 minutes), "保留 3 年" (retained for
 * 3 years), "自动" (automatically), Chinese numerals before a measure word ("最多二十件" → at most 20).
 * Only Chinese text is rewritten: Han characters without kana (Japanese) or Hangul (Korean).
 */

const HAN = /\p{sc=Han}/u;
const NOT_CHINESE = /[\u3041-\u3096\u30a1-\u30fa\p{sc=Hangul}]/u;

const UNITS: Record<string, string> = {
  毫秒: 'ms',
  秒: 'seconds',
  秒钟: 'seconds',
  分钟: 'minutes',
  分鐘: 'minutes',
  小时: 'hours',
  小時: 'hours',
  天: 'days',
  日: 'days',
  周: 'weeks',
  星期: 'weeks',
  个月: 'months',
  個月: 'months',
  月: 'months',
  年: 'years',
};

const DIGITS: Record<string, number> = {
  零: 0,
  一: 1,
  二: 2,
  两: 2,
  兩: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** "二十" → 20, "九" → 9, "十五" → 15, "三十" → 30; null past 99 or for anything else. */
function numeral(text: string): number | null {
  const m = /^([一二两兩三四五六七八九])?(十)?([一二三四五六七八九])?$/u.exec(text);
  if (!m || text.length === 0) return null;
  if (!m[2]) return m[3] ? null : (DIGITS[m[1]!] ?? null);
  return (m[1] ? DIGITS[m[1]]! : 1) * 10 + (m[3] ? DIGITS[m[3]]! : 0);
}

/** A Chinese numeral before a measure word or a unit: "二十件", "一至九张", "三个月". */
const NUMERAL =
  /([一二两兩三四五六七八九十]{1,3})(?=\s*(?:至[一二三四五六七八九十]{1,3}\s*)?(?:件|张|張|次|条|條|个|個|位|人|天|日|周|年|小时|小時|分钟|分鐘|秒))/gu;

const CHINESE = (): [RegExp, string | ((...m: string[]) => string)][] => [
  // "作为新生，我希望…": a user story, not a rule.
  [/作为([^，,。]{1,30})[，,]\s*我(?:希望|想要|想|需要)/gu, ' As a $1, I want '],
  [/(\d+)\s*(?:至|到|~|-)\s*(\d+)/gu, ' $1 to $2 '],
  [
    /(\d+(?:\.\d+)?)\s*(毫秒|秒钟|秒|分钟|分鐘|小时|小時|天|日|周|星期|个月|個月|月|年)\s*(内|以内|之内)?/gu,
    (_m, n, unit, within) => ` ${within ? 'within ' : ''}${n} ${UNITS[unit!] ?? unit} `,
  ],
  [/(?:系统|平台|后端|服务端)(?=\s*(?:必须|须|应当|应|会|将|自动))/gu, ' the system '],
  [/(?:必须|应当|应该|须)\s*(?:能够|可以|能)/gu, ' must be able to '],
  [/(?:不能|不得|不允许|不可以|不可|禁止|无法)/gu, ' cannot '],
  // "需要" is as often a need ("用户需要一个集中位置") as a duty: only the words of duty.
  [/(?:必须|务必|应当|须)/gu, ' must '],
  [/(?:只能|仅能|只可|仅限|只有|仅)/gu, ' only '],
  [/(?:最多|至多|不超过|不多于|上限为?|最长)/gu, ' at most '],
  [/(?:至少|不少于|不低于|最少|下限为?)/gu, ' at least '],
  [/(?:唯一|不可重复|不能重复)/gu, ' unique '],
  [/(?:之前|以前)/gu, ' before '],
  [
    /(?:之后|以后)|后(?=\s*(?:within|\d))|(?<=(?:seconds|minutes|hours|days|weeks|months|years)\s*)后/gu,
    ' after ',
  ],
  [/超过(?=\s*\d)/gu, ' more than '],
  [/(\d+)\s*次/gu, ' $1 times '],
  [/(?:保留|保存|留存)(?=\s*\d)/gu, ' retained for '],
  [/(?<=(?:days|weeks|months|years)\s*)(?:保留|保存|留存)/gu, ' retained '],
  [/自动/gu, ' automatically '],
  [/每(?:天|日)/gu, ' per day '],
  // What a screen does (read/interface-words.ts weighs these): "表格每行必须显示…", "点击按钮打开对话框".
  [/表格/gu, ' table '],
  [/按钮/gu, ' button '],
  [/页面/gu, ' page '],
  [/图标/gu, ' icon '],
  [/(?:对话框|弹窗)/gu, ' dialog '],
  [/(?:界面|屏幕)/gu, ' screen '],
  [/表单/gu, ' form '],
  [/显示/gu, ' shown '],
  [/隐藏/gu, ' hidden '],
  [/高亮/gu, ' highlighted '],
  [/滚动/gu, ' scrolls '],
  [/(?:样式|行高|内边距|布局)/gu, ' layout shown '],
  [/每(?:个|位|件|条|名)?/gu, ' each '],
];

/** A question ("是否自动回退到上一页？") asks; it rules nothing. */
const QUESTION = /[？?]\s*(?:[（(][^）)]*[）)])?\s*$|是否/u;
/** A spec-kit user story's summary ("管理网站和账号 (Priority: P1). 用户需要…"): a need, not a rule. */
const STORY_SUMMARY = /\(Priority:\s*P\d\)|Why this priority/u;

export function chineseForce(text: string): string {
  if (!HAN.test(text) || NOT_CHINESE.test(text)) return text;
  if (QUESTION.test(text) || STORY_SUMMARY.test(text)) return text.replace(/\p{sc=Han}+/gu, ' ');
  let out = text.replace(NUMERAL, (m) => {
    const n = numeral(m);
    return n === null ? m : ` ${n} `;
  });
  for (const [re, en] of builtRules(CHINESE))
    out = typeof en === 'string' ? out.replace(re, en) : out.replace(re, en as never);
  return out;
}
