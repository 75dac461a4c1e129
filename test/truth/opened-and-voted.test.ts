import { describe, expect, it } from 'vitest';
import { memoryHost } from '../../src/host.js';
import { compile } from '../../src/pipeline.js';
import { intentsOf, verbNounEntity } from '../../src/read/story-words.js';

// Issue 13 (operations from what users do), found by an Italian BMAD v6 trial (a condominium
// service): "aprire una segnalazione di guasto con foto" read no action verb, and "votare ogni punto
// dell'ordine del giorno" mapped to nothing although `POST /assemblee/{id}/voti` was stated and the
// model had `Voto`. Opening a ticket creates it; a verb whose stem names an entity creates that
// entity (rule derive/create-from-verb-noun). The same project in six languages.

interface Words {
  intro: string;
  roles: string;
  tickets: string;
  meetings: string;
  votes: string;
  status: [string, string];
  open: string;
  vote: string;
  list: string;
}

const LANGS: [string, Words][] = [
  [
    'en',
    {
      intro: 'The service is one monolith with a PostgreSQL database; its routes are listed below.',
      roles: 'Roles: owner, administrator.',
      tickets: 'tickets',
      meetings: 'meetings',
      votes: 'votes',
      status: ['open', 'closed'],
      open: 'As an owner, I want to open a ticket about a broken lift with a photo, so that it gets fixed.',
      vote: 'As an owner, I want to vote on each item of the agenda, so that my share counts.',
      list: 'As an administrator, I want to open the list of tickets, so that nothing is forgotten.',
    },
  ],
  [
    'es',
    {
      intro: 'El servicio es un monolito con una base de datos PostgreSQL; sus rutas están abajo.',
      roles: 'Roles: propietario, administrador.',
      tickets: 'incidencias',
      meetings: 'juntas',
      votes: 'votos',
      status: ['abierta', 'cerrada'],
      open: 'Como propietario, quiero abrir una incidencia de avería con foto, para que la reparen.',
      vote: 'Como propietario, quiero votar cada punto del orden del día, para que mi cuota cuente.',
      list: 'Como administrador, quiero abrir la lista de incidencias, para no olvidar ninguna.',
    },
  ],
  [
    'pt',
    {
      intro: 'O serviço é um monólito com um banco de dados PostgreSQL; suas rotas estão abaixo.',
      roles: 'Papéis: condômino, síndico.',
      tickets: 'chamados',
      meetings: 'assembleias',
      votes: 'votos',
      status: ['aberto', 'fechado'],
      open: 'Como condômino, quero abrir um chamado de avaria com foto, para que seja consertado.',
      vote: 'Como condômino, quero votar cada item da pauta, para que minha fração conte.',
      list: 'Como síndico, quero abrir a lista de chamados, para não esquecer nenhum.',
    },
  ],
  [
    'fr',
    {
      intro: 'Le service est un monolithe avec une base de données PostgreSQL ; ses routes sont ci-dessous.',
      roles: 'Rôles : copropriétaire, syndic.',
      tickets: 'demandes',
      meetings: 'assemblees',
      votes: 'votes',
      status: ['ouverte', 'fermee'],
      open: "En tant que copropriétaire, je veux ouvrir une demande d'intervention avec photo, afin qu'elle soit traitée.",
      vote: "En tant que copropriétaire, je veux voter chaque point de l'ordre du jour, afin que ma quote-part compte.",
      list: 'En tant que syndic, je veux ouvrir la liste des demandes, afin de ne rien oublier.',
    },
  ],
  [
    'de',
    {
      intro: 'Der Dienst ist ein Monolith mit einer PostgreSQL-Datenbank; seine Routen stehen unten.',
      roles: 'Rollen: Eigentümer, Verwalter.',
      tickets: 'meldungen',
      meetings: 'versammlungen',
      votes: 'abstimmungen',
      status: ['offen', 'geschlossen'],
      open: 'Als Eigentümer möchte ich eine Meldung mit Foto eröffnen, damit der Schaden behoben wird.',
      vote: 'Als Eigentümer möchte ich über jeden Punkt der Tagesordnung abstimmen, damit mein Anteil zählt.',
      list: 'Als Verwalter möchte ich die Liste der Meldungen öffnen, damit nichts vergessen wird.',
    },
  ],
  [
    'it',
    {
      intro: 'Il servizio è un monolite con una base di dati PostgreSQL; le sue rotte sono qui sotto.',
      roles: 'Ruoli: condòmino, amministratore.',
      tickets: 'segnalazioni',
      meetings: 'assemblee',
      votes: 'voti',
      status: ['aperta', 'chiusa'],
      open: "Come condòmino, voglio aprire una segnalazione di guasto con foto, così che l'amministratore intervenga.",
      vote: "Come condòmino, voglio votare ogni punto dell'ordine del giorno, così che la mia quota millesimale conti.",
      list: "Come amministratore, voglio aprire l'elenco delle segnalazioni, per non dimenticarne nessuna.",
    },
  ],
];

function project(w: Words): Record<string, string> {
  const [open, closed] = w.status;
  return {
    '/p/docs/prd.md': `# PRD\n\n## Stories\n\n- ${w.open}\n- ${w.vote}\n- ${w.list}\n`,
    '/p/docs/architecture.md': `# Architecture

${w.intro}

${w.roles}

\`\`\`sql
CREATE TYPE stato AS ENUM ('${open}', '${closed}');
CREATE TABLE ${w.tickets} (id uuid PRIMARY KEY, title text NOT NULL, status stato NOT NULL DEFAULT '${open}');
CREATE TABLE ${w.meetings} (id uuid PRIMARY KEY, held_on date NOT NULL);
CREATE TABLE ${w.votes} (id uuid PRIMARY KEY, ${w.meetings}_id uuid NOT NULL REFERENCES ${w.meetings}(id), item int NOT NULL);
\`\`\`

| Method | Path | Description |
|---|---|---|
| POST | /${w.tickets} | ${w.tickets} |
| POST | /${w.meetings}/{id}/${w.votes} | ${w.votes} |
`,
  };
}

describe('opening a ticket and voting, in six languages', { timeout: 120_000 }, () => {
  it.each(LANGS)('%s', async (_lang, w) => {
    const r = await compile({ root: '/p', verify: { skip: true } }, memoryHost(project(w)));
    const spec = r.spec!;
    const stories = spec.stories ?? [];
    const story = (s: string) => stories.find((x) => x.action.length > 0 && s.includes(x.action));
    const listing = JSON.stringify(stories.map((s) => [s.action, s.operations, s.unmapped]));
    const route = (method: string, path: string) =>
      spec.endpoints.find((e) => e.method === method && e.path.endsWith(path));
    // Opening a ticket is the stated create, not a read of the tickets.
    expect(story(w.open)?.operations, listing).toEqual([route('POST', `/${w.tickets}`)!.operationId]);
    // The verb's stem names the vote entity: the stated vote route, the rule named on the trace.
    const vote = story(w.vote);
    expect(vote?.operations, listing).toEqual([route('POST', `/${w.meetings}/{id}/${w.votes}`)!.operationId]);
    expect(vote?.rule).toBe('derive/create-from-verb-noun');
    // Opening a list opens no record: a read of the tickets.
    const list = story(w.list);
    expect(list?.operations.length, listing).toBe(1);
    const read = spec.endpoints.find((e) => e.operationId === list!.operations[0]);
    expect(read?.method, listing).toBe('GET');
    expect(list?.rule).toBeUndefined();
  });
});

describe('opening and verb nouns, read alone', () => {
  it.each([
    ['en', 'open a support case'],
    ['es', 'abrir una incidencia'],
    ['pt', 'abrir um chamado'],
    ['fr', 'ouvrir une demande'],
    ['de', 'ein Konto eröffnen'],
    ['it', 'aprire una segnalazione'],
  ])('%s: opening asks for a new record, only when its object is an entity', (_lang, action) => {
    expect(intentsOf(action)).toEqual([{ kind: 'create', composed: true }]);
  });

  it.each([
    ['en', 'open the app'],
    ['es', 'abrir la página de pagos'],
    ['pt', 'abrir a tela de pedidos'],
    ['fr', 'ouvrir la liste des demandes'],
    ['de', 'die Liste der Meldungen öffnen'],
    ['it', "aprire l'elenco delle segnalazioni"],
  ])('%s: opening a screen is a read', (_lang, action) => {
    expect(intentsOf(action)).toEqual([{ kind: 'view' }]);
  });

  it.each([
    ['en', 'open the ticket'],
    ['en', 'open an upcoming appointment'],
    ['es', 'abrir una cita existente'],
    ['es', 'abrir la incidencia'],
    ['pt', 'abrir o chamado'],
    ['fr', 'ouvrir la mission'],
    ['de', 'die Meldung öffnen'],
    ['it', 'aprire la segnalazione'],
  ])('%s: opening a known record views it', (_lang, action) => {
    expect(intentsOf(action)).toEqual([{ kind: 'view' }]);
  });

  it('a status value "open" is no verb', () => {
    expect(intentsOf('see the open tickets')).toEqual([{ kind: 'view' }]);
    expect(intentsOf('vedere le segnalazioni aperte')).toEqual([{ kind: 'view' }]);
  });

  it.each([
    ['en', 'vote on a motion', ['Motion', 'Vote'], 'Vote'],
    ['en', 'like a post', ['Post', 'Like'], 'Like'],
    ['en', 'comment on a post', ['Post', 'Comment'], 'Comment'],
    ['es', 'votar cada punto', ['Punto', 'Voto'], 'Voto'],
    ['pt', 'votar cada item', ['Item', 'Voto'], 'Voto'],
    ['fr', 'voter chaque point', ['Point', 'Vote'], 'Vote'],
    ['fr', 'commenter un article', ['Article', 'Commentaire'], 'Commentaire'],
    ['de', 'über einen Antrag abstimmen', ['Antrag', 'Abstimmung'], 'Abstimmung'],
    ['it', 'votare ogni punto', ['Punto', 'Voto'], 'Voto'],
    ['it', 'commentare un annuncio', ['Annuncio', 'Commento'], 'Commento'],
  ])('%s: "%s" creates the entity its verb names', (_lang, action, names, entity) => {
    expect(verbNounEntity(action, names)).toBe(entity);
  });

  it('never for a verb a lexicon reads, a short stem, or a name that only starts alike', () => {
    expect(verbNounEntity('list the votes', ['Vote', 'List'])).toBeNull();
    expect(verbNounEntity('review a seller', ['Seller', 'Review'])).toBeNull();
    expect(verbNounEntity('go home', ['Goal'])).toBeNull();
    // The object is no verb: commenting on a post creates no post.
    expect(verbNounEntity('comment on a post', ['Post'])).toBeNull();
    expect(verbNounEntity('valorar una sesión', ['Sesion'])).toBeNull();
    expect(verbNounEntity('vote on a motion', ['VoterRoll'])).toBeNull();
    expect(verbNounEntity('votare ogni punto', ['Votazione', 'Voto'])).toBeNull();
  });
});
