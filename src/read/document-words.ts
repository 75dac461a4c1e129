/**
 * Whether a requirement asks the system to produce a PDF ("export the report as PDF", "genera la
 * fattura in PDF", "Rechnung als PDF herunterladen") rather than to store one a person provides
 * ("l'amministratore carica il verbale in PDF", "upload the signed PDF", "adjuntar un PDF"). Only a
 * produced document is work for a generation job; an uploaded one is a file like any other.
 * Read clause by clause: "carica il verbale in PDF; il condòmino lo scarica" produces nothing.
 */

const PDF = /(?<![\p{L}\p{N}])pdfs?(?![\p{L}\p{N}])/iu;

/** Verbs of putting a file a person holds into the system, in en, es, pt, fr, de and it. */
const PROVIDED =
  /(?<!\p{L})(?:upload\p{L}*|attach\p{L}*|imports?|imported|importing|carica(?:re|no|to|ti)?|allega(?:re|no|to|ti)?|sub(?:e|ir|en|ido)|adjunt\p{L}*|carrega(?:r|m|do)?|anexa(?:r|m|do)?|envia(?:r|m)? (?:um|o|a)|t[ée]l[ée]vers\p{L}*|d[ée]pos(?:e|er|ent)|joindre|joint|hochlad\p{L}*|l[äa]dt(?: \p{L}+){1,3} hoch|anh[äa]ng\p{L}*|scansion\p{L}*|scan(?:s|ned|ning)?)(?!\p{L})/iu;

/** Clause boundaries: sentences, semicolons, and the dash asides. */
const CLAUSE = /[.;!?](?:\s|$)|\s[—–]\s/u;

/** True when some clause of the text names a PDF that the system is to produce. */
export function asksForPdf(text: string): boolean {
  if (!PDF.test(text)) return false;
  return text.split(CLAUSE).some((clause) => PDF.test(clause) && !PROVIDED.test(clause));
}
