import { rewrittenIn } from './force-words.js';

/**
 * Words with a letter only Vietnamese writes among the languages read here: ă, đ, ơ, ư and the
 * vowels that carry a tone mark beside their own diacritic or below the letter ("ạ", "ấ", "ệ", "ộ",
 * "ữ": U+1EA0–U+1EF9). French "à", "é", "ô" and Portuguese "ã", "ê" are not among them, so their
 * text is never rewritten.
 */
const VIETNAMESE_TEXT = /\p{L}*[ăĂđĐơƠưƯ\u1EA0-\u1EF9]\p{L}*/gu;

/** Whether a text is Vietnamese: a word with a letter only Vietnamese writes ("qua ví MoMo" is not). */
export function isVietnamese(text: string): boolean {
  return VIETNAMESE_WORD.test(text);
}
const VIETNAMESE_WORD = /[ăĂđĐơƠưƯ\u1EA0-\u1EF9]/u;

const UNIT = String.raw`(?:giây|phút|giờ|tiếng|ngày|tuần|tháng|năm)`;
const SPAN = String.raw`\d+(?:[.,]\d+)?\s*${UNIT}`;

/**
 * Vietnamese force words in the English the rule readers weigh, as for Norwegian: "hệ thống phải …"
 * (the system must), "không được xóa" (must not delete), "tối đa 25 bé" (at most), "ít nhất 2 giờ"
 * (at least), "đúng một lớp" (exactly one), "mỗi" (each), "chỉ có thể" (can only), "trong vòng 24 giờ"
 * (within). Vietnamese writes the bound after the event ("trước giờ đón ít nhất 2 giờ": before
 * pickup time, at least 2 hours): it is put in the English order ("at least 2 hours before pickup
 * time"). Durations become English units. Only text with at least two Vietnamese words is rewritten.
 */
const VIETNAMESE = (): [RegExp, string][] => [
  [
    new RegExp(
      String.raw`(?<!\p{L})trước\s+([^,.;]{1,40}?)\s+(?:ít nhất|tối thiểu)\s+(${SPAN})(?!\p{L})`,
      'giu',
    ),
    'at least $2 before $1',
  ],
  [
    /(?<!\p{L})(?:hệ thống|ứng dụng|máy chủ|backend)\s+(?:phải|cần phải|bắt buộc phải)(?!\p{L})/giu,
    'the system must',
  ],
  [/(?<!\p{L})phải\s+được(?!\p{L})/giu, 'must be'],
  [/(?<!\p{L})(?:không được phép|không được|không thể|không bao giờ được|cấm)(?!\p{L})/giu, 'must not'],
  [/(?<!\p{L})không bao giờ(?!\p{L})/giu, 'never'],
  [/(?<!\p{L})(?:phải|cần phải|bắt buộc phải)(?!\p{L})/giu, 'must'],
  [/(?<!\p{L})chỉ có thể(?!\p{L})/giu, 'can only'],
  // "Giáo viên chỉ điểm danh được các bé …": "only … được" is what a role may do, and nothing else.
  [/(?<!\p{L})chỉ\s+((?:\p{L}+\s+){0,2}?\p{L}+)\s+được(?!\p{L})/giu, 'may only $1'],
  [/(?<!\p{L})có thể(?!\p{L})/giu, 'can'],
  [/(?<!\p{L})có\s+(?=(?:tối đa|nhiều nhất|không quá|ít nhất|tối thiểu)(?!\p{L}))/giu, 'has '],
  [/(?<!\p{L})(?:tối đa|nhiều nhất|không quá|không vượt quá)(?!\p{L})/giu, 'at most'],
  [/(?<!\p{L})(?:ít nhất|tối thiểu)(?!\p{L})/giu, 'at least'],
  [/(?<!\p{L})đúng một(?!\p{L})/giu, 'exactly one'],
  [/(?<!\p{L})duy nhất(?!\p{L})/giu, 'unique'],
  [/(?<!\p{L})trong vòng(?!\p{L})/giu, 'within'],
  [/(?<!\p{L})chỉ(?!\p{L})/giu, 'only'],
  [/(?<!\p{L})(?:cho )?mỗi(?=\s+(?:ngày|tuần|tháng|năm|giờ)(?!\p{L}))/giu, 'per'],
  [/(?<!\p{L})cho mỗi(?!\p{L})/giu, 'per'],
  [/(?<!\p{L})mỗi(?!\p{L})/giu, 'each'],
  [/(?<!\p{L})tự động(?!\p{L})/giu, 'automatically'],
  [new RegExp(String.raw`(?<!\p{L})được lưu(?: trữ)?(?=\s+${SPAN})`, 'giu'), 'kept for'],
  [/(?<!\p{L})(?:bị|được)\s+(?:xóa|xoá)(?!\p{L})/giu, 'deleted'],
  [/(?<!\p{L})(?:xóa|xoá)(?!\p{L})/giu, 'delete'],
  [/(?<!\p{L})(?:bị|được)\s+(?:hủy|huỷ)(?!\p{L})/giu, 'cancelled'],
  [/(?<!\p{L})(?:hủy|huỷ)(?!\p{L})/giu, 'cancel'],
  [/(?<!\p{L})hết hạn(?!\p{L})/giu, 'expires'],
  [/(?<!\p{L})(?:bị )?khóa(?!\p{L})/giu, 'is locked'],
  [/(?<!\p{L})nhắc(?: nhở)?(?!\p{L})/giu, 'reminds'],
  // "Hạn thanh toán là ngày 10 của tháng; sau hạn, …": the due date and what follows it.
  [/(?<!\p{L})(?:vào )?ngày (\d{1,2}) (?:của |trong )?tháng(?!\p{L})/giu, 'on day $1 of the month'],
  [/(?<!\p{L})hạn (?:thanh toán|nộp(?: tiền)?|chót)(?!\p{L})/giu, 'due date'],
  [/(?<!\p{L})(?:trước|quá) hạn(?!\p{L})/giu, 'before the due date'],
  [/(?<!\p{L})sau hạn(?!\p{L})/giu, 'after the due date'],
  [/(?<!\p{L})trước(?!\p{L})/giu, 'before'],
  [/(?<!\p{L})sau khi(?!\p{L})/giu, 'after'],
  [/(?<!\p{L})sau(?=\s+\d)/giu, 'after'],
  [/(?<!\p{L})(?:không|chưa)(?!\p{L})/giu, 'not'],
  [/(\d+)\s*giây(?!\p{L})/giu, '$1 seconds'],
  [/(\d+)\s*phút(?!\p{L})/giu, '$1 minutes'],
  [/(\d+)\s*(?:giờ|tiếng)(?!\p{L})/giu, '$1 hours'],
  [/(\d+)\s*ngày(?!\p{L})/giu, '$1 days'],
  [/(\d+)\s*tuần(?!\p{L})/giu, '$1 weeks'],
  [/(\d+)\s*tháng(?!\p{L})/giu, '$1 months'],
  [/(\d+)\s*năm(?!\p{L})/giu, '$1 years'],
  [/(\d+)\s*ký tự(?!\p{L})/giu, '$1 characters'],
];

export const vietnameseForce = (text: string): string => rewrittenIn(text, VIETNAMESE_TEXT, VIETNAMESE);

/** The words that close a Vietnamese noun phrase: prepositions, conjunctions and time words. */
const PHRASE_END =
  /^(?:theo|cho|của|ra|vào|trong|với|để|khi|từ|đến|tới|tại|qua|bằng|và|hoặc|mỗi|hằng|hàng|lúc|sau|trước|nếu|thì|là|được|bị|file|tệp)$/iu;

/**
 * The noun phrase that opens a Vietnamese text ("báo cáo công nợ theo tháng" → "báo cáo công nợ"):
 * Vietnamese writes each syllable apart and puts the head noun first, so the first word alone
 * ("báo") names nothing; the phrase runs to the first preposition or time word, four syllables at
 * most. Null when the text is not Vietnamese (fewer than one word with a letter of its own).
 */
export function vietnameseNounPhrase(text: string): string | null {
  const own = text.match(VIETNAMESE_TEXT)?.length ?? 0;
  if (own < 1) return null;
  const words: string[] = [];
  for (const w of text.trim().split(/\s+/u)) {
    const word = w.replace(/^[("'“]+|[)"'”.,;:!?]+$/gu, '');
    if (!/^\p{L}+$/u.test(word) || PHRASE_END.test(word) || words.length === 4) break;
    words.push(word);
    if (/[.,;:)]$/u.test(w)) break;
  }
  return words.length >= 2 ? words.join(' ') : null;
}
