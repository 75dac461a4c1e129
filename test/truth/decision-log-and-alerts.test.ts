import { describe, expect, it } from 'vitest';
import { memoryHost } from '../../src/host.js';
import { compile } from '../../src/pipeline.js';
import { readAlerts } from '../../src/read/alert-words.js';

// Trial 8 (a food-bank scheduling backend, BMAD v4 sharded): a decision log `| # | Decision |
// Options considered | Status |` listed "D4" as a deferred option, rejected the chosen PostgreSQL and
// SQS (the header "Options considered" rejected every cell), lost "Temporal (rejected: …)" and called
// a deferred row's WebSockets "rejected"; a table of contents link "[Out of Scope](./out-of-scope.md)"
// became an out-of-scope option and "(Phase 2)" was dropped; "Alerts: error rate above 2 % for 5
// minutes, …" was ignored for a default "no availability target" although one was stated.

const CASES: {
  lang: string;
  header: string;
  accepted: string;
  deferred: string;
  rejected: string;
  alerts: string;
  errorRate: string;
  availability: string;
}[] = [
  {
    lang: 'en',
    header: '| # | Decision | Options considered | Status |',
    accepted: 'Accepted',
    deferred: 'Deferred to v2',
    rejected: 'rejected',
    alerts: 'Alerts: error rate above 2 % for 5 minutes, dead-letter queue not empty.',
    errorRate: 'error rate',
    availability: 'The service is available 99.5 % of each month.',
  },
  {
    lang: 'es',
    header: '| # | Decisión | Opciones consideradas | Estado |',
    accepted: 'Aceptada',
    deferred: 'Diferida a v2',
    rejected: 'rechazada',
    alerts: 'Alertas: tasa de errores superior al 2 % durante 5 minutos, cola de mensajes fallidos no vacía.',
    errorRate: 'tasa de errores',
    availability: 'El servicio está disponible el 99,5 % de cada mes.',
  },
  {
    lang: 'fr',
    header: '| # | Décision | Options envisagées | Statut |',
    accepted: 'Acceptée',
    deferred: 'Reportée à la v2',
    rejected: 'rejetée',
    alerts: "Alertes : taux d'erreur supérieur à 2 % pendant 5 minutes, file des lettres mortes non vide.",
    errorRate: "taux d'erreur",
    availability: 'Le service est disponible 99,5 % de chaque mois.',
  },
  {
    lang: 'de',
    header: '| # | Entscheidung | Betrachtete Optionen | Status |',
    accepted: 'Akzeptiert',
    deferred: 'Verschoben auf v2',
    rejected: 'abgelehnt',
    alerts: 'Alarme: Fehlerrate über 2 % für 5 Minuten, Dead-Letter-Queue nicht leer.',
    errorRate: 'Fehlerrate',
    availability: 'Der Dienst ist zu 99,5 % jedes Monats verfügbar.',
  },
  {
    lang: 'pt',
    header: '| # | Decisão | Opções consideradas | Status |',
    accepted: 'Aceita',
    deferred: 'Adiada para a v2',
    rejected: 'rejeitada',
    alerts: 'Alertas: taxa de erros acima de 2 % durante 5 minutos, fila de mensagens mortas não vazia.',
    errorRate: 'taxa de erros',
    availability: 'O serviço fica disponível 99,5 % de cada mês.',
  },
  {
    lang: 'it',
    header: '| # | Decisione | Opzioni considerate | Stato |',
    accepted: 'Accettata',
    deferred: 'Rinviata alla v2',
    rejected: 'scartata',
    alerts: 'Avvisi: tasso di errore superiore al 2 % per 5 minuti, coda dei messaggi morti non vuota.',
    errorRate: 'tasso di errore',
    availability: 'Il servizio è disponibile il 99,5 % di ogni mese.',
  },
];

describe('a decision log row, scope items and stated alerts are read as written', {
  timeout: 120_000,
}, () => {
  it.each(CASES)('$lang', async (c) => {
    const log = [
      '# Decision Log',
      '',
      c.header,
      '|---|---|---|---|',
      `| D1 | Database | PostgreSQL 16; DynamoDB (${c.rejected}: overlap queries need SQL); MongoDB Atlas (${c.rejected}) | ${c.accepted} |`,
      `| D3 | Background work | Amazon SQS; Temporal (${c.rejected}: too much to run) | ${c.accepted} |`,
      `| D4 | Real-time roster updates | WebSockets; polling every 30 s | ${c.deferred} |`,
      '',
    ].join('\n');
    const host = memoryHost({
      '/p/docs/prd/index.md':
        '# PRD\n\n- [Requirements](./requirements.md)\n- [Out of Scope](./out-of-scope.md)\n',
      '/p/docs/prd/requirements.md': `# Requirements\n\n- FR1: Volunteers sign up for shifts.\n- NFR6: ${c.availability}\n`,
      '/p/docs/prd/out-of-scope.md': '# Out of Scope (MVP)\n\n- Donor management and donations (Phase 2).\n',
      '/p/docs/architecture/decision-log.md': log,
      '/p/docs/architecture/components.md': `# Components\n\n## Logging and monitoring\n\nStructured JSON logs. ${c.alerts}\n`,
      '/p/docs/architecture/data-models.md':
        '# Data Models\n\n```sql\nCREATE TABLE shifts (id uuid PRIMARY KEY, title text NOT NULL);\n```\n',
    });
    const r = await compile({ root: '/p', verify: { skip: true } }, host);
    const stack = r.domain!.stack.filter(
      (s) => s.origin.kind === 'source' && s.origin.file.endsWith('decision-log.md'),
    );
    // The first option of an accepted row is chosen, never rejected by the column's header.
    expect(
      stack
        .filter((s) => s.status === 'rejected')
        .map((s) => s.value)
        .sort(),
    ).toEqual(['DynamoDB', 'MongoDB']);
    expect(stack.find((s) => s.value === 'PostgreSQL')?.status).toBe('chosen');
    expect(stack.find((s) => s.value === 'WebSocket')?.status).not.toBe('rejected');
    const lost = r.spec!.reconciliation.decisions ?? [];
    const subjects = lost.map((d) => d.subject);
    // The id column is no option; the TOC link is no scope statement.
    expect(subjects).not.toContain('D4');
    expect(subjects).not.toContain('Out of Scope');
    expect(lost.find((d) => d.subject.endsWith('Temporal'))).toMatchObject({
      status: 'rejected',
      detail: 'too much to run',
    });
    expect(lost.find((d) => d.subject === 'Real-time roster updates')?.status).toBe('deferred');
    expect(lost.find((d) => d.subject === 'Donor management and donations')?.detail).toBe('Phase 2');
    // The stated alert is designed; no default "no availability target" beside it.
    const alerts = r.spec!.observability!.alerts;
    expect(alerts[0]).toMatchObject({ metric: c.errorRate, window: expect.stringMatching(/^5 /) });
    expect(alerts[0]!.threshold).toMatch(/2 %$/);
    expect(alerts.some((a) => a.source === 'default')).toBe(false);
    expect(r.domain!.parameters.find((p) => p.key === 'nfr.availability')?.value).toBe(99.5);
  });

  it('reads the threshold and window of each alert item', () => {
    expect(
      readAlerts(
        'Alerts: error rate above 2 % for 5 minutes, SQS dead-letter queue not empty, reminder task not run for 45 minutes.',
      ),
    ).toEqual([
      { condition: 'error rate', threshold: 'above 2 %', window: '5 minutes', kind: 'error-rate' },
      { condition: 'SQS dead-letter queue', threshold: 'not empty', window: null, kind: 'other' },
      { condition: 'reminder task not run', threshold: null, window: '45 minutes', kind: 'other' },
    ]);
    expect(readAlerts('We alert the coordinator when a shift is full.')).toBeNull();
  });
});
