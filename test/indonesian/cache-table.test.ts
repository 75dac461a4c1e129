import { describe, expect, it } from 'vitest';
import { readCacheRow } from '../../src/read/cache-words.js';

// The Indonesian trial and its English translation state their cache as a table under the cache ADR
// (`| Data | Key | TTL |`, `| Data | Kunci | TTL |`): the spec said "No entry qualifies for caching".
describe('a cache table states one entry per row', () => {
  it('English, Indonesian and German rows: what is cached, its key words and its lifetime', () => {
    const en = readCacheRow(
      ['List of services and prices', '`services:all`', '10 minutes'],
      ['Data', 'Key', 'TTL'],
      ['ADR-008: Cache'],
    );
    expect(en).toMatchObject({ subject: 'List of services and prices', ttlSeconds: 600 });
    expect(en?.subjectWords).toContain('services');
    const id = readCacheRow(
      ['Daftar layanan dan harga', '`services:all`', '10 menit'],
      ['Data', 'Kunci', 'TTL'],
      [],
    );
    expect(id).toMatchObject({ subject: 'Daftar layanan dan harga', ttlSeconds: 600 });
    expect(id?.subjectWords).toContain('services');
    const de = readCacheRow(['Freie Termine', '60 Sekunden'], ['Daten', 'Gültigkeit'], ['Caching']);
    expect(de).toMatchObject({ subject: 'Freie Termine', ttlSeconds: 60 });
  });

  it('a lifetime table that is no cache (no key column, no cache heading) states none', () => {
    expect(readCacheRow(['Access token', '15 minutes'], ['Token', 'TTL'], ['Security'])).toBeNull();
    expect(readCacheRow(['services:all', 'Daftar layanan'], ['Kunci', 'Data'], ['Cache'])).toBeNull();
  });
});

describe('a cache row whose lifetime cell says more than the reader reads', () => {
  it('"10 分钟，商品更新时删除" is not read as a lifetime alone', () => {
    expect(
      readCacheRow(['`item:detail:{id}`', '商品详情', '10 分钟，商品更新时删除'], ['Key', '内容', 'TTL'], []),
    ).toBeNull();
    expect(
      readCacheRow(['`category:all`', '商品分类列表', '1 小时'], ['Key', '内容', 'TTL'], []),
    ).toMatchObject({
      subject: '商品分类列表',
      ttlSeconds: 3600,
    });
  });
});

describe('a key that holds state the API keeps is no cached read', () => {
  it('`sms:code:{phone}`, `sms:limit:{phone}`, `auth:refresh:{userId}` state no cache entry', () => {
    for (const [key, what] of [
      ['`sms:code:{phone}`', '短信验证码'],
      ['`sms:limit:{phone}`', 'SMS rate limit'],
      ['`auth:refresh:{userId}`', 'Refresh token'],
    ])
      expect(readCacheRow([key!, what!, '5 minutes'], ['Key', 'Content', 'TTL'], ['Cache'])).toBeNull();
    expect(
      readCacheRow(['`item:home:{campus}`', 'Home page items', '5 minutes'], ['Key', 'Content', 'TTL'], []),
    ).not.toBeNull();
  });
});
