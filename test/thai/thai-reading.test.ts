import { describe, expect, it } from 'vitest';
import { findMeasures } from '../../src/knowledge/durations.js';
import { otherLanguage } from '../../src/knowledge/name-language.js';
import { readRate } from '../../src/knowledge/rate-limits.js';
import { readCacheSentence } from '../../src/read/cache-words.js';
import { readRule, statesRule } from '../../src/read/rule-words.js';
import { readSchedule } from '../../src/read/schedule-words.js';
import { compiledProject } from '../helpers/compiled.js';

// The Thai trial (test/thai/projects/talatnat: a community market's stall bookings, NestJS + Prisma,
// BullMQ, LINE Login, Omise PromptPay), written before it was run. Its first spec: one default role
// "user" (the `บทบาท | รหัสบทบาท | สิ่งที่ทำได้` table unread), none of the 11 routes of the route table
// (a path cell with a query string broke the structural reading), "bcrypt, cost 5" from the lockout
// sentence, access 15 min and refresh 7 days proposed where 30 minutes and 14 days are stated, a
// "PostgreSQL job table" where BullMQ is the stack's queue, no stated job, six warnings on Prisma's
// client-side uuid(). Thai writes no space between words: its units, comparators and schedule words
// are read glued to the words around them.
const PROJECT = 'test/thai/projects/talatnat';

describe('Thai documents', () => {
  it('are told apart by their script', () => {
    const prd = 'ระบบจองแผงตลาดนัดชุมชน ผู้ค้าจองและชำระค่าแผงล่วงหน้าผ่าน LINE '.repeat(10);
    expect(otherLanguage([prd])).toBe('th');
  });

  it('reads durations glued to the next word, with their comparators', () => {
    const hold = findMeasures('ระบบจะกันแผงไว้ 15 นาทีเพื่อรอการชำระเงิน').find((m) => m.dimension === 'duration');
    expect(hold?.value).toBe(900);
    const p95 = findMeasures('หน้าค้นหาต้องตอบกลับภายใน 500 มิลลิวินาที (p95)').find(
      (m) => m.dimension === 'duration',
    );
    expect(p95?.value).toBeCloseTo(0.5);
    expect(p95?.comparator).toBe('<=');
    const keep = findMeasures('ข้อมูลต้องเก็บไว้อย่างน้อย 5 ปีตามกฎหมาย').find((m) => m.dimension === 'duration');
    expect(keep?.value).toBe(5 * 365 * 86400);
    expect(keep?.comparator).toBe('>=');
    expect(findMeasures('refresh token 14 วัน').find((m) => m.dimension === 'duration')?.value).toBe(
      14 * 86400,
    );
    // "2 แผง" (two stalls) is a count, not a duration.
    expect(findMeasures('จองได้ไม่เกิน 2 แผงต่อวันตลาด').some((m) => m.dimension === 'duration')).toBe(false);
  });

  it('reads request rates: "10 คำขอต่อนาที", "100 ครั้งต่อ 1 ชั่วโมง"', () => {
    // The trial's "rate limit: 10 คำขอต่อนาทีต่อผู้ค้าสำหรับ POST /api/v1/bookings" left the default classes.
    expect(readRate('ยืมหนังสือได้ 20 คำขอต่อนาทีต่อสมาชิก')).toMatchObject({ requests: 20, windowSeconds: 60 });
    expect(readRate('ค้นหาได้ 100 ครั้งต่อ 1 ชั่วโมง')).toMatchObject({ requests: 100, windowSeconds: 3600 });
    expect(readRate('ห้องสมุดมีหนังสือ 20 เล่ม')).toBeNull();
  });

  it('reads schedules: every N minutes, every day at a time, on named weekdays', () => {
    expect(readSchedule('ทุก 5 นาที')?.cron).toBe('*/5 * * * *');
    expect(readSchedule('ล้างข้อมูลทุก 2 ชั่วโมง')?.cron).toBe('0 */2 * * *');
    expect(readSchedule('ทุกวัน 18:00')?.cron).toBe('0 18 * * *');
    expect(readSchedule('ส่งรายงานทุกวัน เวลา 06.30 น.')?.cron).toBe('30 6 * * *');
    expect(readSchedule('ทุกวันเสาร์และอาทิตย์ 14:00')?.cron).toBe('0 14 * * 0,6');
    expect(readSchedule('ทุกวันจันทร์ 09:00')?.cron).toBe('0 9 * * 1');
    // "ทุกวันที่ 1" is the first of every month, no daily job.
    expect(readSchedule('ทุกวันที่ 1 เวลา 08:00')?.cron).not.toBe('0 8 * * *');
  });
});

describe('a Thai cache sentence', () => {
  // The trial wrote "Redis ใช้สำหรับ BullMQ และแคชผังตลาด (TTL 60 วินาที)" and the spec said no cache store
  // was stated. Thai puts what is cached right after the verb, glued to it.
  it('names what is cached, the store and the lifetime', () => {
    const c = readCacheSentence('ใช้ Redis แคชรายการหนังสือใหม่ 5 นาที');
    expect(c?.store).toBe('Redis');
    expect(c?.ttlSeconds).toBe(300);
    expect(c?.subject).toContain('รายการหนังสือใหม่');
    expect(readCacheSentence('ระบบไม่มีแคช')).toBeNull();
  });
});

describe('Thai rules', () => {
  // Another domain than the trial (a library): a cap, a window, a refusal, a retention, a job.
  it('read through their force words', () => {
    const cap = 'สมาชิกยืมหนังสือได้ไม่เกิน 5 เล่มต่อครั้ง';
    expect(statesRule(cap)).toBe(true);
    expect(readRule(cap).kind).toBe('limit');
    const window = 'สมาชิกต้องคืนหนังสือภายใน 14 วัน';
    expect(statesRule(window)).toBe(true);
    expect(readRule('สมาชิกที่ยังไม่ได้ชำระค่าปรับยืมหนังสือไม่ได้').enforcement).not.toBe('job');
    expect(statesRule('ประวัติการยืมต้องเก็บไว้อย่างน้อย 2 ปี')).toBe(true);
    expect(readRule('ระบบส่งข้อความเตือนสมาชิก 1 วันก่อนถึงกำหนดคืน').enforcement).toBe('job');
    // A story is what someone wants, not a rule.
    expect(statesRule('ในฐานะสมาชิก ฉันต้องการจองหนังสือ เพื่อไม่ให้พลาดเล่มใหม่')).toBe(false);
  });
});

describe('the Thai trial', { timeout: 240_000 }, () => {
  it('reads its roles, routes, token lifetimes, stack and jobs as stated', async () => {
    const r = await compiledProject(PROJECT);
    const spec = r.spec!;
    expect(spec.roles.map((x) => x.name).sort()).toEqual(['manager', 'staff', 'vendor']);
    const stated = spec.endpoints
      .filter((e) => e.origin.kind === 'source')
      .map((e) => `${e.method} ${e.path}`);
    for (const route of [
      'GET /api/v1/market-days/{date}/stalls',
      'POST /api/v1/bookings/{id}/cancel',
      'GET /api/v1/reports/revenue',
      'POST /api/v1/webhooks/omise',
    ])
      expect(stated).toContain(route);
    const cancel = spec.endpoints.find((e) => e.path === '/api/v1/bookings/{id}/cancel')!;
    expect(spec.permissions!.rows.find((m) => m.operationId === cancel.operationId)?.access.vendor).toBe(
      'own',
    );
    expect(spec.auth!.passwordHashing!.value).toBe('bcrypt, cost 12');
    expect(spec.auth!.accessTokenTtlSeconds?.value).toBe(1800);
    expect(spec.auth!.refreshTokenTtlSeconds?.value).toBe(14 * 86400);
    const jobs = new Map(spec.jobs.map((j) => [j.name, j.trigger]));
    expect(jobs.get('expire-holds')).toBe('*/1 * * * *');
    expect(jobs.get('send-reminders')).toBe('0 18 * * *');
    expect(jobs.get('mark-no-shows')).toBe('0 14 * * 0,6');
    expect(jobs.get('purge-audit-logs')).toBe('0 3 * * *');
    expect(r.diagnostics.filter((d) => d.code === 'data/default-not-portable')).toHaveLength(0);
    // Lockout as stated: "ใส่รหัสผ่านผิด 5 ครั้ง บัญชีจะถูกล็อก 15 นาที".
    expect(spec.auth!.lockout?.origin.kind).toBe('source');
    // The PRD's numbered rules are carried (FR-04's cap, FR-07's 48-hour window, NFR-02's 5 years).
    const rules = (spec.rules ?? []).map((b) => b.requirements.join(','));
    for (const id of ['FR-02', 'FR-04', 'FR-05', 'FR-07', 'FR-10', 'NFR-02', 'NFR-04'])
      expect(rules.join(' ')).toContain(id);
    // "ในฐานะเจ้าหน้าที่ตลาด ฉันต้องการอนุมัติหรือปฏิเสธผู้ค้า…" and "ในฐานะผู้จัดการตลาด ฉันต้องการปิดวันตลาด…":
    // the stories' actors are the roles titled so, and their verbs name the stated actions.
    const stories = new Map((spec.stories ?? []).map((x) => [x.id, x]));
    expect(stories.get('US-03')?.role).toBe('staff');
    expect(stories.get('US-03')?.operations).toEqual(['approveVendor', 'rejectVendor']);
    expect(stories.get('US-05')?.operations).toEqual(['closeMarketDay']);
    expect(spec.roles.find((x) => x.name === 'vendor')?.label).toBe('ผู้ค้า');
    // LINE pushes reminders; nothing states that LINE calls us back.
    expect(spec.jobs.map((j) => j.name)).not.toContain('process-line-messaging-api-webhook');
    expect(spec.integrations.map((i) => i.name)).toEqual(
      expect.arrayContaining(['LINE Login', 'LINE Messaging API', 'Omise']),
    );
    expect(r.diagnostics.some((d) => d.code === 'security/weak-hash-cost')).toBe(false);
  });
});
