import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../../src/markdown/parse.js';
import type { SourceDocument } from '../../src/model/sources.js';
import { readDocument } from '../../src/read/index.js';

function sentences(text: string): [string, number][] {
  const doc: SourceDocument = {
    path: 'docs/architecture.md',
    kind: 'architecture',
    classifiedBy: 'test',
    text,
    body: text,
    bodyLineOffset: 0,
    frontMatter: null,
  };
  return readDocument(parseMarkdown(doc))
    .statements.filter((s) => s.kind === 'sentence')
    .map((s) => [s.text.split(' ')[0]!, s.line]);
}

// shiftshare-go cited its stated alerts ("Alerts: error rate above 2 % for 5 minutes, …") at the first
// line of their wrapped paragraph, one line above the sentence.
describe('a sentence of a wrapped paragraph is cited at the line it starts on', () => {
  it('each sentence carries its own line', () => {
    const text = [
      '## Logging',
      '',
      'Structured JSON logs (slog) with the request id and the organization id; phone numbers are masked',
      'to their last 3 digits. Alerts: error rate above 2 % for 5 minutes, SQS dead-letter queue not empty,',
      'reminder task not run for 45 minutes.',
      '',
      'Palvelu myöntää JWT-pääsytunnuksen ja',
      'uusintatunnuksen.   Viisi',
      '   epäonnistunutta kirjautumista lukitsee tilin 15 minuutiksi.',
    ].join('\n');
    expect(sentences(text)).toEqual([
      ['Structured', 3],
      ['Alerts:', 4],
      ['Palvelu', 7],
      ['Viisi', 8],
    ]);
  });
});
