import { describe, expect, it } from 'vitest';
import { memoryHost } from '../../src/host.js';
import { parseMeasure } from '../../src/knowledge/durations.js';
import { inflectedForm } from '../../src/knowledge/inflect.js';
import { otherLanguage } from '../../src/knowledge/name-language.js';
import { kindOfId, mentionedIds } from '../../src/knowledge/requirement-ids.js';
import { concernOfLabel } from '../../src/knowledge/technologies.js';
import { compile } from '../../src/pipeline.js';
import { readAccessCell } from '../../src/read/access-words.js';
import { routeGlossary } from '../../src/read/alias-words.js';
import { readCacheSentence } from '../../src/read/cache-words.js';
import { greekForce } from '../../src/read/greek-force.js';
import { statesRule } from '../../src/read/rule-words.js';
import { cellScope, defersLabel, headingScope, rejectsLabel } from '../../src/read/status.js';
import { intentsOf } from '../../src/read/story-words.js';

// A Greek trial (an e-bike rental: Rails, Devise JWT, Sidekiq, Viva Wallet, Yuboto) took the options its
// ADRs reject ("MySQL 8 — απορρίφθηκε: …", "Το Twilio απορρίφθηκε") for chosen ones, and read one default
// role, no story ("Ως πελάτης, θέλω να …"), no job table, no token lifetime, no rule and no scope. The
// fixtures below are a veterinary clinic's, in other words.
const SCHEMA =
  '```sql\nCREATE TABLE owners (id BIGSERIAL PRIMARY KEY, email TEXT NOT NULL, role TEXT NOT NULL);\nCREATE TABLE pets (id BIGSERIAL PRIMARY KEY, owner_id BIGINT NOT NULL REFERENCES owners(id), name TEXT NOT NULL);\nCREATE TABLE appointments (id BIGSERIAL PRIMARY KEY, pet_id BIGINT NOT NULL REFERENCES pets(id), starts_at TIMESTAMPTZ NOT NULL, status TEXT NOT NULL);\nCREATE TABLE vaccinations (id BIGSERIAL PRIMARY KEY, pet_id BIGINT NOT NULL REFERENCES pets(id), given_on DATE NOT NULL);\n```\n';
const PRD = [
  '# Απαιτήσεις — Κτηνιατρείο',
  '',
  '## Ρόλοι χρηστών',
  '',
  '| Ρόλος | Κωδικός | Δικαιώματα |',
  '|---|---|---|',
  '| Ιδιοκτήτης ζώου | `owner` | Κλείνει ραντεβού για τα ζώα του |',
  '| Κτηνίατρος | `vet` | Καταχωρεί εμβολιασμούς |',
  '',
  '## Ιστορίες',
  '',
  '- **ΙΧ-1**: Σαν ιδιοκτήτης ζώου, θα ήθελα να ακυρώσω ένα ραντεβού, για να κλείσω άλλη ώρα.',
  '- **ΙΧ-2**: Ως κτηνίατρος, χρειάζομαι να καταχωρήσω εμβολιασμό σε ζώο, ώστε να ενημερωθεί ο ιδιοκτήτης.',
  '',
  '## Κανόνες',
  '',
  '- **ΚΕ-1**: Ένας ιδιοκτήτης μπορεί να έχει το πολύ 2 ανοιχτά ραντεβού.',
  '',
  '## Μη λειτουργικές απαιτήσεις',
  '',
  '- **ΜΛΑ-1**: Η λίστα ραντεβού απαντά σε λιγότερο από 500 ms (p95).',
  '- **ΜΛΑ-2**: Διαθεσιμότητα 99,9 % τον μήνα.',
  '',
  '## Εκτός πεδίου',
  '',
  '- Εφαρμογή για tablet (Φάση 2).',
  '',
].join('\n');
const ARCH = [
  '# Αρχιτεκτονική',
  '',
  '## Αποφάσεις',
  '',
  '### ADR-1: Ειδοποιήσεις',
  '- **Απόφαση**: Το email στέλνεται μέσω Postmark.',
  '- **Εναλλακτικές**: SendGrid — απορρίφθηκε λόγω τιμής.',
  '',
  '### ADR-2: Σύνδεση',
  '- **Απόφαση**: JWT. Το access token λήγει σε 10 λεπτά και το refresh token σε 2 εβδομάδες. Οι κωδικοί έχουν τουλάχιστον 12 χαρακτήρες. Μετά από 6 αποτυχημένες συνδέσεις ο λογαριασμός κλειδώνεται για 20 λεπτά.',
  '',
  '## Cache',
  '',
  'Η διαθεσιμότητα ανά κλινική αποθηκεύεται στο Redis για 30 δευτερόλεπτα και ακυρώνεται σε κάθε νέο ραντεβού.',
  '',
  '## Δεδομένα',
  '',
  SCHEMA,
  '## API',
  '',
  '| Μέθοδος | Διαδρομή | Περιγραφή | Πρόσβαση |',
  '|---|---|---|---|',
  '| GET | /api/appointments | Τα ραντεβού μου | owner (μόνο δικά του), vet |',
  '| POST | /api/appointments | Νέο ραντεβού | owner |',
  '| POST | /api/appointments/{id}/cancel | Ακύρωση ραντεβού | owner |',
  '| POST | /api/pets/{id}/vaccinations | Καταχώριση εμβολιασμού | vet |',
  '| POST | /api/vaccinations/{id}/sign | Υπογραφή εμβολιασμού | vet |',
  '| GET | /api/clinics | Λίστα κλινικών | δημόσια |',
  '| GET | /api/clinics/{id}/availability | Διαθέσιμες ώρες | δημόσια |',
  '| GET | /api/me | Το προφίλ μου | όλοι |',
  '',
  'Σελιδοποίηση: `limit` και `offset` (προεπιλογή 30, μέγιστο 200).',
  '',
].join('\n');

describe('Greek documents', { timeout: 120_000 }, () => {
  it('decision words: "απορρίφθηκε", "μεταφέρθηκε στη Φάση 2", "Εναλλακτικές που εξετάστηκαν", "Εκτός πεδίου"', () => {
    expect(rejectsLabel(' — απορρίφθηκε: ακριβότερο για μικρές κλινικές.')).toBe(true);
    expect(rejectsLabel(' απορρίφθηκε λόγω κόστους.')).toBe(true);
    expect(defersLabel(' έχει μεταφερθεί στη Φάση 2.')).toBe(true);
    expect(headingScope('Εναλλακτικές που εξετάστηκαν')).toBe('rejected');
    expect(headingScope('Εναλλακτικές λύσεις')).toBe('rejected');
    expect(headingScope('7. Εκτός πεδίου')).toBe('out-of-scope');
    expect(cellScope('Απορρίφθηκε')).toBe('rejected');
    expect(cellScope('Επιλέχθηκε')).toBe('chosen');
    expect(cellScope('Φάση 3')).toBe('deferred');
  });

  it('requirement ids in Greek capitals: ΛΑ, ΜΛΑ, ΚΕ, ΙΧ', () => {
    expect(kindOfId('ΛΑ-01')).toBe('functional');
    expect(kindOfId('ΜΛΑ-02')).toBe('non-functional');
    expect(kindOfId('ΚΕ-07')).toBe('functional');
    expect(kindOfId('ΙΧ-3')).toBe('user-story');
    expect(mentionedIds('Ακυρώνει κρατήσεις (ΚΕ-07) και ΜΛΑ-01')).toEqual(['ΚΕ-07', 'ΜΛΑ-01']);
  });

  it('stack slot labels: Βάση δεδομένων, Ουρά εργασιών, Αυθεντικοποίηση, Αρχεία, Φιλοξενία, Γλώσσα', () => {
    expect(concernOfLabel('Βάση δεδομένων')).toBe('database');
    expect(concernOfLabel('Ουρά εργασιών')).toBe('queue');
    expect(concernOfLabel('Αυθεντικοποίηση')).toBe('auth');
    expect(concernOfLabel('Αρχεία')).toBe('storage');
    expect(concernOfLabel('Φιλοξενία')).toBe('hosting');
    expect(concernOfLabel('Γλώσσα')).toBe('language');
    expect(concernOfLabel('Κρυφή μνήμη')).toBe('cache');
  });

  it('a route table\'s access cells: "δημόσιο", "όλοι", roles joined by "και", "(δική του)"', () => {
    expect(readAccessCell('δημόσιο')).toEqual({ public: true, any: false, roles: [] });
    expect(readAccessCell('όλοι')).toEqual({ public: false, any: true, roles: [] });
    expect(readAccessCell('owner και vet')).toEqual({ public: false, any: false, roles: ['owner', 'vet'] });
    expect(readAccessCell('owner (δική του)')).toEqual({
      public: false,
      any: false,
      roles: ['owner'],
      own: ['owner'],
    });
  });

  it('story verbs: present and aorist forms (ακυρώνω/ακυρώσω, καταχωρώ, βλέπω, εξάγω, πληρώσω)', () => {
    expect(intentsOf('ακυρώσω ένα ραντεβού').map((i) => i.kind === 'state' && i.verb)).toEqual(['cancel']);
    expect(intentsOf('καταχωρήσω εμβολιασμό').map((i) => i.kind)).toEqual(['create']);
    expect(intentsOf('βλέπω τα ραντεβού μου').map((i) => i.kind)).toEqual(['view']);
    expect(intentsOf('εξάγω τη λίστα σε CSV').map((i) => i.kind)).toEqual(['export']);
    expect(intentsOf('αλλάξω την ώρα').map((i) => i.kind)).toEqual(['update']);
    expect(intentsOf('διαγράψω ένα ζώο').map((i) => i.kind)).toEqual(['delete']);
  });

  it('accents move as a Greek word inflects: "κράτηση", "κρατήσεις", "κράτησή" are one word', () => {
    expect(inflectedForm('κρατήσεις', 'κράτηση')).toBe(true);
    expect(inflectedForm('κράτησή', 'κράτησης')).toBe(true);
    // Other scripts keep their accents: a Polish or Czech letter is no spelling variant.
    expect(inflectedForm('zrušení', 'zrusit')).toBe(false);
    expect(
      routeGlossary([
        { path: '/bookings', description: 'Νέα κράτηση' },
        { path: '/bookings', description: 'Οι κρατήσεις μου' },
      ]).map((g) => [g.alias, g.text]),
    ).toEqual([['κράτηση', 'bookings']]);
  });

  it('a resource with one route and an action under it names itself twice (any language)', () => {
    expect(
      routeGlossary([
        { path: '/pets/{id}/vaccinations', description: 'Καταχώριση εμβολιασμού' },
        { path: '/vaccinations/{id}/sign', description: 'Υπογραφή εμβολιασμού' },
      ]).map((g) => [g.alias, g.text]),
    ).toEqual([['εμβολιασμού', 'vaccinations']]);
    expect(
      routeGlossary([
        { path: '/tools', description: 'Alet kataloğu' },
        { path: '/tools/{id}/reserve', description: 'Aleti rezerve et' },
      ]).map((g) => [g.alias, g.text]),
    ).toEqual([['alet', 'tools']]);
  });

  it('Greek letters make Greek documents, never a Romance language by stray Latin words', () => {
    expect(
      otherLanguage([
        'Οι πελάτες κλείνουν ποδήλατο από την εφαρμογή και πληρώνουν με κάρτα. '.repeat(5) + 'do |t| end',
      ]),
    ).toBe('el');
  });

  it('a project: roles, route access, stories, the rejected option', async () => {
    const r = await compile(
      { root: '/p', verify: { skip: true } },
      memoryHost({ '/p/docs/prd.md': PRD, '/p/docs/architecture.md': ARCH }),
    );
    const spec = r.spec!;
    expect(spec.roles.map((x) => x.name).sort()).toEqual(['owner', 'vet']);
    const route = (method: string, path: string) =>
      spec.endpoints.find((e) => e.method === method && e.path === path);
    expect(route('GET', '/api/clinics')?.authenticated).toBe(false);
    expect(route('GET', '/api/me')?.roles?.sort()).toEqual(['owner', 'vet']);
    expect(route('POST', '/api/appointments')?.roles).toEqual(['owner']);
    expect(route('GET', '/api/appointments')?.summary).toBe('Τα ραντεβού μου');
    expect(spec.stories!.find((s) => s.id === 'ΙΧ-1')?.action).toBe('ακυρώσω ένα ραντεβού');
    expect(spec.stories!.find((s) => s.id === 'ΙΧ-1')?.operations).toEqual(['cancelAppointment']);
    expect(spec.stories!.find((s) => s.id === 'ΙΧ-2')?.operations).toEqual(['createVaccination']);
    expect(r.domain!.integrations.find((i) => i.provider === 'sendgrid')?.status).toBe('rejected');
  });

  it('durations: δευτερόλεπτα, λεπτά, ώρες, ημέρες, εβδομάδες, μήνες, έτη and their inflections', () => {
    expect(parseMeasure('60 δευτερόλεπτα', 'duration')?.value).toBe(60);
    expect(parseMeasure('30 λεπτά', 'duration')?.value).toBe(1800);
    expect(parseMeasure('1 ώρα', 'duration')?.value).toBe(3600);
    expect(parseMeasure('24 ώρες', 'duration')?.value).toBe(86400);
    expect(parseMeasure('διατήρηση 30 ημερών', 'duration')?.value).toBe(30 * 86400);
    expect(parseMeasure('2 εβδομάδες', 'duration')?.value).toBe(14 * 86400);
    expect(parseMeasure('24 μήνες', 'duration')?.value).toBe(24 * 30 * 86400);
    expect(parseMeasure('3 έτη', 'duration')?.value).toBe(3 * 365 * 86400);
    expect(parseMeasure('το πολύ 3 ώρες', 'duration')?.comparator).toBe('<=');
    expect(parseMeasure('τουλάχιστον 2 ημέρες', 'duration')?.comparator).toBe('>=');
  });

  it('rule words: "μπορεί να έχει το πολύ", "δεν μπορεί να", "ακυρώνονται αυτόματα", "διαγράφονται … μετά"', () => {
    expect(greekForce('Ένας ιδιοκτήτης μπορεί να έχει το πολύ 2 ανοιχτά ραντεβού.')).toBe(
      'Ένας ιδιοκτήτης can have at most 2 ανοιχτά ραντεβού.',
    );
    expect(greekForce('Ραντεβού που δεν πληρώθηκαν μέσα σε 10 λεπτά ακυρώνονται αυτόματα.')).toBe(
      'Ραντεβού που not πληρώθηκαν within 10 minutes are cancelled automatically.',
    );
    expect(statesRule('Ένας ιδιοκτήτης μπορεί να έχει το πολύ 2 ανοιχτά ραντεβού.')).toBe(true);
    expect(statesRule('Ζώο με ανοιχτό ραντεβού δεν μπορεί να διαγραφεί.')).toBe(true);
    expect(statesRule('Τα ιατρικά αρχεία διαγράφονται 5 έτη μετά την τελευταία επίσκεψη.')).toBe(true);
    // Only Greek text is rewritten: "μη" or "ανά" never touch another language's words.
    for (const text of ['A member may borrow at most 3 books.', 'Člen nesmí mít více než 2 výpůjčky.'])
      expect(greekForce(text)).toBe(text);
  });

  it('a cache sentence: "αποθηκεύεται στο Redis για 30 δευτερόλεπτα και ακυρώνεται σε κάθε …"', () => {
    const c = readCacheSentence(
      'Ο κατάλογος υπηρεσιών αποθηκεύεται στο Redis για 10 λεπτά και ακυρώνεται σε κάθε αλλαγή τιμής.',
    );
    expect(c?.subject).toBe('κατάλογος υπηρεσιών');
    expect(c?.store).toBe('Redis');
    expect(c?.ttlSeconds).toBe(600);
    expect(c?.invalidatedOn.map((e) => e.text)).toEqual(['αλλαγή τιμής']);
    expect(readCacheSentence('Τα τηλέφωνα δεν αποθηκεύονται στο Redis για 10 λεπτά.')).toBeNull();
  });

  it('a project: token lifetimes, lockout, password length, rules, cache, scope', async () => {
    const r = await compile(
      { root: '/p', verify: { skip: true } },
      memoryHost({ '/p/docs/prd.md': PRD, '/p/docs/architecture.md': ARCH }),
    );
    const spec = r.spec!;
    expect(spec.auth!.accessTokenTtlSeconds?.value).toBe(600);
    expect(spec.auth!.refreshTokenTtlSeconds?.value).toBe(14 * 86400);
    expect(spec.auth!.passwordPolicy?.minLength?.value).toBe(12);
    expect(spec.auth!.lockout?.value).toBe('6 failed attempts then locked for 20min');
    expect(spec.rules!.find((x) => x.id === 'ΚΕ-1')?.kind).toBe('limit');
    // "διαθεσιμότητα ανά κλινική" is the availability read, not the list of clinics ("κλινικών").
    expect(spec.caching?.entries.find((e) => e.ttlSeconds === 30)?.name).toBe('getClinicAvailability');
    expect(r.domain!.scope.map((x) => [x.subject, x.scope])).toContainEqual([
      'Εφαρμογή για tablet',
      'out-of-scope',
    ]);
    // "Σελιδοποίηση … (προεπιλογή 30, μέγιστο 200)", "απαντά σε λιγότερο από 500 ms", "Διαθεσιμότητα 99,9 %".
    const performance = spec.performance.map((p) => p.measure).join('\n');
    expect(performance).toContain('default 30, max 200');
    expect(performance).toContain('λιγότερο από 500 ms');
    expect(spec.observability!.alerts.map((a) => a.threshold).join('\n')).toContain('99,9% availability');
  });
});
