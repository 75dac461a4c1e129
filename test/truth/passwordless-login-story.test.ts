import { describe, expect, it } from 'vitest';
import { memoryHost } from '../../src/host.js';
import { compile } from '../../src/pipeline.js';

// Issue 13 (rayon: "En tant que cycliste, je veux me connecter sans mot de passe" had no operation,
// although the design states `POST /auth/lien-magique` "Demande d'un lien magique" and `GET
// /auth/lien-magique/{jeton}` "Ouverture de session", and draws both in a sequence diagram first).
// A reflexive sign-in verb ("me connecter", "mich … anmelden", "autenticarmi") is a sign-in, and the
// stated route described as opening a session serves it, whichever statement of the route says so.
const LANGS: Record<string, [story: string, request: string, open: string]> = {
  en: [
    'As a cyclist, I want to log in without a password, so that I follow my repairs.',
    'Request a magic link',
    'Opening a session',
  ],
  fr: [
    'En tant que cycliste, je veux me connecter sans mot de passe, afin de suivre mes réparations.',
    "Demande d'un lien magique",
    'Ouverture de session',
  ],
  es: [
    'Como ciclista, quiero iniciar sesión sin contraseña, para seguir mis reparaciones.',
    'Solicitud de enlace mágico',
    'Apertura de sesión',
  ],
  pt: [
    'Como ciclista, quero entrar sem senha, para acompanhar meus consertos.',
    'Pedido de link mágico',
    'Abertura de sessão',
  ],
  de: [
    'Als Radfahrer möchte ich mich ohne Passwort anmelden, damit ich meine Reparaturen verfolge.',
    'Anforderung eines magischen Link',
    'Sitzung eröffnen',
  ],
  it: [
    'Come ciclista, voglio autenticarmi senza password, per seguire le mie riparazioni.',
    'Richiesta di link magico',
    'Apertura della sessione',
  ],
};

describe('a passwordless sign-in story maps to the stated session route', { timeout: 120_000 }, () => {
  for (const [lang, [story, request, open]] of Object.entries(LANGS))
    it(lang, async () => {
      const r = await compile(
        { root: '/p', verify: { skip: true } },
        memoryHost({
          '/p/docs/prd.md': `# PRD\n\n## User stories\n\n- ${story}\n`,
          '/p/docs/architecture.md': [
            '# Architecture',
            '',
            '```mermaid',
            'sequenceDiagram',
            '    participant C as Cyclist',
            '    participant API as API',
            '    C->>API: POST /api/auth/magic-link',
            '    C->>API: GET /api/auth/magic-link/{token}',
            '```',
            '',
            '```sql',
            'CREATE TABLE cyclists (id uuid PRIMARY KEY, email text NOT NULL);',
            '```',
            '',
            '| Method | Route | Role | Description |',
            '|---|---|---|---|',
            `| POST | \`/api/auth/magic-link\` | public | ${request} |`,
            `| GET | \`/api/auth/magic-link/{token}\` | public | ${open} |`,
            '',
          ].join('\n'),
        }),
      );
      const s = (r.spec!.stories ?? [])[0];
      // The row's description names the step, so the route is the sign-in operation itself.
      expect(s?.operations, JSON.stringify(s)).toEqual(['login']);
    });
});
