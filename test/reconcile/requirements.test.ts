import { describe, expect, test } from 'vitest';
import { requirementsExtractor } from '../../src/extract/requirements.js';
import { canonicalId, kindOfId, matchDefinition, mentionedIds } from '../../src/knowledge/requirement-ids.js';
import { doc, run } from './helpers.js';

describe('requirement ids', () => {
  test.each([
    ['**FR12:** Users can export tasks', 'FR12', 'functional'],
    ['FR-01 – Users can log in', 'FR-01', 'functional'],
    ['FR-AUTH-01: Users can log in', 'FR-AUTH-01', 'functional'],
    ['NFR-P1: Search under 1 second', 'NFR-P1', 'non-functional'],
    ['**US-1.1: Register a patient** (P0)', 'US-1.1', 'user-story'],
    ['RF-02: El usuario puede registrarse', 'RF-02', 'functional'],
    ['RNF-01: Tiempo de respuesta < 2 s', 'RNF-01', 'non-functional'],
    ['HU-03: Como cliente quiero pagar', 'HU-03', 'user-story'],
    ['[REQ-7] The system sends invoices', 'REQ-7', 'functional'],
    ['Story 1.2: Create task', 'Story 1.2', 'user-story'],
  ])('%s', (text, id, kind) => {
    const m = matchDefinition(text);
    expect(m?.id).toBe(id);
    expect(kindOfId(id)).toBe(kind);
  });

  test.each(['Conversation Monitoring (FR1-FR4): grid', 'The FR12 export', 'PR-12 merged', 'TLS 1.3 only'])(
    'not a definition: %s',
    (text) => {
      expect(matchDefinition(text)).toBeNull();
    },
  );

  test('mentions expand ranges and canonical ids compare across spellings', () => {
    expect(mentionedIds('Monitoring (FR1-FR4) and NFR-P1')).toEqual(['FR1', 'FR2', 'FR3', 'FR4', 'NFR-P1']);
    expect(canonicalId('FR-01')).toBe(canonicalId('FR1'));
    expect(canonicalId('fr_12')).toBe('FR12');
  });
});

describe('requirements extractor', () => {
  test('story with quote and acceptance criteria, bullets and a table with an ID column', () => {
    const text = [
      '# PRD', // 1
      '', // 2
      '## Stories', // 3
      '', // 4
      '**US-1.1: Register a new patient** (P0)', // 5
      '> As a front desk member, I want to register patients so that the lab can work.', // 6
      '', // 7
      'Acceptance Criteria:', // 8
      '- Mobile number is mandatory', // 9
      '- Patient ID auto-generated', // 10
      '', // 11
      '## Functional', // 12
      '', // 13
      '- **FR1:** Users can log in with email', // 14
      '- FR-02 – Users can reset their password', // 15
      '', // 16
      '## Non-functional', // 17
      '', // 18
      '| ID | Requisito | Prioridad |', // 19
      '|---|---|---|', // 20
      '| RNF-01 | Tiempo de respuesta menor a 2 s | Must |', // 21
      '',
    ].join('\n');
    const { fragment } = run(requirementsExtractor, doc('docs/prd.md', 'prd', text));
    const reqs = fragment.requirements ?? [];
    expect(reqs.map((r) => r.id)).toEqual(['US-1.1', 'FR1', 'FR-02', 'RNF-01']);
    const story = reqs[0]!;
    expect(story.kind).toBe('user-story');
    expect(story.priority).toBe('P0');
    expect(story.title).toBe('Register a new patient');
    expect(story.text).toContain('As a front desk member');
    expect(story.acceptanceCriteria?.map((c) => c.text)).toEqual([
      'Mobile number is mandatory',
      'Patient ID auto-generated',
    ]);
    expect(story.endLine).toBe(10);
    expect(story.origin).toMatchObject({ file: 'docs/prd.md', line: 5 });
    expect(reqs[1]).toMatchObject({ text: 'Users can log in with email', section: 'PRD > Functional' });
    expect(reqs[3]).toMatchObject({
      kind: 'non-functional',
      priority: 'Must',
      text: 'Tiempo de respuesta menor a 2 s',
    });
    expect(reqs[3]!.origin).toMatchObject({ line: 21 });
  });
});

test('a requirement heading takes its paragraphs as the statement and a Priority line', () => {
  const text = [
    '## Requisitos funcionales', // 1
    '', // 2
    '### RF-03: Reservar una cita', // 3
    '', // 4
    'El paciente reserva una cita con un médico disponible.', // 5
    '', // 6
    'Prioridad: Alta', // 7
    '', // 8
    '- La cita se confirma por correo', // 9
    '', // 10
    '### RF-04: Cancelar una cita', // 11
  ].join('\n');
  const reqs = run(requirementsExtractor, doc('docs/prd.md', 'prd', text)).fragment.requirements ?? [];
  expect(reqs.map((r) => [r.id, r.title, r.text, r.priority, r.endLine])).toEqual([
    [
      'RF-03',
      'Reservar una cita',
      'Reservar una cita. El paciente reserva una cita con un médico disponible.',
      'Alta',
      9,
    ],
    ['RF-04', undefined, 'Cancelar una cita', undefined, 11],
  ]);
});
