import { it } from 'vitest';
import { stackExtractor } from '../src/extract/stack.js';
import { doc, run } from './reconcile/helpers.js';
it('dbg', () => {
  for (const t of [
    '### ADR-001: Database\n\n**Alternativer som ble vurdert:**\n- PostgreSQL — forkastet: laget har ingen erfaring.\n- MongoDB Atlas — valgt: administrert tjeneste i EU.\n- Firebase Firestore — forkastet: data lagres utenfor.\n\n**Beslutning:** MongoDB Atlas med Mongoose som ODM.\n',
    '### ADR-001: Database\n\n**Options considered:**\n- PostgreSQL — rejected: no experience.\n- MongoDB Atlas — chosen: managed service in the EU.\n\n**Decision:** MongoDB Atlas with Mongoose as ODM.\n',
    'Dugnadsvakt er en monolitt. Bakgrunnsjobber kjøres med BullMQ på Redis.\n',
  ]) {
    const st = run(stackExtractor, doc('docs/architecture.md', 'architecture', t)).fragment.stack ?? [];
    console.log(st.map((m: any) => `${m.value}:${m.status}:${m.concern}@${m.origin.line}`).join(' | '));
  }
});
