import { describe, expect, it } from 'vitest';
import { persona } from '../../src/extract/security/role-readers.js';

// The English translation of the Indonesian trial wrote "As outlet staff, I want to record the laundry
// weight": a role named without an article (a mass noun, or a role code) was no story at all, while
// "Sebagai staf outlet, saya ingin …" and "Als Filialpersonal möchte ich …" were read.
const unit = (text: string) => ({ text, line: 1, source: 'prose' }) as Parameters<typeof persona>[0];

describe('a story whose role has no article', () => {
  it('"As outlet staff, I want …", "As admin, I can …" are stories of that role', () => {
    expect(
      persona(unit('US-09: As outlet staff, I want to record the laundry weight.'), 'prd.md'),
    ).toMatchObject({
      kind: 'persona',
      phrase: 'outlet staff',
    });
    expect(persona(unit('As admin, I can create staff accounts.'), 'prd.md')).toMatchObject({
      phrase: 'admin',
    });
    expect(persona(unit('Sebagai staf outlet, saya ingin mencatat berat cucian.'), 'prd.md')).toMatchObject({
      phrase: 'staf outlet',
    });
  });

  it('"As noted, I …", "As such, I …" open no story', () => {
    expect(persona(unit('As noted, I want to keep the scope small.'), 'prd.md')).toBeNull();
    expect(persona(unit('As such, I can only approve my own shifts.'), 'prd.md')).toBeNull();
  });
});
