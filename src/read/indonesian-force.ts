import { rewrittenIn } from './force-words.js';

/**
 * Words only Indonesian (and Malay) writes among the languages read here: the text is Indonesian.
 * "di", "per" and "ke" are left out (Italian, English and Czech write them too).
 */
const INDONESIAN_TEXT =
  /(?<!\p{L})(?:dan|yang|untuk|dengan|dari|tidak|pada|atau|oleh|dapat|harus|wajib|setelah|sebelum|sudah|belum|jika|setiap|paling|lebih|adalah|akan|boleh|hanya|selama|dalam|sistem|menjadi|sebagai|seorang|sebuah|sekaligus|memiliki|mempunyai|kurang|antara|sampai|masih|tetapi|namun|karena|agar|apabila|ketika|saat|berturut-turut)(?!\p{L})/giu;

const UNIT = String.raw`(?:detik|menit|jam|hari|minggu|pekan|bulan|tahun)`;
const SPAN = String.raw`\d+(?:[.,]\d+)?(?:\s*[×x]\s*\d+)?\s*${UNIT}`;

/**
 * Indonesian force words in the English the rule readers weigh, as for Vietnamese: "sistem harus …"
 * (the system must), "tidak boleh dicuci" (must not), "paling banyak 3" (at most), "minimal 10"
 * (at least), "paling lambat 2 × 24 jam setelah" (at most … after), "dalam 30 hari" (within),
 * "setiap" (each), "terkunci selama 15 menit" (is locked for). The passive di- participles of the
 * state verbs become English participles; durations become English units. Only text with at least
 * two Indonesian words is rewritten.
 */
const INDONESIAN = (): [RegExp, string][] => [
  [/(?<!\p{L})(?:sistem|aplikasi|backend|server)\s+(?:harus|wajib)(?!\p{L})/giu, 'the system must'],
  [/(?<!\p{L})(?:tidak boleh|tidak diperbolehkan|dilarang|tidak dapat|tidak bisa)(?!\p{L})/giu, 'must not'],
  [/(?<!\p{L})tidak pernah(?!\p{L})/giu, 'never'],
  [/(?<!\p{L})(?:harus|wajib)(?!\p{L})/giu, 'must'],
  [/(?<!\p{L})hanya\s+(?:dapat|bisa|boleh)(?!\p{L})/giu, 'can only'],
  [/(?<!\p{L})(?:dapat|bisa|boleh)(?!\p{L})/giu, 'can'],
  // "paling banyak memiliki 3 pesanan aktif": the bound before the verb, in the English order.
  [/(?<!\p{L})(?:paling banyak|maksimal|maksimum)\s+(?:memiliki|mempunyai)(?!\p{L})/giu, 'has at most'],
  [/(?<!\p{L})(?:memiliki|mempunyai)(?!\p{L})/giu, 'has'],
  [
    /(?<!\p{L})(?:paling banyak|paling lama|paling lambat|maksimal|maksimum|tidak lebih dari|tidak melebihi)(?!\p{L})/giu,
    'at most',
  ],
  [/(?<!\p{L})(?:paling sedikit|paling cepat|minimal|sekurang-kurangnya)(?!\p{L})/giu, 'at least'],
  [/(?<!\p{L})lebih dari(?!\p{L})/giu, 'more than'],
  [new RegExp(String.raw`(?<!\p{L})(?:dalam waktu|dalam)\s+(?=${SPAN})`, 'giu'), 'within '],
  [new RegExp(String.raw`(?<!\p{L})(?:disimpan|disimpan selama)\s+(?=${SPAN})`, 'giu'), 'kept for '],
  [/(?<!\p{L})selama(?=\s+\d)/giu, 'for'],
  [
    /(?<!\p{L})(\d+)\s+kali\s+gagal\s+(?:masuk|login)\s+berturut-turut(?!\p{L})/giu,
    '$1 consecutive failed attempts',
  ],
  [/(?<!\p{L})berturut-turut(?!\p{L})/giu, 'consecutive'],
  [/(?<!\p{L})(?:secara )?otomatis(?!\p{L})/giu, 'automatically'],
  [/(?<!\p{L})dihapus(?!\p{L})/giu, 'deleted'],
  [/(?<!\p{L})(?:menghapus|hapus)(?!\p{L})/giu, 'delete'],
  [/(?<!\p{L})dibatalkan(?!\p{L})/giu, 'cancelled'],
  [/(?<!\p{L})(?:membatalkan|batalkan)(?!\p{L})/giu, 'cancel'],
  [/(?<!\p{L})(?:dianonimkan|dianonimisasi)(?!\p{L})/giu, 'anonymised'],
  [/(?<!\p{L})(?:kedaluwarsa|kadaluwarsa|kadaluarsa)(?!\p{L})/giu, 'expires'],
  [/(?<!\p{L})(?:terkunci|dikunci)(?!\p{L})/giu, 'is locked'],
  [/(?<!\p{L})(?:pengingat|mengingatkan)(?!\p{L})/giu, 'reminder'],
  [/(?<!\p{L})unik(?!\p{L})/giu, 'unique'],
  [/(?<!\p{L})sekaligus(?!\p{L})/giu, 'at once'],
  [/(?<!\p{L})hanya(?!\p{L})/giu, 'only'],
  [/(?<!\p{L})(?:setiap|tiap)(?!\p{L})/giu, 'each'],
  [/(?<!\p{L})sebelum(?!\p{L})/giu, 'before'],
  [/(?<!\p{L})(?:setelah|sesudah)(?!\p{L})/giu, 'after'],
  [/(?<!\p{L})(?:tidak|belum)(?!\p{L})/giu, 'not'],
  [/(\d+)\s*detik(?!\p{L})/giu, '$1 seconds'],
  [/(\d+)\s*menit(?!\p{L})/giu, '$1 minutes'],
  [/(\d+)\s*jam(?!\p{L})/giu, '$1 hours'],
  [/(\d+)\s*hari(?!\p{L})/giu, '$1 days'],
  [/(\d+)\s*(?:minggu|pekan)(?!\p{L})/giu, '$1 weeks'],
  [/(\d+)\s*bulan(?!\p{L})/giu, '$1 months'],
  [/(\d+)\s*tahun(?!\p{L})/giu, '$1 years'],
  [/(\d+)\s*karakter(?!\p{L})/giu, '$1 characters'],
];

export const indonesianForce = (text: string): string => rewrittenIn(text, INDONESIAN_TEXT, INDONESIAN);
