import { readFileSync } from 'node:fs';
import { it } from 'vitest';
import { integrationsExtractor } from '../src/extract/integrations.js';
import { stackExtractor } from '../src/extract/stack.js';
import { doc, run } from './reconcile/helpers.js';
it('dbg', () => {
  for (const f of ['architecture/tech-stack.md', 'architecture.md']) {
    const d = doc('docs/' + f, f.includes('stack') ? 'tech-stack' : 'architecture', readFileSync('/tmp/dugnad/docs/' + f, 'utf8'));
    const ints = run(integrationsExtractor, d).fragment.integrations ?? [];
    console.log(f, ints.map((m: any) => `${m.name}:${m.status}:${m.category ?? ''}`).join(' | '));
    const st = run(stackExtractor, d).fragment.stack ?? [];
    console.log(f, st.map((m: any) => `${m.value}:${m.status}:${m.concern ?? m.category ?? ''}`).join(' | '));
  }
});
