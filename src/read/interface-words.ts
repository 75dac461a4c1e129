/**
 * Whether a sentence states what a screen does rather than what the backend enforces, in en, es,
 * pt, fr, de and it: a UI element ("the Book button", "the page", "la pantalla", "die Liste") with a
 * display behaviour ("is disabled", "shows a spinner", "is sorted by", "se muestra", "est grisé",
 * "wird angezeigt", "è visibile"). An acceptance criterion like that is checked in the client: it is
 * no business rule; so is a sentence that opens with a screen element and states no constraint
 * ("Line/bar charts for daily test volume over the past 30 days"). A sentence that also names an error, a rejection or a stored fact stays a rule
 * ("the Save button is disabled and the API rejects the request with 409"): the backend enforces it.
 */

const UI_ELEMENT =
  /(?<!\p{L})(?:buttons?|pages?|screens?|spinners?|loaders?|(?:loading|progress) (?:indicator|bar|spinner)s?|progress indicators?|modals?|dialogs?|pop-?ups?|toasts?|tooltips?|tabs?|dropdowns?|menus?|icons?|banners?|badges?|lists?|tables?|grids?|forms?|fields?|charts?|graphs?|dashboards?|widgets?|checkbox(?:es)?|placeholders?|botón|botones|página|páginas|pantallas?|ventanas?|pestañas?|menú|iconos?|listas?|tablas?|formularios?|campos?|gráficos?|botão|botões|telas?|ecrã|janelas?|abas?|ícones?|tabelas?|formulários?|boutons?|écrans?|fenêtres?|onglets?|icônes?|listes?|tableaux?|formulaires?|champs?|graphiques?|schaltfläche\p{L}*|knopf|knöpfe|seiten?|bildschirm\p{L}*|ansicht(?:en)?|ladeanzeige\p{L}*|dialog\p{L}*|fenster|reiter|symbol(?:e)?|listen?|tabellen?|formular(?:e)?|feld(?:er)?|diagramm(?:e)?|pulsant[ei]|bottoni?|pagin[ae]|schermat[ae]|schermo|finestr[ae]|schede?|icon[ae]|elenc(?:o|hi)|tabell[ae]|modul[oi]|camp[oi]|grafic[oi])(?!\p{L})/iu;

const DISPLAY =
  /(?<!\p{L})(?:shows?|showing|shown|displays?|displayed|visible|invisible|hidden|hides|disabled|enabled|greyed(?: out)?|grayed(?: out)?|highlighted|sorted|ordered by|appears?|rendered|renders|scrolls?|collapses?|expands?|clickable|spinner|colou?r[- ]coded|navigates?|redirects? (?:the user )?to|opens|focus(?:es|ed)?|se muestra\p{L}*|muestra\p{L}*|mostrad[oa]s?|aparece\p{L}*|deshabilitad[oa]s?|habilitad[oa]s?|visibles?|ocult[oa]s?|resaltad[oa]s?|ordenad[oa]s?|exib\p{L}*|mostra\p{L}*|desabilitad[oa]s?|visíve(?:l|is)|destacad[oa]s?|affich\p{L}*|apparaî\p{L}*|désactivée?s?|activée?s?|masquée?s?|grisée?s?|surlignée?s?|triée?s?|zeigt|angezeigt|erscheint|deaktiviert|aktiviert|sichtbar|ausgeblendet|hervorgehoben|sortiert|ausgegraut|visualizz\p{L}*|appar\p{L}*|disabilitat[oaie]|abilitat[oaie]|visibil[ei]|nascost[oaie]|evidenziat[oaie]|ordinat[oaie])(?!\p{L})/iu;

/**
 * What the backend does in the same sentence: an error, a rejection, a status code, a stored or
 * returned record, a page of an API list ("20 items per page").
 */
const BACKEND =
  /(?<!\p{L})(?:errors?|rejects?|rejected|refus\p{L}*|4\d\d|api|server|backend|stored|saved|persist\p{L}*|database|responses?|returns?|returned|logged|per page|page size|rechaz\p{L}*|rejeit\p{L}*|rejet\p{L}*|abgelehnt|fehler\p{L}*|erreur\p{L}*|erro|errore|servidor|serveur|guardad[oa]s?|enregistrée?s?|gespeichert|salvat[oaie]|respuestas?|respostas?|réponses?|antwort(?:en)?|rispost[ae]|devuelve\p{L}*|retourn\p{L}*|zurückgegeben|restituit\p{L}*|por página|par page|pro seite|per pagina)(?!\p{L})/iu;
/** An error code written in the sentence (`SHIFT_FULL`). */
const CODE = /(?<![\w-])[A-Z]{2,}(?:_[A-Z]{2,})+(?![\w-])/;

/** A modal or a bound: a sentence with one states a constraint even when it names a screen. */
const CONSTRAINED =
  /(?<!\p{L})(?:must|shall|cannot|can ?not|may not|only|never|required|mandatory|at most|at least|debe|deben|no puede|obligatori\p{L}*|solo|sólo|nunca|deve|devem|não pode|apenas|doit|doivent|ne peut|seul\p{L}*|jamais|muss|müssen|darf|nur|nie|pflicht\p{L}*|devono|non può|soltanto|mai)(?!\p{L})/iu;
/**
 * The sentence opens with a widget it describes ("Line/bar charts for daily test volume …"); only
 * elements no data model has (a list, a table, a form, a label may be data or paper).
 */
const LEADS_WITH =
  /^\W*(?:[\p{L}/-]+\s+){0,2}?(?:buttons?|screens?|spinners?|modals?|dialogs?|pop-?ups?|toasts?|tooltips?|dropdowns?|icons?|banners?|charts?|graphs?|dashboards?|widgets?|botón|botones|pantallas?|gráficos?|botão|botões|telas?|boutons?|écrans?|graphiques?|schaltfläche\p{L}*|bildschirm\p{L}*|diagramm(?:e)?|pulsant[ei]|bottoni?|schermat[ae]|grafic[oi])(?!\p{L})/iu;

/** A preview the user looks at before saving ("Preview template before saving"): the screen's step. */
const PREVIEW =
  /^\W*(?:preview|previews|vista previa|previsualiza\p{L}*|pré-?visualiza\p{L}*|prévisualis\p{L}*|aperçu|vorschau|anteprima)(?!\p{L})/iu;

export function describesInterface(text: string): boolean {
  if (BACKEND.test(text) || CODE.test(text)) return false;
  if (PREVIEW.test(text)) return true;
  if (UI_ELEMENT.test(text) && DISPLAY.test(text)) return true;
  // A feature of a screen named without any constraint: "Line/bar charts for the past 30 days".
  return LEADS_WITH.test(text) && !CONSTRAINED.test(text);
}
