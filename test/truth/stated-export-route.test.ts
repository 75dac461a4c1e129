import { describe, expect, it } from 'vitest';
import { memoryHost } from '../../src/host.js';
import { compile } from '../../src/pipeline.js';

// Issue 13 (rayon: "exporter les factures et les adhésions d'un mois au format CSV" mapped to the
// invoice's PDF download `GET /moi/factures/{id}.pdf`, beside the stated `GET /exports/comptabilite`
// "Export CSV du mois"). The one stated export route whose words the story shares is the export.
const LANGS: Record<string, [story: string, pdf: string, exp: string]> = {
  en: [
    'As a treasurer, I want to export the invoices of a month as CSV, so that I import them.',
    'Download an invoice',
    'CSV export of the month',
  ],
  fr: [
    "En tant que trésorier, je veux exporter les factures d'un mois au format CSV, afin de les importer.",
    'Télécharger une facture',
    'Export CSV du mois',
  ],
  es: [
    'Como tesorero, quiero exportar las facturas de un mes en CSV, para importarlas.',
    'Descargar una factura',
    'Exportación CSV del mes',
  ],
  pt: [
    'Como tesoureiro, quero exportar as faturas de um mês em CSV, para importá-las.',
    'Baixar uma fatura',
    'Exportação CSV do mês',
  ],
  de: [
    'Als Kassenwart möchte ich die Rechnungen eines Monats als CSV exportieren, damit ich sie importiere.',
    'Rechnung herunterladen',
    'CSV-Export des Monats',
  ],
  it: [
    'Come tesoriere, voglio esportare le fatture di un mese in CSV, per importarle.',
    'Scaricare una fattura',
    'Esportazione CSV del mese',
  ],
};
const TABLE: Record<string, string> = {
  en: 'invoices',
  fr: 'factures',
  es: 'facturas',
  pt: 'faturas',
  de: 'rechnungen',
  it: 'fatture',
};

describe('an export story maps to the stated export route', { timeout: 120_000 }, () => {
  for (const [lang, [story, pdf, exp]] of Object.entries(LANGS))
    it(lang, async () => {
      const t = TABLE[lang]!;
      const r = await compile(
        { root: '/p', verify: { skip: true } },
        memoryHost({
          '/p/docs/prd.md': `# PRD\n\n## User stories\n\n- ${story}\n`,
          '/p/docs/architecture.md': [
            '# Architecture',
            '',
            '```sql',
            `CREATE TABLE ${t} (id uuid PRIMARY KEY, total_cents int NOT NULL);`,
            '```',
            '',
            '| Method | Route | Role | Description |',
            '|---|---|---|---|',
            `| GET | \`/api/me/${t}/{id}.pdf\` | treasurer | ${pdf} |`,
            `| GET | \`/api/exports/accounting?month=2026-11\` | treasurer | ${exp} |`,
            '',
          ].join('\n'),
        }),
      );
      const s = (r.spec!.stories ?? [])[0];
      const paths = (s?.operations ?? []).map(
        (id) => r.spec!.endpoints.find((e) => e.operationId === id)?.path,
      );
      expect(paths, JSON.stringify(s)).toEqual(['/api/exports/accounting']);
    });
});
