import { describe, expect, it } from 'vitest';
import { pluralRomance, singularRomance } from '../../src/knowledge/inflect.js';
import { documentsLanguage, dominantLanguage, nameLanguage } from '../../src/knowledge/name-language.js';

// Italian names were pluralised the Spanish way (`animales`, `visitas`, `fatturas`): Italian makes
// its plural by changing the final vowel (Serianni, Grammatica italiana III.100–130).
describe('Italian plurals and singulars', () => {
  it.each([
    ['animale', 'animali'],
    ['visita', 'visite'],
    ['fattura', 'fatture'],
    ['proprietario', 'proprietari'],
    ['veterinario', 'veterinari'],
    ['vaccinazione', 'vaccinazioni'],
    ['nota', 'note'],
    ['banca', 'banche'],
    ['medico', 'medici'],
    ['catalogo', 'cataloghi'],
    ['problema', 'problemi'],
    ['città', 'città'],
    ['specie', 'specie'],
    ['sport', 'sport'],
    ['arancia', 'arance'],
    ['servizio', 'servizi'],
  ])('%s → %s', (one, many) => {
    expect(pluralRomance(one, 'it')).toBe(many);
  });

  it.each([
    ['animali', 'animale'],
    ['proprietari', 'proprietario'],
    ['veterinari', 'veterinario'],
    ['vaccinazioni', 'vaccinazione'],
    ['servizi', 'servizio'],
    ['prodotti', 'prodotto'],
    ['banche', 'banca'],
    ['cataloghi', 'catalogo'],
    ['diagnosi', 'diagnosi'],
    // A final -e is as often singular as plural: it stays as written, never `animala`.
    ['animale', 'animale'],
    ['visita', 'visita'],
  ])('%s → %s', (many, one) => {
    expect(singularRomance(many, 'it')).toBe(one);
  });

  it('tells Italian documents from the other five, and gives them an Italian spec', () => {
    const text =
      'Il proprietario può prenotare una visita. Le fatture sono conservate per 10 anni e non possono mai essere cancellate. La segreteria gestisce le visite degli animali della clinica e ogni promemoria viene inviato.';
    expect(documentsLanguage([text])).toBe('it');
    expect(dominantLanguage([text.repeat(5)])).toBe('it');
    expect(
      documentsLanguage(['La secretaría gestiona las visitas de los animales y cada recordatorio se envía.']),
    ).toBe('es');
    expect(nameLanguage(['visita'], 'it')).toBe('it');
    expect(nameLanguage(['user'], 'it')).toBe('en');
  });
});
