import { describe, expect, it } from 'vitest';
import { looksLikeType, scalarType } from '../../src/knowledge/scalar-types.js';

describe('written type → scalar', () => {
  it.each([
    ['VARCHAR(255)', { scalar: 'string', length: 255 }],
    ['character varying(40)', { scalar: 'string', length: 40 }],
    ['NUMERIC(10, 2)', { scalar: 'decimal', precision: 10, scale: 2 }],
    ['timestamptz', { scalar: 'datetime' }],
    ['timestamp with time zone', { scalar: 'datetime' }],
    ['BIGSERIAL', { scalar: 'bigint', generated: true }],
    ['TINYINT(1)', { scalar: 'boolean' }],
    ['INT UNSIGNED', { scalar: 'integer' }],
    ['text[]', { scalar: 'array', items: 'text' }],
    ['Array<string>', { scalar: 'array', items: 'string' }],
    ['@db.Uuid', { scalar: 'uuid' }],
    ['jsonb', { scalar: 'json' }],
    ['Date', { scalar: 'datetime' }],
    ['date', { scalar: 'date' }],
    ['uniqueidentifier', { scalar: 'uuid' }],
  ])('%s', (written, expected) => {
    expect(scalarType(written)).toMatchObject(expected);
  });

  it('uses the field name only to refine JavaScript numbers', () => {
    expect(scalarType('number', 'retryCount')!.scalar).toBe('integer');
    expect(scalarType('number', 'unitPrice')!.scalar).toBe('decimal');
    expect(scalarType('number', 'latitude')!.scalar).toBe('float');
  });

  it('tells type cells from prose cells', () => {
    expect(scalarType('the patient name')).toBeNull();
    expect(looksLikeType('`VARCHAR(255)` NOT NULL')).toBe(true);
    expect(looksLikeType("'draft' | 'sent'")).toBe(true);
    expect(looksLikeType('Runs the lab')).toBe(false);
  });
});
