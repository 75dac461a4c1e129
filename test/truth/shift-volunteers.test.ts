import { describe, expect, it } from 'vitest';
import { memoryHost } from '../../src/host.js';
import { isQuantityUnit } from '../../src/knowledge/durations.js';
import { mentionPattern } from '../../src/knowledge/mention.js';
import { compile } from '../../src/pipeline.js';
import { codeNamedBy } from '../../src/read/error-code-words.js';
import { ruleTarget } from '../../src/read/rule-target-words.js';
import { readRule } from '../../src/read/rule-words.js';
import { ownClause } from '../../src/read/story-words.js';

// Found on an unseen English BMAD v4 project (food-bank volunteer shifts, Go structs): "12 hours"
// was read as the HourRecord entity, "Volunteer hour records" as Volunteer, "create, edit and cancel
// shifts. Cancelling a shift notifies every signed-up volunteer" as sign-up writes, and a code list
// ("Error codes agreed so far: `SIGNUP_OVERLAP` (409), …") stayed beside rules with made-up codes.

describe('a unit counted or distributed is a quantity, not a record', () => {
  it.each([
    ['less than 12 hours before the start', 'hours', true],
    ['at most 5 codes per phone number per hour', 'hour', true],
    ['rounded to the nearest quarter hour', 'hour', true],
    ['within 90 days', 'days', true],
    ['menos de 12 horas antes', 'horas', true],
    ['pro Stunde', 'Stunde', true],
    ['download a statement of my hours', 'hours', false],
    ['volunteer hour records are kept', 'hour', false],
  ])('%s', (text, word, unit) => {
    expect(isQuantityUnit(text, text.lastIndexOf(word), word.toLowerCase())).toBe(unit);
  });
});

describe('the action’s own clause', () => {
  it.each([
    [
      'create, edit and cancel shifts. Cancelling a shift notifies every signed-up volunteer',
      'create, edit and cancel shifts',
    ],
    ['publish the week; volunteers can now see the shifts', 'publish the week'],
    ['crear turnos. Cancelar un turno avisa a los voluntarios', 'crear turnos'],
    ['book a slot (e.g. Monday) for a member', 'book a slot (e.g. Monday) for a member'],
  ])('%s', (action, own) => expect(ownClause(action)).toBe(own));
});

describe('a name closed up from a verb and its particle is written open in prose', () => {
  it.each([
    ['Signup', 'two sign-ups whose shifts overlap', true],
    ['Signup', 'my sign up', true],
    ['Checkin', 'the check-in opens', true],
    ['Payout', 'a pay-out is made', true],
    ['Cabin', 'the cab in front', false],
  ])('%s in "%s"', (name, text, found) => expect(mentionPattern(name).test(text)).toBe(found));
});

describe('a listed error code belongs to the rule that says its words', () => {
  const codes = [
    'SHIFT_FULL',
    'SIGNUP_OVERLAP',
    'CHECKIN_WINDOW_CLOSED',
    'WAIVER_REQUIRED',
    'OTP_RATE_LIMITED',
  ];
  it.each([
    ['A volunteer cannot hold two sign-ups whose shifts overlap in time.', 'unique', 'SIGNUP_OVERLAP'],
    ['Check-in opens 30 minutes before the shift starts.', 'window', 'CHECKIN_WINDOW_CLOSED'],
    ['Volunteers younger than 18 must have a guardian waiver on file.', 'only', 'WAIVER_REQUIRED'],
    ['At most 5 one-time codes may be requested per phone number per hour.', 'limit', 'OTP_RATE_LIMITED'],
    // A window code is no code of a count; the shift is named, but "full" is not said.
    ['Only published shifts whose start is in the future are listed.', 'only', null],
    ['Check-in: at most 3 per day.', 'limit', null],
    [
      'If a volunteer has not checked out 4 hours after the shift ends, the system checks them out.',
      'window',
      null,
    ],
  ])('%s', (text, kind, code) => expect(codeNamedBy(text, kind, codes)).toBe(code));

  it('in Spanish, by the stem of the words', () => {
    expect(
      codeNamedBy('Un voluntario no puede tener dos inscripciones que se solapen.', 'unique', [
        'INSCRIPCION_SOLAPADA',
        'TURNO_COMPLETO',
      ]),
    ).toBe('INSCRIPCION_SOLAPADA');
  });
});

describe('rule sentences', () => {
  it.each([
    'Volunteers younger than 16 cannot sign up for shifts whose role is marked warehouse.',
    'Voluntarios menores de 16 años no pueden inscribirse en turnos cuyo rol se marca como almacén.',
  ])('a passive inside a relative clause is no timed action: %s', (text) => {
    expect(readRule(text).enforcement).not.toBe('job');
  });

  it.each([
    ['en', 'The system sends a 6-digit code that expires after 10 minutes.', 'code'],
    ['en', 'A user can reset a forgotten password through an emailed link valid for 30 minutes.', 'link'],
    ['es', 'El sistema envía un enlace válido durante 30 minutos.', 'enlace'],
    ['fr', 'Le système envoie un lien valable 30 minutes.', 'lien'],
    ['de', 'Das System sendet einen Link, der 15 Minuten gültig ist.', 'link'],
    ['nl', 'Het systeem stuurt een magic link die 15 minuten geldig is.', 'link'],
  ])('%s: how long a credential stays valid is checked where it is used', (_l, text, credential) => {
    const r = readRule(text);
    expect(r.enforcement).not.toBe('job');
    expect(r.credential).toBe(credential);
  });

  it.each([
    ['en', 'The system blocks the member from new bookings for 14 days.', 'bookings'],
    ['nl', 'Het systeem moet het lid 14 dagen blokkeren voor nieuwe reserveringen.', 'reserveringen'],
    ['de', 'Das System sperrt das Mitglied 14 Tage für neue Buchungen.', 'Buchungen'],
    ['fr', 'Le système bloque le membre pour de nouvelles réservations pendant 14 jours.', 'réservations'],
    ['es', 'El sistema bloquea al socio para nuevas reservas durante 14 días.', 'reservas'],
  ])('%s: a block names the records whose creation it stops', (_l, text, stops) => {
    expect(ruleTarget(text).stops).toBe(stops);
  });
});

describe('a small project with shifts, sign-ups and hour records', () => {
  const host = memoryHost({
    '/p/docs/prd.md': `# PRD

## User Roles

| Role | What they do |
|---|---|
| Volunteer | Signs up for shifts |
| Coordinator | Runs the shifts of a site |

## Functional Requirements

- **FR1:** A volunteer can sign up for a shift.
- **FR2:** A volunteer cannot hold two sign-ups whose shifts overlap in time.
- **FR3:** Coordinators create, edit and cancel shifts for their sites. Cancelling a shift notifies every signed-up volunteer by SMS.
- **FR4:** A volunteer can cancel their own sign-up. A cancellation less than 12 hours before the shift starts is recorded as late.
- **FR5:** Volunteer hour records are never deleted.
- **FR6:** A coordinator can cancel a shift.
`,
    '/p/docs/architecture.md': `# Architecture

## Data model

\`\`\`sql
CREATE TABLE shifts (id uuid PRIMARY KEY, starts_at timestamptz NOT NULL, status text NOT NULL CHECK (status IN ('draft', 'published', 'cancelled')));
CREATE TABLE volunteers (id uuid PRIMARY KEY, name text NOT NULL);
CREATE TABLE signups (id uuid PRIMARY KEY, shift_id uuid NOT NULL REFERENCES shifts(id), volunteer_id uuid NOT NULL REFERENCES volunteers(id), status text NOT NULL);
CREATE TABLE hour_records (id uuid PRIMARY KEY, signup_id uuid NOT NULL REFERENCES signups(id), minutes int);
\`\`\`

## API

| Method | Path | Who |
|---|---|---|
| POST | /shifts/{id}/signups | volunteer |
| POST | /signups/{id}/cancel | volunteer |

Error codes agreed so far: \`SHIFT_FULL\` (409), \`SIGNUP_OVERLAP\` (409).

## Security

Volunteers see and change only their own sign-ups.
`,
  });

  it('reads each rule’s record and code, and each story’s operations, as the documents say', async () => {
    const r = await compile({ root: '/p', verify: { skip: true } }, host);
    const rules = r.spec!.rules ?? [];
    const rule = (t: string) => rules.find((x) => x.text.includes(t))!;
    expect(rule('overlap')).toMatchObject({ entity: 'Signup', errorCode: 'SIGNUP_OVERLAP' });
    expect(rule('12 hours').entity).toBe('Signup');
    expect(rule('hour records').entity).toBe('HourRecord');
    const fr3 = r.spec!.stories?.find((s) => s.id === 'FR3');
    expect(fr3?.operations).toEqual(expect.arrayContaining(['createShift', 'updateShift']));
    expect(fr3?.operations).not.toContain('createSignup');
    expect(fr3?.operations).not.toContain('updateSignup');
    // "sign up for a shift" where the records are sign-ups: a sign-up is made, no account.
    expect(r.spec!.stories?.find((x) => x.id === 'FR1')?.operations).toEqual(['createSignup']);
    // The shift's own lifecycle has `cancelled`: the action is the shift's, not the sign-up's.
    expect(r.spec!.stories?.find((x) => x.id === 'FR6')?.operations).toEqual(['cancelShift']);
    // The route table says who calls it; the stated ownership says which records they reach.
    const row = r.spec!.permissions?.rows.find((x) => x.operationId === 'cancelSignup');
    expect(row?.access.volunteer).toBe('own');
    const overlap = r.spec!.errors?.codes.find((c) => c.code === 'SIGNUP_OVERLAP');
    expect(overlap?.endpoints).toContain('createSignup');
  });
});

describe('a verb whose noun is a record', () => {
  it.each([
    ['en', 'As an org admin, I want to invite a coordinator by e-mail, so that they can manage shifts.'],
  ])(
    '%s: the create makes the record the verb names (Invitation), not the invited person',
    async (_l, story) => {
      const host = memoryHost({
        '/p/docs/prd.md': `# PRD\n\n## User Roles\n\n| Role | What they do |\n|---|---|\n| Org Admin | Runs the organization |\n\n## Stories\n\n- ${story}\n`,
        '/p/docs/architecture.md':
          '# Architecture\n\n```sql\nCREATE TABLE invitations (id uuid PRIMARY KEY, email text NOT NULL, invited_by uuid NOT NULL, expires_at timestamptz NOT NULL);\n```\n',
      });
      const r = await compile({ root: '/p', verify: { skip: true } }, host);
      expect(r.spec!.stories?.[0]?.operations).toEqual(['createInvitation']);
      // `invited_by`, NOT NULL: who made the record is the caller, never a field of the body.
      expect(r.spec!.serverSetFields).toContainEqual(
        expect.objectContaining({ entity: 'Invitation', field: 'invitedBy' }),
      );
    },
  );
});
