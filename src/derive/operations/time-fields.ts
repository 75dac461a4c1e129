import type { SpecEntity, SpecField } from '../../model/spec/data.js';
import { kebab } from './entities.js';

/**
 * The time column a job scans by, chosen from the words its sentence names (extract stores them as
 * `Quantity.timeWords`): a date or time column whose name or note says one of them ("7 giorni prima
 * della scadenza di ogni vaccinazione" → `richiamo_il`, noted "scadenza del richiamo"; "inattivi da
 * 24 mesi vengono anonimizzati" → `ultimo_accesso`, noted "usato per l'anonimizzazione"). Bookkeeping
 * columns (updated, deleted, reminder marks) are never the event.
 */
export function timeColumns(entity: SpecEntity): SpecField[] {
  return entity.fields.filter(
    (f) =>
      ['datetime', 'date'].includes(f.type.scalar) &&
      !/^(?:updated|deleted)_?(?:at|on)$/i.test(f.column) &&
      !/reminder/i.test(f.column),
  );
}

const plain = (w: string) =>
  w
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();

/** A word of the sentence and a word of a name or note are the same word, or inflections of one stem. */
export function sameWord(x: string, y: string): boolean {
  const a = plain(x);
  const b = plain(y);
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  // "start" / "starts", "Termin" / "Termine": the shorter word and a short ending.
  if (short.length >= 4 && long.startsWith(short) && long.length - short.length <= 3) return true;
  // "anonimizzati" / "anonimizzazione", "scadenza" / "scadenze": a shared stem of six letters or more.
  const n = short.length;
  return n >= 6 && a.slice(0, n - 2) === b.slice(0, n - 2);
}

function fieldWords(f: SpecField): string[] {
  const name = kebab(f.column).split('-');
  return [...name, ...noteWords(f)].filter((w) => w.length >= 4);
}

const noteWords = (f: SpecField): string[] => (f.description ?? '').toLowerCase().match(/\p{L}{4,}/gu) ?? [];

/** The time columns whose note (not name) says one of the words: the act a column is kept for. */
export function timeColumnsNoted(entity: SpecEntity, words: readonly string[]): SpecField[] {
  if (words.length === 0) return [];
  return timeColumns(entity).filter((f) => noteWords(f).some((w) => words.some((x) => sameWord(x, w))));
}

/** The time columns of the entity that the words name (none, one, or several to ask about). */
export function timeColumnsNamed(entity: SpecEntity, words: readonly string[]): SpecField[] {
  if (words.length === 0) return [];
  return timeColumns(entity).filter((f) => fieldWords(f).some((w) => words.some((x) => sameWord(x, w))));
}
