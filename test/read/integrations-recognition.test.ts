import { describe, expect, it } from 'vitest';
import { integrationsExtractor } from '../../src/extract/integrations.js';
import { parseMarkdown } from '../../src/markdown/parse.js';
import type { SourceDocument } from '../../src/model/sources.js';

function doc(text: string, path = 'docs/architecture.md'): SourceDocument {
  return {
    path,
    kind: 'architecture',
    classifiedBy: 'test',
    text,
    body: text,
    bodyLineOffset: 0,
    frontMatter: null,
  };
}
function integrations(...texts: string[]) {
  const docs = texts.map((t, i) => doc(t, `docs/d${i}.md`));
  return docs.flatMap(
    (d) =>
      integrationsExtractor.extract({ doc: d, md: parseMarkdown(d), all: docs }).fragment.integrations ?? [],
  );
}
const names = (ms: { name: string; status: string }[]) =>
  [...new Set(ms.map((m) => `${m.name}:${m.status}`))].sort();

describe('integrations need a real mention', () => {
  it('"X API" that is a keyword, a browser or framework interface, or one of our parts is not an integration', () => {
    const ms = integrations(
      '## Integrations\n\n- WHEN API request arrives THEN the system SHALL answer.\n- All API controllers use the filter.\n- Add API docs.\n- Composition API, type safety.\n- Clipboard API for copy.\n- AccountService API client.\n- Bring Your Own LLM API key.\n- YTJ API for company data.\n',
    );
    // Named in a list item without a label: mentioned, not yet chosen.
    expect(names(ms)).toEqual(['YTJ API:mentioned']);
  });
  it('a component of the component table is ours, in any language', () => {
    const ms = integrations(
      '| Componente | Responsabilidad |\n|---|---|\n| Catalog | catálogo |\n',
      '## Integraciones\n\n- Catalog API para productos\n- Telegram Bot API para avisos\n',
    );
    expect(names(ms)).toEqual(['Telegram Bot API:mentioned']);
  });
  it('examples are not choices (en, es, fr, de, pt)', () => {
    for (const text of [
      'The model provider varies (e.g. OpenAI, Hugging Face).',
      'El proveedor varía (por ejemplo OpenAI).',
      'Le fournisseur varie (par exemple OpenAI).',
      'Der Anbieter variiert (z. B. OpenAI).',
      'O provedor varia (por exemplo OpenAI).',
    ]) {
      const ms = integrations(`## Integrations\n\n- **LLM:** ${text}\n`);
      expect(
        ms.map((m) => m.status),
        text,
      ).toEqual(['mentioned']);
    }
    expect(integrations('## Integrations\n\n- **LLM:** OpenAI\n').map((m) => m.status)).toEqual(['chosen']);
    // Structural example markers where there is no lexicon (zh).
    expect(integrations('- **密钥前缀:** 业界惯例（如OpenAI、Stripe）\n').map((m) => m.status)).toEqual([
      'mentioned',
      'mentioned',
    ]);
  });
  it('a lower-case brand in a command is not the service; a possessive "ses" is not Amazon SES', () => {
    expect(integrations('Run `update-agent-context.sh claude` after planning.')).toEqual([]);
    expect(integrations('Un garage configure ses informations; ella guarda ses datos.')).toEqual([]);
    expect(names(integrations('Mail goes out through Amazon SES.'))).toEqual(['Amazon SES:mentioned']);
  });
  it('a status column rejects its rows (es, fr, de, pt)', () => {
    for (const [h, no] of [
      ['Estado', 'Rechazado'],
      ['Statut', 'Écarté'],
      ['Status', 'Abgelehnt'],
      ['Status', 'Rejeitado'],
    ] as const) {
      const ms = integrations(`| Proveedor | ${h} |\n|---|---|\n| Stripe | ✅ |\n| PayPal | ${no} |\n`);
      expect(names(ms), h).toEqual(['PayPal:rejected', 'Stripe:chosen']);
    }
  });
});

describe('a status symbol with words beside it', () => {
  it('the words are the more precise status: "⏳ Phase 2" defers, "✅ im Einsatz" chooses (de, en, es, fr, pt)', () => {
    // A German trial: "| Twilio | SMS | ⏳ Phase 2 |" made Twilio an integration in use with a job.
    for (const [later, inUse] of [
      ['⏳ Phase 2', '✅ im Einsatz'],
      ['⏳ Phase 2', '✅ Accepted'],
      ['⏳ Fase 2', '✅ Aceptado'],
      ['⏳ Phase 2', '✅ Retenu'],
      ['⏳ Fase 2', '✅ Aceito'],
    ] as const) {
      const ms = integrations(
        `| Dienst | Status |\n|---|---|\n| Stripe | ${inUse} |\n| Twilio | ${later} |\n`,
      );
      expect(names(ms), later).toEqual(['Stripe:chosen', 'Twilio:future']);
    }
    expect(names(integrations('| Dienst | Status |\n|---|---|\n| Stripe | ✅ |\n| Twilio | ⏳ |\n'))).toEqual(
      ['Stripe:chosen', 'Twilio:mentioned'],
    );
  });
});

describe('options are not choices', () => {
  it('"Option A: X (recommended)" leaves X an option (en, es, pt, fr, de)', () => {
    for (const label of ['Option A', 'Opción A', 'Opção 1', 'Variante A', 'Alternative B']) {
      const ms = integrations(`## Email\n\n**${label}: SendGrid** (recommended)\n`);
      expect(
        ms.map((m) => m.status),
        label,
      ).toEqual(['mentioned']);
    }
  });
  it('a status tag on the heading defers what the section names', () => {
    const ms = integrations('#### 7.1 Instagram API (Fase 2)\n\n- **Librería**: Stripe SDK\n');
    expect(ms.map((m) => `${m.name}:${m.status}`)).toEqual(['Stripe:future']);
  });
});

describe('our own interfaces are not integrations', () => {
  it('a name the documents also give to one of our endpoints or screens', () => {
    const ms = integrations(
      '## Integrations\n\n- Backend Graph Introspection (Neighborhood API)\n- Billing data from the Tally API\n',
      'ARCH-V4 (Neighborhood Endpoint) serves the graph.\n',
    );
    expect(names(ms)).toEqual(['Tally API:mentioned']);
  });
});
