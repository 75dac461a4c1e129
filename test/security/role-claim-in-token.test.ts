import { describe, expect, it } from 'vitest';
import { memoryHost } from '../../src/host.js';
import { compile } from '../../src/pipeline.js';

// The Catalan golden verema-ca states "L'API emet un JWT d'accés … El rol va dins del JWT (`rol`)":
// the role's claim is named in brackets after the token, without the word "claim", and the spec kept
// the generic `role`.
async function claims(auth: string) {
  const r = await compile(
    { root: '/p', verify: { skip: true } },
    memoryHost({
      '/p/docs/prd.md': '# PRD\n\n- FR-1: A member borrows a tool from the tool library.\n',
      '/p/docs/architecture.md': `# Architecture\n\n## Authentication\n\n${auth}\n\n## Data\n\n\`\`\`sql\nCREATE TABLE users (id uuid PRIMARY KEY, email text NOT NULL UNIQUE, password_hash text NOT NULL, role text NOT NULL);\nCREATE TABLE tools (id uuid PRIMARY KEY, name text NOT NULL);\n\`\`\`\n`,
    }),
  );
  // The claim is the role's under its stated name: the example carries a role, not an id.
  const role = r.spec!.auth!.jwtClaims.find((c) => c.role);
  return [...r.spec!.auth!.jwtClaims.map((c) => c.name), ...(role ? [`role:${role.name}`] : [])];
}

describe('the role claim named in brackets after the token', () => {
  it.each([
    ['ca', "L'API emet un JWT d'accés vàlid durant 15 minuts. El rol va dins del JWT (`perfil`).", 'perfil'],
    [
      'es',
      'La API emite un JWT de acceso válido durante 15 minutos. El rol viaja en el JWT (`perfil`).',
      'perfil',
    ],
    [
      'en',
      'The API issues a JWT access token valid for 15 minutes. The role travels in the token (`user_role`).',
      'user_role',
    ],
  ])('%s', async (_lang, auth, claim) => {
    const names = await claims(auth);
    expect(names).toContain(claim);
    expect(names).toContain(`role:${claim}`);
    expect(names).not.toContain('role');
  });

  it('a code span after a token in another sentence than the role is no claim', async () => {
    const names = await claims(
      'Roles are admin and member. The API issues a JWT access token valid for 15 minutes (`HS256`).',
    );
    expect(names).toContain('role');
  });
});
