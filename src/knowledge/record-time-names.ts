import { stripAccents } from './inflect.js';

/**
 * Field names of the times the server records for the row itself — when it was created, last
 * changed or deleted — written in the languages field names are written in (`oprettet` da,
 * `letrehozva` hu, `erstellt_am` de, `aangemaakt_op` nl, `cree_le` fr, `creado_el` es, `criado_em`
 * pt, `creata_il` it, `vytvoreno` cs, `data_utworzenia` pl, `olusturma_tarihi` tr, `dibuat_pada`
 * id). The English names are read beside the other event times in `derive/api/schemas.ts`; these
 * are the same facts in other languages: a client never sends them (rule `derive/server-owned-fields`).
 *
 * A name matches when it is one of the participles alone, a participle followed by a word of time
 * (`am`, `op`, `le`, `el`, `em`, `il`, `pada`, `tid`, `zeit`, `datum`…), or a word of date followed
 * by the noun of the event (`fecha_creacion`, `data_criacao`, `datum_vytvoreni`), or that noun
 * followed by a word of date (`letrehozas_ideje`, `olusturma_tarihi`).
 */
const PARTICIPLES = new Set([
  // created
  'oprettet',
  'opprettet',
  'skapad',
  'skapat',
  'erstellt',
  'angelegt',
  'aangemaakt',
  'cree',
  'creee',
  'creado',
  'creada',
  'criado',
  'criada',
  'creato',
  'creata',
  'letrehozva',
  'letrehozott',
  'vytvoreno',
  'vytvoren',
  'vytvorena',
  'utworzono',
  'utworzony',
  'utworzona',
  'olusturuldu',
  'dibuat',
  'luotu',
  'creat',
  // updated, changed
  'opdateret',
  'oppdatert',
  'uppdaterad',
  'aktualisiert',
  'bijgewerkt',
  'actualizado',
  'actualizada',
  'atualizado',
  'atualizada',
  'aggiornato',
  'aggiornata',
  'frissitve',
  'modositva',
  'aktualizovano',
  'upraveno',
  'zaktualizowano',
  'guncellendi',
  'diperbarui',
  'paivitetty',
  'actualizat',
  'aendret',
  'endret',
  'andrad',
  'geaendert',
  'geandert',
  'gewijzigd',
  'modifie',
  'modifiee',
  'modificado',
  'modificada',
  'modificato',
  'modificata',
  'modificat',
  'zmieniono',
  'muokattu',
  'diubah',
  // deleted
  'slettet',
  'raderad',
  'geloescht',
  'geloscht',
  'verwijderd',
  'supprime',
  'supprimee',
  'eliminado',
  'eliminada',
  'borrado',
  'borrada',
  'excluido',
  'excluida',
  'eliminato',
  'eliminata',
  'torolve',
  'smazano',
  'usunieto',
  'silindi',
  'dihapus',
  'poistettu',
  'sters',
]);

/** The nouns of the same events (`creacion`, `erstellung`, `letrehozas`, `vytvoreni`). */
const NOUNS = new Set([
  'creacion',
  'actualizacion',
  'modificacion',
  'criacao',
  'atualizacao',
  'modificacao',
  'creation',
  'modification',
  'creazione',
  'aggiornamento',
  'modifica',
  'erstellung',
  'anlage',
  'aenderung',
  'anderung',
  'aktualisierung',
  'aanmaak',
  'wijziging',
  'oprettelse',
  'opprettelse',
  'opdatering',
  'oppdatering',
  'skapande',
  'uppdatering',
  'utworzenia',
  'aktualizacji',
  'modyfikacji',
  'vytvoreni',
  'zmeny',
  'aktualizace',
  'letrehozas',
  'modositas',
  'frissites',
  'olusturma',
  'olusturulma',
  'guncelleme',
  'guncellenme',
  'pembuatan',
  'pembaruan',
  'luonti',
  'crearii',
  'creare',
  'actualizarii',
]);

/** Words of a time or a date beside a participle or a noun of the event. */
const TIME_WORDS = new Set([
  'am',
  'um',
  'zeit',
  'zeitpunkt',
  'datum',
  'op',
  'om',
  'tijd',
  'tijdstip',
  'le',
  'date',
  'el',
  'en',
  'fecha',
  'em',
  'data',
  'il',
  'alle',
  'pada',
  'tanggal',
  'waktu',
  'tid',
  'tidspunkt',
  'dato',
  'ideje',
  'idopont',
  'datuma',
  'kor',
  'v',
  'cas',
  'czas',
  'tarihi',
  'zamani',
  'aika',
  'pvm',
  'la',
  'at',
  'on',
  'time',
  'timestamp',
]);

const words = (name: string): string[] =>
  stripAccents(name)
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'o')
    .replace(/å/g, 'a')
    .replace(/ß/g, 'ss')
    .replace(/ı/g, 'i')
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);

/** A field named for when the row was created, changed or deleted, in a language other than English. */
export function isRecordTimeName(name: string): boolean {
  const ws = words(name);
  if (ws.length === 1) return PARTICIPLES.has(ws[0]!);
  if (ws.length !== 2) return false;
  const [a, b] = ws as [string, string];
  return ((PARTICIPLES.has(a) || NOUNS.has(a)) && TIME_WORDS.has(b)) || (TIME_WORDS.has(a) && NOUNS.has(b));
}
