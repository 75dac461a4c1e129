import { describe, expect, it } from 'vitest';
import { collectionSegment } from '../../src/derive/api/naming.js';
import { tableName } from '../../src/derive/data/names.js';
import { memoName, memoNameByLanguage } from '../../src/derive/memo-names.js';
import { documentsNameLanguage, withNameLanguage } from '../../src/knowledge/name-language.js';

// Name conversions are asked for once per field, operation and mention (issue 19): each is computed
// once per name, and once per documents' language where a plural depends on it.
describe('memoised name conversions', () => {
  it('computes a conversion once per name', () => {
    let calls = 0;
    const upper = memoName((n) => {
      calls++;
      return n.toUpperCase();
    });
    expect([upper('order'), upper('order'), upper('item'), upper('order')]).toEqual([
      'ORDER',
      'ORDER',
      'ITEM',
      'ORDER',
    ]);
    expect(calls).toBe(2);
  });

  it('keeps one result per documents language', () => {
    let calls = 0;
    const tagged = memoNameByLanguage((n) => {
      calls++;
      return `${documentsNameLanguage()}:${n}`;
    });
    expect(withNameLanguage('es', () => tagged('perfil'))).toBe('es:perfil');
    expect(withNameLanguage('en', () => tagged('perfil'))).toBe('en:perfil');
    expect(withNameLanguage('es', () => tagged('perfil'))).toBe('es:perfil');
    expect(calls).toBe(2);
  });

  it('gives the plural of the language in force, whichever was asked first', () => {
    expect(withNameLanguage('es', () => tableName('Perfil'))).toBe('perfiles');
    expect(withNameLanguage('en', () => tableName('Perfil'))).toBe('perfils');
    expect(withNameLanguage('es', () => collectionSegment('Perfil'))).toBe('perfiles');
    expect(withNameLanguage('en', () => collectionSegment('Perfil'))).toBe('perfils');
  });
});
