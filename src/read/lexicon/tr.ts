import type { Lexicon } from './types.js';

/**
 * Turkish. Suffixes are written onto the word, after an apostrophe on a name ("PostgreSQL'i seçtik",
 * "Firebase'i reddettik"), and verbs come last, so a verdict stands after the option it judges
 * ("MongoDB — reddedildi", "PayTR değerlendirildi ama tercih edilmedi", "Stripe yerine iyzico":
 * Stripe is the one set aside). A deferral reads "ikinci sürüme ertelendi" or "faz 2".
 */
const SFX = "(?:['’]\\p{L}+)?";
export const tr: Lexicon = {
  lang: 'tr',
  headings: {
    rejected: [
      '(?:değerlendirilen|düşünülen|incelenen) (?:seçenekler|alternatifler)',
      'reddedilen (?:seçenekler|alternatifler)',
      'alternatifler',
      'neden (?:değil|seçilmedi)',
    ],
    'out-of-scope': ['kapsam dışı\\p{L}*', 'kapsamda olmayanlar', 'hedef olmayanlar'],
    superseded: ['yerini (?:alan|aldı)\\p{L}*', 'geçersiz\\p{L}*'],
    deferred: [
      'gelecek (?:sürüm\\p{L}*|çalışmalar|planlar)',
      '(?:faz|aşama|sürüm) [2-9]',
      'sonraki sürüm\\p{L}*',
      'yol haritası',
      'ileride',
    ],
    undecided: ['açık (?:sorular|konular)', 'karar verilecek(?: konular)?', 'belirsiz(?: konular)?'],
    proposed: ['öneri\\p{L}*'],
  },
  cells: {
    rejected: ['reddedil\\p{L}*', 'elendi', 'elenen', 'seçilmedi', 'tercih edilmedi', 'kullanılmayacak'],
    chosen: [
      'seçildi',
      'seçilen',
      'kabul edildi',
      'onaylandı',
      'onaylı',
      'kullanılıyor',
      'kullanılacak',
      'tercih edildi',
    ],
    superseded: ['yerini (?:aldı|alan)\\p{L}*', 'kullanımdan kaldırıldı', 'geçersiz'],
    deferred: [
      '(?:faz|aşama|sürüm)\\s*[2-9]',
      'ertelen\\p{L}*',
      '(?:ikinci|sonraki|gelecek) sürüm\\p{L}*',
      'ileride',
      'planlan\\p{L}*',
    ],
    'out-of-scope': ['kapsam dışı\\p{L}*'],
    undecided: ['açık', 'karar verilecek', 'değerlendiriliyor', 'belirsiz'],
    proposed: ['önerilen', 'önerildi', 'taslak', 'tavsiye edilen'],
  },
  statusColumns: ['durum', 'karar', 'değerlendirme', 'aşama', 'faz'],
  rejectBefore: [],
  rejectAfter: [
    `${SFX}\\s*(?:değerlendiril\\p{L}* (?:ama|ancak|fakat) )?(?:reddedil\\p{L}*|reddettik|elendi|seçilmedi|tercih edilmedi)`,
    `${SFX}\\s*(?:kullanılmayacak|kullanmıyoruz|kullanmayacağız)`,
    `${SFX}\\s*(?:gerekli değil|gerek yok|ihtiyaç yok)`,
    `${SFX}\\s*yerine`,
  ],
  supersededAfter: [`${SFX}\\s*(?:yerini .{1,40}? (?:aldı|bıraktı))`, `${SFX}\\s*kullanımdan kaldırıldı`],
  chooseVerbs: [],
  over: [],
  deferred: [
    '(?:ikinci|sonraki|gelecek) sürüm\\p{L}*(?: (?:ertelen\\p{L}*|bırakıl\\p{L}*|planlan\\p{L}*))?',
    '(?:faz|aşama|sürüm)\\s*[2-9]\\p{L}*',
    'ertelen\\p{L}*',
    'ileride',
    'daha sonra',
    'gerekirse',
    'isteğe bağlı',
  ],
  undecided: ['karar verilecek', 'henüz karar verilmedi', 'belirsiz'],
  outOfScope: ['kapsam dışı\\p{L}*', 'kapsamda değil\\p{L}*'],
  proposed: ['öneriyoruz', 'önerilen', 'önerilir', 'tavsiye ederiz'],
  examples: ['örneğin', 'ör\\.', 'mesela', 'gibi'],
  or: ['veya', 'ya da', 'yahut'],
  modality: {
    must: ['zorunlu\\p{L}*', '\\p{L}+(?:malı|meli)(?:dır|dir)?', 'gerek\\p{L}*'],
    should: ['\\p{L}+(?:malı|meli)', 'tavsiye edilir', 'önerilir'],
    may: ['\\p{L}+(?:abilir|ebilir)', 'isteğe bağlı'],
  },
  negation: ['değil', 'yok', 'hiç', 'asla', 'olmadan', 'hiçbir'],
};
