/**
 * Finnish user stories: "Asukkaana haluan varata saunavuoron, jotta …" (as a resident I want to book
 * a sauna slot, so that …). The role is written in the essive case (-na/-nä: "asukkaana",
 * "huoltomiehenä", "hallituksen jäsenenä"), the wish in the first person ("haluan", "tarvitsen",
 * "voin", plural "haluamme"), the action as a first infinitive. Only the essive's last word is
 * declined; the words before it (a genitive: "hallituksen") stay as the role's name writes them.
 */

/** Finnish first infinitives, by the verb list of read/story-words.ts they join. */
export const FI = {
  export: 'viedä|tulostaa|ladata (?:alas|itselleni|koneelle)',
  search: 'etsiä|hakea|suodattaa|lajitella',
  view: 'nähdä|katsoa|katsella|tarkastella|tarkistaa|seurata|selata|valita|avata',
  browse: 'selata',
  create:
    'varata|lisätä|luoda|tehdä|ilmoittaa|jättää|liittää|kirjata|rekisteröidä|rekisteröityä|tallentaa|muodostaa|tilata|syöttää|perustaa|ilmoittautua|ladata|lähettää (?:vikailmoitu|hakemu|ilmoitu|tilau)\\p{L}*',
  update: 'muokata|muuttaa|päivittää|korjata|vaihtaa|siirtää|asettaa',
  delete: 'poistaa',
  manage: 'hallinnoida|hallita|ylläpitää',
  cancel: 'perua|peruuttaa|irtisanoa',
  approve: 'hyväksyä',
  reject: 'hylätä',
  confirm: 'vahvistaa',
  complete: 'viimeistellä',
  assign: 'osoittaa|määrätä',
  pay: 'maksaa',
  close: 'sulkea',
  publish: 'julkaista',
  send: 'lähettää',
  renew: 'uusia',
  lock: 'lukita',
};

/**
 * A Finnish story: an essive role (one to three words, the last ending in -na/-nä), an optional
 * "minä"/"me", then the wish or ability in the first person; group 1 the role as written, group 2
 * what follows the wish.
 */
export const FI_STORY =
  /^(?:[*_]{0,2}\p{Lu}{1,5}[-_]?\d+(?:\.\d+)*[*_]{0,2}\s*[:：.]?\s*)?(\p{Lu}\p{Ll}+(?:\s+\p{Ll}+){0,2}?(?:na|nä)),?\s+(?:minä\s+|me\s+)?(?:haluan|haluaisin|tahdon|tarvitsen|toivon|voin|haluamme|tarvitsemme|voimme)(?!\p{L})(.*)$/u;

/**
 * The nominative of a role written in the essive ("asukkaana" → "asukas", "huoltomiehenä" →
 * "huoltomies", "hallituksen jäsenenä" → "hallituksen jäsen", "vuokralaisena" → "vuokralainen",
 * "opettajana" → "opettaja"): the case ending dropped and the stem's common alternations undone
 * (-aa/-ää → -as/-äs with the doubled consonant of the strong grade made single, -ehe → -es,
 * -ise → -inen, -kse → -s, a consonant + -e → the consonant). A vowel stem is its nominative.
 */
export function finnishEssiveNominative(phrase: string): string {
  const words = phrase.trim().split(/\s+/u);
  const last = words.pop()!;
  const stem = last.replace(/(?:na|nä)$/u, '');
  words.push(nominativeOfStem(stem));
  return words.join(' ');
}

function nominativeOfStem(stem: string): string {
  // "asukkaa" → "asukas", "asiakkaa" → "asiakas", "potilaa" → "potilas", "hammaslääkärii" stays.
  const long = /^(.*?)([kpt])\2([aä])\3$/u.exec(stem);
  if (long) return `${long[1]}${long[2]}${long[3]}s`;
  const aa = /^(.*\p{L})([aä])\2$/u.exec(stem);
  if (aa) return `${aa[1]}${aa[2]}s`;
  // "huoltomiehe" → "huoltomies" (mies: miehe-).
  if (/ehe$/u.test(stem)) return stem.replace(/ehe$/u, 'es');
  // "vuokralaise" → "vuokralainen", "jäsenise" does not occur.
  if (/ise$/u.test(stem)) return stem.replace(/ise$/u, 'inen');
  // "hallitukse" → "hallitus", "tarkastukse" → "tarkastus".
  if (/kse$/u.test(stem)) return stem.replace(/kse$/u, 's');
  // "jäsene" → "jäsen", "sihteeri" stays: a consonant before the final -e is the word's own end.
  if (/[lnrs]e$/u.test(stem) && stem.length > 4) return stem.slice(0, -1);
  return stem;
}
