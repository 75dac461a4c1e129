import { describe, expect, it } from 'vitest';
import { prismaExtractor } from '../../src/extract/prisma.js';
import { docFrom, run } from './corpus-helpers.js';

const schema = `# Data model

\`\`\`prisma
model User {
  id    String @id @default(uuid()) @db.Uuid
  email String @unique @db.VarChar(255)
  posts Post[]
  role  Role   @default(MEMBER)
  @@map("users")
}

model Post {
  id       Int      @id @default(autoincrement())
  author   User     @relation(fields: [authorId], references: [id], onDelete: Cascade)
  authorId String   @db.Uuid
  price    Decimal? @db.Decimal(10, 2)
  slug     String
  @@unique([authorId, slug])
  @@index([authorId], map: "ix_post_author")
}

model Broken {
  id Int @id
  what ( is this
}

enum Role {
  ADMIN
  MEMBER
}
\`\`\`
`;

describe('prisma', () => {
  it('reads models, relations, keys, native types, enums and indexes', () => {
    const { domain, diagnostics } = run([docFrom('p.md', schema)], [prismaExtractor]);
    expect(domain.entities.map((e) => [e.name, e.table])).toEqual([
      ['User', 'users'],
      ['Post', undefined],
    ]);
    const u = Object.fromEntries(domain.entities[0]!.fields.map((f) => [f.name, f]));
    expect(Object.keys(u)).toEqual(['id', 'email', 'role']);
    expect(u.id).toMatchObject({ primaryKey: true, default: 'uuid()', type: { scalar: 'uuid' } });
    expect(u.email).toMatchObject({ unique: true, nullable: false, type: { scalar: 'string', length: 255 } });
    expect(u.role).toMatchObject({ enumValues: ['ADMIN', 'MEMBER'], default: "'MEMBER'" });
    const p = Object.fromEntries(domain.entities[1]!.fields.map((f) => [f.name, f]));
    expect(p.id!.type.generated).toBe(true);
    expect(p.authorId!.references).toEqual({ entity: 'User', field: 'id', onDelete: 'cascade' });
    expect(p.authorId!.origin).toMatchObject({ line: 15 });
    expect(p.price).toMatchObject({ nullable: true, type: { scalar: 'decimal', precision: 10, scale: 2 } });
    expect(domain.entities[1]!.uniques).toEqual([['authorId', 'slug']]);
    expect(domain.indexes).toEqual([
      expect.objectContaining({ entity: 'Post', columns: ['authorId'], name: 'ix_post_author' }),
    ]);
    expect(diagnostics.map((d) => [d.code, d.at?.line])).toEqual([['extract/syntax-error', 24]]);
  });

  it('reads a one-to-one back-reference and list back-relations as relations, never columns', () => {
    const text = `\`\`\`prisma
model Usuario {
  id       String  @id @db.Uuid
  perfil   Perfil?
  pedidos  Pedido[]
  etiquetas String[]
  creadoEn DateTime @default(now()) @map("creado_en")
}

model Perfil {
  id        String  @id @db.Uuid
  usuario   Usuario @relation(fields: [usuarioId], references: [id])
  usuarioId String  @unique @db.Uuid
}

model Pedido {
  id        Int     @id @default(autoincrement())
  cliente   Usuario @relation(fields: [clienteId], references: [id])
  clienteId String  @db.Uuid
}
\`\`\`
`;
    const { domain } = run([docFrom('es.md', text)], [prismaExtractor]);
    const usuario = domain.entities.find((e) => e.name === 'Usuario')!;
    expect(usuario.fields.map((f) => f.name)).toEqual(['id', 'etiquetas', 'creadoEn']);
    const perfil = domain.entities.find((e) => e.name === 'Perfil')!;
    expect(perfil.fields.find((f) => f.name === 'usuarioId')!.references).toMatchObject({
      entity: 'Usuario',
    });
  });
});
