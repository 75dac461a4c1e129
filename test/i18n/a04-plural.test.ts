import { describe, expect, it } from 'vitest';
import { corpusRoot } from '../corpus-path.js';
import { compiledProject } from '../helpers/compiled.js';
import { renderedIn } from '../helpers/rendered.js';

/**
 * Issue 13 review: the OWASP A04 row counts the validation and business rules; one rule is "1
 * business rule", never "1 business rules", in English and in every catalog language.
 * bmad-todo-app states exactly one business rule.
 */
describe('the A04 row counts rules in the singular and the plural', () => {
  const row = (md: string) => md.split('\n').find((l) => l.startsWith('| A04 |')) ?? '';
  it.each([
    ['en', '1 business rule enforced'],
    ['es', '1 regla de negocio aplicadas'],
    ['pt', '1 regra de negócio aplicadas'],
    ['fr', '1 règle métier appliquées'],
    ['de', '1 Geschäftsregel in der'],
    ['it', '1 regola di business applicate'],
    ['nl', 'en 1 bedrijfsregel gehandhaafd'],
  ])('%s', async (lang, singular) => {
    const result = await compiledProject(corpusRoot('bmad-todo-app'));
    expect(result.spec!.validation!.businessRules!.length).toBe(1);
    const a04 = row(renderedIn(result, lang));
    expect(a04).toContain(singular);
    expect(a04).not.toMatch(/\b1 business rules\b/);
  });
});
