import { caseFoldedRegExp } from '../../knowledge/case-fold.js';
import { kebab } from './entities.js';

/**
 * A job's name from the documents' own words: the stated name when it is one (two words or more, not
 * a duration, not a role or a story preamble), else the verb and object of the sentence that states
 * the work ("release expired holds", "validate the relationships manifest"). Null when neither is
 * there: the caller asks instead of naming the job after a stray word ("each", "day", "30",
 * "scheduler", "worker").
 */
export function jobName(stated: string, sentence: string): string | null {
  const fromStated = statedName(stated);
  if (fromStated) return fromStated;
  const vo = verbObject(sentence);
  return vo ? slug(vo) : null;
}

/**
 * Kebab case that keeps accented words whole ("Métricas" → `metricas`, "schließt" → `schliesst`);
 * a name in another script keeps its letters ("видаляти прострочені бронювання" →
 * `видаляти-прострочені-бронювання`), since an ASCII kebab would leave nothing of it.
 */
function slug(text: string): string {
  if (/(?=\p{L})\P{Script=Latin}/u.test(text))
    return text
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-+|-+$/g, '');
  return kebab(
    text
      .replace(/ß/g, 'ss')
      .normalize('NFD')
      .replace(/\p{M}+/gu, ''),
  );
}

/** Words that never name a job on their own: durations, generic nouns of scheduling, story words. */
const STRAY =
  /^(?:\d+\w*|each|every|cada|chaque|jede[rs]?|day|daily|hour|hourly|week|weekly|month|minute|second|h|min|s|ms|nfr|fr|cron|scheduler|schedule|job|jobs|task|tasks|worker|workers|timer|process|background|periodic|recurring|routine|rutina|routine|routinen|tarea|tâche|aufgabe|día|jour|tag|stunde|heure|hora)$/i;

function statedName(stated: string): string | null {
  const words = slug(stated)
    .split('-')
    .filter((w) => w.length > 0);
  // A one-letter word is a checkbox or a list mark ("[x] 16. Бэк"), never part of a name.
  const meaningful = words.filter((w) => w.length > 1 && !STRAY.test(w));
  if (meaningful.length < 2) return null;
  if (/^(?:as-an?|given|when|then|como|en-tant-que|als)\b/.test(words.join('-'))) return null;
  return meaningful.join('-');
}

/** Verbs that state background work, in the lexicons' languages (infinitive or imperative forms). */
const VERBS =
  /(?<![\p{L}])((?:run|execute|perform|ejecutar|realizar|exécuter|effectuer|lancer|ausführen|durchführen|executar|release|expire|mark|send|notify|remind|purge|delete|remove|archive|clean(?:\s+up)?|prune|sync(?:hronize|hronise)?|import|export|generate|recalculate|recompute|compute|aggregate|refresh|rebuild|reindex|validate|verify|check|renew|rotate|backup|back\s+up|retry|close|cancel|charge|bill|invoice|publish|fetch|poll|update|enviar|notificar|recordar|eliminar|borrar|archivar|sincronizar|generar|recalcular|validar|verificar|actualizar|cerrar|cancelar|liberar|marcar|envoyer|notifier|rappeler|supprimer|archiver|synchroniser|générer|recalculer|valider|vérifier|mettre\s+à\s+jour|fermer|annuler|libérer|senden|benachrichtigen|erinnern|löschen|archivieren|synchronisieren|erzeugen|generieren|berechnen|validieren|prüfen|aktualisieren|schließen|stornieren|freigeben|markieren|apagar|sincronizar|gerar|validar|atualizar|fechar|liberar)(?:s|es|d|ed)?)(?![\p{L}])\s+((?:(?:the|all|any|los|las|el|la|les|le|des|du|die|der|das|den|os|as|o|a)\s+)?(?:[\p{L}][\p{L}\p{N}_.-]*\s*){1,3})/iu;

/** Words an object phrase stops at (prepositions, conjunctions, time words). */
const STOP =
  /^(?:to|of|for|at|on|in|into|from|by|with|after|before|against|via|using|per|over|contra|gegen|contre|aux|au|à|zum|zur|al|del|every|each|when|if|and|or|that|which|whose|older|than|para|por|en|con|cada|cuando|y|o|que|pour|par|dans|avec|chaque|quand|et|ou|qui|für|mit|nach|vor|jede[rns]?|wenn|und|oder|die|com|em|quando|e|ou)$/i;
const ARTICLE =
  /^(?:the|all|any|our|their|its|los|las|el|la|les|le|des|du|die|der|das|den|os|as|o|a|nuestr[oa]s?|sus?|notre|nos|leurs?|unsere?[nmrs]?|nosso|nossa)$/i;

export function verbObject(sentence: string): string | null {
  // The first work verb with a real object: "refresh cron task to validate the manifest" names the
  // validation, since "cron task" is no object.
  for (const m of sentence.matchAll(caseFoldedRegExp(VERBS.source, 'giu'))) {
    const object: string[] = [];
    for (const w of m[2]!.trim().split(/\s+/)) {
      if (ARTICLE.test(w) && object.length === 0) continue;
      if (STOP.test(w)) break;
      object.push(w.replace(/[^\p{L}\p{N}_-]+/gu, '-').replace(/^-+|-+$/g, ''));
    }
    const words = object.filter((w) => w.length > 0 && !STRAY.test(w));
    if (words.length > 0) return `${m[1]!.replace(/\s+/g, ' ')} ${words.join(' ')}`;
  }
  // German puts the verb last after a modal ("muss … die Zahlungen synchronisieren"): the capitalised
  // noun right before the closing verb is its object.
  const last = GERMAN_VERB_LAST.exec(sentence.trim().slice(-80));
  if (last && GERMAN_WORK_VERBS.test(last[2]!)) return `${last[2]} ${last[1]}`;
  return null;
}

const GERMAN_VERB_LAST = /(\p{Lu}[\p{L}-]+)\s+(\p{Ll}+)[.!]?\s*$/u;
const GERMAN_WORK_VERBS =
  /^(?:senden|versenden|benachrichtigen|erinnern|löschen|archivieren|synchronisieren|abgleichen|erzeugen|generieren|berechnen|validieren|prüfen|aktualisieren|schließen|stornieren|freigeben|markieren|ausführen|durchführen|exportieren|importieren|sperren)$/u;
