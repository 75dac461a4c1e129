import { describe, expect, it } from 'vitest';
import { splitFrontMatter } from '../../src/load/front-matter.js';

describe('front matter', () => {
  it('splits a YAML block and counts its lines', () => {
    const fm = splitFrontMatter("---\nworkflowType: 'prd'\nsteps: [1, 2]\n---\n# PRD\n");
    expect(fm).toEqual({
      frontMatter: { workflowType: 'prd', steps: [1, 2] },
      body: '# PRD\n',
      lineOffset: 4,
      error: null,
    });
  });

  it('handles CRLF and a byte-order mark', () => {
    const fm = splitFrontMatter('\uFEFF---\r\ntitle: x\r\n---\r\n# T\r\n');
    expect(fm.frontMatter).toEqual({ title: 'x' });
    expect(fm.body).toBe('# T\r\n');
    expect(fm.lineOffset).toBe(3);
  });

  it('a leading thematic break is not front matter', () => {
    const text = '---\n# Title\n\nSome text.\n---\nmore\n';
    expect(splitFrontMatter(text)).toEqual({ frontMatter: null, body: text, lineOffset: 0, error: null });
  });

  it('invalid YAML is reported with its file line', () => {
    const fm = splitFrontMatter('---\ntitle: a\nbad: [x\n---\n# T\n');
    expect(fm.frontMatter).toBeNull();
    expect(fm.error?.line).toBeGreaterThanOrEqual(3);
    expect(fm.body).toBe('# T\n');
  });
});
