import { expect, test } from 'vitest';
import { traceabilityStep } from '../../src/derive/traceability.js';
import { emptyDomain } from '../../src/model/domain.js';
import { fromSource } from '../../src/model/origin.js';
import { type Endpoint, emptySpec, type Spec } from '../../src/model/spec/index.js';

test('requirements are traced through declarations, origins inside their lines, quotes and entity names', () => {
  const domain = {
    ...emptyDomain('p', 'en'),
    requirements: [
      {
        id: 'FR-01',
        kind: 'functional' as const,
        text: 'Users can create a task',
        origin: fromSource('docs/prd.md', 10),
      },
      {
        id: 'US-1.1',
        kind: 'user-story' as const,
        text: 'Register a patient',
        title: 'Register a patient',
        endLine: 30,
        origin: fromSource('docs/prd.md', 25),
      },
      {
        id: 'FR3',
        kind: 'functional' as const,
        text: 'Monitoring grid refreshes',
        origin: fromSource('docs/prd.md', 40),
      },
      {
        id: 'NFR9',
        kind: 'non-functional' as const,
        text: 'Everything is delightful',
        origin: fromSource('docs/prd.md', 50),
      },
    ],
  };
  const endpoint = {
    operationId: 'createTask',
    requirements: ['FR1'],
    origin: fromSource('docs/architecture.md', 5),
  } as Endpoint;
  const spec: Spec = {
    ...emptySpec({ name: 'p', language: 'en', description: null }, []),
    endpoints: [endpoint],
    entities: [
      {
        name: 'Patient',
        table: 'patients',
        origin: fromSource('docs/schema.md', 1),
      } as Spec['entities'][number],
    ],
    validation: {
      rules: [
        {
          entity: 'Patient',
          field: 'mobile',
          rule: 'required',
          detail: '',
          origin: fromSource('docs/prd.md', 28),
        },
      ],
      sensitiveFields: [],
    },
    performance: [
      {
        topic: 'polling',
        measure: '5 s',
        origin: fromSource('docs/architecture.md', 40, 'Monitoring (FR1-FR4): 5s polling'),
      },
    ],
  };
  const out = traceabilityStep.derive({ domain, spec });
  expect(out.spec.traceability?.map((t) => [t.requirement, t.items])).toEqual([
    ['FR-01', ['endpoint:createTask', 'performance:polling']],
    // Naming Patient is a mention, not a trace: the validation rule read from its criterion implements it.
    ['US-1.1', ['rule:Patient.mobile:required']],
    ['FR3', ['performance:polling']],
    ['NFR9', []],
  ]);
  expect(out.diagnostics.map((d) => [d.code, d.at?.line])).toEqual([['reconcile/untraced-requirement', 50]]);
});
