import { describe, expect, it } from 'vitest';
import { flowsExtractor } from '../../src/extract/flows.js';
import { parseMarkdown } from '../../src/markdown/parse.js';
import type { DocumentKind } from '../../src/model/sources.js';
import { doc } from '../security/helpers.js';

const flowsOf = (kind: DocumentKind, text: string) => {
  const d = doc('docs/ux/flows.md', kind, text);
  return (flowsExtractor.extract({ doc: d, md: parseMarkdown(d), all: [d] }).fragment.flows ?? []).map(
    (f) => `${f.name} (${f.steps.length})`,
  );
};

// The Swedish and Korean trials (test/swedish/projects/odla, test/korean/projects/dongne) wrote their
// UX document as numbered sections ("## Flöde 1: Ställa sig i kön", "## 흐름 1: 코트 예약") with
// numbered steps: no heading said "flow" in a language the reader knew, and 0 of 8 blocks were read.
describe('a UX document numbered into sections reads each as a flow', () => {
  it.each([
    ['en', 'Task', 'Join the queue', 'Accept an offer', 'The applicant signs in.', 'The applicant confirms.'],
    ['sv', 'Flöde', 'Ställa sig i kön', 'Erbjudande', 'Kösökande loggar in.', 'Kösökande bekräftar.'],
    ['ko', '흐름', '코트 예약', '예약 취소', '주민이 시설을 고른다.', '주민이 결제한다.'],
  ])('%s', (_lang, word, first, second, a, b) => {
    const text = `# UX\n\n## ${word} 1: ${first}\n\n1. ${a}\n2. ${b}\n\n## ${word} 2: ${second}\n\n1. ${a}\n2. ${b}\n`;
    expect(flowsOf('ux', text)).toEqual([`${word} 1: ${first} (2)`, `${word} 2: ${second} (2)`]);
    // Near-misses: the same sections outside a UX document, and a UX document's numbered phases.
    expect(flowsOf('architecture', text)).toEqual([]);
    expect(flowsOf('ux', text.replaceAll(`## ${word} `, '## Phase '))).toEqual([]);
  });
});
