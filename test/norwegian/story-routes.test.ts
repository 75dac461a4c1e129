import { describe, expect, it } from 'vitest';
import { memoryHost } from '../../src/host.js';
import { leadCompounds, leadParticle } from '../../src/knowledge/verb-particles.js';
import { compile } from '../../src/pipeline.js';
import { routeGlossary } from '../../src/read/alias-words.js';
import { stepActor } from '../../src/read/step-actor-words.js';

// The misses of a Norwegian trial (a sports club's volunteer shifts): "melde seg på" and "melde seg
// av" both mapped to sign-up and withdrawal (the particles, two letters, were dropped), a story that
// repeats "Opprett vakt under arrangement" also took "Opprett arrangement", "eksportere dem som CSV"
// took the list "Innbetalinger i en periode", "kjøpe seg fri" found no route ("Start frikjøp"), a
// flow whose subject follows its verb ("Etter arrangementet åpner dugnadsansvarlig …") had no actor,
// and "For hver påmeldt forelder krysses det av" took the parent as its actor. The fixtures are a
// choir's and a rowing club's, in English and bokmål.
const SCHEMA =
  '```sql\nCREATE TABLE members (id BIGSERIAL PRIMARY KEY, email TEXT NOT NULL);\nCREATE TABLE concerts (id BIGSERIAL PRIMARY KEY, title TEXT NOT NULL);\nCREATE TABLE rehearsals (id BIGSERIAL PRIMARY KEY, concert_id BIGINT NOT NULL REFERENCES concerts(id), starts_at TIMESTAMPTZ NOT NULL);\nCREATE TABLE fees (id BIGSERIAL PRIMARY KEY, member_id BIGINT NOT NULL REFERENCES members(id), amount INT NOT NULL, status TEXT NOT NULL);\n```\n';
const run = (routes: string, prd: string) =>
  compile(
    { root: '/p', verify: { skip: true } },
    memoryHost({
      '/p/docs/prd.md': prd,
      '/p/docs/architecture.md': `# Architecture\n\n## Data model\n\n${SCHEMA}\n## API\n\n${routes}`,
    }),
  );
const mapped = (r: Awaited<ReturnType<typeof run>>, part: string) => {
  const story = (r.spec!.stories ?? []).find((s) => s.action.includes(part));
  return (story?.operations ?? []).map((id) => {
    const e = r.spec!.endpoints.find((x) => x.operationId === id)!;
    return `${e.method} ${e.path}`;
  });
};

describe('stories mapped onto stated routes by their particles, descriptions and compounds', {
  timeout: 120_000,
}, () => {
  it('a particle turns the verb round: "sign up" / "sign off", "melde seg på" / "av", German "an" / "ab"', () => {
    expect(leadParticle('sign up for a rehearsal')).toBe('on');
    expect(leadParticle('Sign off rehearsal (48 h before)')).toBe('off');
    expect(leadParticle('melde meg av en øvelse')).toBe('off');
    expect(leadParticle('Meld meg på øvelse')).toBe('on');
    expect(leadParticle('melde mich zur Probe an')).toBe('on');
    expect(leadParticle('melde mich von der Probe ab')).toBe('off');
    expect(leadParticle('view the rehearsals of my choir')).toBeNull();
    expect(leadCompounds('kjøpe seg fri fra dugnad')).toContain('frikjøp');
    expect(leadCompounds('buy out of the duty')).toContain('buyout');
  });

  it('a glossary word said by the sub-routes of a resource, and once elsewhere, names that resource (en, nb)', () => {
    const nb = routeGlossary([
      { path: '/concerts/{id}/rehearsals', description: 'Opprett øvelse for konsert' },
      { path: '/rehearsals', description: 'Kommende øvelser for koret mitt' },
      { path: '/rehearsals/{id}/signup', description: 'Meld meg på øvelse' },
      { path: '/rehearsals/{id}/signup', description: 'Meld meg av øvelse' },
      { path: '/swaps/{id}/take', description: 'Overta en øvelse' },
    ]);
    expect(nb.filter((g) => g.text === 'rehearsals').map((g) => g.alias)).toEqual(['øvelse']);
    const en = routeGlossary([
      { path: '/concerts/{id}/rehearsals', description: 'Plan practice for concert' },
      { path: '/rehearsals', description: 'Upcoming practices of my choir' },
      { path: '/rehearsals/{id}/signup', description: 'Join practice' },
      { path: '/substitutions/{id}/take', description: 'Take over a practice' },
    ]);
    expect(en.filter((g) => g.text === 'rehearsals').map((g) => g.alias)).toEqual(['practice']);
  });

  for (const [lang, routes, prd] of [
    [
      'en',
      '| Method | Path | Description | Access |\n|---|---|---|---|\n| POST | /concerts | Create concert | admin |\n| POST | /concerts/{id}/rehearsals | Create rehearsal under concert | admin |\n| GET | /rehearsals | Upcoming rehearsals | member |\n| POST | /rehearsals/{id}/signup | Sign up for rehearsal | member |\n| DELETE | /rehearsals/{id}/signup | Sign off rehearsal (48 h before) | member |\n| GET | /fees | Fees in a period | treasurer |\n| GET | /fees/export.csv | Export of fees (CSV) | treasurer |\n| POST | /fees/buyout | Start buyout (Vipps) | member |\n| POST | /fees/{id}/approve | Approve buyout | admin |\n',
      '# PRD\n\n## Roles\n\n| Role | Description |\n|---|---|\n| Member | sings |\n| Admin | runs the choir |\n| Treasurer | keeps the books |\n\n## Requirements\n\n- **FR-01** The admin can create rehearsals under a concert, with start and end.\n- **FR-02** The treasurer sees all fees and can export them as CSV for a period.\n- **FR-03** A member can buy out of the rehearsal duty for a season, paid with Vipps.\n\n## Stories\n\n- As a member, I want to sign up for a rehearsal, so that I can sing.\n- As a member, I want to sign off a rehearsal, so that my seat is free.\n',
    ],
    [
      'nb',
      '| Metode | Sti | Beskrivelse | Tilgang |\n|---|---|---|---|\n| POST | /concerts | Opprett konsert | admin |\n| POST | /concerts/{id}/rehearsals | Opprett øvelse under konsert | admin |\n| GET | /rehearsals | Kommende øvelser | member |\n| POST | /rehearsals/{id}/signup | Meld meg på øvelse | member |\n| DELETE | /rehearsals/{id}/signup | Meld meg av øvelse (48 t før) | member |\n| GET | /fees | Kontingenter i en periode | treasurer |\n| GET | /fees/export.csv | Eksport av kontingenter (CSV) | treasurer |\n| POST | /fees/buyout | Start frikjøp (Vipps) | member |\n| POST | /fees/{id}/approve | Godkjenn frikjøp | admin |\n',
      '# Produktkrav\n\n## Roller\n\n| Rolle | Systemrolle | Beskrivelse |\n|---|---|---|\n| Korist | `member` | synger |\n| Styreleder | `admin` | leder koret |\n| Kasserer | `treasurer` | fører regnskapet |\n\n## Krav\n\n- **FK-01** Styreleder oppretter øvelser under en konsert, med start og slutt.\n- **FK-02** Kasserer ser alle kontingenter og kan eksportere dem som CSV for en periode.\n- **FK-03** Korist kan kjøpe seg fri fra øvelsesplikten for en sesong. Frikjøpet betales med Vipps.\n\n## Brukerhistorier\n\n- **BH-01** Som korist vil jeg melde meg på en øvelse, slik at jeg får synge.\n- **BH-02** Som korist vil jeg melde meg av en øvelse, slik at plassen blir ledig.\n',
    ],
  ] as const) {
    it(`${lang}: the particle, the longer description, the file route and the verb's compound choose the route`, async () => {
      const r = await run(routes, prd);
      const [create, exp, buy, on, off] =
        lang === 'en'
          ? ['create rehearsals', 'export them', 'buy out', 'sign up', 'sign off']
          : ['oppretter øvelser', 'eksportere dem', 'kjøpe seg fri', 'melde meg på', 'melde meg av'];
      expect(mapped(r, create)).toEqual(['POST /concerts/{id}/rehearsals']);
      expect(mapped(r, exp)).toEqual(['GET /fees/export.csv']);
      expect((r.spec!.stories ?? []).find((s) => s.action.includes(exp))?.role).toBe('treasurer');
      expect(mapped(r, buy)).toEqual(['POST /fees/buyout']);
      expect(mapped(r, on)).toEqual(['POST /rehearsals/{id}/signup']);
      expect(mapped(r, off)).toEqual(['DELETE /rehearsals/{id}/signup']);
    });
  }

  for (const [lang, prd] of [
    [
      'en',
      '- **US-01** As a member, I want to see upcoming rehearsals, so that I can plan.\n- **US-02** As an admin, I want to see the rehearsals of my choir and who sings, so that I can call them.\n',
    ],
    [
      'nb',
      '- **BH-01** Som korist vil jeg se kommende øvelser, slik at jeg kan planlegge.\n- **BH-02** Som styreleder vil jeg se alle øvelsene til koret mitt og hvem som synger, slik at jeg kan purre.\n',
    ],
  ] as const) {
    it(`${lang}: a story moved to the route its role may call takes its requirement along`, async () => {
      const [member, admin] = lang === 'en' ? ['Member', 'Admin'] : ['Korist', 'Styreleder'];
      const r = await run(
        lang === 'en'
          ? '| Method | Path | Description | Access |\n|---|---|---|---|\n| GET | /rehearsals | Upcoming rehearsals | member |\n| GET | /concerts/{id}/rehearsals | Rehearsals and singers of a concert | admin |\n'
          : '| Metode | Sti | Beskrivelse | Tilgang |\n|---|---|---|---|\n| GET | /rehearsals | Kommende øvelser | member |\n| GET | /concerts/{id}/rehearsals | Øvelser og sangere for en konsert | admin |\n',
        lang === 'en'
          ? `# PRD\n\n## Roles\n\n| Role | Code | Description |\n|---|---|---|\n| ${member} | \`member\` | sings |\n| ${admin} | \`admin\` | runs the choir |\n\n## Stories\n\n${prd}`
          : `# Produktkrav\n\n## Roller\n\n| Rolle | Systemrolle | Beskrivelse |\n|---|---|---|\n| ${member} | \`member\` | synger |\n| ${admin} | \`admin\` | leder koret |\n\n## Brukerhistorier\n\n${prd}`,
      );
      const story = (r.spec!.stories ?? []).find((s) => s.role === 'admin')!;
      const route = (id: string) => {
        const e = r.spec!.endpoints.find((x) => x.operationId === id)!;
        return `${e.method} ${e.path}`;
      };
      expect(story.operations.map(route)).toEqual(['GET /concerts/{id}/rehearsals']);
      // The members' route the story was first given no longer claims the admin's story.
      const tagged = r
        .spec!.endpoints.filter((e) => e.requirements.includes(story.id) && e.origin.kind === 'source')
        .map((e) => `${e.method} ${e.path}`);
      expect(tagged).toEqual(['GET /concerts/{id}/rehearsals']);
    });
  }

  it("a subject after its verb (a lead-in without a comma) is the step's actor; a role inside the lead-in is none", () => {
    const roles = [
      { name: 'coordinator', label: 'Dugnadsansvarlig' },
      { name: 'guardian', label: 'Forelder' },
      { name: 'coach', label: 'Coach' },
      { name: 'trainer', label: 'Trainer' },
    ];
    expect(stepActor('Etter kampen åpner dugnadsansvarlig oppmøtelisten.', roles)?.name).toBe('coordinator');
    expect(stepActor('Nach dem Spiel öffnet der Trainer die Liste.', roles)?.name).toBe('trainer');
    expect(stepActor('After the match the coach opens the attendance list.', roles)?.name).toBe('coach');
    expect(stepActor('For hver påmeldt forelder krysses det av for «møtt».', roles)).toBeNull();
    expect(stepActor('For each booked coach the attendance is ticked.', roles)).toBeNull();
  });
});
