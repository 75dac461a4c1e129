import { describe, expect, it } from 'vitest';
import { memoryHost } from '../../src/host.js';
import { compile } from '../../src/pipeline.js';
import { catalogFor } from '../../src/render/i18n/index.js';
import { traceabilitySection } from '../../src/render/markdown/sections/17-traceability.js';

// Issue 11: Appendix A cut every requirement longer than 140 characters ("validar tipo/tamaño según
// política de..."): a quote that is no longer what the document says. The requirement is quoted whole,
// in the language it was written in.
const LONG: Record<string, string> = {
  fr: 'EF-3 : Un garage peut annuler une mission tant qu’aucun technicien ne l’a acceptée ; au-delà, l’annulation passe par le support et le technicien est indemnisé selon la grille tarifaire en vigueur.',
  es: 'RF-3: Los adjuntos deben almacenarse con nombre seguro (UUID en disco) y mostrarse con nombre original en la interfaz; validar tipo y tamaño según la política definida por el administrador.',
  de: 'FA-3: Eine Werkstatt kann einen Auftrag stornieren, solange kein Techniker ihn angenommen hat; danach läuft die Stornierung über den Support und der Techniker wird nach der gültigen Preisliste entschädigt.',
};

describe('Appendix A quotes each requirement whole', { timeout: 60_000 }, () => {
  it.each(Object.entries(LONG))('%s', async (lang, line) => {
    const r = await compile(
      { root: '/p', verify: { skip: true } },
      memoryHost({
        '/p/docs/prd.md': `# PRD\n\n## Requirements\n\n- ${line}\n`,
        '/p/docs/architecture.md':
          '# Architecture\n\n```sql\nCREATE TABLE missions (id uuid PRIMARY KEY, status text NOT NULL);\n```\n',
      }),
    );
    const text = line.replace(/^[A-Z]+-\d+\s*:\s*/, '');
    expect(text.length).toBeGreaterThan(140);
    const rendered =
      traceabilitySection.render({ spec: r.spec!, t: catalogFor(lang).messages } as never) ?? '';
    expect(rendered).toContain(text);
  });
});
