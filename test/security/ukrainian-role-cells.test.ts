import { describe, expect, it } from 'vitest';
import { memoryHost } from '../../src/host.js';
import { compile } from '../../src/pipeline.js';

/**
 * Issue 13: a roles table's "what it does" cell grants the operations it names, in Ukrainian as in
 * other languages: the verbal nouns ("додавання книг", "перегляд книг", "відстеження власних видач")
 * read as create, read and read, on the entities the documents name in Ukrainian ("Книга (Book)"),
 * written declined.
 */
const PRD = `# Бібліотека — PRD

## Ролі

| Роль | Хто | Права |
|---|---|---|
| бібліотекар | працівник бібліотеки | додавання книг, редагування видач |
| читач | зареєстрований читач | перегляд книг, відстеження власних видач |

## Ключові сутності

- **Книга (Book)**: назва, автор, рік.
- **Видача (Loan)**: книга, читач, дата повернення.
`;

const ARCH = `# Архітектура

Автентифікація: JWT.

\`\`\`sql
CREATE TABLE users (id UUID PRIMARY KEY, email TEXT NOT NULL UNIQUE, role TEXT NOT NULL);
CREATE TABLE books (id UUID PRIMARY KEY, title TEXT NOT NULL, author TEXT NOT NULL);
CREATE TABLE loans (id UUID PRIMARY KEY, book_id UUID NOT NULL REFERENCES books(id), reader_id UUID NOT NULL REFERENCES users(id), due_on DATE NOT NULL);
\`\`\`
`;

describe('a Ukrainian roles table', () => {
  it('grants what each cell names', async () => {
    const host = memoryHost({ '/b/docs/prd.md': PRD, '/b/docs/architecture.md': ARCH });
    const r = await compile({ root: '/b', lang: 'en', verify: { skip: true } }, host);
    const s = r.spec!;
    const stated = (role: string) =>
      (s.permissions!.grants ?? [])
        .filter((g) => g.role === role && g.origin.kind === 'source')
        .map((g) => `${g.resource}:${g.action}`)
        .sort();
    expect(s.roles.map((x) => x.name).sort()).toEqual(['бібліотекар', 'читач']);
    expect(stated('бібліотекар')).toEqual(['Book:create', 'Loan:update']);
    expect(stated('читач')).toEqual(['Book:read', 'Loan:read']);
  });
});
