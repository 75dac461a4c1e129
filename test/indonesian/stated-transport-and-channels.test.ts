import { describe, expect, it } from 'vitest';
import { memoryHost } from '../../src/host.js';
import { compile } from '../../src/pipeline.js';

// Found in the Indonesian trial and its English translation: a stated `Authorization: Bearer <JWT>`
// header still got a proposed HttpOnly cookie (and "the credential cookie set at sign-in" in the
// conventions); a provider stated in a `WhatsApp` stack row (Fonnte) was no integration; "via
// WhatsApp" made the channel a service of its own.
const SCHEMA =
  '```sql\nCREATE TABLE users (id BIGSERIAL PRIMARY KEY, email TEXT NOT NULL UNIQUE, password_hash TEXT NOT NULL, role TEXT NOT NULL);\nCREATE TABLE visits (id BIGSERIAL PRIMARY KEY, user_id BIGINT NOT NULL REFERENCES users(id), day DATE NOT NULL);\n```\n';

async function run(prd: string, arch: string, stack: string) {
  const r = await compile(
    { root: '/p', verify: { skip: true } },
    memoryHost({ '/p/docs/prd.md': prd, '/p/docs/architecture.md': arch, '/p/docs/tech-stack.md': stack }),
  );
  return r;
}

const cases = [
  {
    lang: 'English',
    prd: '# PRD\n\n## Roles\n\n| Role | Description |\n|---|---|\n| member | books visits |\n| admin | manages everything |\n\nMembers sign in with e-mail and password.\n',
    arch: `# Architecture\n\nThe backend issues its own JWTs after password sign-in. All endpoints except the public ones require the \`Authorization: Bearer <JWT>\` header.\nVisit reminders are sent via WhatsApp.\n\n${SCHEMA}`,
    stack:
      '# Stack\n\n| Layer | Technology |\n|---|---|\n| Framework | Express |\n| Database | PostgreSQL 16 |\n| WhatsApp | Fonnte |\n| Admin panel | React |\n',
  },
  {
    lang: 'Indonesian',
    prd: '# PRD\n\n## Peran Pengguna\n\n| Peran | Deskripsi |\n|---|---|\n| member | memesan kunjungan |\n| admin | mengelola semua data |\n\nAnggota masuk dengan email dan kata sandi.\n',
    arch: `# Arsitektur\n\nBackend menerbitkan JWT sendiri setelah masuk dengan kata sandi. Semua endpoint kecuali yang publik memerlukan header \`Authorization: Bearer <JWT>\`.\nPengingat kunjungan dikirim lewat WhatsApp.\n\n${SCHEMA}`,
    stack:
      '# Teknologi\n\n| Lapisan | Teknologi |\n|---|---|\n| Framework | Express |\n| Basis data | PostgreSQL 16 |\n| WhatsApp | Fonnte |\n| Panel admin | React |\n',
  },
  {
    lang: 'German',
    prd: '# PRD\n\n## Rollen\n\n| Rolle | Beschreibung |\n|---|---|\n| member | bucht Besuche |\n| admin | verwaltet alles |\n\nMitglieder melden sich mit E-Mail und Passwort an.\n',
    arch: `# Architektur\n\nDas Backend stellt nach der Anmeldung eigene JWTs aus. Alle Endpunkte außer den öffentlichen verlangen den Header \`Authorization: Bearer <JWT>\`.\nBesuchserinnerungen werden per WhatsApp über Fonnte verschickt.\n\n${SCHEMA}`,
    stack:
      '# Stack\n\n| Schicht | Technologie |\n|---|---|\n| Framework | Express |\n| Datenbank | PostgreSQL 16 |\n| WhatsApp | Fonnte |\n| Admin-Panel | React |\n',
  },
];

describe('a stated bearer header and message channels', { timeout: 180_000 }, () => {
  for (const c of cases)
    it(`${c.lang}: no cookie beside a stated bearer header; Fonnte is the WhatsApp provider, WhatsApp no service`, async () => {
      const r = await run(c.prd, c.arch, c.stack);
      expect(r.spec!.auth!.tokenStorage ?? null).toBeNull();
      const providers = r.domain!.integrations.filter((i) => i.status === 'chosen').map((i) => i.provider);
      expect(providers).toContain('fonnte');
      expect(providers).not.toContain('whatsapp');
    });
});
