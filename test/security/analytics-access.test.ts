import { describe, expect, it } from 'vitest';
import { corpusRoot } from '../corpus-path.js';
import { compiledProject } from '../helpers/compiled.js';

/**
 * Issue 13 review, item 2: an endpoint with no entity (a dashboard, an analytics read) is granted by
 * a stated actor and action ("dashboard view", the story's actor), never by a word its path shares
 * with another statement ("test" in `/analytics/trends-test-volume` and "enter test results").
 */
describe('an analytics read is granted by who is said to read it', () => {
  it('labcore: trends in test volume are the lab owner’s (US-9.3), the dashboard the pathologist’s too', async () => {
    const spec = (await compiledProject(corpusRoot('labcore'))).spec!;
    const row = (op: string) => spec.permissions!.rows.find((r) => r.operationId === op)!.access;
    for (const op of ['getTrendsTestVolume', 'exportTrendsTestVolume']) {
      expect(row(op).admin).not.toBe('denied');
      for (const role of ['pathologist', 'senior_tech', 'technician', 'front_desk'])
        expect(row(op)[role]).toBe('denied');
    }
    // "Result authorisation, report signing, dashboard view.": a stated action on the dashboard.
    expect(row('getDashboard').pathologist).not.toBe('denied');
    expect(row('getDashboard').technician).toBe('denied');
  });

  it('clinic-booking: the monthly report is the clinic admin’s (FR-17), not every role that names appointments', async () => {
    const spec = (await compiledProject('examples/clinic-booking')).spec!;
    const access = spec.permissions!.rows.find(
      (r) => r.operationId === 'getReportAppointmentsCancellations',
    )!.access;
    expect(access.clinic_admin).not.toBe('denied');
    expect(access.patient).toBe('denied');
    expect(access.receptionist).toBe('denied');
    expect(access.clinician).toBe('denied');
  });
});
