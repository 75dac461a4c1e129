import { describe, expect, it } from 'vitest';
import { memoryHost } from '../../src/host.js';
import { parseMeasure } from '../../src/knowledge/durations.js';
import { nasalPrefixed } from '../../src/knowledge/inflect.js';
import { documentsLanguage, otherLanguage } from '../../src/knowledge/name-language.js';
import { concernOfLabel } from '../../src/knowledge/technologies.js';
import { compile } from '../../src/pipeline.js';
import { readAccessCell } from '../../src/read/access-words.js';
import { indonesianForce } from '../../src/read/indonesian-force.js';
import { readRule, statesRule } from '../../src/read/rule-words.js';
import { stateVerbsNamed } from '../../src/read/state-verb-words.js';
import { cellScope, headingScope, rejectsLabel, verdictReason } from '../../src/read/status.js';
import { changesStatus, intentsOf } from '../../src/read/story-words.js';

// An Indonesian trial (a wash-by-the-kilo laundry: Go + chi + sqlc, Asynq, Midtrans Snap, Fonnte)
// got an Italian spec (its "di" and "per" counted as Italian), Italian plurals for its tables
// (`Addresses`), the identity provider its ADR rejects ("Firebase Authentication — ditolak …") as
// the chosen one, an in-process queue beside a stated Asynq, no Go, no roles table, no route access,
// no story ("Sebagai pelanggan, saya ingin …, agar …"), no job table and 5 of 13 rules. The fixtures
// below are a motorbike workshop's, in other words.
const SCHEMA =
  '```sql\n-- +goose Up\nCREATE TABLE customers (id BIGSERIAL PRIMARY KEY, phone TEXT NOT NULL, role TEXT NOT NULL);\nCREATE TABLE motorbikes (id BIGSERIAL PRIMARY KEY, customer_id BIGINT NOT NULL REFERENCES customers(id), plate TEXT NOT NULL UNIQUE);\nCREATE TABLE bookings (id BIGSERIAL PRIMARY KEY, motorbike_id BIGINT NOT NULL REFERENCES motorbikes(id), slot_start TIMESTAMPTZ NOT NULL, status TEXT NOT NULL);\n```\n';
const PRD = [
  '# Dokumen Kebutuhan Produk — Bengkel Jaya Motor',
  '',
  'Bengkel Jaya Motor adalah aplikasi pemesanan servis motor untuk dua cabang di Surabaya.',
  'Pelanggan memesan jadwal servis dari aplikasi dan mekanik mencatat pekerjaan yang dilakukan pada setiap motor.',
  'Sasaran versi 1.0 adalah mengurangi antrean di bengkel dan memberi tahu pelanggan saat motor sudah selesai.',
  'Pemilik bengkel ingin melihat laporan pendapatan harian dari kedua cabang tanpa harus datang ke lokasi.',
  '',
  '## Peran Pengguna',
  '',
  '| Peran | Kode sistem | Deskripsi |',
  '|---|---|---|',
  '| Pelanggan | `customer` | Pemilik motor yang memesan servis |',
  '| Mekanik | `mechanic` | Mengerjakan servis dan mencatat suku cadang |',
  '',
  '## Cerita Pengguna',
  '',
  '- **US-1**: Sebagai pelanggan, saya ingin membatalkan pemesanan servis, agar slot bisa dipakai orang lain.',
  '- **US-2**: Sebagai seorang mekanik, saya ingin melihat jadwal servis hari ini, agar saya bisa bersiap.',
  '',
  '## Aturan Bisnis',
  '',
  '- **BR-1**: Seorang pelanggan paling banyak memiliki 2 pemesanan aktif sekaligus.',
  '- **BR-2**: Pemesanan tidak boleh dibatalkan kurang dari 2 jam sebelum jadwal servis.',
  '',
  '## Di Luar Cakupan',
  '',
  '- Servis panggilan ke rumah.',
  '',
].join('\n');
const ARCH = [
  '# Arsitektur',
  '',
  '## Keputusan',
  '',
  '### ADR-1: Autentikasi',
  '- **Status**: Diterima',
  '- **Keputusan**: Backend menerbitkan JWT sendiri. Access token berlaku 20 menit, refresh token 14 hari.',
  '- **Alternatif yang dipertimbangkan**: Auth0 — ditolak karena biaya per pengguna.',
  '',
  '## Data',
  '',
  SCHEMA,
  '## Endpoint API',
  '',
  '| Metode | Path | Peran | Deskripsi |',
  '|---|---|---|---|',
  '| GET | /api/motorbikes | publik | Daftar motor |',
  '| POST | /api/bookings | customer | Buat pemesanan |',
  '| POST | /api/bookings/{id}/cancel | customer | Batalkan pemesanan |',
  '| GET | /api/bookings | mechanic | Jadwal servis hari ini |',
  '',
  '## Tugas Latar Belakang',
  '',
  '| Tugas | Jadwal | Deskripsi |',
  '|---|---|---|',
  '| `remind-bookings` | `0 7 * * *` | Kirim pengingat servis lewat WhatsApp |',
  '',
].join('\n');
const STACK = [
  '# Tumpukan Teknologi',
  '',
  '| Lapisan | Teknologi | Catatan |',
  '|---|---|---|',
  '| Bahasa | Go 1.22 | |',
  '| Basis data | PostgreSQL 16 | |',
  '| Antrean tugas | Asynq | di atas Redis |',
  '| Pembayaran | Midtrans Snap | |',
  '',
  '## Tidak digunakan',
  '',
  '- MongoDB — ditolak.',
  '',
].join('\n');

describe('Indonesian documents', { timeout: 120_000 }, () => {
  it('Indonesian prose is told apart from Italian ("di", "per") and names stay English', () => {
    const texts = [PRD, ARCH];
    expect(otherLanguage(texts)).toBe('id');
    expect(documentsLanguage(texts)).toBe('en');
  });

  it('decision words: "ditolak karena …", "Alternatif yang dipertimbangkan", "Di Luar Cakupan", "Fase 2"', () => {
    expect(rejectsLabel(' — ditolak karena biaya per pengguna.')).toBe(true);
    expect(verdictReason(' — ditolak karena biaya per pengguna.')).toBe('biaya per pengguna');
    expect(rejectsLabel(' tidak digunakan.')).toBe(true);
    // "Asynq tidak memakai RabbitMQ" (Asynq does not use RabbitMQ) rejects no Asynq.
    expect(rejectsLabel(' tidak memakai RabbitMQ.')).toBe(false);
    expect(headingScope('Alternatif yang dipertimbangkan')).toBe('rejected');
    expect(headingScope('7. Di Luar Cakupan')).toBe('out-of-scope');
    expect(headingScope('9. Fase 2')).toBe('deferred');
    expect(cellScope('Diterima')).toBe('chosen');
    expect(cellScope('Ditolak')).toBe('rejected');
    expect(cellScope('Ditunda')).toBe('deferred');
  });

  it('stack labels: Bahasa, Basis data, Antrean tugas, Migrasi, Akses data, Autentikasi, router', () => {
    expect(concernOfLabel('Bahasa')).toBe('language');
    expect(concernOfLabel('Basis data')).toBe('database');
    expect(concernOfLabel('Antrean tugas')).toBe('queue');
    expect(concernOfLabel('Migrasi')).toBe('migrations');
    expect(concernOfLabel('Akses data')).toBe('orm');
    expect(concernOfLabel('Autentikasi')).toBe('auth');
    expect(concernOfLabel('Router HTTP')).toBe('framework');
    expect(concernOfLabel('HTTP router')).toBe('framework');
  });

  it('a route table\'s access cells: "publik", roles joined by "dan" or "atau"', () => {
    expect(readAccessCell('publik')).toEqual({ public: true, any: false, roles: [] });
    expect(readAccessCell('customer dan admin')).toEqual({
      public: false,
      any: false,
      roles: ['customer', 'admin'],
    });
    expect(readAccessCell('customer atau admin')).toEqual({
      public: false,
      any: false,
      roles: ['customer', 'admin'],
    });
  });

  it('durations: detik, menit, jam, hari, minggu, bulan, tahun', () => {
    expect(parseMeasure('60 detik', 'duration')?.value).toBe(60);
    expect(parseMeasure('15 menit', 'duration')?.value).toBe(900);
    expect(parseMeasure('2 jam', 'duration')?.value).toBe(7200);
    expect(parseMeasure('30 hari', 'duration')?.value).toBe(30 * 86400);
    expect(parseMeasure('2 minggu', 'duration')?.value).toBe(14 * 86400);
    expect(parseMeasure('2 tahun', 'duration')?.value).toBe(2 * 365 * 86400);
  });

  it('rule words: "paling banyak", "tidak boleh", "paling lambat … setelah"; a story is no rule', () => {
    expect(indonesianForce('Seorang pelanggan paling banyak memiliki 2 pemesanan aktif sekaligus.')).toBe(
      'Seorang pelanggan has at most 2 pemesanan aktif at once.',
    );
    expect(statesRule('Seorang pelanggan paling banyak memiliki 2 pemesanan aktif sekaligus.')).toBe(true);
    expect(statesRule('Pemesanan tidak boleh dibatalkan kurang dari 2 jam sebelum jadwal servis.')).toBe(
      true,
    );
    expect(
      readRule('Komplain hanya dapat diajukan paling lambat 2 hari setelah motor diambil.').kind,
    ).not.toBe('none');
    expect(statesRule('Sebagai pelanggan, saya ingin membatalkan pemesanan, agar slot bisa dipakai.')).toBe(
      false,
    );
    // Italian and English text is never rewritten.
    for (const text of [
      'Il cliente può avere al massimo 2 prenotazioni.',
      'A customer has at most 2 bookings.',
    ])
      expect(indonesianForce(text)).toBe(text);
  });

  it('story and state verbs: the meN- forms, and "setiap" (every) is no "set"', () => {
    expect(intentsOf('melihat jadwal servis hari ini').map((i) => i.kind)).toEqual(['view']);
    expect(intentsOf('membuat pemesanan baru').map((i) => i.kind)).toEqual(['create']);
    expect(intentsOf('menghapus motor dari akun').map((i) => i.kind)).toEqual(['delete']);
    expect(intentsOf('mengubah alamat').map((i) => i.kind)).toEqual(['update']);
    expect(intentsOf('membatalkan pemesanan').map((i) => i.kind === 'state' && i.verb)).toEqual(['cancel']);
    expect(intentsOf('membayar tagihan servis').map((i) => i.kind === 'state' && i.verb)).toEqual(['pay']);
    expect(stateVerbsNamed('Admin menyetujui atau menolak klaim garansi.')).toEqual(['approve', 'reject']);
    expect(stateVerbsNamed('Tagihan yang belum dibayar dikirim ulang.')).toEqual([]);
    expect(nasalPrefixed('mengajukan', 'ajukan')).toBe(true);
    expect(nasalPrefixed('membatalkan', 'batalkan')).toBe(true);
    expect(nasalPrefixed('menandai', 'tandai')).toBe(true);
    expect(nasalPrefixed('menyetujui', 'setujui')).toBe(true);
    expect(nasalPrefixed('mengirim', 'kirim')).toBe(true);
    expect(nasalPrefixed('mention', 'tion')).toBe(false);
    expect(changesStatus('menerima notifikasi setiap status pesanan berubah')).toBe(false);
    expect(changesStatus('receive a message every time the order status changes')).toBe(false);
    expect(changesStatus('set the order status to ready')).toBe(true);
  });

  it('a project: roles, route access, stories, the rejected option, the stack, jobs, token lifetimes', async () => {
    const r = await compile(
      { root: '/p', verify: { skip: true } },
      memoryHost({ '/p/docs/prd.md': PRD, '/p/docs/architecture.md': ARCH, '/p/docs/tech-stack.md': STACK }),
    );
    const spec = r.spec!;
    expect(r.diagnostics.find((d) => d.code === 'config/language-detected')?.message).toContain('id');
    expect(spec.roles.map((x) => x.name).sort()).toEqual(['customer', 'mechanic']);
    const route = (method: string, path: string) =>
      spec.endpoints.find((e) => e.method === method && e.path === path);
    expect(route('GET', '/api/motorbikes')?.authenticated).toBe(false);
    expect(route('POST', '/api/bookings/{id}/cancel')?.roles).toEqual(['customer']);
    expect(spec.stories!.find((s) => s.id === 'US-1')?.action).toBe('membatalkan pemesanan servis');
    expect(spec.stories!.find((s) => s.id === 'US-1')?.operations).toEqual(['cancelBooking']);
    // Auth0 is the option the ADR rejects: the server issues its own tokens.
    const auth0 = r.domain!.integrations.find((i) => i.provider === 'auth0');
    expect(auth0?.status).toBe('rejected');
    expect(spec.auth!.accessTokenTtlSeconds?.value).toBe(1200);
    expect(spec.auth!.refreshTokenTtlSeconds?.value).toBe(14 * 86400);
    const stack = r.domain!.stack.filter((c) => c.status === 'chosen').map((c) => c.value);
    expect(stack).toContain('Asynq');
    expect(stack).toContain('Go');
    expect(spec.jobs.map((j) => [j.name, j.trigger])).toContainEqual(['remind-bookings', '0 7 * * *']);
    expect(spec.rules!.some((x) => x.text.startsWith('Seorang pelanggan paling banyak memiliki 2'))).toBe(
      true,
    );
    expect(r.domain!.scope.map((s) => [s.subject, s.scope])).toContainEqual([
      'Servis panggilan ke rumah',
      'out-of-scope',
    ]);
    expect(
      r.domain!.integrations.find((i) => i.provider === 'midtrans-snap' || i.name === 'Midtrans Snap'),
    ).toBeTruthy();
  });
});
