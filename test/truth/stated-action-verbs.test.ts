import { describe, expect, it } from 'vitest';
import { memoryHost } from '../../src/host.js';
import { compile } from '../../src/pipeline.js';
import { routeSegmentVerb } from '../../src/read/state-verb-words.js';

// The Italian trial: the contract states `POST /visite/{id}/annulla` and a story asks the owner to
// cancel a visit; the spec designed `POST /visite/{id}/cancel` beside the stated route and gave the
// stated one to nobody who asked for it. A stated route named in the documents' language is the
// state action its verb names.
describe('a stated action route in the documents’ language is the story’s operation', () => {
  it.each([
    ['it', '/visite/{id}/annulla', 'cancel'],
    ['it', '/visite/{id}/chiudi', 'close'],
    ['de', '/termine/{id}/stornieren', 'cancel'],
    ['es', '/citas/{id}/confirmar', 'confirm'],
    ['fr', '/commandes/{id}/rembourser', 'refund'],
  ])('%s: %s names %s', (_lang, path, verb) => {
    expect(routeSegmentVerb(path)).toBe(verb);
  });
  it('near-miss: an English verb or a noun segment names no other verb', () => {
    expect(routeSegmentVerb('/orders/{id}/cancel')).toBeNull();
    expect(routeSegmentVerb('/visite/{id}/pdf')).toBeNull();
    expect(routeSegmentVerb('/termine')).toBeNull();
  });

  it('it: the owner’s cancel story takes the stated /annulla route, no derived /cancel beside it', async () => {
    const r = await compile(
      { root: '/p', verify: { skip: true } },
      memoryHost({
        '/p/docs/prd.md': [
          '# PRD',
          '',
          '## Utenti e ruoli',
          '',
          '| Ruolo | Descrizione |',
          '|---|---|',
          '| Proprietario | prenota le visite |',
          '',
          '## Storie',
          '',
          '**Storia 1.2** Come proprietario, voglio annullare una visita, così da liberare il posto.',
          '',
        ].join('\n'),
        '/p/docs/architecture.md': [
          '# Architettura',
          '',
          '## Visita',
          '',
          '| Campo | Tipo | Obbligatorio | Note |',
          '|---|---|---|---|',
          '| id | UUID | sì | chiave primaria |',
          '| inizio | timestamp | sì | |',
          '| stato | enum | sì | prenotata, confermata, svolta, annullata |',
          '',
          '## API',
          '',
          '- `POST /visite/{id}/annulla` — Annulla una visita',
          '',
        ].join('\n'),
      }),
    );
    const routes = r.spec!.endpoints.map((e) => `${e.method} ${e.path}`);
    expect(routes).toContain('POST /visite/{id}/annulla');
    expect(routes).not.toContain('POST /visite/{id}/cancel');
    const stated = r.spec!.endpoints.find((e) => e.path === '/visite/{id}/annulla')!;
    expect(stated.roles).toContain('proprietario');
  });
});
