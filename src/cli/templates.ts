/**
 * The files `backend-spec init` writes: the workflow's config and its four prerequisite documents,
 * each a short, commented starting point showing the notations the compiler reads. The sample
 * content (a tiny task tracker) compiles as is, so `init` followed by `generate` works; replace it
 * with the project's own facts.
 */
export interface InitTemplate {
  /** Project-relative path; `{docs}` is the documentation folder. */
  path: string;
  text: string;
}

export function initTemplates(opts: { name: string; docs: string; language: string }): InitTemplate[] {
  const d = opts.docs === '.' ? '' : `${opts.docs}/`;
  return [
    {
      path: '.bmad/config.yaml',
      text: `# backend-spec / BMAD workflow configuration.
# project_name: used in titles. documentation_dir: where the planning documents live; the spec is
# written to {documentation_dir}/technical/backend-spec.md. documentation_language: English, Suomi, fi, ...
project_name: ${JSON.stringify(opts.name)}
documentation_dir: ${JSON.stringify(opts.docs)}
documentation_language: ${JSON.stringify(opts.language)}
`,
    },
    { path: `${d}product/PRD.md`, text: prd(opts.name) },
    { path: `${d}technical/architecture.md`, text: architecture(opts.name) },
    { path: `${d}technical/tech-stack.md`, text: techStack(opts.name) },
    { path: `${d}design/ux-spec.md`, text: ux(opts.name) },
  ];
}

const prd = (name: string) => `# ${name} — Product Requirements Document

<!-- Replace the sample below with your product. The compiler reads:
     - roles from "As a <role>, I want ..." stories and from a Users/Personas list;
     - functional requirements as "FR-1: ..." (any id like FR1, FR-01, US-1.2 works);
     - non-functional requirements with numbers ("p95 under 300 ms", "tokens expire after 15 minutes"),
       which become concrete values in the spec, each cited back to its line. -->

## Users

- **Member**: creates and completes tasks in their workspace.
- **Admin**: manages members of the workspace.

## Functional Requirements

- FR-1: A member can register with an email address and a password.
- FR-2: A member can create, edit, complete and delete their own tasks.
- FR-3: A member can list their tasks, filtered by status.
- FR-4: An admin can deactivate a member.

## User Stories

- As a member, I want to see my open tasks first, so that I know what to do next.
- As an admin, I want to deactivate a member, so that former staff lose access.

## Non-Functional Requirements

| ID | Requirement | Target |
|---|---|---|
| NFR-1 | API latency | p95 under 300 ms |
| NFR-2 | Availability | 99.9% monthly |
| NFR-3 | Access token lifetime | 15 minutes |
| NFR-4 | Refresh token lifetime | 7 days |
| NFR-5 | List pages | 20 items by default, at most 100 |
`;

const architecture = (name: string) => `# ${name} — Architecture

<!-- Describe the system and its data model. Any of these notations is read: SQL DDL, a mermaid
     erDiagram, a markdown table of fields per entity, TypeScript interfaces, Prisma, DBML.
     Integrations (Stripe, SendGrid, ...) and background jobs stated here are carried into the spec. -->

## Overview

A REST API (JSON over HTTPS) in front of one PostgreSQL database. Members sign in with email and
password and receive a JWT access token and a refresh token.

## Data Model

\`\`\`mermaid
erDiagram
    USER ||--o{ TASK : owns
\`\`\`

\`\`\`sql
CREATE TYPE user_role AS ENUM ('member', 'admin');

CREATE TABLE users (
  id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
  email VARCHAR(255) NOT NULL UNIQUE,
  password_hash VARCHAR(255) NOT NULL,
  role user_role NOT NULL DEFAULT 'member',
  is_active BOOLEAN NOT NULL DEFAULT true,
  created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
  updated_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
\`\`\`

### Task

| Field | Type | Constraints |
|---|---|---|
| id | UUID | primary key |
| user_id | UUID | not null, references users(id) on delete cascade |
| title | VARCHAR(200) | not null |
| status | ENUM('open', 'done') | not null, default 'open' |
| due_date | DATE | nullable |
| created_at | TIMESTAMPTZ | not null |
| updated_at | TIMESTAMPTZ | not null |

## Background Work

- A nightly job at 02:00 UTC deletes tasks completed more than 90 days ago.
`;

const techStack = (name: string) => `# ${name} — Tech Stack

<!-- One row per concern. Rejected or superseded options can be listed with their status. -->

| Concern | Choice |
|---|---|
| Language | TypeScript on Node.js 20 |
| Framework | Fastify |
| Database | PostgreSQL 16 |
| ORM / migrations | Prisma |
| Cache | Redis |
| Background jobs | BullMQ |
| Authentication | JWT (access + refresh tokens), passwords hashed with bcrypt |
`;

const ux = (name: string) => `# ${name} — UX Flows

<!-- Flows as numbered steps under a heading. They tell the compiler which screens need which data. -->

## Flow: Sign up

1. The visitor opens the sign-up page and enters an email and a password.
2. The account is created and the member lands on an empty task list.

## Flow: Complete a task

1. The member opens the task list, filtered to open tasks.
2. The member ticks a task; it moves to the done list.
`;
