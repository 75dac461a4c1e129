import { describe, expect, it } from 'vitest';
import { memoryHost } from '../../src/host.js';
import { compile } from '../../src/pipeline.js';
import { intentsOf, markedObject } from '../../src/read/story-words.js';

// Found by the Swedish and Korean trials (odla, dongne): stories in Swedish named no verb the
// lexicons read ("godkänna arbetstimmar", "tacka ja eller nej"), their route table describes the
// routes in the imperative ("Godkänn timmar", "Ställ dig i kön") beside English entity names, and a
// Korean story's object (휴관일을) lost to the facility named before it (시설의).

const project = (prd: string, routes: string, sql: string) =>
  memoryHost({
    '/p/docs/prd.md': `# PRD\n\n## User stories\n\n${prd}\n`,
    '/p/docs/architecture.md': `# Architecture\n\nPostgreSQL 16.\n\n\`\`\`sql\n${sql}\n\`\`\`\n\n| Method | Path | Description | Role |\n|---|---|---|---|\n${routes}\n`,
  });

const operationsOf = async (host: ReturnType<typeof memoryHost>) => {
  const r = await compile({ root: '/p', verify: { skip: true } }, host);
  return new Map((r.spec!.stories ?? []).map((s) => [s.id, s.operations]));
};

const SQL = `CREATE TABLE work_days (id bigserial PRIMARY KEY, date date NOT NULL);
CREATE TABLE duty_hours (id bigserial PRIMARY KEY, work_day_id bigint NOT NULL REFERENCES work_days(id), hours numeric NOT NULL, approved_at timestamptz);
CREATE TABLE offers (id bigserial PRIMARY KEY, status text NOT NULL CHECK (status IN ('pending','accepted','declined')));`;

describe('story verbs of Swedish, Korean and Japanese', () => {
  it('reads Swedish verbs as the other languages read theirs', () => {
    expect(intentsOf('godkänna arbetstimmar som medlemmar har rapporterat')).toEqual([
      { kind: 'state', verb: 'approve', word: 'godkänna' },
    ]);
    expect(
      intentsOf('tacka ja eller nej till ett erbjudande om lott').map((i) => i.kind === 'state' && i.verb),
    ).toEqual(['accept', 'decline']);
    expect(intentsOf('betala årsavgiften med Swish')[0]).toMatchObject({ kind: 'state', verb: 'pay' });
    expect(intentsOf('skapa en ny arbetsdag')).toEqual([{ kind: 'create' }]);
    expect(intentsOf('se min köplats')).toEqual([{ kind: 'view' }]);
    // English as before.
    expect(intentsOf('approve the hours volunteers logged')).toEqual([{ kind: 'state', verb: 'approve' }]);
  });

  it('reads the object Korean and Japanese mark, and a download', () => {
    expect(markedObject('담당 시설의 휴관일을 등록하고 싶다')).toBe('휴관일');
    expect(markedObject('来院した飼い主の予約をチェックインしたい')).toBe('予約');
    expect(markedObject('see my bookings')).toBeNull();
    expect(intentsOf('월별 정산 리포트를 내려받고 싶다')).toEqual([
      { kind: 'export', pdf: false, many: false },
    ]);
  });
});

describe('stories map to the stated routes that perform them', { timeout: 120_000 }, () => {
  it('sv: a route described in the imperative, a compound, the one entity whose actions the verbs are', async () => {
    const ops = await operationsOf(
      project(
        `- **US-01:** Som medlem vill jag anmäla mig till en arbetsdag.
- **US-02:** Som områdesvärd vill jag godkänna arbetstimmar som medlemmar har rapporterat.
- **US-03:** Som kösökande vill jag tacka ja eller nej till ett erbjudande om lott.`,
        `| POST | /api/v1/work-days/{id}/signups | Anmäl dig till arbetsdag | member |
| POST | /api/v1/duty-hours/{id}/approve | Godkänn timmar | steward |
| POST | /api/v1/offers/{id}/accept | Tacka ja | applicant |
| POST | /api/v1/offers/{id}/decline | Tacka nej | applicant |`,
        SQL,
      ),
    );
    expect(ops.get('US-01')).toEqual(['createWorkDaySignup']);
    expect(ops.get('US-02')).toEqual(['approveDutyHour']);
    expect(ops.get('US-03')).toEqual(['acceptOffer', 'declineOffer']);
  });

  it('en: the one entity whose stated actions perform the verbs, when the story names none', async () => {
    const ops = await operationsOf(
      project(
        `- **US-01:** As a steward, I want to approve the hours volunteers logged.
- **US-02:** As an applicant, I want to accept or decline what the board proposes.`,
        `| POST | /api/v1/duty-hours/{id}/approve | Approve duty hours | steward |
| POST | /api/v1/offers/{id}/accept | Accept an offer | applicant |
| POST | /api/v1/offers/{id}/decline | Decline an offer | applicant |`,
        SQL,
      ),
    );
    expect(ops.get('US-01')).toEqual(['approveDutyHour']);
    expect(ops.get('US-02')).toEqual(['acceptOffer', 'declineOffer']);
  });

  it('ko: the marked object is what the story acts on; ja: a route whose description the story repeats', async () => {
    const ko = await operationsOf(
      memoryHost({
        '/p/docs/prd.md': `# PRD\n\n## 사용자 스토리\n\n- US-1: 시설 관리자로서 담당 시설의 휴관일을 등록하고 싶다.\n`,
        '/p/docs/architecture.md': `# 아키텍처\n\nPostgreSQL 16.\n\n- **시설 (Facility)**: 체육시설.\n- **휴관일 (Closure)**: 휴관 날짜.\n\n\`\`\`sql\nCREATE TABLE facilities (id bigserial PRIMARY KEY, name text NOT NULL);\nCREATE TABLE closures (id bigserial PRIMARY KEY, facility_id bigint NOT NULL REFERENCES facilities(id), date date NOT NULL);\n\`\`\`\n`,
      }),
    );
    expect(ko.get('US-1')).toEqual(['createClosure']);
    const ja = await operationsOf(
      memoryHost({
        '/p/docs/prd.md': `# PRD\n\n## ユーザーストーリー\n\n- US-01：飼い主として、空いている診察枠を日付と診療科目で検索したい。\n`,
        '/p/docs/architecture.md': `# アーキテクチャ\n\nPostgreSQL 16.\n\n\`\`\`sql\nCREATE TABLE slots (id bigserial PRIMARY KEY, starts_at timestamptz NOT NULL, department text NOT NULL);\n\`\`\`\n\n| メソッド | パス | 説明 | 権限 |\n|---|---|---|---|\n| GET | /api/v1/slots | 空き枠の検索（日付・診療科目で絞り込み） | 飼い主 |\n`,
      }),
    );
    expect(ja.get('US-01')).toEqual(['listSlots']);
  });
});
