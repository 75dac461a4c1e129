import { describe, expect, it } from 'vitest';
import { memoryHost } from '../../src/host.js';
import { parseMeasure } from '../../src/knowledge/durations.js';
import { kindOfId } from '../../src/knowledge/requirement-ids.js';
import { findTechnologies } from '../../src/knowledge/technologies.js';
import { compile } from '../../src/pipeline.js';
import { readAccessCell } from '../../src/read/access-words.js';
import { readCacheSentence } from '../../src/read/cache-words.js';
import { jobCron } from '../../src/read/job-words.js';
import { readRule, statesRule } from '../../src/read/rule-words.js';
import { statedPeriod } from '../../src/read/schedule-words.js';
import { cellScope, defersLabel, headingScope, rejectsLabel, verdictReason } from '../../src/read/status.js';
import { intentsOf } from '../../src/read/story-words.js';
import { isVietnamese, vietnameseForce, vietnameseNounPhrase } from '../../src/read/vietnamese-force.js';

// A Vietnamese trial (a kindergarten contact book: FastAPI, Celery, VNPay, Zalo ZNS) took the identity
// provider its ADR rejects ("Firebase Authentication — bị loại vì …") for the chosen one, Amazon S3
// for a store "tương thích S3", proposed an in-process queue beside a stated Celery, and read one
// default role, no story ("Là phụ huynh, tôi muốn …, để …"), no route access, no job table, no cache,
// no token lifetime and no rule. The fixtures below are a public library's, in other words.
const SCHEMA =
  '```sql\nCREATE TABLE members (id BIGSERIAL PRIMARY KEY, phone TEXT NOT NULL, role TEXT NOT NULL);\nCREATE TABLE books (id BIGSERIAL PRIMARY KEY, title TEXT NOT NULL);\nCREATE TABLE loans (id BIGSERIAL PRIMARY KEY, member_id BIGINT NOT NULL REFERENCES members(id), book_id BIGINT NOT NULL REFERENCES books(id), due_on DATE NOT NULL);\n```\n';
const PRD = [
  '# Yêu cầu sản phẩm — Thư viện quận',
  '',
  '## Vai trò',
  '',
  '| Vai trò | Mã hệ thống | Mô tả |',
  '|---|---|---|',
  '| Bạn đọc | `reader` | Mượn và gia hạn sách |',
  '| Thủ thư | `librarian` | Quản lý kho sách và phiếu mượn |',
  '',
  '## Câu chuyện người dùng',
  '',
  '- **US-1**: Là bạn đọc, tôi muốn xem các phiếu mượn của mình, để biết hạn trả sách.',
  '- **US-2**: Với tư cách là thủ thư, tôi muốn thêm sách mới vào kho, để bạn đọc tìm được.',
  '',
  '## Quy tắc nghiệp vụ',
  '',
  '- **QT-1**: Một bạn đọc được mượn tối đa 5 cuốn sách cùng lúc.',
  '',
  '## Ngoài phạm vi',
  '',
  '- Sách điện tử.',
  '',
].join('\n');
const ARCH = [
  '# Kiến trúc',
  '',
  '## Quyết định',
  '',
  '### ADR-1: Đăng nhập',
  '- **Quyết định**: Máy chủ tự phát hành JWT. Access token hết hạn sau 30 phút, refresh token sau 7 ngày.',
  '- **Phương án đã cân nhắc**: Auth0 — bị loại vì chi phí theo số người dùng.',
  '',
  '## Dữ liệu',
  '',
  SCHEMA,
  '## API',
  '',
  '| Phương thức | Đường dẫn | Mô tả | Quyền |',
  '|---|---|---|---|',
  '| GET | /api/books | Danh mục sách | công khai |',
  '| GET | /api/loans | Phiếu mượn của tôi | reader (của mình), librarian |',
  '| POST | /api/books | Thêm sách | librarian |',
  '',
  '## Tác vụ nền',
  '',
  '| Tác vụ | Lịch | Mô tả |',
  '|---|---|---|',
  '| `remind-due-loans` | `0 7 * * *` | Nhắc bạn đọc sắp đến hạn trả |',
  '',
].join('\n');
const STACK = [
  '# Công nghệ',
  '',
  '| Hạng mục | Công nghệ | Ghi chú |',
  '|---|---|---|',
  '| Framework | FastAPI | |',
  '| Cơ sở dữ liệu | PostgreSQL 16 | |',
  '| Hàng đợi | Celery 5 | Redis làm broker |',
  '| Lưu trữ tệp | MinIO | tương thích S3 |',
  '',
  '## Không sử dụng',
  '',
  '- MongoDB.',
  '',
].join('\n');

describe('Vietnamese documents', { timeout: 120_000 }, () => {
  it('requirement ids YC, PCN and QT have their kinds', () => {
    expect(kindOfId('YC-01')).toBe('functional');
    expect(kindOfId('PCN-02')).toBe('non-functional');
    expect(kindOfId('QT-03')).toBe('functional');
  });

  it('decision words: "bị loại vì …", "hoãn sang giai đoạn 2", "Phương án đã cân nhắc", "Ngoài phạm vi"', () => {
    expect(rejectsLabel(' — bị loại vì chi phí cao.')).toBe(true);
    expect(verdictReason(' — bị loại vì chi phí cao.')).toBe('chi phí cao');
    expect(defersLabel(': hoãn sang giai đoạn 2.')).toBe(true);
    expect(rejectsLabel(': không dùng nữa.')).toBe(true);
    // "Celery không dùng RabbitMQ" (Celery does not use RabbitMQ) rejects no Celery.
    expect(rejectsLabel(' không dùng RabbitMQ.')).toBe(false);
    expect(cellScope('Dự kiến 2 giờ')).toBeNull();
    expect(headingScope('Phương án đã cân nhắc')).toBe('rejected');
    expect(headingScope('Không sử dụng')).toBe('rejected');
    expect(headingScope('7. Ngoài phạm vi')).toBe('out-of-scope');
    expect(cellScope('Từ chối')).toBe('rejected');
    expect(cellScope('Đã chấp nhận')).toBe('chosen');
    expect(cellScope('Giai đoạn 2')).toBe('deferred');
  });

  it('a route table\'s access cells: "công khai", "đã đăng nhập", roles joined by "và", "(của mình)"', () => {
    expect(readAccessCell('công khai')).toEqual({ public: true, any: false, roles: [] });
    expect(readAccessCell('người dùng đã đăng nhập')).toEqual({ public: false, any: true, roles: [] });
    expect(readAccessCell('reader và librarian')).toEqual({
      public: false,
      any: false,
      roles: ['reader', 'librarian'],
    });
    expect(readAccessCell('reader (của mình)')).toEqual({
      public: false,
      any: false,
      roles: ['reader'],
      own: ['reader'],
    });
  });

  it('durations and schedules: phút, giờ, ngày, tháng, năm; "theo tháng", "mỗi 10 phút"', () => {
    expect(parseMeasure('15 phút', 'duration')?.value).toBe(900);
    expect(parseMeasure('2 giờ', 'duration')?.value).toBe(7200);
    expect(parseMeasure('14 ngày', 'duration')?.value).toBe(14 * 86400);
    expect(parseMeasure('12 tháng', 'duration')?.value).toBe(12 * 30 * 86400);
    expect(parseMeasure('2 năm', 'duration')?.value).toBe(2 * 365 * 86400);
    expect(jobCron('mỗi 10 phút')).toBe('*/10 * * * *');
    expect(jobCron('mỗi giờ')).toBe('0 * * * *');
    expect(jobCron('hằng ngày lúc 2:30')).toBe('30 2 * * *');
    expect(jobCron('ngày 1 hằng tháng lúc 3:00')).toBe('0 3 1 * *');
    expect(jobCron('hằng tháng, ngày 5 lúc 04:00')).toBe('0 4 5 * *');
    expect(statedPeriod('Thủ thư xuất danh sách sách quá hạn theo tháng.')?.act).toBe('export');
    expect(vietnameseNounPhrase('danh sách sách quá hạn theo tháng')).toBe('danh sách sách quá');
  });

  it('a cache sentence: "được lưu đệm trong Redis 10 phút; xóa khi …"', () => {
    const c = readCacheSentence('Danh mục sách được lưu đệm trong Redis 10 phút; xóa khi thủ thư thêm sách.');
    expect(c?.subject).toBe('Danh mục sách');
    expect(c?.store).toBe('Redis');
    expect(c?.ttlSeconds).toBe(600);
    expect(c?.invalidatedOn.map((e) => e.text)).toEqual(['thủ thư thêm sách']);
  });

  it('rule words: "tối đa", "ít nhất … trước", "không được", "chỉ … được"; a story is no rule', () => {
    expect(statesRule('Một bạn đọc được mượn tối đa 5 cuốn sách cùng lúc.')).toBe(true);
    expect(vietnameseForce('Sách phải được đặt trước giờ mở cửa ít nhất 3 giờ.')).toBe(
      'Sách must be đặt at least 3 hours before giờ mở cửa.',
    );
    expect(vietnameseForce('Phiếu mượn đã trả không được xóa.')).toBe('Phiếu mượn đã trả must not delete.');
    expect(statesRule('Phiếu mượn đã trả không được xóa.')).toBe(true);
    expect(readRule('Thủ thư chỉ duyệt được phiếu mượn của chi nhánh mình.').enforcement).toBe(
      'authorization',
    );
    expect(statesRule('Là bạn đọc, tôi muốn gia hạn sách, để đọc thêm một tuần.')).toBe(false);
  });

  it('one Vietnamese word never reads other languages\' text: "h" of "hằng" is no hour', () => {
    // "25 hằng tháng" (the 25th of every month) is no duration of 25 hours.
    expect(statesRule('Kế toán lập hóa đơn vào ngày 25 hằng tháng cho tháng kế tiếp.')).toBe(false);
    // French, Portuguese and Czech text is never rewritten ("à", "ô", "ê", "ã", "ě" are theirs too).
    for (const text of [
      'Le système doit être à jour côté client avant 2 heures.',
      'O pagamento não pode ser feito após 10 dias.',
      'Člen nesmí mít více než 2 výpůjčky.',
    ])
      expect(vietnameseForce(text)).toBe(text);
    expect(vietnameseNounPhrase('the monthly receivables report')).toBeNull();
    // Italian "qua" (here) is Vietnamese "via" only in Vietnamese text.
    expect(isVietnamese('I pagamenti passano di qua, con Stripe.')).toBe(false);
    expect(isVietnamese('Gửi thông báo qua Zalo ZNS.')).toBe(true);
  });

  it('story verbs: xem, thêm, đăng ký, xóa, sửa, xuất, thanh toán, xác nhận', () => {
    expect(intentsOf('xem các phiếu mượn của mình').map((i) => i.kind)).toEqual(['view']);
    expect(intentsOf('thêm sách mới vào kho').map((i) => i.kind)).toEqual(['create']);
    expect(intentsOf('đăng ký thẻ bạn đọc').map((i) => i.kind)).toEqual(['create']);
    expect(intentsOf('xóa một phiếu mượn').map((i) => i.kind)).toEqual(['delete']);
    expect(intentsOf('sửa thông tin sách').map((i) => i.kind)).toEqual(['update']);
    expect(intentsOf('xuất báo cáo ra file Excel').map((i) => i.kind)).toEqual(['export']);
    expect(intentsOf('thanh toán phí trễ hạn').map((i) => i.kind === 'state' && i.verb)).toEqual(['pay']);
    expect(intentsOf('xác nhận trả sách').map((i) => i.kind === 'state' && i.verb)).toEqual(['confirm']);
  });

  it('"tương thích S3" names the API another store speaks, not Amazon S3', () => {
    expect(findTechnologies('MinIO (tương thích S3)').map((m) => m.tech.name)).toEqual(['MinIO']);
    expect(findTechnologies('Ảnh lưu trên Amazon S3').map((m) => m.tech.name)).toEqual(['Amazon S3']);
  });

  it('a project: roles, route access, stories, the rejected option, the stack, jobs, token lifetimes', async () => {
    const r = await compile(
      { root: '/p', verify: { skip: true } },
      memoryHost({ '/p/docs/prd.md': PRD, '/p/docs/architecture.md': ARCH, '/p/docs/tech-stack.md': STACK }),
    );
    const spec = r.spec!;
    expect(spec.roles.map((x) => x.name).sort()).toEqual(['librarian', 'reader']);
    const route = (method: string, path: string) =>
      spec.endpoints.find((e) => e.method === method && e.path === path);
    expect(route('GET', '/api/books')?.authenticated).toBe(false);
    expect(route('POST', '/api/books')?.roles).toEqual(['librarian']);
    expect(spec.stories!.find((s) => s.id === 'US-1')?.action).toBe('xem các phiếu mượn của mình');
    expect(spec.stories!.find((s) => s.id === 'US-2')?.operations).toEqual(['createBook']);
    // Auth0 is the option the ADR rejects: the server issues its own tokens.
    const auth0 = r.domain!.integrations.find((i) => i.provider === 'auth0');
    expect(auth0?.status).toBe('rejected');
    expect(spec.auth!.accessTokenTtlSeconds?.value).toBe(1800);
    expect(spec.auth!.refreshTokenTtlSeconds?.value).toBe(7 * 86400);
    const stack = r.domain!.stack.filter((c) => c.status === 'chosen').map((c) => c.value);
    expect(stack).toContain('Celery');
    expect(stack).not.toContain('Amazon S3');
    expect(spec.jobs.map((j) => [j.name, j.trigger])).toContainEqual(['remind-due-loans', '0 7 * * *']);
    expect(spec.rules!.some((x) => x.text.startsWith('Một bạn đọc được mượn tối đa 5'))).toBe(true);
    expect(r.domain!.scope.map((s) => [s.subject, s.scope])).toContainEqual(['Sách điện tử', 'out-of-scope']);
  });
});
