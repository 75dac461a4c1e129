import { describe, expect, it } from 'vitest';
import { memoryHost } from '../../src/host.js';
import { compile } from '../../src/pipeline.js';
import { signInIdentifier } from '../../src/read/sign-in-identifier-words.js';

// The Catalan golden verema-ca states "Els socis inicien sessió amb el seu NIF i un codi d'un sol ús
// de 6 xifres enviat per SMS": the code's request body asked for `email`, the staff's identifier,
// although the members sign in with their NIF. The body now carries the field the sentence names.
async function codeBody(auth: string) {
  const r = await compile(
    { root: '/p', verify: { skip: true } },
    memoryHost({
      '/p/docs/prd.md': '# PRD\n\n- FR-1: A member reserves a rowing boat.\n',
      '/p/docs/architecture.md': `# Architecture\n\n## Authentication\n\n${auth}\n\n## Data\n\n\`\`\`sql\nCREATE TABLE staff (id uuid PRIMARY KEY, email text NOT NULL UNIQUE, password_hash text NOT NULL);\nCREATE TABLE members (id uuid PRIMARY KEY, member_number text NOT NULL UNIQUE, phone text NOT NULL, email text);\nCREATE TABLE boats (id uuid PRIMARY KEY, name text NOT NULL);\n\`\`\`\n`,
    }),
  );
  const request = r.spec!.endpoints.find((e) => e.operationId === 'requestSignInCode');
  return Object.keys((request?.requestBody?.properties ?? {}) as object);
}

describe('the identifier a one-time code goes with', () => {
  it.each([
    [
      'ca',
      "Els socis inicien sessió amb el seu número de soci i un codi d'un sol ús enviat per SMS.",
      'número de soci',
    ],
    ['es', 'Los socios inician sesión con su DNI y un código de un solo uso por SMS.', 'DNI'],
    ['en', 'Members sign in with their member number and a one-time code by SMS.', 'member number'],
    [
      'de',
      'Mitglieder melden sich mit ihrer Mitgliedsnummer und einem Einmalcode per SMS an.',
      'Mitgliedsnummer',
    ],
  ])('%s: read as written', (_lang, text, id) => {
    expect(signInIdentifier(text)).toBe(id);
  });

  it('the request body carries the field the sentence names', async () => {
    expect(await codeBody('Members sign in with their member number and a one-time code by SMS.')).toEqual([
      'memberNumber',
    ]);
  });

  it('a password sign-in names no code identifier', () => {
    expect(signInIdentifier('Staff sign in with e-mail and password.')).toBeNull();
  });
});
