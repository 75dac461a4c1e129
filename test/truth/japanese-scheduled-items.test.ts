import { describe, expect, it } from 'vitest';
import { readScheduledItem } from '../../src/read/job-words.js';

// The Japanese trial (test/japanese/projects/hidamari) lists four jobs under 「バックグラウンドジョブ」
// ("毎日午前3時に、…を登録する。", "5分ごとに、…を再送する。"); none was designed: the schedule ends at an
// ideographic comma "、" with no space after it, which only ", " ended. Now each is a stated job named by
// its first act, as the English "Every day at 03:00, find vaccinations …" is.
describe('a scheduled list item whose schedule ends at "、"', () => {
  it.each([
    [
      'en',
      'Every day at 03:00, find vaccinations due next month and register 30-day reminders.',
      '0 3 * * *',
      'find vaccinations due next month',
    ],
    [
      'ja',
      '毎日午前3時に、翌月に接種期限を迎えるワクチンを抽出し、30日前リマインダーを登録する。',
      '0 3 * * *',
      '翌月に接種期限を迎えるワクチンを抽出し',
    ],
    [
      'ja',
      '5分ごとに、送信に失敗した通知を最大3回まで再送する。',
      '*/5 * * * *',
      '送信に失敗した通知を最大3回まで再送する',
    ],
  ])('%s: "%s"', (_lang, text, _cron, name) => {
    const item = readScheduledItem(text);
    expect(item?.name).toBe(name);
    expect(item?.action.endsWith('。')).toBe(false);
  });
  it('near-miss: a clause before "、" that states no schedule makes no job', () => {
    expect(readScheduledItem('予約は、受付スタッフが来院時に確認する。')).toBeNull();
    expect(readScheduledItem('Reservations, once confirmed, are kept.')).toBeNull();
  });
});
