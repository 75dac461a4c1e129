import { describe, expect, it } from 'vitest';
import { memoryHost } from '../../src/host.js';
import { compile } from '../../src/pipeline.js';

const SCHEMA =
  "```sql\nCREATE TABLE slots (id uuid PRIMARY KEY, starts_at timestamptz NOT NULL);\nCREATE TABLE reservations (id uuid PRIMARY KEY, slot_id uuid NOT NULL REFERENCES slots(id), status text NOT NULL DEFAULT 'booked' CHECK (status IN ('booked', 'cancelled')), created_at timestamptz NOT NULL);\n```\n";

const run = (prd: string, arch: string) =>
  compile(
    { root: '/p', verify: { skip: true } },
    memoryHost({ '/p/docs/prd.md': prd, '/p/docs/architecture.md': `# Architecture\n\n${SCHEMA}\n${arch}` }),
  );

// The Japanese trial (test/japanese/projects/hidamari) stated 「空き枠の検索結果は Redis に60秒間キャッシュし、
// 予約の作成・キャンセル時に該当日のキャッシュを破棄します」: the sentence was not read (section 10 said
// "Redis for 0 entries"); and its retention 「予約履歴は13か月保存し、その後は匿名化する」 stayed an open
// question beside the job 「毎日午前4時に、13か月を過ぎた予約履歴を匿名化する」 that does it.
describe('a stated cache in a language written without spaces', () => {
  it.each([
    [
      'en',
      '| GET | /api/v1/slots | Search open slots |\n| POST | /api/v1/reservations | Create a reservation |\n| POST | /api/v1/reservations/{id}/cancel | Cancel a reservation |',
      'Open slot search results are cached in Redis for 60 seconds and invalidated when a reservation is created or cancelled.',
    ],
    [
      'ja',
      '| GET | /api/v1/slots | 空き枠の検索（日付で絞り込み） |\n| POST | /api/v1/reservations | 予約の作成 |\n| POST | /api/v1/reservations/{id}/cancel | 予約のキャンセル |',
      '空き枠の検索結果は Redis に60秒間キャッシュし、予約の作成・キャンセル時に該当日のキャッシュを破棄します。',
    ],
  ])('%s', async (_lang, routes, sentence) => {
    const r = await run(
      '# PRD\n\n## Requirements\n\n- FR-1: A client books a slot.\n',
      `## API\n\n| Method | Path | Description |\n|---|---|---|\n${routes}\n\n## Cache\n\n${sentence}\n`,
    );
    const entry = r.spec!.caching!.entries.find((e) => e.origin.kind === 'source')!;
    expect(entry.endpoint).toBe('listSlots');
    expect(entry.ttlSeconds).toBe(60);
    expect(entry.invalidatedBy.sort()).toEqual(['Reservation.cancel', 'Reservation.create']);
  });
});

describe('a stated job that names the retained data and its period covers the retention', () => {
  it.each([
    [
      'en',
      'Booking history is kept for 13 months, then anonymised.',
      '**AnonymiseHistory** — every day at 04:00: anonymise booking history older than 13 months.',
    ],
    [
      'ja',
      '予約履歴は13か月保存し、その後は匿名化する。',
      '毎日午前4時に、13か月を過ぎた予約履歴を匿名化する。',
    ],
  ])('%s', async (_lang, retention, job) => {
    const r = await run(
      `# PRD\n\n## Non-functional requirements\n\n- NFR-03: ${retention}\n`,
      `## Jobs\n\n- ${job}\n`,
    );
    expect(
      (r.spec!.questions ?? []).map((q) => q.id).filter((id) => id.startsWith('jobs/retention')),
    ).toEqual([]);
  });
});
