import { describe, expect, it } from 'vitest';
import { capability } from '../../src/extract/stories.js';
import { memoryHost } from '../../src/host.js';
import { withNameLanguage } from '../../src/knowledge/name-language.js';
import { compile } from '../../src/pipeline.js';
import { intentsOf, objectNoun } from '../../src/read/story-words.js';

// Italian stories ("Come socio, voglio prenotare un corso, così da …") and requirements ("La
// reception può creare, spostare e annullare le prenotazioni") gave "no action verb of the five
// languages read", and a `Ruolo | Descrizione` table under "Utenti e ruoli" gave no roles.
describe('Italian story verbs', () => {
  it.each([
    ['prenotare un corso online', ['create']],
    ['vedere le mie prenotazioni', ['view']],
    ['visualizzare il calendario dei corsi', ['view']],
    ['cercare i soci per cognome', ['search']],
    ['modificare i dati del socio', ['update']],
    ['eliminare un corso', ['delete']],
    ['gestire gli istruttori', ['manage']],
    ['annullare una prenotazione', [{ kind: 'state', verb: 'cancel', word: 'annullare' }]],
    ['chiudere un abbonamento', [{ kind: 'state', verb: 'close', word: 'chiudere' }]],
    ['approvare una richiesta di rimborso', [{ kind: 'state', verb: 'approve', word: 'approvare' }]],
    ['confermare la prenotazione', [{ kind: 'state', verb: 'confirm', word: 'confermare' }]],
    ['registrarsi al portale', [{ kind: 'auth', step: 'register' }]],
  ])('%s', (action, intents) => {
    const read = intentsOf(action).map((i) => (typeof intents[0] === 'string' ? i.kind : i));
    expect(read).toEqual(intents);
  });

  it('exports and PDFs', () => {
    expect(intentsOf('scaricare la ricevuta in PDF')).toContainEqual({
      kind: 'export',
      pdf: true,
      many: false,
    });
    expect(intentsOf('esportare gli abbonamenti')[0]?.kind).toBe('export');
  });

  it('takes the head noun after the verb, articles passed over', () => {
    expect(objectNoun('prenotare il corso di yoga')).toBe('corso');
    expect(objectNoun('scaricare la ricevuta del mio abbonamento')).toBe('ricevuta');
  });
});

describe('Italian capability sentences', () => {
  it.each([
    ['FR1: Il socio può prenotare un corso.', 'socio', 'prenotare un corso.'],
    ['Gli istruttori possono vedere i propri corsi', 'istruttori', 'vedere i propri corsi'],
    ["L'amministratore potrà gestire gli abbonamenti", 'amministratore', 'gestire gli abbonamenti'],
  ])('%s', (text, actor, action) => {
    expect(capability(text)).toEqual({ actor, action });
  });

  it('reads the present tense of a known verb, in Italian documents only', () => {
    const s = 'La reception emette la ricevuta del pagamento';
    expect(withNameLanguage('it', () => capability(s))).toEqual({
      actor: 'reception',
      action: 'emettere la ricevuta del pagamento',
    });
    // Spanish writes "crea" and "cerca" too ("La farmacia cerca de la estación").
    expect(
      withNameLanguage('es', () => capability('La farmacia cerca de la estación abre a las 8')),
    ).toBeNull();
  });

  it('the system and passive or negated sentences are no actor', () => {
    expect(
      withNameLanguage('it', () => capability('Il sistema invia un promemoria 24 ore prima.')),
    ).toBeNull();
    expect(capability('La prenotazione può essere annullata fino a 12 ore prima.')).toBeNull();
    expect(capability('Le ricevute non possono mai essere cancellate.')).toBeNull();
  });
});

describe('an Italian project', { timeout: 60_000 }, () => {
  it('reads the roles table and maps stories and requirements to operations', async () => {
    const r = await compile(
      { root: '/p', verify: { skip: true } },
      memoryHost({
        '/p/docs/prd.md': `# PRD — Palestra

## Requisiti

- FR1: Il socio può prenotare un corso scegliendo giorno e orario.
- FR2: La reception può creare, spostare e annullare le prenotazioni di qualsiasi socio.
- FR3: L'istruttore registra le presenze del corso.

## Utenti e ruoli

| Ruolo | Descrizione |
|---|---|
| Socio | Iscritto alla palestra |
| Reception | Gestisce prenotazioni e abbonamenti |
| Istruttore | Tiene i corsi |
| Amministratore | Titolare della palestra |

## Storie

**Storia 1.1** Come socio, voglio annullare una prenotazione, così da liberare il posto.

**Storia 1.2** In qualità di reception, voglio vedere le prenotazioni del giorno.
`,
        '/p/docs/architecture.md': `# Architettura

Un monolite in Go con PostgreSQL.

## Prenotazione

| Campo | Tipo | Obbligatorio |
|---|---|---|
| id | UUID | sì |
| socio | testo | sì |
| inizio | data e ora | sì |
| stato | enum(prenotata, annullata) | sì |

## Presenza

| Campo | Tipo | Obbligatorio |
|---|---|---|
| id | UUID | sì |
| prenotazione_id | UUID | sì |
`,
      }),
    );
    const spec = r.spec!;
    expect(spec.roles.map((x) => x.name).sort()).toEqual([
      'amministratore',
      'istruttore',
      'reception',
      'socio',
    ]);
    const ops = (needle: string) => spec.stories!.find((s) => s.action.startsWith(needle))?.operations ?? [];
    expect(ops('annullare una prenotazione')).toEqual(['cancelPrenotazione']);
    expect(spec.stories!.find((s) => s.action.startsWith('annullare'))?.action).toBe(
      'annullare una prenotazione',
    );
    expect(ops('vedere le prenotazioni')).toEqual(['listPrenotazioni']);
    expect(ops('creare, spostare e annullare')).toEqual(
      expect.arrayContaining(['createPrenotazione', 'cancelPrenotazione']),
    );
    expect(ops('registrare le presenze')).toEqual(['createPresenza']);
  });
});
