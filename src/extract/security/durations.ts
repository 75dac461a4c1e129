/** Durations as documents write them (`1 hour`, `7 days`, `15min`, `30 päivää`), in seconds. */
const UNITS: [RegExp, number][] = [
  [/^(s|sec|secs|seconds?|sekuntia?)$/i, 1],
  [/^(m|min|mins|minutes?|minuuttia?)$/i, 60],
  [/^(h|hr|hrs|hours?|tuntia?|heures?|stunden?|horas?)$/i, 3600],
  [/^(d|days?|päivää?|jours?|tage?n?|días?|dias?)$/i, 86400],
  [/^(w|wk|weeks?|viikkoa?)$/i, 604800],
  [/^(months?|kuukautta?)$/i, 2592000],
];

export const DURATION =
  /(\d+(?:[.,]\d+)?)\s*-?\s*(seconds?|secs?|sekuntia?|minutes?|mins?|minuuttia?|hours?|hrs?|tuntia?|heures?|stunden?|horas?|days?|päivää?|jours?|tagen?|tage|días?|dias?|weeks?|wks?|viikkoa?|months?|kuukautta?|[smhdw])\b/gi;

export function durationSeconds(amount: string, unit: string): number | null {
  const n = Number(amount.replace(',', '.'));
  if (!Number.isFinite(n)) return null;
  for (const [re, factor] of UNITS) if (re.test(unit)) return Math.round(n * factor);
  return null;
}

/** `3600` → `1 hour`, `604800` → `7 days`: how the spec displays a lifetime. */
export function formatDuration(seconds: number): string {
  const units: [number, string][] = [
    [86400, 'day'],
    [3600, 'hour'],
    [60, 'minute'],
    [1, 'second'],
  ];
  for (const [size, name] of units)
    if (seconds >= size && seconds % size === 0) {
      const n = seconds / size;
      return `${n} ${name}${n === 1 ? '' : 's'}`;
    }
  return `${seconds} seconds`;
}
