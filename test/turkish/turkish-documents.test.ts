import { describe, expect, it } from 'vitest';
import { memoryHost } from '../../src/host.js';
import { otherLanguage } from '../../src/knowledge/name-language.js';
import { findProviders } from '../../src/knowledge/providers.js';
import { kindOfId } from '../../src/knowledge/requirement-ids.js';
import { compile } from '../../src/pipeline.js';
import { readCacheSentence } from '../../src/read/cache-words.js';
import { jobCron } from '../../src/read/job-words.js';
import { readSchedule } from '../../src/read/schedule-words.js';

// A Turkish trial (a neighbourhood association's tool library: ASP.NET Core + EF Core, PostgreSQL 16,
// Hangfire, iyzico, Netgsm, Brevo, three ADRs) chose Firebase Authentication and Stripe, both
// "reddedildi" in the ADRs, listed the chosen PostgreSQL, JWT and Hangfire as rejected ("— seçildi"
// under "Değerlendirilen seçenekler"), read no requirement id (FG-01, KH-01, İK-01), no story, no
// job, no rule and no token lifetime, keyed roles by their Turkish titles and granted every route to
// no role ("herkes", `member`). Turkish is no naming language and has no catalog: an English spec.
const SCHEMA =
  '```sql\nCREATE TABLE members (id BIGSERIAL PRIMARY KEY, email TEXT NOT NULL, role TEXT NOT NULL);\nCREATE TABLE tools (id BIGSERIAL PRIMARY KEY, name TEXT NOT NULL);\nCREATE TABLE loans (id BIGSERIAL PRIMARY KEY, member_id BIGINT NOT NULL REFERENCES members(id), tool_id BIGINT NOT NULL REFERENCES tools(id), due_at TIMESTAMPTZ NOT NULL);\n```\n';
const PRD =
  '# Ürün Gereksinimleri\n\n## Amaç\n\nKomşu Alet, mahalle derneğinin alet kütüphanesini yönetir: üyeler aletleri çevrim içi rezerve eder, depodan teslim alır ve iade eder. Gönüllüler teslim ve iadeleri kaydeder ve yönetim kurulu üyelikleri onaylar. Bugün her şey bir Excel dosyası ve WhatsApp grubu ile yürütülüyor, bu yüzden kimin hangi aleti aldığı belli değil.\n\n## Kapsam\n\nBu sürüm için web uygulaması yeterli; mobil uygulama daha sonra gelecek. Her üye için bir hesap vardır ve her alet için bir kayıt tutulur. Ödemeler iyzico ile alınır ve hatırlatmalar SMS ile gönderilir.\n';
const run = (arch: string, prd = PRD) =>
  compile(
    { root: '/p', verify: { skip: true } },
    memoryHost({
      '/p/docs/prd.md': prd,
      '/p/docs/architecture.md': `# Mimari\n\n## Veri modeli\n\n${SCHEMA}\n${arch}`,
    }),
  );

/** The statuses the documents give a technology or provider, wherever it is named. */
const statuses = (r: Awaited<ReturnType<typeof run>>, name: string) => [
  ...new Set([
    ...r.domain!.stack.filter((x) => x.value === name).map((x) => x.status),
    ...r.domain!.integrations.filter((x) => x.name === name).map((x) => x.status),
  ]),
];

describe('Turkish documents', { timeout: 120_000 }, () => {
  it('are told apart from the naming languages: an English spec and a note', async () => {
    expect(otherLanguage([PRD.repeat(3)])).toBe('tr');
    const r = await run('');
    expect(r.spec!.project.language).toBe('en');
    const note = r.diagnostics.find((d) => d.code === 'config/language-detected');
    expect(note?.message).toMatch(/written in tr, which has no catalog/);
  });

  it('an ADR option "reddedildi" is rejected; the one "seçildi" among the options is chosen', async () => {
    const r = await run(
      '## Karar\n\nASP.NET Core Identity ve kendi JWT belirteçlerimiz.\n\n## Değerlendirilen seçenekler\n\n- **PostgreSQL 16** — seçildi: tarih aralıkları ve kısıtlar.\n- **Firebase Authentication** — reddedildi: kişisel verilerin yurt dışına aktarımı.\n- **MongoDB** — reddedildi: işlem desteği zayıf.\n',
    );
    expect(r.spec!.auth!.provider ?? null).toBeNull();
    expect(statuses(r, 'Firebase Authentication')).toEqual(['rejected']);
    expect(statuses(r, 'MongoDB')).toEqual(['rejected']);
    expect(statuses(r, 'PostgreSQL')).not.toContain('rejected');
  });

  it('en: "— chosen:" under "Options considered" is the winner, not a rejected option', async () => {
    const r = await run(
      '## Options considered\n\n- **PostgreSQL 16** — chosen: date ranges and constraints.\n- **MongoDB** — rejected: weak transactions.\n',
    );
    expect(statuses(r, 'MongoDB')).toEqual(['rejected']);
    expect(statuses(r, 'PostgreSQL')).not.toContain('rejected');
  });

  it('requirement ids FG, FOG, KH and İK have their kinds', () => {
    expect(kindOfId('FG-01')).toBe('functional');
    expect(kindOfId('FOG-02')).toBe('non-functional');
    expect(kindOfId('KH-03')).toBe('user-story');
    expect(kindOfId('İK-04')).toBe('functional');
  });

  it('a roles table keyed by "Sistem rolü", route cells "herkes" and role codes', async () => {
    const r = await run(
      '## Roller\n\n| Rol | Sistem rolü | Açıklama |\n|---|---|---|\n| Üye | `member` | Alet rezerve eder |\n| Yönetici | `admin` | Aletleri yönetir |\n\n## API uç noktaları\n\n| Yöntem | Yol | Açıklama | Rol |\n|---|---|---|---|\n| GET | /api/v1/tools | Alet kataloğu | herkes |\n| POST | /api/v1/tools | Alet ekle | admin |\n| POST | /api/v1/loans | Ödünç al | member veya admin |\n| DELETE | /api/v1/loans/{id} | Ödüncü sil | admin |\n',
    );
    // The "Açıklama" column is the route's summary; a stated route is never "left out on purpose".
    expect(r.spec!.endpoints.find((e) => e.method === 'POST' && e.path === '/api/v1/tools')?.summary).toBe(
      'Alet ekle',
    );
    expect((r.spec!.suppressed ?? []).map((x) => `${x.method} ${x.path}`)).not.toContain(
      'DELETE /api/v1/loans/{id}',
    );
    expect(r.spec!.roles.map((x) => x.name).sort()).toEqual(['admin', 'member']);
    expect(r.diagnostics.filter((d) => d.code === 'security/unknown-route-caller')).toEqual([]);
    const list = r.spec!.endpoints.find((e) => e.method === 'GET' && e.path === '/api/v1/tools');
    expect(list?.authenticated).toBe(false);
    const add = r.spec!.endpoints.find((e) => e.method === 'POST' && e.path === '/api/v1/tools');
    expect(add?.roles).toEqual(['admin']);
  });

  it('a token lifetime is the noun\'s after it: "15 dakika … erişim belirteci ve 14 gün … yenileme belirteci"', async () => {
    const r = await run(
      '## Kimlik doğrulama\n\nGiriş başarılı olunca API 15 dakika geçerli bir JWT erişim belirteci ve 14 gün geçerli bir yenileme belirteci döner.\n',
    );
    expect(r.spec!.auth!.accessTokenTtlSeconds?.value).toBe(900);
    expect(r.spec!.auth!.refreshTokenTtlSeconds?.value).toBe(14 * 86400);
    expect(r.diagnostics.filter((d) => d.code === 'security/auth-conflict')).toEqual([]);
  });

  it('en: "15 minutes for access tokens and 14 days for refresh tokens"', async () => {
    const r = await run(
      '## Authentication\n\nThe API issues JWTs: 15 minutes for access tokens and 14 days for refresh tokens.\n',
    );
    expect(r.spec!.auth!.accessTokenTtlSeconds?.value).toBe(900);
    expect(r.spec!.auth!.refreshTokenTtlSeconds?.value).toBe(14 * 86400);
  });

  it('Turkish schedules as cron; "her ayın 1\'inde", "den 1:a varje månad", "1st of every month"', () => {
    expect(readSchedule('her saat başı: hatırlatma gönderir')?.cron).toBe('0 * * * *');
    expect(readSchedule('her 15 dakikada bir: rezervasyonları iptal eder')?.cron).toBe('*/15 * * * *');
    expect(readSchedule("her gün saat 02:00'de: ceza ekler")?.cron).toBe('0 2 * * *');
    expect(jobCron("her ayın 1'inde saat 03:00'te")).toBe('0 3 1 * *');
    expect(jobCron('den 1:a varje månad kl. 04:00')).toBe('0 4 1 * *');
    expect(jobCron('on the 1st of every month at 03:00')).toBe('0 3 1 * *');
  });

  it('stated Hangfire jobs keep their names and schedules', async () => {
    const r = await run(
      "## Arka plan işleri (Hangfire)\n\n- **ReturnReminderJob** — her saat başı: iade tarihine 24 saat kalan ödünçler için SMS gönderir.\n- **KvkkCleanupJob** — her ayın 1'inde saat 03:00'te: eski üyelerin kişisel verilerini siler.\n",
    );
    const jobs = r.spec!.jobs.map((j) => [j.name, j.trigger]);
    expect(jobs).toContainEqual(['ReturnReminderJob', '0 * * * *']);
    expect(jobs).toContainEqual(['KvkkCleanupJob', '0 3 1 * *']);
  });

  it('a brand spelt in lower case is found as written ("iyzico"), not as a lower-case word', () => {
    expect(findProviders('Ödeme: iyzico').map((m) => m.provider.id)).toEqual(['iyzico']);
    // Other brands stay unread in lower case: a command or package name is no mention.
    expect(findProviders('npm install sentry stripe').map((m) => m.provider.id)).toEqual([]);
  });

  it('a stack table "Katman | Seçim" chooses the stack and its providers', async () => {
    const r = await run(
      '## Teknoloji yığını\n\n| Katman | Seçim | Sürüm |\n|---|---|---|\n| Veritabanı | PostgreSQL | 16 |\n| Önbellek | Redis | 7 |\n| Arka plan işleri | Hangfire | 1.8 |\n| Ödeme | iyzico | — |\n| E-posta | Brevo | — |\n',
    );
    const chosen = (concern: string) =>
      r.domain!.stack.find((s) => s.concern === concern && s.status === 'chosen')?.value;
    expect(chosen('database')).toBe('PostgreSQL');
    expect(chosen('cache')).toBe('Redis');
    expect(chosen('queue')).toBe('Hangfire');
    expect(
      r
        .spec!.integrations.filter((i) => i.status === 'chosen')
        .map((i) => i.name)
        .sort(),
    ).toEqual(['Brevo', 'iyzico']);
  });

  it('Turkish rule words: "en fazla 3", "24 saat içinde … iptal edilir", "en fazla 7 gündür"', async () => {
    const r = await run(
      '## İş kuralları\n\n',
      `${PRD}\n## İş kuralları\n\n- **İK-01:** Bir üye aynı anda en fazla 3 alet ödünç alabilir.\n- **İK-02:** Rezerve edilen alet 24 saat içinde teslim alınmazsa rezervasyon otomatik olarak iptal edilir.\n- **İK-03:** Ödünç süresi en fazla 7 gündür; uzatma yoktur.\n`,
    );
    const rules = (r.spec!.rules ?? []).flatMap((b) => b.requirements);
    expect(rules).toEqual(expect.arrayContaining(['İK-01', 'İK-02', 'İK-03']));
  });

  it('fr: a catalogued e-mail provider stated for e-mail and SMS carries both channels', async () => {
    const r = await run('## Pile technique\n\n| Domaine | Choix |\n|---|---|\n| E-mails et SMS | Brevo |\n');
    expect(r.spec!.jobs.map((j) => j.name)).toEqual(
      expect.arrayContaining(['deliver-email-brevo', 'deliver-sms-brevo']),
    );
  });

  it('a Turkish cache sentence: the store and lifetime stand before the verb, the events before "temizlenir"', () => {
    const c = readCacheSentence(
      "Alet kataloğu Redis'te 5 dakika önbelleğe alınır; bir alet eklendiğinde veya düzenlendiğinde önbellek temizlenir.",
    );
    expect(c?.subject).toBe('Alet kataloğu');
    expect(c?.store).toBe('Redis');
    expect(c?.ttlSeconds).toBe(300);
    expect(c?.invalidatedOn.map((e) => e.actions)).toEqual([['create'], ['update']]);
    // English keeps its subject and lifetime after the verb.
    const en = readCacheSentence('The tool catalogue is cached in Redis for 5 minutes.');
    expect([en?.subject, en?.store, en?.ttlSeconds]).toEqual(['tool catalogue', 'Redis', 300]);
  });
});

describe('a stated lockout', { timeout: 120_000 }, () => {
  it('en / tr: the lock duration stays beside the failed attempts', async () => {
    for (const [prd, want] of [
      [
        'After 5 failed sign-in attempts the account is locked for 15 minutes.',
        '5 failed attempts then locked for 15min',
      ],
      [
        'Şifre en az 10 karakter olmalıdır; 5 hatalı girişten sonra hesap 15 dakika kilitlenir.',
        '5 failed attempts then locked for 15min',
      ],
    ]) {
      const r = await compile(
        { root: '/p', verify: { skip: true } },
        memoryHost({
          '/p/docs/prd.md': `# PRD\n\n## Security\n\n- **NFR-01:** ${prd}\n`,
          '/p/docs/architecture.md': `# Architecture\n\n${SCHEMA}\n\nPasswords are hashed with argon2id; the API issues JWTs.\n`,
        }),
      );
      expect(r.spec!.auth!.lockout?.value).toBe(want);
    }
  });
});

describe('a cache sentence that names its read by route', { timeout: 120_000 }, () => {
  it('en / tr: "(`GET /api/v1/tools`)" is the read cached, and "GET" is no auxiliary', async () => {
    for (const sentence of [
      'The tool catalogue (`GET /api/v1/tools`) is cached in Redis for 5 minutes; the cache is cleared when a tool is added or edited.',
      "Alet kataloğu (`GET /api/v1/tools`) Redis'te 5 dakika önbelleğe alınır; bir alet eklendiğinde veya düzenlendiğinde önbellek temizlenir.",
    ]) {
      const r = await run(
        `## API\n\n| Method | Path | Description | Role |\n|---|---|---|---|\n| GET | /api/v1/tools | Alet kataloğu | public |\n| POST | /api/v1/tools | Alet ekle | admin |\n| PATCH | /api/v1/tools/{id} | Alet düzenle | admin |\n\n## Cache\n\n${sentence}\n`,
      );
      const entry = r.spec!.caching!.entries.find((e) => e.ttlSeconds === 300);
      expect(entry?.endpoint).toBe('listTools');
      expect(entry?.reason).not.toMatch(/\(\s*\(/);
    }
  });
});

describe('latency and availability targets', { timeout: 120_000 }, () => {
  it('tr: "%95\'i 300 ms altında", "%99,5 erişilebilir"; en: "99.5% available"', async () => {
    for (const [nfrs, latency] of [
      [
        "- **FOG-01:** API yanıtlarının %95'i 300 ms altında olmalıdır.\n- **FOG-02:** Sistem %99,5 erişilebilir olmalıdır.\n",
        true,
      ],
      ['- **NFR-02:** The system must be 99.5% available (excluding maintenance windows).\n', false],
    ] as const) {
      const r = await run('', `${PRD}\n## Gereksinimler\n\n${nfrs}`);
      const keys = r.domain!.parameters.map((p) => `${p.key}=${p.value}`);
      expect(keys).toContain('nfr.availability=99.5');
      if (latency) expect(keys.some((k) => /^nfr\.latency.*=300$/.test(k))).toBe(true);
    }
  });
});

describe('Turkish stories', { timeout: 120_000 }, () => {
  it('read the infinitive before the wish as the verb', async () => {
    const { intentsOf } = await import('../../src/read/story-words.js');
    expect(intentsOf('üyelik başvurularını onaylamak istiyorum')).toEqual([
      { kind: 'state', verb: 'approve', word: 'onaylamak' },
    ]);
    expect(
      intentsOf('rezervasyonumu iptal etmek istiyorum').map((i) => i.kind === 'state' && i.verb),
    ).toEqual(['cancel']);
    expect(intentsOf('geçmiş ödünçlerimi görmek istiyorum')).toEqual([{ kind: 'view' }]);
    expect(intentsOf('bir matkabı rezerve etmek istiyorum')).toEqual([{ kind: 'create' }]);
  });

  it('a story is served by the route its description writes with the verb last, in the imperative', async () => {
    const r = await run(
      '## API\n\n| Yöntem | Yol | Açıklama | Rol |\n|---|---|---|---|\n| POST | /api/v1/loans/{id}/return | İadeyi kaydet | volunteer |\n| POST | /api/v1/tools | Alet ekle | admin |\n',
      `${PRD}\n## Roller\n\n| Rol | Sistem rolü | Açıklama |\n|---|---|---|\n| Gönüllü | \`volunteer\` | Depoda nöbet tutar |\n| Yönetici | \`admin\` | Yönetim kurulu |\n\n## Kullanıcı hikâyeleri\n\n- **KH-05:** Gönüllü olarak iadeyi kaydetmek istiyorum, böylece alet tekrar müsait olur.\n`,
    );
    expect(r.spec!.stories!.find((s) => s.id === 'KH-05')?.operations).toEqual(['returnLoan']);
  });
});

describe('Turkish rule sentences', () => {
  it('a reminder "24 saat önce" is a job; a story with "yalnızca" is no rule', async () => {
    const { readRule, statesRule } = await import('../../src/read/rule-words.js');
    expect(
      readRule('Sistem, iade tarihinden 24 saat önce üyeye SMS hatırlatması gönderir.').enforcement,
    ).toBe('job');
    // No word of the short list, but the letters ı and ş are Turkish: "yapamaz" is "cannot".
    expect(statesRule('Ödenmemiş cezası olan üye yeni rezervasyon yapamaz.')).toBe(true);
    expect(
      statesRule(
        'Yönetici olarak üyelik başvurularını onaylamak istiyorum, böylece yalnızca mahalle sakinleri alet alır.',
      ),
    ).toBe(false);
  });
});
