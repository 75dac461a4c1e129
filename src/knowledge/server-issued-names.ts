import { stripAccents } from './inflect.js';

/**
 * Field-name words of two values a server computes or issues, in the languages field names are
 * written in (read by derive/api/server-set.ts, rules `derive/distance-from-places` and
 * `derive/code-of-owned-record`):
 *
 * - a distance (`distance_km`, `jarak_km`, `entfernung_m`, `afstand`): measured between places the
 *   record refers to;
 * - a record's code or number (`code`, `order_no`, `kode`, `numero`, `cislo`): the reference a
 *   record is known by.
 */
const DISTANCE = new Set([
  'distance',
  'jarak',
  'distancia',
  'distanza',
  'entfernung',
  'distanz',
  'afstand',
  'avstand',
  'vzdalenost',
  'odleglosc',
  'mesafe',
  'tavolsag',
  'etaisyys',
  'khoangcach',
]);

const CODE = new Set([
  'code',
  'kode',
  'codigo',
  'codice',
  'kod',
  'kodu',
  'number',
  'no',
  'nr',
  'num',
  'numero',
  'nummer',
  'cislo',
  'numer',
  'szam',
  'nomor',
  'reference',
  'ref',
  'referencia',
  'referenz',
  'kenmerk',
]);

/** A field or value name's words, accents aside: `distanceKm`, `jarak_km` → `distance km`, `jarak km`. */
export const nameWords = (name: string): string[] =>
  stripAccents(name)
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);

/** `distance_km`, `jarakKm`, `entfernung`: a field named for a distance. */
export const isDistanceName = (name: string): boolean => nameWords(name).some((w) => DISTANCE.has(w));

/** `code`, `order_code`, `numero`, `order_no`: a field named for a record's code or number (its last word). */
export function isCodeName(name: string): boolean {
  const ws = nameWords(name);
  return ws.length > 0 && ws.length <= 2 && CODE.has(ws[ws.length - 1]!);
}

const LATITUDE = /^(?:lat|latitude|latitud|latitudine|breitengrad|breedtegraad|szelesseg|enlem|lintang)$/;
const LONGITUDE =
  /^(?:lng|lon|long|longitude|longitud|longitudine|laengengrad|lengtegraad|hosszusag|boylam|bujur)$/;

/** The field names of a record say where it is: a latitude and a longitude, or one point. */
export function holdsCoordinates(names: readonly string[]): boolean {
  const ws = names.map(nameWords);
  return (
    (ws.some((w) => w.some((x) => LATITUDE.test(x))) && ws.some((w) => w.some((x) => LONGITUDE.test(x)))) ||
    ws.some((w) => w.length <= 2 && (w.includes('coordinates') || w.includes('geolocation')))
  );
}
