import { describe, expect, it } from 'vitest';
import { mentionPattern } from '../../src/derive/api/naming.js';
import { withNameLanguage } from '../../src/knowledge/name-language.js';

// Several compiles in one process (the MCP server, the library, a test worker): a pattern built while
// a Spanish project was compiled must not decide how an English project's entity is recognised.
describe('entity mention patterns follow the documents’ language of the compile that asks', () => {
  it('a Spanish compile first does not change the English plural', () => {
    const es = withNameLanguage('es', () => mentionPattern('Direccion'));
    const en = withNameLanguage('en', () => mentionPattern('Brand'));
    const enAfterEs = withNameLanguage('es', () => mentionPattern('Brand'));
    expect(es.test('las direcciones')).toBe(true);
    expect(en.test('manage brands')).toBe(true);
    expect(withNameLanguage('en', () => mentionPattern('Brand'))).toBe(en);
    expect(enAfterEs).not.toBe(en);
  });
});
