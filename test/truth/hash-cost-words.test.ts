import { describe, expect, it } from 'vitest';
import { memoryHost } from '../../src/host.js';
import { compile } from '../../src/pipeline.js';

// The Thai trial (talatnat) wrote "bcrypt. หากใส่รหัสผ่านผิด 5 ครั้ง บัญชีจะถูกล็อก 15 นาที" (5 wrong
// passwords lock the account for 15 minutes) and the spec said "bcrypt, cost 5" with a warning that
// the stated cost is too low: any count in a sentence naming bcrypt was its cost. A number is the cost
// only where a cost word or the algorithm stands right beside it.
const hashingOf = async (sentence: string) => {
  const host = memoryHost({
    '/p/docs/prd.md': '# PRD\n\n## Requirements\n\n- FR-1: Members rent a locker for a season.\n',
    '/p/docs/architecture.md': [
      '# Architecture',
      '',
      '## Security',
      '',
      sentence,
      '',
      '## Data',
      '',
      '```sql',
      'CREATE TABLE members (id uuid PRIMARY KEY, email text NOT NULL UNIQUE, password_hash text NOT NULL);',
      'CREATE TABLE lockers (id uuid PRIMARY KEY, code text NOT NULL);',
      '```',
      '',
    ].join('\n'),
  });
  const r = await compile({ root: '/p', verify: { skip: true }, lang: 'en' }, host);
  if (!r.spec) throw new Error(r.diagnostics.map((d) => d.message).join('\n'));
  return r.spec.auth!.passwordHashing!;
};

describe('a hash cost is a number the words call the cost', { timeout: 120_000 }, () => {
  it.each([
    ['th', 'รหัสผ่านเก็บด้วย bcrypt หากใส่รหัสผ่านผิด 6 ครั้ง บัญชีจะถูกล็อก 15 นาที'],
    ['es', 'Las contraseñas se guardan con bcrypt; tras 5 intentos fallidos la cuenta se bloquea.'],
    ['en', 'Passwords use bcrypt and members may hold 8 lockers each.'],
  ])('%s: a count beside bcrypt is no cost', async (_lang, sentence) => {
    const h = await hashingOf(sentence);
    expect(h.value).toBe('bcrypt, cost 12');
    expect(h.origin.kind).toBe('rule');
  });

  it.each([
    ['en', 'Passwords are hashed with bcrypt (cost 13).', 13],
    ['en', 'Password hashing: `bcrypt`, 14 rounds.', 14],
    ['fr', 'Mots de passe hashés avec bcrypt (facteur de coût 13).', 13],
    ['zh', '密码使用 BCrypt 哈希，工作因子13。', 13],
    ['de', 'Passwörter werden mit bcrypt(14) gehasht.', 14],
  ])('%s: a stated cost is read', async (_lang, sentence, cost) => {
    const h = await hashingOf(sentence);
    expect(h.value).toBe(`bcrypt, cost ${cost}`);
    expect(h.origin.kind).toBe('source');
  });
});
