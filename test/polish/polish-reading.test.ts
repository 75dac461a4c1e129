import { describe, expect, it } from 'vitest';
import { memoryHost } from '../../src/host.js';
import { documentsLanguage, otherLanguage } from '../../src/knowledge/name-language.js';
import { parseMarkdown } from '../../src/markdown/parse.js';
import type { SourceDocument } from '../../src/model/sources.js';
import { compile } from '../../src/pipeline.js';
import { readDocument } from '../../src/read/index.js';
import type { DecisionStatus } from '../../src/read/types.js';

// A Polish spec-kit trial (an animal shelter, Laravel 11 + MySQL): with no config, the spec came out
// in Portuguese ("do", "na" and "a" are Polish words too), entity names were inflected as Portuguese,
// and research.md's "Twilio — odrzucony", "Meilisearch nie jest potrzebny" and "logowanie przez
// Google — przesunięte do fazy 2" were read as chosen.
const doc = (text: string): SourceDocument => ({
  path: 'specs/001-adopcje/research.md',
  kind: 'other',
  classifiedBy: 'test',
  text,
  body: text,
  bodyLineOffset: 0,
  frontMatter: null,
});
const statusOf = (text: string, value: string): DecisionStatus[] =>
  readDocument(parseMarkdown(doc(text)))
    .statements.flatMap((s) =>
      s.terms.filter((t) => t.value === value || t.written === value).map((t) => t.status),
    )
    .filter((status, i, all) => all.indexOf(status) === i);

const POLISH_PRD = [
  '# Specyfikacja funkcji: Adopcje zwierząt',
  '',
  'Jako kandydat chcę złożyć wniosek adopcyjny dla wybranego zwierzęcia, aby schronisko mogło go rozpatrzyć.',
  'Koordynator adopcji musi móc zatwierdzić albo odrzucić wniosek; odrzucenie wymaga uzasadnienia.',
  'Rezerwacja wygasa po 7 dniach, jeśli umowa nie zostanie podpisana, a zwierzę wraca do listy.',
  'Wszystkie otwarte wnioski są zamykane, gdy zwierzę umrze w trakcie rozpatrywania wniosku.',
  'Wolontariusz może zapisać się na spacer z psem, który jest gotowy do adopcji, bez logowania przez media.',
  'Dane osobowe kandydatów przechowujemy 5 lat od zakończenia adopcji; potem są anonimizowane przez system.',
].join('\n');

describe('Polish documents', () => {
  it('are told apart from Portuguese, and named as English', () => {
    expect(otherLanguage([POLISH_PRD])).toBe('pl');
    expect(documentsLanguage([POLISH_PRD])).toBe('en');
  });

  it('get an English spec and a note that says Polish has no catalog', async () => {
    const r = await compile(
      { root: '/p', verify: { skip: true } },
      memoryHost({
        '/p/docs/product/PRD.md': POLISH_PRD,
        '/p/docs/technical/architecture.md': '# Architektura\n\nBaza danych: MySQL 8.0.\n',
      }),
    );
    expect(r.spec!.project.language).toBe('en');
    const note = r.diagnostics.find((d) => d.code === 'config/language-detected');
    expect(note?.message).toMatch(/written in pl, which has no catalog; the spec is written in English/);
  });

  it('read rejected, unneeded and later options as such', () => {
    expect(
      statusOf('- **Rozważane alternatywy**: Twilio — odrzucony (koszt SMS w Polsce).\n', 'Twilio'),
    ).toEqual(['rejected']);
    expect(
      statusOf(
        'Wyszukiwanie: filtry SQL; Meilisearch nie jest potrzebny przy ~300 zwierzętach.\n',
        'Meilisearch',
      ),
    ).toEqual(['rejected']);
    expect(statusOf('## Przyszłe wersje\n\n- Elasticsearch do wyszukiwania\n', 'Elasticsearch')).toEqual([
      'deferred',
    ]);
    expect(statusOf('Kafka — poza zakresem tej wersji.\n', 'Kafka')).toEqual(['out-of-scope']);
    // en / de: the verdict after a dash is on the name before it, in every language.
    expect(statusOf('- MongoDB — rejected (the data is relational).\n', 'MongoDB')).toEqual(['rejected']);
    expect(statusOf('- MongoDB — abgelehnt (relationale Daten).\n', 'MongoDB')).toEqual(['rejected']);
    // A clause after the dash that names an option of its own passes no verdict on the first.
    expect(statusOf('PostgreSQL 16 — MongoDB rejected.\n', 'PostgreSQL')).toEqual(['none']);
    expect(statusOf('PostgreSQL — we could add read replicas later.\n', 'PostgreSQL')).toEqual(['none']);
  });
});

describe('documents in other scripts without a config', () => {
  it('ru / ja: an English spec, and a note naming the language', () => {
    const russian = 'Система должна позволять резиденту бронировать рабочее место на день. '.repeat(8);
    const japanese =
      '会員はオンラインで施設を予約できる必要があります。予約は二十四時間前まで取り消せます。'.repeat(6);
    expect(otherLanguage([russian])).toBe('ru');
    expect(otherLanguage([japanese])).toBe('ja');
    expect(
      otherLanguage(['Українська мова: користувач може створити бронювання і скасувати його. '.repeat(6)]),
    ).toBe('uk');
    // English with a few names in another script stays English.
    expect(
      otherLanguage([`${'The member books a desk for one day and may cancel it. '.repeat(20)}Улей 会員`]),
    ).toBeNull();
  });
});

describe('Polish quantities, schedules and caches', () => {
  it('durations and bounds', async () => {
    const { findMeasures } = await import('../../src/knowledge/durations.js');
    const read = (t: string) => findMeasures(t).map((m) => [m.value, m.unit, m.comparator ?? null]);
    expect(read('Rezerwacja wygasa po 7 dniach')).toEqual([[604800, 's', null]]);
    expect(read('przechowujemy 5 lat od zakończenia adopcji')).toEqual([[157680000, 's', null]]);
    expect(read('SMS 24 godziny przed wizytą')).toEqual([[86400, 's', null]]);
    expect(read('najwyżej 2 otwarte wnioski')).toEqual([[2, 'count', '<=']]);
    expect(read('co najmniej 20 znaków')).toEqual([[20, 'count', '>=']]);
    expect(read('w ciągu 30 dni')).toEqual([[2592000, 's', '<=']]);
  });
  it('schedules: every hour, daily at a time, every N minutes', async () => {
    const { readSchedule } = await import('../../src/read/schedule-words.js');
    expect(readSchedule('Co godzinę: wygaszanie rezerwacji')?.cron).toBe('0 * * * *');
    expect(readSchedule('Codziennie o 18:00: SMS-y z przypomnieniem')?.cron).toBe('0 18 * * *');
    expect(readSchedule('Codziennie o 02:30: anonimizacja danych')?.cron).toBe('30 2 * * *');
    expect(readSchedule('co 5 minut')?.cron).toBe('*/5 * * * *');
    // "o" is a time only before HH:MM: Spanish "2 o 3 horas" states none.
    expect(readSchedule('cada día, 2 o 3 horas')).toBeNull();
  });
  it('a passive cache sentence, with its store, lifetime and invalidating event', async () => {
    const { readCacheSentence } = await import('../../src/read/cache-words.js');
    const c = readCacheSentence(
      'Publiczna lista zwierząt jest cache’owana w Redis przez 5 minut i unieważniana przy zmianie statusu zwierzęcia.',
    );
    expect(c).toMatchObject({ store: 'Redis', ttlSeconds: 300 });
    expect(c?.subject).toMatch(/lista zwierząt/);
    expect(c?.invalidatedOn.map((e) => e.text)).toEqual(['zmianie statusu zwierzęcia']);
  });
});
