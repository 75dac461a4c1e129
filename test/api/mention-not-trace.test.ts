import { describe, expect, it } from 'vitest';
import { memoryHost } from '../../src/host.js';
import { compile } from '../../src/pipeline.js';

// Issue 13 (item 6, "a mention is not a trace"), found on mam-non: a story that asks to write records
// shared only its nouns with a stated read's description ("Class photos by day"), and the read was
// traced to it beside the write it asks for.

const project = (prd: string, routes: string) =>
  memoryHost({
    '/p/docs/prd.md': `# PRD\n\n## User stories\n\n${prd}\n`,
    '/p/docs/architecture.md': `# Architecture\n\nPostgreSQL 16.\n\n\`\`\`sql
CREATE TABLE classrooms (id bigserial PRIMARY KEY, name text NOT NULL);
CREATE TABLE children (id bigserial PRIMARY KEY, classroom_id bigint NOT NULL REFERENCES classrooms(id), full_name text NOT NULL);
CREATE TABLE photos (id bigserial PRIMARY KEY, classroom_id bigint NOT NULL REFERENCES classrooms(id), taken_on date NOT NULL);
CREATE TABLE attendances (id bigserial PRIMARY KEY, child_id bigint NOT NULL REFERENCES children(id), day date NOT NULL);
\`\`\`\n\n| Method | Path | Description | Role |\n|---|---|---|---|\n${routes}\n`,
  });

const operationsOf = async (host: ReturnType<typeof memoryHost>) => {
  const r = await compile({ root: '/p', verify: { skip: true } }, host);
  return new Map((r.spec!.stories ?? []).map((s) => [s.id, s.operations]));
};

describe('a story traces the writes it asks for, not the reads its nouns are mentioned in', {
  timeout: 120_000,
}, () => {
  it('en: taking attendance for the children is no read of the attendance of a child', async () => {
    const ops = await operationsOf(
      project(
        `- **US-01**: As a teacher, I want to take attendance for the children in my class, so that parents receive a notification.
- **US-02**: As a parent, I want to see the class photos of the day.`,
        `| GET | /api/v1/classrooms/{id}/photos | Class photos by day | parent, teacher |
| POST | /api/v1/classrooms/{id}/photos | Post photos | teacher |
| GET | /api/v1/children/{id}/attendances | Attendance of the child | parent, teacher |
| POST | /api/v1/classrooms/{id}/attendances | Take attendance for the class | teacher |`,
      ),
    );
    expect(ops.get('US-01')).toEqual(['createAttendance']);
    expect(ops.get('US-02')).toEqual(['listPhotos']);
  });

  it('vi: "đăng ảnh hoạt động của lớp" posts photos, it reads none', async () => {
    const ops = await operationsOf(
      project(
        `- **US-01**: Là giáo viên, tôi muốn đăng ảnh hoạt động của lớp, để phụ huynh theo dõi.
- **US-02**: Là phụ huynh, tôi muốn xem ảnh của lớp trong ngày.`,
        `| GET | /api/v1/classrooms/{id}/photos | Ảnh của lớp theo ngày | parent, teacher |
| POST | /api/v1/classrooms/{id}/photos | Đăng ảnh | teacher |`,
      ),
    );
    expect(ops.get('US-01')).toEqual(['createPhoto']);
    expect(ops.get('US-02')).toEqual(['listPhotos']);
  });

  it('es: "publicar fotos de la clase del día" publishes, it reads none', async () => {
    const ops = await operationsOf(
      project(
        `- **HU-01:** Como docente, quiero publicar fotos de la clase del día.`,
        `| GET | /api/v1/classrooms/{id}/photos | Fotos de la clase del día | parent, teacher |
| POST | /api/v1/classrooms/{id}/photos | Publicar fotos | teacher |`,
      ),
    );
    expect(ops.get('HU-01')).toEqual(['createPhoto']);
  });
});
