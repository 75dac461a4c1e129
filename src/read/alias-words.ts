import { caseFoldedRegExp } from '../knowledge/case-fold.js';
import { greekFold } from '../knowledge/inflect.js';
import { foldAccents } from '../knowledge/mention.js';
import { isVietnamese } from './vietnamese-force.js';
/**
 * Another name the documents give a thing, in en, es, pt, fr, de and it. Three wordings:
 * - a naming marker after the thing: "the appointment, also called an order", "Termin, auch Auftrag
 *   genannt", "la cita, también llamada reserva", "le rendez-vous, aussi appelé intervention", "a
 *   consulta, também chamada atendimento", "la visita, detta anche appuntamento", "aka", "alias";
 * - a parenthesis right after a name that opens a heading or an item: "Termin (Auftrag): …";
 * - a thing that is no model of its own and is stated as another: "Ein Auftrag ist in Version 1 kein
 *   eigenes Modell: der Status eines Auftrags ist der Status des Termins", "An order is not a
 *   separate entity: it is the appointment".
 * The reading says which word is the other name and where the named thing is written (the text
 * before the marker, its last entity; or the rest of the sentence, its only entity); extract decides
 * which entity that is (extract/aliases.ts), derive reads `EntityFact.aliases` only.
 */
export interface AliasReading {
  /** The other name, as written (`Auftrag`). */
  alias: string;
  /** The text that names the thing the alias stands for. */
  text: string;
  /**
   * `last`: the last entity named in `text`; `only`: the one entity `text` names besides the alias;
   * `gloss`: `alias` is an entity's own name and `text` the other name it is given.
   */
  pick: 'last' | 'only' | 'gloss';
}

const ARTICLE =
  "(?:(?:an?|the|el|la|los|las|un|una|le|les|l['’]|o|os|as|um|uma|il|lo|gli|i|der|die|das|ein|eine|einen)\\s+|l['’])?";
const QUOTE_OPEN = '["„“«‚\'`*]*';
const NAME = '(\\p{L}[\\p{L}-]{1,40})';

/** "also called X", "también llamada X", "aussi appelé X", "também chamado X", "detto anche X". */
const MARKER = caseFoldedRegExp(
  `(?<![\\p{L}])(?:also (?:called|named|known as|referred to as)|otherwise called|a\\.?k\\.?a\\.?|alias|también (?:llamad[oa]s?|denominad[oa]s?|conocid[oa]s? como)|(?:aussi|également) (?:appelée?s?|nommée?s?|dénommée?s?)|appelée?s? aussi|também (?:chamad[oa]s?|denominad[oa]s?|conhecid[oa]s? como)|dett[oaie] anche|chiamat[oaie] anche|not[oaie] anche come|anche dett[oaie])\\s+${ARTICLE}${QUOTE_OPEN}${NAME}`,
  'giu',
);
/** German puts the participle last: "auch Auftrag genannt", "auch als Auftrag bezeichnet". */
const MARKER_DE = caseFoldedRegExp(
  `(?<![\\p{L}])auch\\s+(?:als\\s+)?${ARTICLE}${QUOTE_OPEN}${NAME}${QUOTE_OPEN}\\s+(?:genannt|bezeichnet|benannt)(?![\\p{L}])`,
  'giu',
);
/** "Termin (Auftrag): …", "**Appointment** (aka Order)" at the start of a heading or an item. */
const PARENTHESIS = new RegExp(
  `^[*_\`]*(\\p{L}[\\p{L}-]{1,40})[*_\`]*\\s*\\((?:or |oder |o |ou |aka |alias |auch |también |aussi |também |anche )?${QUOTE_OPEN}${NAME}${QUOTE_OPEN}\\)`,
  'u',
);
/**
 * "**Wniosek adopcyjny (AdoptionApplication)**: …" opening an item: up to three words, then one
 * identifier in parentheses. Only a reading the other way round (`gloss`): the parenthesis must be an
 * entity's own name (a flow heading "Aprire una segnalazione (condòmino)" names its actor there).
 */
const GLOSS =
  /^[*_`]*(\p{L}[\p{L}-]{1,40}(?: \p{L}[\p{L}-]{1,40}){1,2})[*_`]*\s*\([*_`]*([\p{Lu}][\p{L}\p{N}]{1,40})[*_`]*\)/u;
/** "X is not a separate model", "X ist kein eigenes Modell", "X no es una entidad propia", … */
const NOT_OWN = caseFoldedRegExp(
  `^${ARTICLE}${QUOTE_OPEN}${NAME}${QUOTE_OPEN}\\s+(?:(?:is|ist|es|est|é|è)\\s+(?:[\\p{L}\\d]+\\s+){0,4}?)?(?:not (?:a |an )?(?:separate|own|distinct|independent) (?:model|entity|table|record|class)|not (?:a |an )?(?:model|entity|table) of its own|kein(?:e)? eigene[sn]? (?:Modell|Entität|Tabelle|Klasse|Objekt)|no es (?:un|una) (?:modelo|entidad|tabla) (?:propi[oa]|aparte|independiente)|n['’]est pas (?:un|une) (?:modèle|entité|table) (?:propre|à part|distincte?|séparée?)|não é (?:um|uma) (?:modelo|entidade|tabela) (?:própri[oa]|à parte|separad[oa])|non è (?:un|una|un['’]) ?(?:modello|entità|tabella) (?:a sé|propri[oa]|separat[oa]))(?![\\p{L}])`,
  'iu',
);
/** Words any marker opens with: most sentences are passed over by one test. */
const CHEAP =
  /also|a\.?k\.?a|alias|también|aussi|également|appel|também|anche|auch|\(|eigene|separate|own|distinct|independent|propi|propr|própri|aparte|à part|à parte|a sé/iu;

/** The other names a statement gives a thing (none for most statements). */
export function aliasesStated(text: string, opensBlock: boolean): AliasReading[] {
  if (!CHEAP.test(text)) return [];
  const out: AliasReading[] = [];
  for (const re of [MARKER, MARKER_DE]) {
    for (const m of text.matchAll(re)) out.push({ alias: m[1]!, text: text.slice(0, m.index), pick: 'last' });
  }
  if (opensBlock) {
    const p = PARENTHESIS.exec(text.trim());
    if (p) out.push({ alias: p[2]!, text: p[1]!, pick: 'last' });
    const g = p ? null : GLOSS.exec(text.trim());
    if (g) out.push({ alias: g[2]!, text: g[1]!, pick: 'gloss' });
  }
  const own = NOT_OWN.exec(text.trim());
  if (own) out.push({ alias: own[1]!, text: text.trim().slice(own[0].length), pick: 'only' });
  return out;
}

/**
 * A route table's description cell in a language written without spaces names the resource of the
 * route's path in that language: "| POST | /api/v1/reservations | 予約の作成 |" says 予約 is what
 * `/reservations` holds, "| GET | /slots | 空き枠の検索 |" that 空き枠 is a slot, "| POST |
 * /orders | 创建订单 |" that 订单 is an order. The noun is the description's head before the
 * particle の (ja) or the object after a verb (zh); the path's last resource segment is the text
 * that names the entity, so the story "予約をキャンセルしたい" acts on the reservation.
 */
const CJK_NOUN =
  '([\\p{sc=Han}\\p{sc=Katakana}\\u30fc][\\p{sc=Han}\\p{sc=Katakana}\\p{sc=Hiragana}\\u30fc]{0,10}?)';
const JA_DESCRIPTION = new RegExp(
  `^${CJK_NOUN}の(?:作成|登録|追加|検索|一覧|取得|詳細|更新|変更|編集|削除|キャンセル|記録|確認|予約|受付)`,
  'u',
);
const ZH_DESCRIPTION = new RegExp(
  `^(?:创建|新建|添加|查询|搜索|获取|查看|更新|修改|删除|取消)${CJK_NOUN}$`,
  'u',
);
const METHOD_CELL = /^(?:GET|POST|PUT|PATCH|DELETE)$/;
const PATH_CELL = /^`?(\/[\w{}/.:-]*)`?$/;

export function routeTableAlias(cells: readonly string[]): AliasReading | null {
  const method = cells.findIndex((c) => METHOD_CELL.test(c.trim()));
  const at = cells.findIndex((c) => PATH_CELL.test(c.trim()));
  if (method < 0 || at < 0) return null;
  const path = PATH_CELL.exec(cells[at]!.trim())![1]!;
  // The last literal segment names the resource ("/reservations/{id}/medical-record" → medical-record);
  // an action segment ("/reservations/{id}/cancel") names no entity, and extract drops its alias.
  const last = path
    .split('/')
    .filter((x) => x && !/^\{|^v\d+$|^api$/.test(x))
    .at(-1);
  if (!last) return null;
  for (const [i, cell] of cells.entries()) {
    if (i === method || i === at) continue;
    const text = cell.trim();
    const m = JA_DESCRIPTION.exec(text) ?? ZH_DESCRIPTION.exec(text);
    if (m) return { alias: m[1]!, text: last.replace(/[-_]/g, ' '), pick: 'last' };
  }
  return null;
}

/** A stated route as the glossary reads it: its path and the description the documents give it. */
export interface DescribedPath {
  path: string;
  description: string;
}

/** A word the glossary weighs: letters only, four at least (a short word says too little). */
const GLOSS_WORD = /\p{L}{4,}/gu;

/** The resource a route's path names: its last literal segment (`/members/me/loans` → loans). */
function resourceSegment(path: string): string | undefined {
  return path
    .split('/')
    .filter((x) => x && !/^\{|^:|^v\d+$|^api$|^me$/.test(x))
    .at(-1)
    ?.toLowerCase();
}

/** The common beginning of two words. */
function commonStart(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

/**
 * A compound and its head: Swedish, Norwegian, Danish, German and Dutch end a compound with the
 * thing it is ("Rapportera arbetstimmar" and "Godkänn timmar" of `/duty-hours` say one name, the
 * second by its head alone). The head five letters at least, and three letters at least before it.
 */
function compoundHead(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length >= 5 && long.length - short.length >= 3 && long.endsWith(short);
}

/**
 * A project's own glossary from its route table: the word the descriptions of two or more routes of
 * one resource share, and no description of another resource's routes says, is that resource's name
 * in the documents' language ("| GET | /api/v1/tools | Alet kataloğu |", "| POST | /api/v1/tools |
 * Alet ekle |", "| PATCH | /api/v1/tools/{id} | Alet düzenle |": "Alet" is what `/tools` holds). The
 * words are compared by their common beginning (four letters at least, all of the shorter but two:
 * "Rezervasyon yap", "Rezervasyonu iptal et"), and the shortest form is the name. The documents
 * pair the word with the path; no dictionary of any language is consulted. The path's segment is
 * the text that names the entity (extract/aliases.ts resolves it, or drops the reading).
 */
export function routeGlossary(routes: readonly DescribedPath[]): (AliasReading & { route: number })[] {
  // Vietnamese writes one syllable a word and a noun as several ("người đón hộ", "hóa đơn", "bé"):
  // its glossary weighs runs of syllables, short ones too, compared whole (the language does not
  // inflect).
  const syllabic = routes.filter((r) => isVietnamese(r.description)).length * 2 > routes.length;
  const wordsOf = (description: string): string[] => {
    const text = description.toLowerCase().replace(/\u0307/g, '');
    if (!syllabic) return [...new Set(text.match(GLOSS_WORD) ?? [])];
    const out: string[] = [];
    // Runs within one phrase: a comma, slash or parenthesis ends it.
    for (const part of text.split(/[^\p{L}\s]+/u)) {
      const ws = part.match(/\p{L}+/gu) ?? [];
      for (let i = 0; i < ws.length; i++)
        for (let n = 1; n <= SYLLABLE_RUN && i + n <= ws.length; n++) out.push(ws.slice(i, i + n).join(' '));
    }
    return [...new Set(out)];
  };
  const bySegment = new Map<string, { index: number; words: string[] }[]>();
  const wordsAt: string[][] = [];
  for (const [index, r] of routes.entries()) {
    const words = wordsOf(r.description);
    wordsAt[index] = words;
    const segment = resourceSegment(r.path);
    if (!segment) continue;
    const list = bySegment.get(segment) ?? [];
    // One route stated twice (a table and a diagram) is one route.
    if (!list.some((x) => routes[x.index]!.path === r.path && routes[x.index]!.description === r.description))
      list.push({ index, words });
    bySegment.set(segment, list);
  }
  const same = syllabic
    ? (a: string, b: string) => a === b
    : (a: string, b: string) => {
        // Greek moves its accent as a word inflects ("κράτηση", "κρατήσεις"): compared without it.
        a = greekFold(a);
        b = greekFold(b);
        const n = commonStart(a, b);
        return (n >= 4 && n >= Math.min(a.length, b.length) - 2) || compoundHead(a, b);
      };
  const says = (list: readonly { words: string[] }[], w: string) =>
    list.filter((r) => r.words.some((x) => same(x, w))).length;
  // A run inside a longer run as often said is that longer run's part ("điểm" of "điểm danh").
  const longest = (list: readonly string[], rows: readonly { words: string[] }[]) =>
    syllabic
      ? list.filter(
          (w) => !list.some((x) => x !== w && ` ${x} `.includes(` ${w} `) && says(rows, x) === says(rows, w)),
        )
      : [...list];
  const out: (AliasReading & { route: number })[] = [];
  for (const [segment, rows] of [...bySegment].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    // A route under one of the resource's records (`/shifts/{id}/signup` "Meld meg på vakt") acts on
    // that record: its words name the resource too, not another one.
    const under = (index: number) => routes[index]!.path.toLowerCase().includes(`/${segment}/`);
    const others = [...bySegment]
      .filter(([s]) => s !== segment)
      .flatMap(([, x]) => x.filter((r) => !under(r.index)));
    const own = [...bySegment]
      .filter(([s]) => s !== segment)
      .flatMap(([, x]) => x.filter((r) => under(r.index)));
    // One route of the resource and one of its actions (`| POST | /damage_reports | Αναφορά βλάβης |`,
    // `| POST | /damage_reports/{id}/close | Κλείσιμο βλάβης |`) say its name twice too.
    if (rows.length + own.length < 2) continue;
    // The resource's own word as its path writes it ("založení objednávky", "zrušení objednávky" of
    // `/objednavky`): the routes that say it name the resource by its path; a word fewer of them say
    // ("založení" of "založení platby" too) is what they do to it, no other name of it.
    const self = selfSaid(segment, [...rows, ...own], same);
    // The words every route of the resource shares with another of its routes, in the order said,
    // that the routes of other resources say less than half as often ("Ta over en vakt" of
    // `/swaps/{id}/take` beside six routes of shifts that say "vakt").
    const nameIn = (said: readonly string[]): string[] => {
      const shared = longest(
        said.filter(
          (w) =>
            says(rows, w) + says(own, w) >= 2 &&
            says(rows, w) + says(own, w) > self &&
            says(others, w) * 2 < says(rows, w) + says(own, w) &&
            (says(others, w) === 0 || says(own, w) > 0) &&
            !segment.startsWith(w.slice(0, 4)),
        ),
        rows,
      ).filter((w, i, all) => !all.slice(0, i).some((x) => same(x, w)));
      // Several such words ("Meniurile publicate …", "Publicarea unui meniu", "Modificarea unui meniu
      // nepublicat": "meniu" and "publicare"): the one every route of the resource says names it; a
      // word only some say is what those routes do to it.
      const every = shared.filter((w) => says(rows, w) + says(own, w) === rows.length + own.length);
      return shared.length === 1 ? shared : every.length === 1 ? every : [];
    };
    // The first route's words first; where they give no name, the words of every route of the
    // resource ("Comandă nouă" of `POST /orders` says no name that its `GET /orders` "Comenzile mele"
    // and "Anularea comenzii" share), each weighed once in whichever form the routes write it first.
    const first = nameIn(rows[0]!.words);
    const named = first.length === 1 ? first : nameIn([...new Set(rows.flatMap((r) => r.words))]);
    if (named.length !== 1) continue;
    const forms = rows.flatMap((r) => r.words.filter((x) => same(x, named[0]!)));
    const name = forms.sort((a, b) => a.length - b.length || (a < b ? -1 : 1))[0]!;
    // Cited at the first route that says it.
    const at = rows.find((r) => r.words.some((x) => same(x, named[0]!))) ?? rows[0]!;
    out.push({ alias: name, text: segment.replace(/[-_]/g, ' '), pick: 'last', route: at.index });
  }
  if (syllabic) out.push(...recordGlossary(routes, wordsAt, out, says, longest, same));
  return out;
}

/**
 * How many of a resource's routes say its path's own word, accents aside ("objednávky", "objednávku"
 * for `/objednavky`): the path is written in the documents' language. The word is the whole segment,
 * give or take an ending ("person" of `/pickup-persons` is one word of it, not it).
 */
function selfSaid(
  segment: string,
  rows: readonly { words: string[] }[],
  same: (a: string, b: string) => boolean,
): number {
  const whole = segment.replace(/[-_.]/g, '');
  if (whole.length < 4) return 0;
  const own = (w: string) => {
    const f = foldAccents(w);
    return Math.abs(f.length - whole.length) <= 3 && same(f, whole);
  };
  return rows.filter((r) => r.words.some(own)).length;
}

/** The most syllables a Vietnamese name of a record is read with ("người đón hộ": three). */
const SYLLABLE_RUN = 4;

/**
 * The name of a record whose own routes are too few to give it (`/children/{id}/attendances` "Điểm
 * danh của bé", `/children/{id}/handovers` "Xác nhận trả bé": "bé" is what `/children` holds): the
 * run the routes on the record (its own and those under one of its records) say twice or more, no
 * other route says, that no other resource's name holds, and that its own route says where it has
 * one ("Hóa đơn của tôi" of `GET /invoices` beside "Lập hóa đơn tháng" and "Lập phiếu điều chỉnh":
 * "hóa đơn", not "lập"). The run most of them say is the name; a tie names nothing.
 */
function recordGlossary(
  routes: readonly DescribedPath[],
  wordsAt: readonly string[][],
  named: readonly (AliasReading & { route: number })[],
  says: (list: readonly { words: string[] }[], w: string) => number,
  longest: (list: readonly string[], rows: readonly { words: string[] }[]) => string[],
  same: (a: string, b: string) => boolean,
): (AliasReading & { route: number })[] {
  const done = new Set(named.map((a) => a.text));
  // A run inside another resource's name, or holding one, is that name's ("đơn" of "thực đơn tuần"
  // still begins "hóa đơn", which holds neither).
  const taken = (w: string) =>
    named.some(
      (a) => same(a.alias, w) || ` ${w} `.includes(` ${a.alias} `) || ` ${a.alias} `.includes(` ${w} `),
    );
  const records = new Set<string>();
  for (const r of routes) {
    const parts = r.path.toLowerCase().split('/');
    for (const [i, p] of parts.entries())
      if (/^\{|^:/.test(parts[i + 1] ?? '') && p && !/^\{|^:|^v\d+$|^api$/.test(p)) records.add(p);
    const last = resourceSegment(r.path);
    if (last) records.add(last);
  }
  const out: (AliasReading & { route: number })[] = [];
  for (const segment of [...records].sort()) {
    const text = segment.replace(/[-_]/g, ' ');
    if (done.has(text)) continue;
    const inside = (r: DescribedPath) => {
      const path = r.path.toLowerCase();
      return path.includes(`/${segment}/`) || resourceSegment(r.path) === segment;
    };
    const rows = routes.flatMap((r, index) => (inside(r) ? [{ index, words: wordsAt[index]! }] : []));
    const outside = routes.flatMap((r, index) => (inside(r) ? [] : [{ words: wordsAt[index]! }]));
    const ownRows = rows.filter((r) => resourceSegment(routes[r.index]!.path) === segment);
    const candidates = longest(
      [...new Set(rows.flatMap((r) => r.words))].filter(
        (w) =>
          says(rows, w) >= 2 &&
          says(outside, w) === 0 &&
          !taken(w) &&
          // "menu" of `/schools/{id}/menus` names the menus, not the school.
          !rows.some((r) => {
            const at = resourceSegment(routes[r.index]!.path);
            return at !== segment && !!at?.startsWith(w.slice(0, 4)) && r.words.includes(w);
          }) &&
          (ownRows.length === 0 || says(ownRows, w) > 0),
      ),
      rows,
    )
      // One word written in several forms ("class", "classes") is one candidate: its shortest form.
      .sort((a, b) => says(rows, b) - says(rows, a) || a.length - b.length || (a < b ? -1 : 1))
      .filter((w, i, all) => !all.slice(0, i).some((x) => same(x, w)));
    if (candidates.length === 0) continue;
    if (candidates.length > 1 && says(rows, candidates[1]!) === says(rows, candidates[0]!)) continue;
    const first = rows.find((r) => r.words.some((x) => same(x, candidates[0]!)))!;
    out.push({ alias: candidates[0]!, text, pick: 'last', route: first.index });
  }
  return out;
}
