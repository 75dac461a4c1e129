import { describe, expect, it } from 'vitest';
import { memoryHost } from '../../src/host.js';
import { compile } from '../../src/pipeline.js';

// Found on an unseen Ukrainian trial (a humanitarian aid warehouse: three NestJS services with
// TypeORM, RabbitMQ, Keycloak, LiqPay, Nova Poshta; test/ukrainian/projects/skladka) and its English
// translation; each general defect is tested in English and another language.

async function spec(files: Record<string, string>) {
  const host = memoryHost({ '/p/docs/prd.md': '# PRD\n\n- FR-1: The system keeps requests.\n', ...files });
  return (await compile({ root: '/p', verify: { skip: true } }, host)).spec!;
}

const TYPEORM = (prose: string) => `# ${prose}

\`\`\`typescript
export enum AidRequestStatus { Submitted = 'submitted', Approved = 'approved', Rejected = 'rejected' }

@Entity('aid_requests')
export class AidRequest {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ length: 160 }) communityName: string;
  @Column({ type: 'enum', enum: AidRequestStatus, default: AidRequestStatus.Submitted }) status: AidRequestStatus;
}
\`\`\`
`;

describe('an ORM-mapped class whose name ends like an API shape (AidRequest, LeaveRequest)', {
  timeout: 60_000,
}, () => {
  // `@Entity('aid_requests') class AidRequest` was skipped as a request DTO: the data model lost the
  // table and the gap said "no data model defines it".
  for (const [lang, prose] of [
    ['en', 'Data model'],
    ['uk', 'Модель даних'],
  ] as const) {
    it(`keeps a TypeORM @Entity named …Request, with its enum-member default (${lang})`, async () => {
      const s = await spec({ '/p/docs/architecture.md': TYPEORM(prose) });
      const e = s.entities.find((x) => x.name === 'AidRequest');
      expect(e?.table).toBe('aid_requests');
      // `default: AidRequestStatus.Submitted` is the member's value, not lost.
      expect(e?.fields.find((f) => f.column === 'status')?.default).toBe("'submitted'");
    });
  }

  it('keeps a SQLAlchemy model named …Request that names its table (de)', async () => {
    const s = await spec({
      '/p/docs/architecture.md':
        '# Datenmodell\n\n```python\nclass LeaveRequest(Base):\n    __tablename__ = "leave_requests"\n    id = Column(Integer, primary_key=True)\n    reason = Column(String(200), nullable=False)\n```\n',
    });
    expect(s.entities.find((x) => x.name === 'LeaveRequest')?.table).toBe('leave_requests');
  });

  it('keeps an EF Core class with [Table] named …Request (en)', async () => {
    const s = await spec({
      '/p/docs/architecture.md':
        '# Data model\n\n```csharp\n[Table("leave_requests")]\npublic class LeaveRequest\n{\n    public Guid Id { get; set; }\n    [MaxLength(200)] public string Reason { get; set; } = "";\n}\n```\n',
    });
    expect(s.entities.map((x) => x.name)).toContain('LeaveRequest');
  });

  it('still skips an undecorated CreateTaskRequest shape', async () => {
    const s = await spec({
      '/p/docs/architecture.md':
        '# API\n\n```typescript\nexport interface CreateTaskRequest { title: string; }\nexport class UpdateTaskRequest { title: string; }\n```\n',
    });
    expect(s.entities.map((x) => x.name)).not.toContain('CreateTaskRequest');
    expect(s.entities.map((x) => x.name)).not.toContain('UpdateTaskRequest');
  });
});

describe('a list of alternatives, each with its own verdict and reason', { timeout: 60_000 }, () => {
  // "Kafka — rejected because X; NATS — rejected because Y without JetStream" gave NATS Kafka's
  // reason, and "JetStream" (NATS's persistence layer) became a rejected "Laravel Jetstream".
  for (const [lang, doc] of [
    [
      'en',
      '# Research\n\n## Message broker\n\n- **Decision**: RabbitMQ 3.13.\n- **Alternatives considered**: Apache Kafka — rejected because it is too complex to operate for three services; NATS — rejected because durable queues are needed without JetStream.\n',
    ],
    [
      'es',
      '# Investigación\n\n## Broker de mensajes\n\n- **Decisión**: RabbitMQ 3.13.\n- **Alternativas consideradas**: Apache Kafka — descartado porque es demasiado complejo de operar para tres servicios; NATS — descartado porque se necesitan colas duraderas sin JetStream.\n',
    ],
  ] as const) {
    it(`gives each option its own reason and invents no Laravel Jetstream (${lang})`, async () => {
      const s = await spec({ '/p/docs/architecture.md': doc });
      const decisions = s.reconciliation.decisions;
      const detail = (name: string) => decisions.find((d) => d.subject === name)?.detail ?? '';
      expect(detail('Apache Kafka')).toMatch(/complex|complejo/);
      expect(detail('NATS')).toMatch(/JetStream/);
      expect(decisions.map((d) => d.subject)).not.toContain('Laravel Jetstream');
    });
  }
});

describe("the project's own services and a provider stated on a bold label", { timeout: 60_000 }, () => {
  // A "| Service | Responsible for |" table of the project's own services made each one an external
  // integration ("inventory-service: in use"), while "**Payment provider**: LiqPay" (a spec-kit plan's
  // Technical Context) was no integration at all.
  for (const [lang, doc] of [
    [
      'en',
      '# Plan\n\n## Services\n\n| Service | Responsible for | Database |\n|---|---|---|\n| inventory-service | warehouses, items | `inventory` |\n| donations-service | donations | `donations` |\n\n## Technical context\n\n**Payment provider**: LiqPay (API v3, Checkout), currency UAH\n**E-mail**: SendPulse (transactional e-mails)\n',
    ],
    [
      'uk',
      '# План\n\n## Сервіси\n\n| Service | Відповідає за | База |\n|---|---|---|\n| inventory-service | склади, товари | `inventory` |\n| donations-service | донати | `donations` |\n\n## Технічний контекст\n\n**Платіжний провайдер**: LiqPay (API v3, Checkout), валюта UAH\n**E-mail**: SendPulse (транзакційні листи)\n',
    ],
  ] as const) {
    it(`lists LiqPay, not the own services (${lang})`, async () => {
      const s = await spec({ '/p/docs/architecture.md': doc });
      const names = s.integrations.map((i) => i.name);
      expect(names).toContain('LiqPay');
      expect(names).not.toContain('inventory-service');
      expect(names).not.toContain('donations-service');
    });
  }
});
