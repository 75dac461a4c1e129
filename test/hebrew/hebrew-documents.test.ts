import { describe, expect, it } from 'vitest';
import { memoryHost } from '../../src/host.js';
import { findMeasures, parseMeasure } from '../../src/knowledge/durations.js';
import { otherLanguage } from '../../src/knowledge/name-language.js';
import { withoutBidiControls } from '../../src/load/read-document.js';
import { compile } from '../../src/pipeline.js';
import { readAccessCell } from '../../src/read/access-words.js';
import { statedBasePath } from '../../src/read/base-path-words.js';
import { cellScope, headingScope } from '../../src/read/status.js';

// A Hebrew trial (volunteer drivers taking patients to hospital: Django 5 + DRF, PostgreSQL over
// MongoDB, Celery + Redis, InforU, Amazon SES) read one default role, no stated route, no decision,
// the SMS provider not at all and a deferred WhatsApp as an integration in use, and said nothing of
// the documents' language. The fixtures below are a community library's (Hebrew) and a school
// canteen's (Arabic), in other words; the Arabic ones share the right-to-left marks.
const RLM = '\u200f';

const HE_PRD = [
  '# ספריה קהילתית — דרישות',
  '',
  '## תפקידים',
  '',
  '| תפקיד | קוד | תיאור |',
  '|---|---|---|',
  `| קורא/ת | \`reader\`${RLM} | שואל/ת ספרים ומזמין/ה ספרים שמושאלים |`,
  '| ספרנ/ית | `librarian` | מנהל/ת את הקטלוג ואת ההשאלות |',
  '',
  '## מחוץ לתחום',
  '',
  '- ספרים דיגיטליים — לא בגרסה הראשונה.',
  '',
].join('\n');

const HE_ARCH = [
  '# ארכיטקטורה',
  '',
  'כל הנתיבים תחת `/api/v2`.',
  '',
  '## החלטות',
  '',
  '| מזהה | החלטה | סטטוס | נימוק |',
  '|---|---|---|---|',
  '| D-1 | Laravel | ✅ נבחר | הצוות מכיר PHP |',
  '| D-2 | Mailgun | ❌ נדחה | יקר מדי לעמותה קטנה |',
  "| D-3 | OneSignal | ⏸️ נדחה לשלב ב' | אין עדיין אפליקציה לקוראים |",
  '',
  '## מחסנית',
  '',
  '| שכבה | טכנולוגיה | גרסה |',
  '|---|---|---|',
  '| בסיס נתונים | MySQL | 8 |',
  '| SMS | Textme | — |',
  '',
  '## API',
  '',
  '| שיטה | נתיב | תיאור | הרשאה |',
  '|---|---|---|---|',
  '| GET | `/books/` | קטלוג הספרים | ציבורי |',
  '| POST | `/loans/` | השאלת ספר | librarian |',
  '| POST | `/books/{id}/reserve/` | הזמנת ספר מושאל | reader |',
  '| GET | `/reports/loans/?year=2026` | דוח השאלות שנתי | librarian |',
  '',
].join('\n');

const AR_PRD = [
  '# مقصف المدرسة — المتطلبات',
  '',
  '## الأدوار',
  '',
  '| الدور | الرمز | الوصف |',
  '|---|---|---|',
  `| ولي الأمر | \`parent\`${RLM} | يطلب وجبات لأبنائه ويدفع ثمنها |`,
  `| عامل المقصف | \`cook\` | يجهز الطلبات ويسلمها |`,
  '',
  'يكتب أولياء الأمور طلبات الوجبات قبل الساعة التاسعة، ويستلمها الطلاب في الاستراحة الأولى من المقصف. '.repeat(
    3,
  ),
  '',
].join('\n');

const AR_ARCH = [
  '# البنية',
  '',
  'جميع المسارات تحت `/api/v1`.',
  '',
  '| الطريقة | المسار | الوصف | الصلاحية |',
  '|---|---|---|---|',
  '| GET | `/menus/` | قائمة الوجبات | عام |',
  '| POST | `/orders/` | طلب وجبة | parent |',
  '| POST | `/orders/{id}/deliver/` | تسليم الطلب | cook |',
  '| GET | `/reports/daily/?date=2026-09-01` | تقرير يومي | cook |',
  '',
].join('\n');

describe('Hebrew and Arabic documents', { timeout: 120_000 }, () => {
  it('Hebrew and Arabic letters make Hebrew and Arabic documents, whatever Latin names they carry', () => {
    const he = 'הספרנית מאשרת השאלה של ספר ב-Laravel ושולחת SMS דרך Textme לקורא. '.repeat(6);
    const ar = 'يطلب ولي الأمر وجبة عبر Laravel ويتلقى رسالة SMS من المقصف. '.repeat(6);
    expect(otherLanguage([he])).toBe('he');
    expect(otherLanguage([ar])).toBe('ar');
  });

  it('bidirectional marks are taken out of a document, its lines kept', () => {
    expect(withoutBidiControls(`| \`reader\`${RLM} |\n\u200e✅ נבחר\u2067x\u2069`)).toBe(
      '| `reader` |\n✅ נבחר' + 'x',
    );
    expect(withoutBidiControls('no marks')).toBe('no marks');
  });

  it('decision cells: "נבחר", "נדחה", "נדחתה", and "נדחה לשלב ב\'" which postpones', () => {
    expect(cellScope('✅ נבחר')).toBe('chosen');
    expect(cellScope('❌ נדחה')).toBe('rejected');
    expect(cellScope('נדחתה')).toBe('rejected');
    expect(cellScope("⏸️ נדחה לשלב ב'")).toBe('deferred');
    expect(cellScope('נדחה לגרסה 2')).toBe('deferred');
    expect(cellScope('⏸️')).toBe('deferred');
    expect(headingScope('7. מחוץ לתחום')).toBe('out-of-scope');
    expect(headingScope('חלופות שנשקלו')).toBe('rejected');
  });

  it('route access cells and base paths in Hebrew and Arabic', () => {
    expect(readAccessCell('ציבורי')).toEqual({ public: true, any: false, roles: [] });
    expect(readAccessCell('عام')).toEqual({ public: true, any: false, roles: [] });
    expect(statedBasePath('כל הנתיבים תחת `/api/v2`.')).toBe('/api/v2');
    expect(statedBasePath('מונולית אחד עם API תחת הקידומת `/api/v1`.')).toBe('/api/v1');
    expect(statedBasePath('جميع المسارات تحت `/api/v1`.')).toBe('/api/v1');
  });

  it('a Hebrew project: roles, stated routes (one with a query string), decisions, the unknown SMS provider', async () => {
    const r = await compile(
      { root: '/p', verify: { skip: true } },
      memoryHost({ '/p/docs/prd.md': HE_PRD, '/p/docs/architecture.md': HE_ARCH }),
    );
    const spec = r.spec!;
    expect(spec.roles.map((x) => x.name).sort()).toEqual(['librarian', 'reader']);
    const route = (method: string, path: string) =>
      spec.endpoints.find((e) => e.method === method && e.path === path);
    expect(route('GET', '/api/v2/books')?.authenticated).toBe(false);
    expect(route('POST', '/api/v2/books/{id}/reserve')?.roles).toEqual(['reader']);
    expect(route('GET', '/api/v2/reports/loans')?.roles).toEqual(['librarian']);
    const integration = (name: string) => r.domain!.integrations.find((i) => i.name === name);
    expect(integration('Textme')?.status).toBe('chosen');
    expect(integration('Mailgun')?.status).toBe('rejected');
    expect(integration('OneSignal')?.status).toBe('future');
    const language = r.diagnostics.find((d) => d.code === 'config/language-detected');
    expect(language?.message).toContain('written in he, which has no catalog');
  });

  it('an Arabic project: roles behind a right-to-left mark, stated routes, the base path', async () => {
    const r = await compile(
      { root: '/p', verify: { skip: true } },
      memoryHost({ '/p/docs/prd.md': AR_PRD, '/p/docs/architecture.md': AR_ARCH }),
    );
    const spec = r.spec!;
    expect(spec.roles.map((x) => x.name).sort()).toEqual(['cook', 'parent']);
    const route = (method: string, path: string) =>
      spec.endpoints.find((e) => e.method === method && e.path === path);
    expect(route('GET', '/api/v1/menus')?.authenticated).toBe(false);
    expect(route('POST', '/api/v1/orders')?.roles).toEqual(['parent']);
    expect(route('GET', '/api/v1/reports/daily')?.roles).toEqual(['cook']);
  });

  it('durations and counts: Hebrew and Arabic units, Hebrew number words, a number after "ל-"', () => {
    expect(parseMeasure('45 שניות', 'duration')?.value).toBe(45);
    expect(parseMeasure('20 דקות', 'duration')?.value).toBe(1200);
    expect(parseMeasure('3 שעות', 'duration')?.value).toBe(3 * 3600);
    expect(parseMeasure('10 ימים', 'duration')?.value).toBe(10 * 86400);
    expect(parseMeasure('6 שבועות', 'duration')?.value).toBe(42 * 86400);
    expect(parseMeasure('18 חודשים', 'duration')?.value).toBe(18 * 30 * 86400);
    expect(parseMeasure('5 שנים', 'duration')?.value).toBe(5 * 365 * 86400);
    expect(parseMeasure('200 מילישניות', 'duration')?.value).toBe(0.2);
    expect(parseMeasure('15 دقيقة', 'duration')?.value).toBe(900);
    expect(parseMeasure('48 ساعة', 'duration')?.value).toBe(48 * 3600);
    expect(parseMeasure('30 يومًا', 'duration')?.value).toBe(30 * 86400);
    expect(parseMeasure('לכל היותר 4 שעות', 'duration')?.comparator).toBe('<=');
    expect(parseMeasure('على الأقل 3 أيام', 'duration')?.comparator).toBe('>=');
    expect(findMeasures('ההזמנה נשמרת ל-45 דקות').map((m) => m.value)).toEqual([2700]);
    // A hyphen after a Latin word is still no prefix: "v-30" is an id.
    expect(findMeasures('גרסה v-30 דקות')).toEqual([]);
    expect(findMeasures('אחרי שישה ניסיונות כושלים').map((m) => m.value)).toEqual([6]);
    expect(findMeasures('עד שלוש פעמים').map((m) => m.value)).toEqual([3]);
  });

  it('a Hebrew auth paragraph: each sentence its own (no capitals), token lifetimes, lockout, retention, backups', async () => {
    const arch = [
      '# ארכיטקטורה',
      '',
      '## אימות',
      '',
      'ספרניות מתחברות עם קוד OTP שנשלח ב-SMS ותקף 3 דקות. מתנדבים מתחברים עם סיסמה ואחר כך קוד OTP.',
      'אחרי ההתחברות השרת מנפיק JWT: access token תקף 20 דקות, refresh token תקף 30 יום.',
      '',
      'החשבון ננעל ל-45 דקות אחרי שישה ניסיונות התחברות כושלים.',
      '',
      'גיבוי לילי של בסיס הנתונים נשמר 21 יום.',
      '',
    ].join('\n');
    const r = await compile(
      { root: '/p', verify: { skip: true } },
      memoryHost({ '/p/docs/prd.md': HE_PRD, '/p/docs/architecture.md': `${HE_ARCH}\n${arch}` }),
    );
    const auth = r.spec!.auth!;
    expect(auth.accessTokenTtlSeconds?.value).toBe(1200);
    expect(auth.refreshTokenTtlSeconds?.value).toBe(30 * 86400);
    expect(auth.lockout?.value).toBe('6 failed attempts then locked for 45min');
    expect(JSON.stringify(r.spec!.deployment)).toContain('21 יום');
    expect(JSON.stringify(r.spec!.questions ?? [])).not.toContain('21 יום');
  });

  it('an Arabic auth paragraph: a sentence after a full stop starts with no capital', async () => {
    const arch = [
      '# البنية',
      '',
      'يسجل العاملون الدخول برمز OTP يُرسل عبر SMS وصالح 5 دقائق. يدخل المدير بكلمة مرور ثم رمز OTP.',
      'بعد ذلك يصدر الخادم JWT: access token صالح 25 دقيقة، و refresh token صالح 10 أيام.',
      '',
    ].join('\n');
    const r = await compile(
      { root: '/p', verify: { skip: true } },
      memoryHost({ '/p/docs/prd.md': AR_PRD, '/p/docs/architecture.md': `${AR_ARCH}\n${arch}` }),
    );
    expect(r.spec!.auth!.accessTokenTtlSeconds?.value).toBe(1500);
    expect(r.spec!.auth!.refreshTokenTtlSeconds?.value).toBe(10 * 86400);
  });

  it('job tables in Hebrew and Arabic: their headers and schedule cells', async () => {
    const he = [
      '# ארכיטקטורה',
      '',
      '## עבודות רקע',
      '',
      '| משימה | תזמון | מה עושה |',
      '|---|---|---|',
      '| `expire_reservations` | כל דקה | מבטלת הזמנות שלא נאספו |',
      '| `remind_borrowers` | כל יום ב-07:30 | מזכירה לקוראים להחזיר ספרים |',
      '| `sync_catalog` | כל 15 דקות | מעדכנת את הקטלוג |',
      '| `count_visits` | כל שעה | סופרת ביקורים |',
      '',
    ].join('\n');
    const ar = [
      '# البنية',
      '',
      '| المهمة | التوقيت | الوصف |',
      '|---|---|---|',
      '| `close_orders` | كل يوم الساعة 09:00 | تغلق طلبات اليوم |',
      '| `refresh_menu` | كل 5 دقائق | تحدث قائمة الوجبات |',
      '',
    ].join('\n');
    const triggers = async (prd: string, arch: string) => {
      const r = await compile(
        { root: '/p', verify: { skip: true } },
        memoryHost({ '/p/docs/prd.md': prd, '/p/docs/architecture.md': arch }),
      );
      return Object.fromEntries(r.spec!.jobs.map((j) => [j.name, j.trigger]));
    };
    expect(await triggers(HE_PRD, he)).toMatchObject({
      expire_reservations: '* * * * *',
      remind_borrowers: '30 7 * * *',
      sync_catalog: '*/15 * * * *',
      count_visits: '0 * * * *',
    });
    expect(await triggers(AR_PRD, ar)).toMatchObject({
      close_orders: '0 9 * * *',
      refresh_menu: '*/5 * * * *',
    });
  });
});
