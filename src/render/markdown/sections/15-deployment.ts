import type { Section } from '../../types.js';
import { translateText } from '../derived-prose.js';
import { blocks, heading, table } from '../format.js';
import { sourceWithFrom } from './operations/cite.js';

/** Section 15: environment variables, migration strategy, rollback procedure, prerequisites. */
export const deploymentSection: Section = {
  id: 'deployment',
  render({ spec, t }) {
    const d = spec.deployment;
    if (!d) return null;
    const m = t.operations.deployment;
    return blocks(
      heading(2, t.common.sections.deployment),
      heading(3, m.env),
      table(
        m.envHeader,
        d.env.map((e) => [
          `\`${e.name}\``,
          e.description,
          `\`${placeholder(e.example, t.derived)}\``,
          e.secret ? m.yes : m.no,
          e.required ? m.yes : m.no,
          sourceWithFrom(e.origin),
        ]),
      ),
      m.secrets,
      d.migration
        ? blocks(
            // Headings are outside the document-wide phrasebook pass: a derived tool name is translated here.
            heading(3, m.migration(translateText(d.migration.tool, t.derived))),
            `${d.migration.steps.map((s, i) => `${i + 1}. ${s}`).join('\n')}\n\n${sourceWithFrom(d.migration.origin)}`,
          )
        : m.noMigration,
      heading(3, m.rollback),
      d.rollback.map((r, i) => `${i + 1}. ${r}`).join('\n'),
      d.prerequisites.length > 0 &&
        blocks(
          heading(3, m.prerequisites),
          d.prerequisites.map((p) => `- ${p.item} ${sourceWithFrom(p.origin)}`).join('\n'),
        ),
    );
  },
};

/**
 * `<from the provider dashboard>` → `<desde el panel del proveedor>`: a placeholder's words are prose
 * in the document's language; a command after `: ` (`openssl rand -base64 32`) stays as written.
 */
function placeholder(example: string, phrases: Readonly<Record<string, string>>): string {
  const m = /^<([^:<>]+)((?:: [^<>]*)?)>$/.exec(example);
  return m ? `<${translateText(m[1]!, phrases)}${m[2]}>` : example;
}
