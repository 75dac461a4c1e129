import { builtRules } from './force-words.js';

/**
 * Thai force words in the English the rule readers weigh, as for Chinese and Japanese: "ต้อง" (must),
 * "ห้าม" and a verb's "ไม่ได้" (cannot), "ไม่เกิน" (at most), "อย่างน้อย" (at least), "เท่านั้น" (only),
 * "ภายใน 15 นาที" (within 15 minutes), "ก่อน" / "หลัง" (before / after), "5 ครั้ง" (5 times),
 * "เก็บไว้ 5 ปี" (retained for 5 years), "โดยอัตโนมัติ" (automatically). Thai writes no space between
 * words, so each word is rewritten where it stands, with spaces around the English. Only text with Thai
 * letters is rewritten.
 */

const THAI = /[\u0e01-\u0e5b]/u;

const UNITS: Record<string, string> = {
  มิลลิวินาที: 'ms',
  วินาที: 'seconds',
  นาที: 'minutes',
  ชั่วโมง: 'hours',
  วัน: 'days',
  สัปดาห์: 'weeks',
  เดือน: 'months',
  ปี: 'years',
};

const THAI_RULES = (): [RegExp, string | ((...m: string[]) => string)][] => [
  // "ในฐานะผู้ค้า ฉันต้องการ…": a user story, not a rule.
  [/ในฐานะ\s*([^\s,，]{1,30})\s*(?:,\s*)?ฉัน(?:ต้องการ|อยาก)/gu, ' As a $1, I want '],
  [
    /(ภายใน\s*)?(\d+(?:\.\d+)?)\s*(มิลลิวินาที|วินาที|นาที|ชั่วโมง|วัน|สัปดาห์|เดือน|ปี)/gu,
    (_m, within, n, unit) => ` ${within ? 'within ' : ''}${n} ${UNITS[unit!] ?? unit} `,
  ],
  [/(\d+)\s*ครั้ง/gu, ' $1 times '],
  // "ระบบส่งข้อความเตือน…" (the system sends a reminder): the system acts, no caller is refused.
  [/(?:^|(?<=\s))ระบบ(?:จะ)?(?=\s*(?:ส่ง|เปลี่ยน|ลบ|กัน|คืน|ระงับ|สร้าง|ต้อง))/gu, ' the system will '],
  [/(?:ต้องไม่|ห้าม|ไม่อนุญาตให้|ไม่สามารถ)/gu, ' cannot '],
  // What the system does by itself (send, remind, suspend, expire), once it is the subject.
  [/ข้อความเตือน|เตือน/gu, ' reminder '],
  [/ส่ง/gu, ' send '],
  [/ระงับ/gu, ' suspend '],
  [/หมดอายุ/gu, ' expire '],
  [/ต้อง/gu, ' must '],
  [/(?:ไม่เกิน|สูงสุด|ได้มากที่สุด)/gu, ' at most '],
  [/(?:อย่างน้อย|ไม่น้อยกว่า|ไม่ต่ำกว่า)/gu, ' at least '],
  [/(?:เท่านั้น|เฉพาะ)/gu, ' only '],
  [/(?:ไม่ซ้ำ(?:กัน)?|ซ้ำไม่ได้)/gu, ' unique '],
  [/(?:เก็บไว้|เก็บรักษา)/gu, ' retained for '],
  [/(?:โดยอัตโนมัติ|อัตโนมัติ)/gu, ' automatically '],
  [/(?:หลังจาก|หลัง)/gu, ' after '],
  [/ก่อน/gu, ' before '],
  // "จองไม่ได้" (cannot book): the verb's refusal, after the words above have had their turn.
  [/ไม่ได้/gu, ' cannot '],
  [/ต่อ(?=\s*\S)/gu, ' per '],
];

export function thaiForce(text: string): string {
  if (!THAI.test(text)) return text;
  let out = text;
  for (const [re, en] of builtRules(THAI_RULES))
    out = typeof en === 'string' ? out.replace(re, en) : out.replace(re, en as never);
  return out;
}
