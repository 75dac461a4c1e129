import type { Lexicon } from './types.js';

/**
 * Indonesian. Verdicts are passive verbs with the prefix di- ("ditolak", "diterima", "ditunda"), so
 * each is one word no other language writes; an ADR lists its options under "Alternatif yang
 * dipertimbangkan" and closes each with "— ditolak karena …"; a deferral reads "ditunda ke Fase 2",
 * a scope section is "Di Luar Cakupan", and a stack states what it leaves out under "Tidak
 * digunakan". "di" alone (in, at) is never a verdict.
 */
export const id: Lexicon = {
  lang: 'id',
  headings: {
    rejected: [
      'alternatif(?: lain)? yang (?:dipertimbangkan|ditolak)',
      'opsi yang (?:dipertimbangkan|ditolak)',
      'alternatif(?: lain)?',
      'tidak (?:digunakan|dipakai)',
    ],
    'out-of-scope': ['di luar (?:cakupan|lingkup)', 'tidak termasuk(?: dalam)? (?:cakupan|mvp)'],
    superseded: ['digantikan', 'tidak lagi digunakan'],
    deferred: [
      'fase [2-9]',
      'tahap [2-9]',
      'versi [2-9]',
      'pengembangan (?:selanjutnya|berikutnya)',
      'rencana ke depan',
    ],
    undecided: ['pertanyaan terbuka', 'belum diputuskan'],
    proposed: ['usulan'],
  },
  cells: {
    rejected: ['ditolak', 'tidak dipilih', 'tidak (?:digunakan|dipakai)'],
    chosen: ['diterima', 'dipilih', 'disetujui', 'sedang digunakan', 'digunakan', 'dipakai', 'diputuskan'],
    superseded: ['digantikan', 'diganti', 'usang'],
    deferred: ['fase\\s*[2-9]', 'tahap\\s*[2-9]', 'versi\\s*[2-9]', 'ditunda', 'nanti'],
    'out-of-scope': ['di luar (?:cakupan|lingkup)', 'tidak termasuk'],
    undecided: ['belum diputuskan', 'belum ditentukan', 'dalam pertimbangan'],
    proposed: ['diusulkan', 'usulan', 'draf', 'disarankan'],
  },
  statusColumns: ['status', 'keputusan', 'fase', 'tahap'],
  rejectBefore: ['alih-alih', 'sebagai pengganti', 'tidak (?:menggunakan|memakai)'],
  rejectAfter: [
    '(?:(?:sudah |telah )?dipertimbangkan,? (?:tetapi|namun|dan) )?(?:sudah |telah )?ditolak',
    // "Redis tidak diperlukan", "SMS tidak digunakan"; never "Asynq tidak memakai RabbitMQ" (an
    // active verb with its object): only the passive verbs, closing the clause or before a reason.
    'tidak (?:digunakan|dipakai|diperlukan)(?=\\s*(?:[.;,)]|$)|\\s+(?:lagi|karena|di|pada|untuk|dalam)(?!\\p{L}))',
  ],
  supersededAfter: ['digantikan (?:oleh|dengan)', 'diganti (?:dengan|oleh)', 'tidak lagi digunakan'],
  chooseVerbs: ['memilih', 'kami pilih', 'menggunakan', 'memakai'],
  over: ['daripada'],
  deferred: [
    'ditunda(?: (?:ke|hingga|sampai))?(?: fase [2-9]| tahap [2-9]| versi [2-9])?',
    '(?:pada |di |untuk )?(?:fase|tahap) [2-9]',
    'jika diperlukan',
    'di masa (?:depan|mendatang)',
    'opsional',
  ],
  undecided: ['belum diputuskan', 'belum ditentukan', 'perlu dikonfirmasi'],
  outOfScope: ['di luar (?:cakupan|lingkup)', 'tidak termasuk(?: dalam)? (?:mvp|cakupan)'],
  proposed: ['diusulkan', 'kami sarankan', 'disarankan'],
  examples: ['misalnya', 'contohnya', 'contoh', 'seperti', 'mis\\.'],
  or: ['atau'],
  modality: {
    must: ['harus', 'wajib'],
    should: ['sebaiknya', 'seharusnya'],
    may: ['boleh', 'dapat', 'bisa', 'opsional'],
  },
  negation: ['tidak', 'bukan', 'belum', 'tanpa', 'jangan', 'tidak pernah'],
};
