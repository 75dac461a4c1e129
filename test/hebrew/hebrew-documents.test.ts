import { describe, expect, it } from 'vitest';
import { memoryHost } from '../../src/host.js';
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
});
