import { describe, expect, it } from 'vitest';
import { memoryHost } from '../../src/host.js';
import { compile } from '../../src/pipeline.js';
import { yearlyDate } from '../../src/read/month-words.js';
import { statesRule } from '../../src/read/rule-words.js';

// alet-tr's business rules listed "İK-07: Yıllık aidat 150 TL'dir ve her yıl 1 Ocak'ta yenilenir."
// (the yearly fee is 150 TL and renews on 1 January); the rules table left it out, because the
// sentence has none of the force words a rule was recognised by. A stated amount the domain
// charges is a concrete rule its payments follow.
const CASES: [string, string, string][] = [
  ['en', 'Business rules', 'BR-07: The yearly membership fee is 150 EUR and renews every year on 1 January.'],
  ['tr', 'İş kuralları', "İK-07: Yıllık aidat 150 TL'dir ve her yıl 1 Ocak'ta yenilenir."],
  [
    'de',
    'Geschäftsregeln',
    'GR-07: Die Jahresgebühr beträgt 150 EUR und wird jedes Jahr am 1. Januar erneuert.',
  ],
];

describe('a stated fee with its amount is a business rule', () => {
  it.each(CASES)('%s', { timeout: 120_000 }, async (lang, heading, line) => {
    expect(statesRule(line.replace(/^\S+:\s*/, ''))).toBe(true);
    const host = memoryHost({
      '/p/docs/prd.md': `# PRD\n\n## ${heading}\n\n- **${line.split(':')[0]}:** ${line.replace(/^\S+:\s*/, '')}\n`,
      '/p/docs/architecture.md':
        '# Architecture\n\n## Data\n\n```sql\nCREATE TABLE members (id uuid PRIMARY KEY, email text NOT NULL);\nCREATE TABLE membership_payments (id uuid PRIMARY KEY, member_id uuid NOT NULL REFERENCES members(id), amount numeric NOT NULL);\n```\n',
    });
    const r = await compile({ root: '/p', verify: { skip: true }, lang: lang === 'tr' ? 'en' : lang }, host);
    const texts = (r.spec!.rules ?? []).map((x) => x.text);
    expect(texts.some((t) => /150/.test(t))).toBe(true);
  });
  it("tr: the yearly date it renews on is read (1 Ocak'ta)", () => {
    expect(yearlyDate("her yıl 1 Ocak'ta yenilenir")).toEqual({ day: 1, month: 1 });
    expect(yearlyDate('1 Eylül 2026')).toBeNull();
  });
  it('a sum without a fee, and a fee without a sum, are no rule by themselves', () => {
    expect(statesRule('The dashboard shows the total in EUR.')).toBe(false);
    expect(statesRule('Members pay their membership fee by card.')).toBe(false);
  });
});
