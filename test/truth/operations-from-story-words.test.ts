import { describe, expect, it } from 'vitest';
import { memoryHost } from '../../src/host.js';
import { compile } from '../../src/pipeline.js';
import { statedQueryNames } from '../../src/read/query-words.js';
import { describesServerSet, recordedAs } from '../../src/read/server-set-words.js';
import { enrolObject, titleOfFigures, withoutFilterCriteria } from '../../src/read/story-words.js';

// Found on an unseen Go project (volunteer shifts): "Monthly dashboard: see hours per site" designed
// `GET /hours` on a made-up resource, "filter by site or day and taps a shift" searched sites, "register
// for" read as an account's sign-up whatever the record registered for, the route table's "filters
// `site`, `from`, `to`" were dropped for guessed filters, and flags the documents say the system
// records ("is recorded as a late cancellation") stayed in the create body. Fixtures of our own
// wording, in six languages.

describe('a stated route’s filters', () => {
  it.each([
    ['en', 'Published upcoming courses; filters `teacher`, `from`, `to`', ['teacher', 'from', 'to']],
    ['en', 'Upcoming courses. Filters: teacher, week, level', ['teacher', 'week', 'level']],
    ['en', 'Query `from`, `to`', ['from', 'to']],
    ['es', 'Cursos próximos; filtros: profesor, desde, hasta', ['profesor', 'desde', 'hasta']],
    ['fr', 'Cours à venir ; filtres : enseignant, semaine', ['enseignant', 'semaine']],
    ['de', 'Kommende Kurse; Filter: lehrer, von, bis', ['lehrer', 'von', 'bis']],
    ['pt', 'Cursos futuros; parâmetros `professor`, `de`, `ate`', ['professor', 'de', 'ate']],
    ['it', 'Corsi in arrivo; filtri `docente`, `settimana`', ['docente', 'settimana']],
  ])('%s: %s', (_l, text, names) => expect(statedQueryNames(text)).toEqual(names));

  it.each([
    'Filter by price before checkout',
    'Query the database for the latest courses',
    'Returns the filtered list',
  ])('names no parameter: %s', (text) => expect(statedQueryNames(text)).toEqual([]));
});

describe('a filter phrase names the list’s filters, not what it lists', () => {
  it.each([
    ['en', 'filters by teacher or week and picks a course', 'filters by and picks a course'],
    ['es', 'filtra por profesor o semana y elige un curso', 'filtra por y elige un curso'],
    ['fr', 'filtre par enseignant ou semaine et choisit un cours', 'filtre par et choisit un cours'],
    ['de', 'nach Lehrer oder Woche filtern', 'nach filtern'],
    ['pt', 'filtra por professor ou semana e escolhe um curso', 'filtra por e escolhe um curso'],
    ['it', 'filtra per docente o settimana e sceglie un corso', 'filtra per e sceglie un corso'],
  ])('%s: %s', (_l, action, rest) => expect(withoutFilterCriteria(action)).toBe(rest));

  it('leaves other actions as written', () => {
    expect(withoutFilterCriteria('see the courses of a teacher')).toBe('see the courses of a teacher');
  });
});

describe('what one registers for', () => {
  it.each([
    ['en', 'register for a course', 'a course'],
    ['en', 'enrol in an evening class', 'an evening class'],
    ['es', 'inscribirse en un curso', 'un curso'],
    ['fr', "m'inscrire à un atelier", 'un atelier'],
    ['de', 'sich für einen Kurs anmelden', 'einen Kurs'],
    ['pt', 'inscrever-se num curso', 'curso'],
    ['it', 'iscriversi a un corso', 'un corso'],
  ])('%s: %s', (_l, action, object) => expect(enrolObject(action)?.replace(/^num\s+/, '')).toBe(object));

  it.each(['register', 'create an account', 'registrarse', 'sich registrieren'])(
    'an account’s registration names nothing: %s',
    (action) => expect(enrolObject(action)).toBeNull(),
  );
});

describe('a screen of figures', () => {
  it.each([
    ['Monthly dashboard', 'dashboard'],
    ['Tablero mensual', 'dashboard'],
    ['Tableau de bord', 'dashboard'],
    ['Übersicht der Woche', 'dashboard'],
    ['Relatório mensal', 'analytics'],
    ['Statistiche settimanali', 'analytics'],
    ['Weekly statistics', 'analytics'],
    ['Cancel a course', null],
  ])('%s', (title, kind) => expect(titleOfFigures(title)).toBe(kind));
});

describe('what the documents say the system sets', () => {
  it.each([
    ['en', 'position on the waitlist, set by the server', true],
    ['en', 'true when cancelled less than 12 h before', true],
    ['es', 'posición en la lista de espera, la fija el servidor', true],
    ['fr', 'vrai si annulé moins de 12 h avant', true],
    ['de', 'vom Server gesetzt', true],
    ['pt', 'verdadeiro quando cancelado com menos de 12 h', true],
    ['it', 'impostato dal server', true],
    ['en', 'denormalised copy of the customer name', true],
    ['en', 'maintained by a trigger', true],
    ['en', 'true if the user accepted the terms', false],
    ['en', 'encoded in the site’s QR code', false],
  ])('%s: %s', (_l, text, set) => expect(describesServerSet(text)).toBe(set));

  it.each([
    [
      'en',
      'A withdrawal less than 2 days before the start is recorded as a late withdrawal.',
      ['late', 'withdrawal'],
    ],
    ['es', 'Una baja con menos de 2 días se registra como baja tardía.', ['baja', 'tardia']],
    [
      'fr',
      'Un désistement moins de 2 jours avant est enregistré comme désistement tardif.',
      ['desistement', 'tardif'],
    ],
    [
      'de',
      'Eine Abmeldung weniger als 2 Tage vorher wird als späte Abmeldung erfasst.',
      ['spate', 'abmeldung'],
    ],
    [
      'pt',
      'Uma desistência com menos de 2 dias é registrada como desistência tardia.',
      ['desistencia', 'tardia'],
    ],
    ['it', 'Un ritiro a meno di 2 giorni viene registrato come ritiro tardivo.', ['ritiro', 'tardivo']],
  ])('%s: %s', (_l, text, words) => expect(recordedAs(text)).toEqual(words));
});

describe('an evening school, in English', () => {
  const host = memoryHost({
    '/p/docs/prd/user-roles.md': `# User Roles

| Role | What they do |
|---|---|
| Student | Takes evening courses |
| Admin | Runs the school |
`,
    '/p/docs/prd/requirements.md': `# Requirements

## Functional

- **FR1:** A student can register for a course that has seats left.
- **FR2:** A student can register with an e-mail address.
- **FR3:** A withdrawal less than 2 days before the course starts is recorded as a late withdrawal.
`,
    '/p/docs/prd/epic-2-reports.md': `# Epic 2: Reports

## Story 2.1 Weekly statistics

As an admin,
I want to see seats filled per course and the drop-out rate for a week,
so that I can plan the next term.
`,
    '/p/docs/front-end-spec.md': `# UX

## Key User Flows

### Student: find a course

1. Student opens the catalogue and sees upcoming courses.
2. Student filters by teacher or week and picks a course.

### Admin: check the enrolments

1. Admin opens the list of enrollments.
2. Admin filters by course or status.
`,
    '/p/docs/architecture/rest-api-spec.md': `# REST API

| Method | Path | Who | Notes |
|---|---|---|---|
| GET | /courses | public | Upcoming courses; filters \`teacher\`, \`from\`, \`to\` |
`,
    '/p/docs/architecture/data-models.md': `# Data model

\`\`\`sql
CREATE TABLE teachers (id uuid PRIMARY KEY, name text NOT NULL);
CREATE TABLE students (id uuid PRIMARY KEY, email text NOT NULL UNIQUE);
CREATE TABLE courses (id uuid PRIMARY KEY, teacher_id uuid NOT NULL REFERENCES teachers(id), title text NOT NULL, starts_on date NOT NULL);
CREATE TABLE enrollments (
  id uuid PRIMARY KEY,
  course_id uuid NOT NULL REFERENCES courses(id),
  student_id uuid NOT NULL REFERENCES students(id),
  status text NOT NULL CHECK (status IN ('enrolled', 'waitlisted', 'withdrawn')),
  waitlist_position int,
  late_withdrawal boolean NOT NULL DEFAULT false
);
\`\`\`
`,
  });

  it('designs each operation from what the stories and the route table say', async () => {
    const r = await compile({ root: '/p', verify: { skip: true } }, host);
    const spec = r.spec!;
    const story = (id: string) => spec.stories?.find((s) => s.id === id);
    // Registering for a course makes an enrolment; registering alone stays the account's.
    expect(story('FR1')?.operations).toEqual(['createEnrollment']);
    expect(story('FR2')?.operations ?? []).not.toContain('createEnrollment');
    // The statistics screen is a report, not a list of a record named after a counted quantity.
    const stats = spec.stories?.find((s) => s.action.startsWith('see seats filled'));
    expect(stats?.operations).toHaveLength(1);
    expect(stats?.operations[0]).toMatch(/^get/);
    expect(spec.endpoints.find((e) => e.operationId === stats?.operations[0])?.resource).toBe('Analytics');
    // The flow step filters the courses it lists; it searches no teachers.
    const step = spec.stories?.find((s) => s.action.startsWith('filter by teacher'));
    expect(step?.operations).toEqual(['listCourses']);
    // Alone, it filters the list the step before shows.
    const alone = spec.stories?.find((s) => s.action.startsWith('filter by course'));
    expect(alone?.operations).toEqual(['listEnrollments']);
    expect(spec.endpoints.some((e) => /^search(?:Teachers|Courses)$/.test(e.operationId))).toBe(false);
    // The route table's filters are the list's query parameters.
    const list = spec.endpoints.find((e) => e.operationId === 'listCourses');
    expect(list?.parameters.filter((p) => p.in === 'query').map((p) => p.name)).toEqual(
      expect.arrayContaining(['teacher', 'from', 'to']),
    );
    // The flag the documents say is recorded, and the queue's place, are the server's.
    const set = (spec.serverSetFields ?? []).filter((x) => x.entity === 'Enrollment');
    expect(set).toContainEqual(
      expect.objectContaining({
        field: 'lateWithdrawal',
        rule: 'stated',
        source: expect.objectContaining({ line: 7 }),
      }),
    );
    expect(set).toContainEqual(
      expect.objectContaining({ field: 'waitlistPosition', rule: 'derive/queue-position-server-set' }),
    );
  });
});

describe('registering for a course makes the enrolment, in five more languages', () => {
  it.each([
    [
      'es',
      'Estudiante',
      'Un estudiante puede inscribirse en un curso.',
      'Un estudiante puede registrarse.',
      'estudiantes',
      'cursos',
      'matriculas',
      'estudiante_id',
      'curso_id',
      'createMatricula',
      'filtros: profesor, desde, hasta',
      ['profesor', 'desde', 'hasta'],
    ],
    [
      'fr',
      'Étudiant',
      "Un étudiant peut s'inscrire à un cours.",
      "Un étudiant peut s'inscrire.",
      'etudiants',
      'cours',
      'inscriptions',
      'etudiant_id',
      'cours_id',
      'createInscription',
      'filtres : enseignant, semaine',
      ['enseignant', 'semaine'],
    ],
    [
      'de',
      'Teilnehmer',
      'Ein Teilnehmer kann sich für einen Kurs anmelden.',
      'Ein Teilnehmer kann sich registrieren.',
      'teilnehmer',
      'kurse',
      'anmeldungen',
      'teilnehmer_id',
      'kurs_id',
      'createAnmeldung',
      'Filter: lehrer, von, bis',
      ['lehrer', 'von', 'bis'],
    ],
    [
      'pt',
      'Aluno',
      'Um aluno pode inscrever-se num curso.',
      'Um aluno pode cadastrar-se.',
      'alunos',
      'cursos',
      'matriculas',
      'aluno_id',
      'curso_id',
      'createMatricula',
      'parâmetros `professor`, `de`',
      ['professor', 'de'],
    ],
    [
      'it',
      'Studente',
      'Uno studente può iscriversi a un corso.',
      'Uno studente può registrarsi.',
      'studenti',
      'corsi',
      'iscrizioni',
      'studente_id',
      'corso_id',
      'createIscrizione',
      'filtri `docente`, `settimana`',
      ['docente', 'settimana'],
    ],
  ])(
    '%s',
    async (_l, role, joins, account, people, courses, records, personFk, courseFk, operation, notes, filters) => {
      const host = memoryHost({
        '/p/docs/prd.md': `# PRD\n\n## User Roles\n\n| Role | What they do |\n|---|---|\n| ${role} | — |\n\n## Functional Requirements\n\n- **FR1:** ${joins}\n- **FR2:** ${account}\n`,
        '/p/docs/architecture.md': `# Architecture\n\n\`\`\`sql\nCREATE TABLE ${people} (id uuid PRIMARY KEY, nome text NOT NULL);\nCREATE TABLE ${courses} (id uuid PRIMARY KEY, titulo text NOT NULL);\nCREATE TABLE ${records} (id uuid PRIMARY KEY, ${courseFk} uuid NOT NULL REFERENCES ${courses}(id), ${personFk} uuid NOT NULL REFERENCES ${people}(id));\n\`\`\`\n\n| Method | Path | Notes |\n|---|---|---|\n| GET | /${courses} | ${notes} |\n`,
      });
      const r = await compile({ root: '/p', verify: { skip: true } }, host);
      const story = (id: string) => r.spec!.stories?.find((s) => s.id === id);
      expect(story('FR1')?.operations).toEqual([operation]);
      expect(story('FR2')?.operations ?? []).not.toContain(operation);
      // The route table's filters, in the documents' language, are the list's query parameters.
      const list = r.spec!.endpoints.find((e) => e.method === 'GET' && e.path.endsWith(`/${courses}`));
      expect(list?.parameters.filter((p) => p.in === 'query').map((p) => p.name)).toEqual(
        expect.arrayContaining(filters as string[]),
      );
    },
  );
});

describe('a field its comment says the server sets', () => {
  it('is no field of the create body (Go structs)', async () => {
    const host = memoryHost({
      '/p/docs/prd.md':
        '# PRD\n\n## User Roles\n\n| Role | What they do |\n|---|---|\n| Member | Books classes |\n\n## Functional Requirements\n\n- **FR1:** A member can book a class.\n',
      '/p/docs/architecture.md': `# Architecture

## Data Models

\`\`\`go
type Member struct {
	ID   uuid.UUID \`gorm:"type:uuid;primaryKey"\`
	Name string    \`gorm:"size:80;not null"\`
}

type Class struct {
	ID       uuid.UUID \`gorm:"type:uuid;primaryKey"\`
	Title    string    \`gorm:"size:80;not null"\`
	StartsAt time.Time \`gorm:"not null"\`
}

type Booking struct {
	ID         uuid.UUID \`gorm:"type:uuid;primaryKey"\`
	ClassID    uuid.UUID \`gorm:"type:uuid;not null"\`
	Class      Class
	MemberID   uuid.UUID \`gorm:"type:uuid;not null"\`
	Member     Member
	QueueSlot  *int      // place in the queue, set by the server
	LateCancel bool      \`gorm:"not null;default:false"\` // true when cancelled less than 12 h before
	Note       string    \`gorm:"size:200"\`
}
\`\`\`
`,
    });
    const r = await compile({ root: '/p', verify: { skip: true } }, host);
    expect(r.spec!.serverSetFields).toContainEqual(
      expect.objectContaining({ entity: 'Booking', field: 'lateCancel', rule: 'stated' }),
    );
    const openapi = r.artifacts.find((a) => a.path.endsWith('openapi.yaml'))!.text;
    const create =
      /\n {4}BookingCreate:\n[\s\S]*?\n {6}properties:\n([\s\S]*?)\n {6}\S/.exec(openapi)?.[1] ?? '';
    expect(create).toContain('note');
    expect(create).not.toContain('lateCancel');
    expect(create).not.toContain('queueSlot');
    // The body's description cites each comment's line.
    expect(openapi).toMatch(
      /Set by the server, never sent: queueSlot \(docs\/architecture\.md:\d+\), lateCancel \(docs\/architecture\.md:\d+\)/,
    );
  });
});

describe('a screen of figures, in five more languages', () => {
  it.each([
    [
      'es',
      'Historia',
      'Tablero semanal',
      'Como administrador,\nquiero ver las plazas ocupadas por curso y la tasa de abandono de la semana,\npara planificar el trimestre.',
    ],
    [
      'fr',
      'Story',
      'Tableau de bord hebdomadaire',
      "En tant qu'administrateur,\nje veux voir les places occupées par cours et le taux d'abandon de la semaine,\nafin de planifier le trimestre.",
    ],
    [
      'de',
      'Story',
      'Wöchentliche Statistiken',
      'Als Administrator\nmöchte ich die belegten Plätze pro Kurs und die Abbruchquote der Woche sehen,\ndamit ich das Quartal planen kann.',
    ],
    [
      'pt',
      'História',
      'Painel semanal',
      'Como administrador,\nquero ver as vagas ocupadas por curso e a taxa de abandono da semana,\npara planejar o trimestre.',
    ],
    [
      'it',
      'Story',
      'Statistiche settimanali',
      'Come amministratore,\nvoglio vedere i posti occupati per corso e il tasso di abbandono della settimana,\ncosì da pianificare il trimestre.',
    ],
  ])('%s: the figures are read, not a list of the records they count', async (_l, word, title, story) => {
    const host = memoryHost({
      '/p/docs/prd/user-roles.md': '# Roles\n\n| Role | What they do |\n|---|---|\n| Admin | — |\n',
      '/p/docs/prd/epic-2.md': `# Epic 2\n\n## ${word} 2.1 ${title}\n\n${story}\n`,
      '/p/docs/architecture.md':
        '# Architecture\n\n```sql\nCREATE TABLE cursos (id uuid PRIMARY KEY, titulo text NOT NULL);\nCREATE TABLE reservas (id uuid PRIMARY KEY, curso_id uuid NOT NULL REFERENCES cursos(id));\n```\n',
    });
    const r = await compile({ root: '/p', verify: { skip: true } }, host);
    const s = r.spec!.stories?.find((x) => x.id.endsWith('2.1'));
    expect(s?.operations).toHaveLength(1);
    const e = r.spec!.endpoints.find((x) => x.operationId === s?.operations[0]);
    expect(['Dashboard', 'Analytics']).toContain(e?.resource);
  });
});
