import { buildSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { apiStep } from '../../src/derive/api.js';
import { fromSource } from '../../src/model/origin.js';
import { graphqlArtifact } from '../../src/render/graphql.js';
import { clinicDomain, clinicSpec } from './fixtures.js';

function spec(graphql: boolean) {
  const s = clinicSpec();
  const full = { ...s, ...apiStep.derive({ domain: clinicDomain(), spec: s }).spec };
  if (graphql)
    full.decisions = [
      { topic: 'API style', choice: 'GraphQL', origin: fromSource('docs/tech-stack.md', 12) },
    ];
  return full;
}

describe('graphql artifact', () => {
  it('is written only when the documents choose GraphQL', () => {
    expect(graphqlArtifact.render(spec(false))).toEqual([]);
    expect(graphqlArtifact.render(spec(true)).map((a) => a.path)).toEqual(['backend-spec/schema.graphql']);
  });

  it('is a valid SDL built from the same model and operations as openapi.yaml', () => {
    const sdl = graphqlArtifact.render(spec(true))[0]!.text;
    const schema = buildSchema(sdl);
    const mutations = Object.keys(schema.getMutationType()!.getFields());
    expect(mutations).toEqual(expect.arrayContaining(['createLabel', 'cancelAppointment', 'createPayment']));
    expect(mutations).not.toContain('updatePayment');
    const user = schema.getType('User') as unknown as { getFields(): Record<string, unknown> };
    expect(Object.keys(user.getFields())).not.toContain('passwordHash');
    expect(schema.getType('AppointmentStatus')).toBeDefined();
  });
});
