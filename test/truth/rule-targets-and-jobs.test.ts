import { describe, expect, it } from 'vitest';
import { memoryHost } from '../../src/host.js';
import type { BusinessRule } from '../../src/model/spec/rules.js';
import { compile } from '../../src/pipeline.js';

// Issue 11, the business-rules table, on the dugnad trial (nb and its English translation) and the
// Turkish tool library: a quota over a season checked in createShift, a rule read twice (its second
// sentence again), a stated purge that was a "service check", targets "—" where only the route
// table's words name the entity.

const DATA = `\`\`\`sql
CREATE TABLE families (id uuid PRIMARY KEY, name text NOT NULL);
CREATE TABLE shifts (id uuid PRIMARY KEY, family_id uuid REFERENCES families(id), starts_at timestamptz NOT NULL);
CREATE TABLE swaps (id uuid PRIMARY KEY, shift_id uuid NOT NULL REFERENCES shifts(id), status text NOT NULL);
\`\`\``;

const CLUB = {
  en: {
    prd: `# PRD\n\n## Functional requirements\n\n- **FR-01** The coordinator creates shifts with start and end.\n- **FR-02** A parent can offer a shift for swap; another parent can take over the shift. The swap is valid only once the coordinator has approved it.\n\n## Business rules\n\n- **BR-01** A family must have at least 4 shifts per season.\n- **BR-02** Personal data about parents is deleted 13 months after the last child has left the club.\n`,
    arch: `# Architecture\n\n## Data\n\n${DATA}\n\n## Routes\n\n| Method | Path | Description |\n|---|---|---|\n| POST | /shifts | Create a shift (FR-01) |\n\n## Jobs\n\n- **purge-personal-data** — first day of every month at 03:00: deletes families who left more than 13 months ago.\n- **send-digest** — every day at 07:00: sends the list of open shifts to the coordinator.\n- **cancel-unpaid** — every hour: cancels swaps not paid within 48 hours.\n`,
  },
  nb: {
    prd: `# PRD\n\n## Funksjonelle krav\n\n- **FK-01** Dugnadsansvarlig oppretter vakter med start og slutt.\n- **FK-02** Forelder kan tilby en vakt til bytte; en annen forelder kan ta over vakten. Byttet gjelder bare når dugnadsansvarlig har godkjent det.\n\n## Forretningsregler\n\n- **FR-01** En familie skal ha minst 4 vakter per sesong.\n- **FR-02** Personopplysninger om foreldre slettes 13 måneder etter at siste barn har sluttet i klubben.\n`,
    arch: `# Arkitektur\n\n## Data\n\n${DATA}\n\n## Ruter\n\n| Metode | Sti | Beskrivelse |\n|---|---|---|\n| POST | /shifts | Opprett vakt (FK-01) |\n\n## Bakgrunnsjobber\n\n- **purge-personal-data** — første dag i hver måned kl. 03:00: sletter familier som sluttet for mer enn 13 måneder siden.\n- **send-digest** — hver dag kl. 07:00: sender listen over ledige vakter til dugnadsansvarlig.\n- **cancel-unpaid** — hver time: kansellerer bytter som ikke er betalt innen 48 timer.\n`,
  },
};

const compiled = async (files: Record<string, string>) =>
  (await compile({ root: '/p', verify: { skip: true } }, memoryHost(files))).spec!;

describe('the club rules', { timeout: 120_000 }, () => {
  for (const [lang, docs] of Object.entries(CLUB))
    it(lang, async () => {
      const spec = await compiled({ '/p/docs/prd.md': docs.prd, '/p/docs/architecture.md': docs.arch });
      const rules = spec.rules ?? [];
      const said = (words: RegExp): BusinessRule[] => rules.filter((r) => words.test(r.text));
      // A quota over a season: counted over it, checked by no create and raising no error.
      const [quota] = said(/4 (?:shifts|vakter)/);
      expect(quota).toMatchObject({ enforcement: 'period-quota', operations: [], errorCode: null });
      // The purge the documents state is the job that enforces the deletion (of two jobs read as
      // purges, the one stating the rule's 13 months).
      const [purge] = said(/13 (?:months|måneder)/);
      expect(purge).toMatchObject({
        enforcement: 'job',
        errorCode: null,
        job: { name: 'purge-personal-data' },
      });
      // The swap sentence is read once, with its requirement, not again on its own.
      expect(said(/(?:valid only once|gjelder bare når)/)).toHaveLength(1);
    });
});

const LIBRARY = {
  en: {
    rule: '- **BR-01:** A member may borrow at most 3 pieces of equipment at the same time.',
    routes: [
      '| GET | /api/v1/tools | Equipment catalogue | everyone |',
      '| POST | /api/v1/tools | Add equipment | admin |',
      '| PATCH | /api/v1/tools/{id} | Edit equipment | admin |',
      '| POST | /api/v1/loans/{id}/return | Record a return | volunteer |',
    ],
  },
  tr: {
    rule: '- **İK-01:** Bir üye aynı anda en fazla 3 alet ödünç alabilir.',
    routes: [
      '| GET | /api/v1/tools | Alet kataloğu | herkes |',
      '| POST | /api/v1/tools | Alet ekle | admin |',
      '| PATCH | /api/v1/tools/{id} | Alet düzenle | admin |',
      '| POST | /api/v1/loans/{id}/return | İadeyi kaydet | volunteer |',
    ],
  },
};

describe('a rule names its entity by the route table glossary, not its writes', { timeout: 120_000 }, () => {
  for (const [lang, { rule, routes }] of Object.entries(LIBRARY))
    it(lang, async () => {
      const spec = await compiled({
        '/p/docs/prd.md': `# PRD\n\n## Rules\n\n${rule}\n`,
        '/p/docs/architecture.md': `# Architecture\n\n\`\`\`sql\nCREATE TABLE tools (id uuid PRIMARY KEY, name text NOT NULL);\nCREATE TABLE loans (id uuid PRIMARY KEY, tool_id uuid NOT NULL REFERENCES tools(id));\n\`\`\`\n\n| Method | Path | Description | Access |\n|---|---|---|---|\n${routes.join('\n')}\n`,
      });
      const [r] = spec.rules ?? [];
      expect(r?.entity).toBe('Tool');
      // Counting the tools on loan limits no creation of tools.
      expect(r?.operations).not.toContain('createTool');
    });
});
