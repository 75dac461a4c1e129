/**
 * Bytes → text for planning documents. Editors on Windows still save UTF-16 (with a byte-order
 * mark, sometimes without), older ones Windows-1252; reading those as UTF-8 silently loses every
 * table and fence. Anything that is not text (an image renamed `.md`, random bytes) is refused
 * rather than mined for words.
 */
export type Decoded =
  | { kind: 'text'; text: string; encoding: TextEncodingName }
  | { kind: 'binary'; why: string };

export type TextEncodingName = 'utf-8' | 'utf-8 (BOM)' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/** How much of the start of a file the heuristics look at (enough for a verdict, bounded work). */
const SAMPLE = 8192;

export function decodeDocument(bytes: Uint8Array): Decoded {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return text(bytes.subarray(3), 'utf-8', 'utf-8 (BOM)');
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe)
    return text(bytes.subarray(2), 'utf-16le', 'utf-16le');
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff)
    return text(bytes.subarray(2), 'utf-16be', 'utf-16be');

  const sample = bytes.subarray(0, SAMPLE);
  const utf16 = utf16WithoutBom(sample);
  if (utf16) return text(bytes, utf16, utf16);
  if (sample.includes(0)) return { kind: 'binary', why: 'it contains NUL bytes' };

  try {
    const decoded = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    if (controlRatio(decoded.slice(0, SAMPLE)) > 0.05)
      return { kind: 'binary', why: 'it is mostly control characters' };
    return { kind: 'text', text: decoded, encoding: 'utf-8' };
  } catch {
    // Not UTF-8: a legacy single-byte text still reads as Windows-1252 when it is text-like.
    const legacy = new TextDecoder('windows-1252').decode(bytes);
    if (controlRatio(legacy.slice(0, SAMPLE)) > 0.02 || highRatio(sample) > 0.3)
      return { kind: 'binary', why: 'it is neither UTF-8, UTF-16 nor single-byte text' };
    return { kind: 'text', text: legacy, encoding: 'windows-1252' };
  }
}

function text(bytes: Uint8Array, label: string, encoding: TextEncodingName): Decoded {
  const decoded = new TextDecoder(label).decode(bytes);
  if (controlRatio(decoded.slice(0, SAMPLE)) > 0.05)
    return { kind: 'binary', why: `it does not decode as ${encoding} text` };
  return { kind: 'text', text: decoded, encoding };
}

/**
 * UTF-16 without a BOM: text in Latin scripts has a zero in every other byte (the high byte of
 * each code unit). Odd positions zero and even positions not → little-endian, and the reverse.
 */
function utf16WithoutBom(sample: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const pairs = Math.floor(sample.length / 2);
  if (pairs < 2) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i + 1 < sample.length; i += 2) {
    if (sample[i] === 0) evenZero++;
    if (sample[i + 1] === 0) oddZero++;
  }
  if (oddZero / pairs > 0.4 && evenZero / pairs < 0.05) return 'utf-16le';
  if (evenZero / pairs > 0.4 && oddZero / pairs < 0.05) return 'utf-16be';
  return null;
}

/** Share of C0/C1 control characters other than tab, line feed, carriage return and form feed. */
function controlRatio(s: string): number {
  if (s.length === 0) return 0;
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c < 0x20 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || (c >= 0x7f && c < 0xa0) || c === 0xfffd)
      n++;
  }
  return n / s.length;
}

function highRatio(b: Uint8Array): number {
  if (b.length === 0) return 0;
  let n = 0;
  for (const x of b) if (x >= 0x80) n++;
  return n / b.length;
}
