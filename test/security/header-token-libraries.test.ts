import { describe, expect, it } from 'vitest';
import { memoryHost } from '../../src/host.js';
import { compile } from '../../src/pipeline.js';

/**
 * devise-jwt sends its JWT in the Authorization header and revokes it itself (JTIMatcher, Denylist):
 * no cookie storage is proposed for it, and a stated refresh lifetime does not make the tool design
 * a refresh-token store to purge (lancheira's mobile app). Fixtures in en, pt, es, fr, de.
 */
const AUTH: Record<string, string> = {
  en: 'Authentication with Devise + devise-jwt (access token of 30 minutes, refresh of 14 days).',
  pt: 'Autenticação com Devise + devise-jwt (token de acesso de 30 minutos, refresh de 14 dias).',
  es: 'Autenticación con Devise + devise-jwt (token de acceso de 30 minutos, refresh de 14 días).',
  fr: 'Authentification avec Devise + devise-jwt (jeton d’accès de 30 minutes, refresh de 14 jours).',
  de: 'Authentifizierung mit Devise + devise-jwt (Zugriffs-Token von 30 Minuten, Refresh von 14 Tagen).',
};

function project(lang: string) {
  return memoryHost({
    '/p/.bmad/config.yaml': `project_name: canteen\ndocumentation_language: ${lang}\n`,
    '/p/docs/prd.md': '# PRD\n\n## Requirements\n\n- FR-1: A parent creates an order.\n',
    '/p/docs/architecture.md': `# Architecture\n\n| Layer | Technology |\n|---|---|\n| Framework | Ruby on Rails 7.1 |\n| Database | PostgreSQL 16 |\n| Auth | Devise + devise-jwt |\n\n${AUTH[lang]}\n\n## Data model\n\n\`\`\`sql\nCREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL UNIQUE, encrypted_password text NOT NULL);\nCREATE TABLE orders (id bigint PRIMARY KEY, user_id bigint NOT NULL REFERENCES users(id));\n\`\`\`\n`,
  });
}

describe('devise-jwt keeps its tokens in the Authorization header', () => {
  it.each(Object.keys(AUTH))('%s: no cookie, no refresh-token purge', { timeout: 60_000 }, async (lang) => {
    const r = await compile({ root: '/p', verify: { skip: true } }, project(lang));
    const auth = r.spec!.auth!;
    expect(auth.strategy.value).toBe('jwt');
    expect(auth.provider?.value).toMatch(/devise/i);
    expect(auth.tokenStorage).toBeNull();
    expect(r.spec!.jobs.map((j) => j.name)).not.toContain('purge-expired-tokens');
  });
});
