import { describe, expect, it } from 'vitest';
import { memoryHost } from '../../src/host.js';
import { seriesKind, seriesPrefixes } from '../../src/knowledge/requirement-ids.js';
import { compile } from '../../src/pipeline.js';
import { readRule, statesRule } from '../../src/read/rule-words.js';

// Romanian rules (a library's loans, not gustarica's lunches): the document numbers its own items
// (NU-, RA-, CNFA-) with prefixes no table lists, and states its rules in Romanian force words.

const PRD = `# Biblioteca de cartier — PRD

## Cerințe de utilizator

- **NU-01**: Ca cititor, vreau să împrumut o carte disponibilă.
- **NU-02**: Ca bibliotecar, vreau să înregistrez returnarea unei cărți.

## Reguli ale domeniului

- **RA-01**: Rezervarea unei cărți se poate face cel târziu până la ora 18:00 în ziua anterioară.
- **RA-02**: Un cititor poate avea cel mult 5 împrumuturi active.
- **RA-03**: Pensionarii plătesc 30 % din prețul abonamentului.
- **RA-04**: Rezervările neconfirmate în 2 de ore expiră automat.

## Cerințe nefuncționale

- **CNFA-01**: Căutarea răspunde în mai puțin de 300 ms.
- **CNFA-02**: Datele sunt găzduite în Uniunea Europeană.
`;

const ARCH = `# Arhitectura

\`\`\`sql
CREATE TABLE loans (id BIGSERIAL PRIMARY KEY, reader_id BIGINT NOT NULL, status VARCHAR(20) NOT NULL);
CREATE TABLE reservations (id BIGSERIAL PRIMARY KEY, reader_id BIGINT NOT NULL, status VARCHAR(20) NOT NULL);
\`\`\`
`;

describe('Romanian rules and requirement ids', { timeout: 60_000 }, () => {
  it('reads a document’s own numbered prefixes as requirement ids, of the kind their heading or name says', () => {
    // List items as the markdown reader gives them: without their bullet.
    const texts = PRD.split('\n').map((l) => l.replace(/^- /, ''));
    expect(seriesPrefixes(texts)).toEqual(['CNFA', 'NU', 'RA']);
    expect(seriesKind('NU-01', 'Cerințe de utilizator')).toBe('functional');
    expect(seriesKind('NU-01', 'Povești de utilizator')).toBe('user-story');
    expect(seriesKind('CNFA-01', 'Cerințe')).toBe('non-functional');
    // One id alone is no series; a document that defines a known id (FR-1) numbers nothing else.
    expect(seriesPrefixes(['- **XY-01**: un singur rând'])).toEqual([]);
    expect(seriesPrefixes(['- **FR-1**: a', '- **SC-001**: b', '- **SC-002**: c'])).toEqual([]);
  });

  it('reads Romanian force words: a deadline of the day, a cap, a share of a price, an expiry', () => {
    const deadline = 'Rezervarea unei cărți se poate face cel târziu până la ora 18:00 în ziua anterioară.';
    expect(statesRule(deadline)).toBe(true);
    expect(readRule(deadline).kind).toBe('window');
    expect(readRule('Un cititor poate avea cel mult 5 împrumuturi active.').kind).toBe('limit');
    const share = 'Pensionarii plătesc 30 % din prețul abonamentului.';
    expect(statesRule(share)).toBe(true);
    expect(readRule(share).kind).toBe('charge');
    const expiry = 'Rezervările neconfirmate în 2 de ore expiră automat.';
    expect(statesRule(expiry)).toBe(true);
    expect(readRule(expiry).enforcement).toBe('job');
  });

  it('gives the rules table every stated rule with its own id and number', async () => {
    const host = memoryHost({ '/p/docs/prd.md': PRD, '/p/docs/architecture.md': ARCH });
    const r = await compile({ root: '/p', verify: { skip: true } }, host);
    const ids = r.domain!.requirements.map((x) => `${x.id}:${x.kind}`);
    expect(ids).toEqual(
      expect.arrayContaining(['NU-01:functional', 'RA-01:functional', 'CNFA-01:non-functional']),
    );
    const rules = r.spec!.rules ?? [];
    // RA- is the document's own prefix, no rule id of the known ones: each rule cites it as its requirement.
    const byId = new Map(rules.flatMap((x) => x.requirements.map((q) => [q, x] as const)));
    expect(byId.get('RA-01')?.text).toContain('18:00');
    expect(byId.get('RA-01')?.kind).toBe('window');
    expect(byId.get('RA-02')?.text).toContain('5');
    expect(byId.get('RA-03')?.text).toContain('30 %');
    expect(byId.get('RA-04')?.enforcement).toBe('job');
  });
});
