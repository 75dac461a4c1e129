import { describe, expect, it } from 'vitest';
import { otherLanguage } from '../../src/knowledge/name-language.js';

// A Swedish PRD had been written up in Portuguese ("för", "har", "vi" count as Portuguese words).
// Danish and Norwegian documents share most of those words: each is told apart by its own, so the note
// names the right language and the spec is English rather than Portuguese.
const SV =
  'Kösökande ska själva kunna ställa sig i kön och se sin köplats. Styrelsen ska kunna erbjuda lediga lotter till den som står först i kön, och medlemmar ska kunna betala årsavgiften. Det finns inga lösenord: inloggning sker med BankID, och personnummer lagras krypterat efter att kösökande har lämnat kön. Varje medlem måste utföra minst tio timmar, och en arbetsdag har högst tjugofem deltagare.';
const DA =
  'Ansøgere skal selv kunne stille sig i kø og se deres plads. Bestyrelsen skal kunne tilbyde ledige haver til den, der står først i køen, og medlemmer skal også kunne betale kontingentet. Der er ingen adgangskoder: login sker med MitID, og CPR-numre gemmes krypteret efter at ansøgeren har forladt køen. Hver medlem må ikke have mere end én have, og alle arbejdsdage har højst femogtyve deltagere uden undtagelse af nogen art mellem april og oktober.';
const NB =
  'Søkere skal selv kunne stille seg i kø og se plassen sin. Styret skal kunne tilby ledige parseller til den som står først i køen, og medlemmer skal også kunne betale kontingentet. Det finnes ingen passord: innlogging skjer med BankID, og fødselsnumre lagres kryptert etter at søkeren har forlatt køen. Hver medlem må ikke ha mer enn én parsell, og alle dugnader har høyst tjuefem deltakere uten unntak av noe slag mellom april og oktober.';

describe('Nordic documents', () => {
  it.each([
    ['sv', SV],
    ['da', DA],
    ['nb', NB],
  ])('%s is told apart', (lang, text) => {
    expect(otherLanguage([text.repeat(2)])).toBe(lang);
  });
});
