import { describe, expect, it } from 'vitest';
import { memoryHost } from '../../src/host.js';
import { compile } from '../../src/pipeline.js';

// A declining language writes the model's own names with its case endings: "reklamaci" (accusative)
// for Reklamace, "zákazníkovi" for Zakaznik. The rule names the entity it constrains, not "—".
const PRD = `# Servis — PRD

## Obchodní pravidla

- **BR-01** Zákazník může reklamaci zrušit nejpozději 48 hodin po jejím podání.
- **BR-02** Jeden zákazník smí mít současně nejvýše 2 otevřené reklamace.
- **BR-03** Reklamaci lze zrušit nejpozději 24 hodin před termínem opravy.
`;
const ARCH = `# Architektura

\`\`\`sql
CREATE TABLE zakaznik (id BIGSERIAL PRIMARY KEY, jmeno VARCHAR(100) NOT NULL);
CREATE TABLE termin (id BIGSERIAL PRIMARY KEY, zacatek TIMESTAMPTZ NOT NULL);
CREATE TABLE reklamace (id BIGSERIAL PRIMARY KEY, zakaznik_id BIGINT NOT NULL REFERENCES zakaznik(id), stav VARCHAR(20) NOT NULL);
\`\`\`
`;

describe('rule targets named by a declined model name', { timeout: 60_000 }, () => {
  it('reads "reklamaci" as Reklamace', async () => {
    const r = await compile(
      { root: '/p', verify: { skip: true } },
      memoryHost({ '/p/docs/prd.md': PRD, '/p/docs/architecture.md': ARCH }),
    );
    const rules = new Map((r.spec!.rules ?? []).map((x) => [x.id, x]));
    expect(rules.get('BR-01')?.text).toContain('48 hodin');
    expect(rules.get('BR-01')?.entity).toBe('Reklamace');
    expect(rules.get('BR-02')?.entity).toBe('Reklamace');
    // Two names, no target read: the first is what the rule is about, the other what its time is
    // measured from ("před termínem").
    expect(rules.get('BR-03')?.entity).toBe('Reklamace');
  });
});
