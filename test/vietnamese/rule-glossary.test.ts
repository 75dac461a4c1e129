import { describe, expect, it } from 'vitest';
import { memoryHost } from '../../src/host.js';
import { compile } from '../../src/pipeline.js';
import { routeGlossary } from '../../src/read/alias-words.js';

// Issue 13, found on mam-non-vi: Vietnamese names a record in one or more short syllables ("bé",
// "lớp", "người đón hộ", "hóa đơn") that the route table pairs with the model's English names; the
// glossary read words of four letters or more, one at a time, and only from a resource's own routes,
// so every rule's target was "—".

const routes = (rows: string) =>
  rows
    .trim()
    .split('\n')
    .map((l) => l.split('|').map((c) => c.trim()))
    .map((c) => ({ path: c[2]!, description: c[3]! }));

const VI_ROUTES = `
| GET | /api/v1/schools/{id}/menus | Thực đơn tuần của cơ sở | public |
| POST | /api/v1/schools/{id}/menus | Đăng thực đơn tuần | school_admin |
| GET | /api/v1/children/{id}/attendances | Điểm danh của bé | parent, teacher |
| POST | /api/v1/classrooms/{id}/attendances | Điểm danh cả lớp | teacher |
| GET | /api/v1/children/{id}/pickup-persons | Danh sách người đón hộ | parent, teacher |
| POST | /api/v1/children/{id}/pickup-persons | Đăng ký người đón hộ | parent |
| DELETE | /api/v1/pickup-persons/{id} | Xóa người đón hộ | parent |
| POST | /api/v1/children/{id}/handovers | Xác nhận trả bé | teacher |
| GET | /api/v1/classrooms/{id}/photos | Ảnh của lớp theo ngày | parent, teacher |
| POST | /api/v1/classrooms/{id}/photos | Đăng ảnh | teacher |
| POST | /api/v1/classrooms | Tạo lớp, phân công giáo viên | school_admin |
| GET | /api/v1/invoices | Hóa đơn của tôi / của cơ sở | parent, accountant |
| POST | /api/v1/invoices/generate | Lập hóa đơn tháng cho cơ sở | accountant |
| POST | /api/v1/invoices/{id}/adjustments | Lập phiếu điều chỉnh (hủy hóa đơn) | accountant |`;

const EN_ROUTES = `
| GET | /api/v1/children/{id}/attendances | Attendance of the child | parent, teacher |
| POST | /api/v1/classrooms/{id}/attendances | Take attendance for the class | teacher |
| GET | /api/v1/children/{id}/pickup-persons | List pickup persons | parent, teacher |
| POST | /api/v1/children/{id}/pickup-persons | Register a pickup person | parent |
| GET | /api/v1/classrooms/{id}/photos | Class photos by day | parent, teacher |
| POST | /api/v1/classrooms/{id}/photos | Post photos | teacher |
| GET | /api/v1/invoices | My invoices | parent, accountant |`;

const SQL = `CREATE TABLE classrooms (id bigserial PRIMARY KEY, name text NOT NULL);
CREATE TABLE children (id bigserial PRIMARY KEY, classroom_id bigint NOT NULL REFERENCES classrooms(id), full_name text NOT NULL);
CREATE TABLE attendances (id bigserial PRIMARY KEY, child_id bigint NOT NULL REFERENCES children(id), day date NOT NULL);
CREATE TABLE pickup_persons (id bigserial PRIMARY KEY, child_id bigint NOT NULL REFERENCES children(id), full_name text NOT NULL);
CREATE TABLE photos (id bigserial PRIMARY KEY, classroom_id bigint NOT NULL REFERENCES classrooms(id), taken_on date NOT NULL);
CREATE TABLE invoices (id bigserial PRIMARY KEY, child_id bigint NOT NULL REFERENCES children(id), amount integer NOT NULL);`;

const targets = async (rules: string, table: string) => {
  const host = memoryHost({
    '/p/docs/prd.md': `# PRD\n\n## Business rules\n\n${rules}\n`,
    '/p/docs/architecture.md': `# Architecture\n\nPostgreSQL 16.\n\n\`\`\`sql\n${SQL}\n\`\`\`\n\n| Method | Path | Description | Role |\n|---|---|---|---|${table}\n`,
  });
  const r = await compile({ root: '/p', verify: { skip: true } }, host);
  return new Map((r.spec!.rules ?? []).map((b) => [b.text, b.entity]));
};

describe('a Vietnamese glossary from the route table', () => {
  it('reads names of several syllables, short ones too, and the records named only under them', () => {
    const read = routeGlossary(routes(VI_ROUTES)).map(({ alias, text }) => [alias, text]);
    expect(read).toEqual(
      expect.arrayContaining([
        ['điểm danh', 'attendances'],
        ['người đón hộ', 'pickup persons'],
        ['ảnh', 'photos'],
        ['bé', 'children'],
        ['lớp', 'classrooms'],
        ['hóa đơn', 'invoices'],
      ]),
    );
    // "cơ sở" is said by the menus' routes too, "lập" by no route of the invoices themselves.
    expect(read.some(([alias]) => alias === 'cơ sở' || alias === 'lập')).toBe(false);
  });

  it('leaves the other languages to words of four letters, one resource at a time', () => {
    expect(routeGlossary(routes(EN_ROUTES)).map((a) => a.alias)).toEqual(['person']);
  });
});

describe('rule targets named by the glossary', { timeout: 120_000 }, () => {
  it('vi: bé, lớp, người đón hộ, hóa đơn name Child, Classroom, PickupPerson, Invoice', async () => {
    const got = await targets(
      `- **QT-01**: Mỗi bé thuộc đúng một lớp trong một năm học.
- **QT-03**: Mỗi phụ huynh được đăng ký tối đa 4 người đón hộ cho mỗi bé.
- **QT-07**: Ảnh của bé được lưu 180 ngày, sau đó bị xóa tự động.
- **QT-08**: Hóa đơn đã thanh toán không được xóa.
- **QT-10**: Mỗi giáo viên chủ nhiệm tối đa 1 lớp trong một năm học.`,
      VI_ROUTES,
    );
    expect(got.get('Mỗi bé thuộc đúng một lớp trong một năm học.')).toBe('Child');
    expect(got.get('Mỗi phụ huynh được đăng ký tối đa 4 người đón hộ cho mỗi bé.')).toBe('PickupPerson');
    expect(got.get('Ảnh của bé được lưu 180 ngày, sau đó bị xóa tự động.')).toBe('Photo');
    expect(got.get('Hóa đơn đã thanh toán không được xóa.')).toBe('Invoice');
    expect(got.get('Mỗi giáo viên chủ nhiệm tối đa 1 lớp trong một năm học.')).toBe('Classroom');
  });

  it('en: the same rules name the model by its own names', async () => {
    const got = await targets(
      `- **BR-01**: Each parent may register at most 4 pickup persons per child.
- **BR-02**: A paid invoice must not be deleted.`,
      EN_ROUTES,
    );
    expect(got.get('Each parent may register at most 4 pickup persons per child.')).toBe('PickupPerson');
    expect(got.get('A paid invoice must not be deleted.')).toBe('Invoice');
  });
});

describe('a field named like a record', { timeout: 120_000 }, () => {
  it('en: "at most 1 class in a school year" names a field of the classroom, not the school', async () => {
    const host = memoryHost({
      '/p/docs/prd.md': `# PRD\n\n## Business rules\n\n- **BR-01**: Each teacher is homeroom teacher of at most 1 class in a school year.\n`,
      '/p/docs/architecture.md': `# Architecture\n\nPostgreSQL 16.\n\n\`\`\`sql
CREATE TABLE schools (id bigserial PRIMARY KEY, name text NOT NULL);
CREATE TABLE classrooms (id bigserial PRIMARY KEY, school_id bigint NOT NULL REFERENCES schools(id), school_year text NOT NULL, name text NOT NULL);
CREATE TABLE photos (id bigserial PRIMARY KEY, classroom_id bigint NOT NULL REFERENCES classrooms(id), taken_on date NOT NULL);
\`\`\`\n\n| Method | Path | Description | Role |\n|---|---|---|---|
| POST | /api/v1/classrooms/{id}/photos | Post photos | teacher |
| GET | /api/v1/classrooms/{id}/photos | Class photos by day | teacher |
| POST | /api/v1/classrooms | Create a class, assign a teacher | school_admin |\n`,
    });
    const r = await compile({ root: '/p', verify: { skip: true } }, host);
    expect(r.spec!.rules?.[0]?.entity).not.toBe('School');
  });
});
