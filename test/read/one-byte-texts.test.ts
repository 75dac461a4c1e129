import { serialize } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { splitLabel } from '../../src/extract/mentions/blocks.js';
import { latin1Flat, plainText } from '../../src/markdown/parse.js';
import { clausesOf, sentencesOf } from '../../src/read/segment.js';

/**
 * V8 compiles a pattern once per string width it runs on (one byte or two bytes per character), and
 * a slice of a string with one em dash or arrow is stored two bytes per character even when its own
 * characters all fit one (issue 19): the readers' texts cut from such a block must be one-byte
 * strings, or every reader pattern is compiled a second time for them.
 */
function oneByte(s: string): boolean {
  // The serializer writes a string as it is stored: tag '"' one byte, 'c' two bytes (after padding).
  const bytes = serialize(s);
  let i = 2;
  while (bytes[i] === 0) i++;
  return bytes[i] === 0x22;
}

const WIDE = 'Clinic Booking — Stripe takes deposits. Twilio sends the SMS reminders; Postmark sends email.';

describe('texts cut from a block with a wide character', () => {
  it('the probe tells the widths apart', () => {
    expect(oneByte('plain ascii')).toBe(true);
    expect(oneByte(WIDE)).toBe(false);
    expect(oneByte(WIDE.slice(WIDE.indexOf('Twilio')))).toBe(false);
  });

  it('sentences and clauses without a wide character are one-byte strings, with the same text', () => {
    const sentences = sentencesOf(WIDE);
    expect(sentences.map((s) => s.text)).toEqual([
      'Clinic Booking — Stripe takes deposits.',
      'Twilio sends the SMS reminders; Postmark sends email.',
    ]);
    expect(sentences.map((s) => oneByte(s.text))).toEqual([false, true]);
    const clauses = clausesOf(WIDE);
    expect(clauses.map((c) => c.text)).toEqual([
      'Clinic Booking',
      'Stripe takes deposits. Twilio sends the SMS reminders',
      'Postmark sends email.',
    ]);
    expect(clauses.every((c) => oneByte(c.text))).toBe(true);
    expect(clauses.map((c) => WIDE.slice(c.offset, c.offset + c.text.length))).toEqual(
      clauses.map((c) => c.text),
    );
  });

  it('a label and its rest split at a dash are one-byte strings', () => {
    const split = splitLabel('**Stripe** — takes deposits through Payment Intents');
    expect(split).toEqual({ label: 'Stripe', rest: 'takes deposits through Payment Intents' });
    expect(oneByte(split!.label)).toBe(true);
    expect(oneByte(split!.rest)).toBe(true);
    const colon = splitLabel('Twilio → SMS: sends reminders');
    expect(colon).toEqual({ label: 'Twilio → SMS', rest: 'sends reminders' });
    expect(oneByte(colon!.rest)).toBe(true);
  });

  it('plain text of a slice is one-byte; a text with a wide character keeps it', () => {
    const slice = WIDE.slice(WIDE.indexOf('Stripe'), WIDE.indexOf(' takes'));
    expect(oneByte(slice)).toBe(false);
    expect(oneByte(plainText(`**${slice}**`))).toBe(true);
    expect(latin1Flat('café → menu')).toBe('café → menu');
    expect(oneByte(latin1Flat('café → menu'))).toBe(false);
    expect(latin1Flat('café')).toBe('café');
    expect(oneByte(latin1Flat(slice))).toBe(true);
  });
});
