import { describe, expect, it } from 'vitest';
import { jobName, verbObject } from '../../src/derive/operations/job-names.js';

describe('jobs are named from the documents’ words', () => {
  it('takes a stated name of two words or more', () => {
    expect(jobName('Nightly digest', 'Nightly digest: every day at 07:00')).toBe('nightly-digest');
    expect(jobName('Heartbeat de locks', 'Heartbeat de locks: cada ~10s')).toBe('heartbeat-de-locks');
  });
  it('else the verb and object of the sentence (en, es, fr, de, pt)', () => {
    expect(jobName('24h', '24h cron: validate the relationships manifest against the schema.')).toBe(
      'validate-relationships-manifest',
    );
    expect(verbObject('Cada noche liberar las reservas vencidas.')).toBe('liberar reservas vencidas');
    expect(verbObject('Chaque nuit, envoyer le rappel aux patients.')).toBe('envoyer rappel');
    // German puts the verb last: the noun before it is its object.
    expect(verbObject('Jede Nacht abgelaufene Reservierungen freigeben.')).toBe('freigeben Reservierungen');
    expect(verbObject('Todo dia gerar o relatório mensal.')).toBe('gerar relatório mensal');
    // The object ends before "of": a name never ends on it (`anonymise-personal-data-of`).
    expect(verbObject('Every day at 04:00 the system purges personal data of members gone 13 months.')).toBe(
      'purges personal data',
    );
  });
  it('never a single stray word, a duration or a story preamble', () => {
    expect(jobName('worker', 'worker: every 10s')).toBeNull();
    expect(jobName('day', 'each day')).toBeNull();
    expect(jobName('30', '30')).toBeNull();
    expect(jobName('scheduler', 'the scheduler runs every hour')).toBeNull();
    expect(
      jobName(
        'hour periodic schema',
        'As an administrator, I want the 24-hour periodic schema refresh cron task to validate our relationships.json manifest.',
      ),
    ).toBe('validate-relationships-json-manifest');
  });
});

describe('job names keep accented words and read inflected verbs', () => {
  it('Métricas dashboard → metricas-dashboard; "validates the manifest" → validates-manifest', () => {
    expect(jobName('Métricas dashboard', 'Métricas dashboard: cada ~60s')).toBe('metricas-dashboard');
    expect(jobName('24h', 'Given the 24-hour cron refresh routine, it validates the manifest.')).toBe(
      'validates-manifest',
    );
  });
});
