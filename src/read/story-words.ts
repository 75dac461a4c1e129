import { caseFoldedRegExp } from '../knowledge/case-fold.js';
import { documentsLanguage } from '../knowledge/name-language.js';
import { verbOf } from '../knowledge/state-verb.js';
import type { StoryIntent } from '../model/domain.js';
import { FI } from './finnish-story-words.js';
import { stateVerbsNamed } from './state-verb-words.js';

/**
 * What a story asks the API to do, read from its verbs in en, es, pt, fr and de. Each intent names
 * the kind of operation it needs; state actions carry a canonical English verb for the route
 * (`POST /orders/{id}/cancel` whatever the language of the sentence). The only place story verbs are
 * read: extract/stories.ts stores each story's intents, navigation target, marked state and object
 * noun on the story, derive designs the operations from them.
 */
type Intent = StoryIntent;

/**
 * Czech infinitives, by the list they join (stories say "Jako občan chci objednávku zrušit"): kept
 * apart so a phrase that writes one is known to be Czech (its free word order, its "a" for "and").
 */
const CS = {
  export: '(?:vy)?exportovat|stáhnout|stahovat|vytisknout|tisknout',
  search: 'vyhledat|vyhledávat|hledat|najít|filtrovat|seřadit|řadit',
  view: 'vidět|zobrazit|zobrazovat|prohlížet|prohlédnout|procházet|sledovat|zkontrolovat|kontrolovat|vybrat|vybírat|zvolit|otevřít',
  browse: 'procházet|prohlížet',
  create:
    'vytvořit|vytvářet|založit|zakládat|přidat|přidávat|objednat|objednávat|zaregistrovat|rezervovat|zarezervovat|nahrát|nahrávat|zadat|zadávat|vložit|podat|zapsat|vypsat|naplánovat|přiložit',
  update: 'upravit|upravovat|změnit|měnit|aktualizovat|opravit|editovat|přesunout|nastavit',
  delete: 'smazat|odstranit|odebrat|vymazat',
  manage: 'spravovat',
  cancel: 'zrušit|rušit|stornovat',
  approve: 'schválit|schvalovat',
  reject: 'zamítnout|odmítnout',
  confirm: 'potvrdit|potvrzovat',
  complete: 'dokončit',
  assign: 'přidělit|přiřadit',
  pay: 'zaplatit|platit|uhradit',
  close: 'uzavřít|zavřít',
  publish: 'zveřejnit|publikovat',
};

const W = (alts: string) => caseFoldedRegExp(`(?:^|[^\\p{L}])(?:${alts})(?=$|[^\\p{L}])`, 'iu');
/** The same alternatives, anchored: for verbs, which must open a verb phrase of the action. */
const V = (alts: string) => caseFoldedRegExp(`^(?:${alts})(?=$|[^\\p{L}])`, 'iu');

export const DASHBOARD = W(
  'dashboards?|tableros?|tableaux? de bord|tableau de bord|panel(?:es)? de control|painel|painéis|übersicht|cockpit|at a glance|key metrics|métricas clave|indicadores',
);
export const ANALYTICS = W(
  '(?:monthly|weekly|daily|yearly|annual) reports?|reports? (?:of|on) |trends?|statistics?|analytics|turnaround time|rates? per|volume|revenue|kpis?|tendencias|estadísticas|tendances|statistiques|statistiken|kennzahlen|estatísticas|tendências|métricas|métriques|metriken|metrics',
);
const PDF = W('pdfs?|print|reprint|imprimir|reimprimir|imprimer|réimprimer|drucken|ausdrucken|stampare');
const EXPORT = W(
  `download\\w*|export\\w*|descargar|exportar|télécharger|exporter|herunterladen|exportieren|baixar|pdfs?|print|reprint|imprimir|reimprimir|imprimer|réimprimer|drucken|ausdrucken|scaricare|esportare|stampare|eksportow\\p{L}*|wyeksportow\\p{L}*|wydrukować|drukować|экспортировать|выгрузить|скачать|распечатать|ladda ner|ladda ned|skriva ut|eksporter(?:e|er)?|laste ned|skrive ut|downloade|udskrive|${CS.export}|xuất(?: ra)?|tải xuống|tải về|εξάγω|εξαγάγω|κατεβάζω|κατεβάσω|εκτυπώνω|εκτυπώσω|descarc|export|${FI.export}`,
);
const MANY = W(
  'multiple|several|bulk|at once|all of|all selected|varios|varias|plusieurs|mehrere|vários|várias|en lote|en masse|todos los seleccionados|todas las seleccionadas|tous les [\\p{L}]+ sélectionnés|toutes les [\\p{L}]+ sélectionnées|alle ausgewählten|todos os selecionados|todas as selecionadas',
);
const SETTINGS_NOUN = W(
  'settings?|preferences?|language|locale|theme|timezone|configuración|preferencias|idioma|paramètres|préférences|langue|einstellungen|sprache|configurações|preferências',
);
/**
 * A route that holds settings: a path segment or a description naming settings, configuration or
 * preferences (`PUT /user/config`, `PATCH /me/preferences`, `| PUT | /ajustes |`).
 */
const SETTINGS_ROUTE = W(
  'config|configs|configuration|settings?|preferences?|prefs|configuración|ajustes|preferencias|paramètres|réglages|préférences|einstellungen|konfiguration|configurações|preferências|impostazioni|configurazione|preferenze',
);
export function describesSettings(path: string, description: string | undefined): boolean {
  const segments = path
    .split('/')
    .filter((x) => !x.startsWith('{'))
    .join(' ')
    .replace(/[-_]/g, ' ');
  return SETTINGS_ROUTE.test(segments) || SETTINGS_ROUTE.test(description ?? '');
}

const SETTINGS_VERB = V(
  'configure|set up|customi[sz]e|configurar|personalizar|configurer|paramétrer|personnaliser|konfigurieren|einrichten|anpassen|configurare|impostare|personalizzare',
);
/**
 * Applying for something is asking for a new record, not searching: da "søge om faste tider", "ansøge
 * om", nb "søke om", sv "söka om", "ansöka om", en "apply for". The search verbs (søge, søke, söka)
 * read with "om" after them are this create.
 */
const APPLY_FOR = V(
  'apply for|applies for|søge om|søger om|ansøge om|ansøger om|søke om|søker om|ansøke om|ansøker om|söka om|söker om|ansöka om|ansöker om',
);
const SEARCH = V(
  `search\\w*|find|look ?up|filter\\w*|sort\\w*|buscar|busca|filtrar|ordenar|rechercher|chercher|filtrer|trier|suchen|durchsuchen|filtern|sortieren|pesquisar|procurar|cercare|filtrare|ricercare|zoeken|opzoeken|filteren|sorteren|szukać|wyszukać|wyszukiwać|znaleźć|filtrować|przefiltrować|sortować|искать|найти|фильтровать|отфильтровать|сортировать|söka|sök|hitta|filtrera|sortera|aramak|filtrelemek|sıralamak|søke|søker|finne|filtrere|sortere|søge|finde|${CS.search}|tìm(?: kiếm)?|tra cứu|lọc|sắp xếp|αναζητώ|αναζητήσω|ψάχνω|ψάξω|βρίσκω|βρω|φιλτράρω|ταξινομώ|ταξινομήσω|mencari|menyaring|memfilter|mengurutkan|${FI.search}`,
);
// `ouvrir` (French "open": a narrated step "Marc ouvre VitroLib" reads as `ouvrir`) beside `abrir`, `öffnen`.
const VIEW = V(
  `check(?!(?:\\s+[\\p{L}'’-]+){0,3}\\s+(?:in|out)(?:$|[^\\p{L}]))|view|see|list|browse|paginate|page through|scroll|infinite-scroll|navigate|access|paginar|navegar|acceder|acessar|paginer|naviguer|accéder|blättern|navigieren|zugreifen|display|show|track|monitor|consult|pick|choose|select|review (?:my|their|all)|elegir|seleccionar|escoger|choisir|sélectionner|auswählen|wählen|escolher|selecionar|ver|consultar|listar|visualizar|voir|consulter|afficher|lister|suivre|ansehen|anzeigen|sehen|einsehen|acompanhar|verificar|vedere|visualizzare|consultare|elencare|scegliere|selezionare|controllare|zien|bekijken|inzien|tonen|raadplegen|volgen|kiezen|selecteren|przeglądać|przejrzeć|zobaczyć|widzieć|oglądać|obejrzeć|wyświetlić|wyświetlać|sprawdzić|sprawdzać|śledzić|wybrać|wybierać|просматривать|просмотреть|посмотреть|видеть|увидеть|выбрать|открыть|проверить|проверять|отслеживать|se (?:min|mitt|mina|sin|sitt|sina|vår|vårt|våra|alla|hela|en|ett|vilka|hur|när|om)|visa|titta på|bläddra|följa|granska|välja|kontrollera|öppna|görmek|görüntülemek|listelemek|incelemek|bakmak|takip etmek|izlemek|seçmek|se(?:r)? (?:min|mitt|mine|sin|sitt|sine|vår|vårt|våre|alle|hele|ledige|hvem|hva|hvilke|hvordan|når|om|en|et|oversikt\\p{L}*)|vise(?:r)?|velge(?:r)?|følge(?:r)?|åpne(?:r)?|kontrollere(?:r)?|bla gjennom|xem|theo dõi|${CS.view}|βλέπω|δω|προβάλλω|προβάλω|εμφανίζω|παρακολουθώ|επιλέγω|επιλέξω|διαλέγω|διαλέξω|melihat|lihat|menampilkan|memantau|memeriksa|meninjau|văd|vizualizez|consult|v[ăa]d|${FI.view}`,
);
/**
 * Browsing: reading the records one after another, not one of them ("browse the catalogue",
 * "просматривать доступные кампании", "przeglądać ogłoszenia", "durchblättern", "parcourir les
 * ateliers", "sfogliare", "bläddra bland"). Russian and Polish say it with the imperfective verb
 * (просматривать, przeglądać); the perfective (просмотреть, przejrzeć) reads one record.
 */
const BROWSE = V(
  `browse|paginate|page through|scroll|infinite-scroll|blättern|durchblättern|parcourir|sfogliare|bladeren|doorbladeren|bläddra|przeglądać|просматривать|bla gjennom|${CS.browse}|duyệt qua|${FI.browse}`,
);
const CREATE = V(
  `create|add|register|submit|book|reserve|schedule|upload|record|enter|start|post|write|attach|invite|make|place|define|definir|définir|definieren|festlegen|definire|crear|registrar|agregar|añadir|reservar|subir|cargar|dar de alta|créer|ajouter|enregistrer|soumettre|réserver|déposer|saisir|publier|anlegen|erstellen|hinzufügen|buchen|reservieren|erfassen|hochladen|eintragen|criar|adicionar|cadastrar|cree|creen|registre|registren|agregue|agreguen|crie|criem|cadastre|cadastrem|adicione|adicionem|enviar|agendar|incluir|prenotare|creare|inserire|registrare|aggiungere|caricare|emettere|prenota|crea|inserisce|registra|emette|aanmaken|toevoegen|registreren|reserveren|boeken|plannen|inplannen|uploaden|invoeren|indienen|vastleggen|złożyć|składać|dodać|dodawać|utworzyć|tworzyć|stworzyć|zarejestrować|rejestrować|zgłosić|zgłaszać|zamówić|zamawiać|zarezerwować|rezerwować|wprowadzić|wpisać|umówić|umawiać|zaplanować|zapisać się|zapisywać się|создать|создавать|добавить|добавлять|оформить|забронировать|бронировать|зарезервировать|резервировать|записаться|подать|заказать|запланировать|планировать|загрузить|отправить|skapa|lägga till|lägga upp|lägga in|registrera|boka|reservera|ladda upp|lämna in|skicka in|rapportera|ställa (?:mig|sig|oss) i kö\\p{L}*|rezerve etmek|rezervasyon yapmak|kaydetmek|eklemek|oluşturmak|başvurmak|yüklemek|opprett(?:e|er)?|oprett(?:e|er)?|legg(?:e|er)? til|registrer(?:e|er)?|bestill(?:e|er)?|book(?:e|er)|reserver(?:e|er)?|last(?:e|er)? opp|send(?:e|er)? inn|tilføj(?:e|er)?|${CS.create}|tạo|thêm|đăng ký|đăng|lập|ghi nhận|ghi lại|nhập|báo|gửi|đặt|điểm danh|δημιουργώ|δημιουργήσω|προσθέτω|προσθέσω|καταχωρώ|καταχωρίζω|καταχωρήσω|καταγράφω|καταγράψω|ανεβάζω|ανεβάσω|υποβάλλω|υποβάλω|αναφέρω|δηλώνω|δηλώσω|εγγράφομαι|εγγραφώ|κάνω κράτηση|κάνω μια κράτηση|κλείνω (?:ραντεβού|θέση)|κλείσω (?:ραντεβού|θέση)|κρατώ|κρατήσω|membuat|menambah(?:kan)?|mendaftar(?:kan)?|mengajukan|menjadwalkan|memesan|mengunggah|mencatat|memasukkan|mengirim(?:kan)?|creez|adaug|înregistrez|inregistrez|comand|plasez|înscriu|trimit|${FI.create}`,
);
/**
 * Assembling a record from parts ("assemble/build/put together/compose an order", "armar/montar un
 * pedido", "montar um pré-pedido", "composer/constituer un panier", "einen Warenkorb
 * zusammenstellen", "comporre un ordine"): a create when what is assembled is an entity of the model.
 */
const COMPOSE = V(
  'assemble|build|put together|compose|armar|montar|componer|confeccionar|compor|assembler|composer|constituer|monter|zusammenstellen|zusammensetzen|comporre|assemblare|mettere insieme|montare|costruire',
);
/**
 * Opening a record is creating it ("open a ticket", "abrir una incidencia", "abrir um chamado",
 * "ouvrir une demande", "ein Konto eröffnen", "aprire una segnalazione"): a create when what is opened
 * is an entity of the model. What a screen shows is opened to be seen ("open the app", "abrir la
 * lista", "ouvrir la page"): a view, as before. A status value ("status 'open'") opens no phrase.
 */
const OPEN = V('open|opens|abrir|abre|ouvrir|ouvre|öffnen|eröffnen|eröffnet|aprire|apre|apri|membuka|buka');
/** What a new record's noun phrase opens with: an indefinite article or "new" (en, es, pt, fr, it). */
const OPENS_NEW =
  /^(?:an?|one|new|another|un|una|uno|un['’]|um|uma|une|nuov[oaie]|nuev[oa]s?|nouvel(?:le)?|nouveau|nov[oa]s?|outr[oa]|otr[oa]|un autre|une autre)(?:$|[^\p{L}]|(?<=['’]))/iu;
/** A lone plural noun after the verb, no article ("segnalazioni", "tickets", "incidencias", "demandes"). */
const BARE_PLURAL = /^[\p{L}-]{4,}(?:s|i|e)$/iu;
/** A record said to exist already ("open an upcoming appointment", "abrir una cita existente"). */
const KNOWN_RECORD = W(
  'upcoming|existing|past|previous|recent|saved|scheduled|próxim[oa]s?|existente|anterior|guardad[oa]|salv[oa]|agendad[oa]|existant(?:e)?|prochaine?|précédente?|enregistrée?|bestehende[nrs]?|vorhandene[nrs]?|bisherige[nrs]?|esistente|prossim[oa]|precedente|salvat[oa]',
);
/** The open verbs that read as a view where they show something (the inflected "opens" never did). */
const OPEN_TO_VIEW = V('open|öffnen|abrir|ouvrir|aprire|membuka');
/** German: an indefinite article anywhere before the verb, or `eröffnen`, which only establishes. */
const GERMAN_NEW = /(?:^|[^\p{L}])(?:ein|eine|einen|neue[nrs]?)(?=$|[^\p{L}])/iu;
const ESTABLISH = /^eröffne(?:n|t)$/iu;
/** What opening shows rather than records: a screen, a list, a file, the app (en, es, pt, fr, de, it). */
const OPENED_SCREEN = W(
  "app|application|page|screen|dialog|dialogue|modal|diálogo|finestra|list|dashboard|details?|menu|tab|form|view|window|file|link|map|calendar|inbox|aplicación|aplicação|aplicativo|página|pantalla|tela|lista|listado|detalles?|detalhes?|formulario|formulário|menú|pestaña|aba|enlace|archivo|arquivo|mapa|calendario|calendário|appli|écran|liste|détails?|formulaire|onglet|lien|fichier|carte|calendrier|seite|bildschirm|liste|details?|formular|menü|datei|karte|kalender|schermata|pagina|elenco|dettagli?|scheda|collegamento|mappa|modulo|l['’]app",
);
/**
 * Choosing a value while composing the record ("… e escolher o horário de retirada", "and pick a
 * delivery slot"): part of the create, not a read of the records.
 */
const CHOOSE = V(
  'pick|choose|select|elegir|seleccionar|escoger|choisir|sélectionner|auswählen|wählen|escolher|selecionar|scegliere|selezionare|memilih|pilih',
);
const UPDATE = V(
  `edit|update|change|modify|rename|correct|adjust|set|apply|switch|move|reorder|editar|modificar|actualizar|cambiar|corregir|modifier|mettre à jour|changer|corriger|ändern|bearbeiten|aktualisieren|anpassen|atualizar|alterar|mudar|modificare|aggiornare|cambiare|correggere|spostare|modifica|aggiorna|sposta|wijzigen|bewerken|aanpassen|bijwerken|veranderen|edytować|zmienić|zmieniać|zaktualizować|aktualizować|poprawić|poprawiać|zmodyfikować|modyfikować|uzupełnić|редактировать|изменить|изменять|обновить|исправить|ändra|redigera|uppdatera|byta|korrigera|rätta|düzenlemek|güncellemek|değiştirmek|endr(?:e|er)|ændr(?:e|er)|redigere(?:r)?|oppdater(?:e|er)?|opdater(?:e|er)?|korriger(?:e|er)?|${CS.update}|sửa|chỉnh sửa|cập nhật|thay đổi|αλλάζω|αλλάξω|επεξεργάζομαι|επεξεργαστώ|ενημερώνω|ενημερώσω|τροποποιώ|τροποποιήσω|διορθώνω|διορθώσω|ορίζω|ορίσω|mengubah|memperbarui|mengedit|mengganti|mengatur|modific|actualizez|editez|stabilesc|schimb|${FI.update}`,
);
const DELETE = V(
  `delete|remove|discard|eliminar|borrar|quitar|supprimer|retirer|löschen|entfernen|excluir|remover|apagar|eliminare|cancellare|rimuovere|elimina|cancella|verwijderen|usunąć|usuwać|skasować|удалить|удалять|ta bort|radera|stryka|silmek|kaldırmak|slett(?:e|er)?|slet(?:te|ter)?|fjern(?:e|er)?|${CS.delete}|xóa|xoá|gỡ bỏ|διαγράφω|διαγράψω|αφαιρώ|αφαιρέσω|menghapus|hapus|[șş]terg|elimin|${FI.delete}`,
);
const DEACTIVATE_FORMS =
  'deactivat\\w*|disabl\\w*|archiv\\w*|disattivar\\w*|desactivar|deshabilitar|archivar|dar de baja|désactiver|archiver|deaktivier\\w*|archivier\\w*|stilllegen|stillegen|außer betrieb nehmen|desativar|arquivar|inativar|deactiveren|archiveren|inaktivera|avaktivera|arkivera';
/** Deactivation as the verb of a story (the same wording anywhere in a sentence: read/constraint-words.ts). */
const DEACTIVATE_VERB = V(DEACTIVATE_FORMS);
const MANAGE = V(
  `manage|maintain|administer|gestionar|administrar|mantener|maintenir|pflegen|manter|gérer|administrer|verwalten|gerenciar|gerir|gestire|amministrare|gestisce|beheren|zarządzać|управлять|hantera|administrera|förvalta|yönetmek|administrer(?:e|er)?|håndter(?:e|er)?|forvalte(?:r)?|${CS.manage}|quản lý|διαχειρίζομαι|διαχειριστώ|mengelola|${FI.manage}`,
);

/** Canonical verb → its forms in the five languages (stems; whole words). */
const STATE_VERBS: [string, string][] = [
  [
    'cancel',
    `cancel|cancelar|annuler|stornieren|absagen|annullare|annulla|annuleren|opzeggen|anulować|odwołać|odwoływać|отменить|отменять|аннулировать|avboka|avbryta|annullera|säga upp|avbestill(?:e|er)?|kanseller(?:e|er)?|avlys(?:e|er)?|aflys(?:e|er)?|iptal etmek|${CS.cancel}|hủy|huỷ|ακυρώνω|ακυρώσω|membatalkan|batalkan|anulez|anula|anular(?! (?:la |el |una |un |a |o |uma |um )?(?:factura|recibo|boleta|fatura|nota))|anulo|cancel·lar|cancellar|cancel·la|${FI.cancel}`,
  ],
  [
    'reschedule',
    'reschedule|move (?:an?|the|my) appointment|reprogramar|reagendar|reprogrammer|verschieben|umbuchen|spostare (?:una|la|le) (?:visit|prenotazion|appuntament)\\p{L}*|riprogrammare|przełożyć|przekładać|перенести|переносить',
  ],
  [
    'approve',
    `approve|aprobar|aprovar|approuver|genehmigen|freigeben|approvare|approva|goedkeuren|zatwierdzić|zatwierdzać|одобрить|одобрять|утвердить|утверждать|godkänna|godkjenn(?:e|er)?|godkend(?:e|er)?|onaylamak|${CS.approve}|phê duyệt|duyệt|εγκρίνω|menyetujui|setujui|${FI.approve}`,
  ],
  [
    'reject',
    `reject|rechazar|rejeitar|recusar|rejeter|ablehnen|zurückweisen|rifiutare|respingere|afwijzen|odrzucić|odrzucać|отклонить|отклонять|avslå|avvisa|neka|avvis(?:e|er)?|avslå(?:r)?|afvis(?:e|er)?|reddetmek|${CS.reject}|từ chối|απορρίπτω|απορρίψω|menolak|tolak|rebutjar|rebutja|${FI.reject}`,
  ],
  [
    'publish',
    `publish|publicar|publier|veröffentlichen|pubblicare|publiceren|opublikować|опубликовать|publicera|${CS.publish}|công bố|công khai|δημοσιεύω|δημοσιεύσω|public|publica|${FI.publish}`,
  ],
  ['suspend', 'suspend|suspender|suspendre|suspendieren|sospendere'],
  ['refund', 'refund|reembolsar|rembourser|erstatten|zurückerstatten|terugbetalen|återbetala'],
  ['acknowledge', 'acknowledge|confirmar recepción|accuser réception|quittieren'],
  ['amend', 'amend|enmendar|rectificar|retificar|modifier le rapport|berichtigen'],
  [
    'confirm',
    `confirm|confirmar|confirmer|bestätigen|confermare|conferma|bevestigen|potwierdzić|potwierdzać|подтвердить|подтверждать|bekräfta|bekreft(?:e|er)?|bekræft(?:e|er)?|${CS.confirm}|xác nhận|επιβεβαιώνω|επιβεβαιώσω|mengonfirmasi|mengkonfirmasi|${FI.confirm}`,
  ],
  ['accept', 'accept|aceptar|aceitar|accepter|annehmen|akzeptieren|acceptera|tacka ja'],
  ['decline', 'decline|declinar|refuser|recusar|absagen|tacka (?:ja eller )?nej|nej till|avböja'],
  ['validate', 'validate|validar|valider|validieren'],
  [
    'complete',
    `complete|finish|finalizar|completar|concluir|terminer|achever|abschließen|completare|afronden|voltooien|zakończyć|завершить|slutföra|avsluta|fullfør(?:e|er)?|fuldfør(?:e|er)?|${CS.complete}|ολοκληρώνω|ολοκληρώσω|menyelesaikan|${FI.complete}`,
  ],
  ['authorise', 'authori[sz]e|autorizar|autoriser|autorisieren'],
  [
    'assign',
    `assign|asignar|atribuir|attribuer|assigner|zuweisen|zuordnen|assegnare|toewijzen|przypisać|przydzielić|tilldela|tildel(?:e|er)?|${CS.assign}|phân công|giao|αναθέτω|αναθέσω|menugaskan|${FI.assign}`,
  ],
  ['share', 'share|compartir|compartilhar|partager|teilen|dela'],
  [
    'send',
    `send|resend|enviar|reenviar|envoyer|renvoyer|senden|versenden|versturen|sturen|verzenden|skicka|send(?:e|er)? (?:ut|ud)|gửi lại|${FI.send}`,
  ],
  [
    'pay',
    `pay|pagar|payer|bezahlen|zahlen|pagare|betalen|zapłacić|opłacić|płacić|opłacać|оплатить|оплачивать|заплатить|betala|betal(?:e|er)?|ödemek|${CS.pay}|thanh toán|trả tiền|nộp|πληρώνω|πληρώσω|membayar|bayar|melunasi|${FI.pay}`,
  ],
  [
    'check-in',
    "check (?:a |the )?(?:\\w+ )?in|check-in|registrar (?:la )?llegada|marcar (?:la )?llegada|enregistrer l['’]arrivée|einchecken|registrar (?:a )?chegada|fazer (?:o )?check-in|checka in",
  ],
  ['verify', 'verify|verificar|vérifier|prüfen|memverifikasi'],
  ['collect', 'collect|recolectar|coletar|prélever'],
  [
    'close',
    `close|cerrar|fechar|clôturer|fermer|schließen|chiudere|chiude|sluiten|zamknąć|zamykać|закрыть|закрывать|stänga|${CS.close}|κλείνω|κλείσω|menutup|tancar|${FI.close}`,
  ],
  ['resolve', 'resolve|resolver|résoudre|lösen'],
  [
    'restore',
    "restore|reactivate|restaurar|reactivar|restaurer|réactiver|wiederherstellen|reaktivieren|reativar|przywrócić|восстановить|återställa|återaktivera|lift (?:the |a |an )?(?:\\p{L}+['’]s )?(?:suspension|ban|block)s?|lever (?:la |une )?suspension|levantar (?:la |a )?(?:suspensión|suspensão)",
  ],
  ['lock', `lock|bloquear|verrouiller|sperren|låse|låsa|lås|${FI.lock}`],
  ['waive', 'waive|eximir|dispensar|exonérer|erlassen'],
  [
    'block',
    'block|bloquear|bloquer|blockieren|blokkeren|zablokować|blokować|заблокировать|блокировать|blockera|spärra',
  ],
  ['review', 'review|revisar|réviser|überprüfen'],
  ['rate', 'rate (?:a|an|the|my)|calificar|avaliar|noter|évaluer|bewerten'],
  [
    'renew',
    `renew|renovar|prorrogar|renouveler|prolonger|verlängern|rinnovare|prorogare|verlengen|przedłużyć|продлить|продлевать|förnya|förlänga|${FI.renew}`,
  ],
  [
    'return',
    'return(?! (?:to|home|back)(?!\\p{L}))|devolver|restituer|zurückgeben|restituire|teruggeven|terugbrengen|inleveren|lämna tillbaka|återlämna|iade etmek|επιστρέφω|επιστρέψω',
  ],
  [
    'void',
    'void|invalidate|invalidar|anular (?:la |el |una |un )?(?:factura|recibo|boleta)|invalider|annuler (?:la |une )?facture|stornieren (?:die |eine )?rechnung|annullare (?:la |una )?fattura|ongeldig maken|unieważnić|makulera|ugyldiggøre|érvényteleníteni|sztornózni|batalkan faktur|membatalkan faktur',
  ],
  [
    'issue',
    'issue(?! (?:with|of)(?!\\p{L}))|emitir|émettre|ausstellen|emettere|uitgeven|wystawić|wystawiać|utfärda|udstede|utstede|kiállítani|menerbitkan|terbitkan|vystavit',
  ],
];
const STATE_RES = STATE_VERBS.map(([verb, forms]) => ({ verb, re: V(forms) }));
/**
 * Every state verb in one anchored pattern: it matches a phrase exactly when one of STATE_RES does
 * (each is the same `^(?:…)(?=$|[^\p{L}])` around its forms). readIntents asks it first and tries
 * the ~40 patterns one by one only on a phrase it matches: ~300 tests per action were a third of
 * reading 1,000 story actions (issue 19).
 */
const ANY_STATE_VERB = V(STATE_VERBS.map(([, forms]) => `(?:${forms})`).join('|'));

/**
 * A change of a record's status, in en, es, pt, fr, de and it: "change the order status", "cambiar el
 * estado de la cita", "alterar o status do pedido", "changer le statut", "den Auftragsstatus ändern",
 * "den Status auf „fertig“ setzen", "aggiornare lo stato della visita". A status moved by its own
 * action ("state action" `POST /…/{id}/status`), not a field edited through the update body.
 */
const STATUS_WORD = '(?:status|statuses|state|estado|estatus|statut|[ée]tat|stato|zustand|\\p{L}{3,}status)';
const STATUS_CHANGE = [
  caseFoldedRegExp(
    `(?<!\\p{L})(?:change|update|set(?!iap(?!\\p{L}))|modify|advance|move|cambiar|actualizar|modificar|alterar|atualizar|mudar|changer|modifier|mettre à jour|faire passer|ändern|setzen|aktualisieren|wechseln|cambiare|aggiornare|modificare)\\p{L}*\\s+(?:[\\p{L}'’-]+\\s+){0,4}?${STATUS_WORD}(?!\\p{L})`,
    'iu',
  ),
  caseFoldedRegExp(
    `(?<!\\p{L})${STATUS_WORD}(?!\\p{L})[^.;]{0,60}?\\s(?:ändern|setzen|aktualisieren|wechseln|umstellen)(?!\\p{L})`,
    'iu',
  ),
];

/** Whether an action changes a record's status (see STATUS_CHANGE). */
export function changesStatus(action: string): boolean {
  return STATUS_CHANGE.some((re) => re.test(action));
}

/**
 * The record a German status compound names: "Auftragsstatus" → `Auftrag`, "Terminstatus" → `Termin`
 * (the linking -s dropped), or null.
 */
export function statusOwner(action: string): string | null {
  const m = /(?<!\p{L})(\p{L}{3,}?)(s?)status(?!\p{L})/iu.exec(action);
  if (!m) return null;
  return m[2] && m[1]!.length >= 3 ? m[1]! : `${m[1]!}${m[2]!}`;
}

/** `mark a sample as collected` → `collected`. */
const MARK_AS =
  /\b(?:mark|flag|set|marcar|marquer|markieren)\w*\s+(?:[\p{L}'-]+\s+){0,5}?(?:as|como|comme|als)\s+([\p{L}_-]+)/iu;

/**
 * The same where the state comes first or the verb is Italian: `als erledigt markieren`, `als
 * storniert kennzeichnen`, `segnare l'ordine come completato`, `contrassegnare come pagato`.
 */
const MARK_AS_OTHER =
  /(?<!\p{L})als\s+((?:niet\s+)?[\p{L}_-]+)\s+(?:markier|kennzeichn|setz|marker|zet)\p{L}*|(?<!\p{L})(?:segn|contrassegn|marc)a\p{L}*\s+(?:[\p{L}'-]+\s+){0,5}?come\s+([\p{L}_-]+)/iu;

/**
 * The state written straight after the object, with no `as`: "marks appointments completed",
 * "marca las citas completadas", "marque les commandes livrées", "segna le visite completate". The
 * participle (-ed, -ado/-ada, -ido/-ida, -é/-ée, -ato/-ata, -ito/-ita, `paid`, `done`) must close the
 * phrase, so that "mark the booked slots" (an adjective before its noun) names no state.
 */
const MARK_BARE =
  /\b(?:mark|marks|marking|marca|marcar|marque|marquer|segna|segnare)\s+(?:[\p{L}'-]+\s+){1,3}?(\p{L}+(?:ed|ad[oa]s?|[ií]d[oa]s?|é|ée|és|ées|at[oia]|at[ei]|it[oia]|it[ei])|paid|done)\s*(?=$|[,.;:)]|\s(?:and|or|y|o|e|et|ou|when|once|after)\s)/iu;

export function markedState(text: string): string | null {
  const other = MARK_AS_OTHER.exec(text);
  return (
    (MARK_AS.exec(text)?.[1] ?? other?.[1] ?? other?.[2] ?? MARK_BARE.exec(text)?.[1])?.toLowerCase() ?? null
  );
}

/**
 * The English verb of the state a story marks a record as (`mark … as collected` → `collect`,
 * `marcar … como cancelada` → `cancel`, `marquer … comme livrée` → `deliver`, `als erledigt
 * markieren` → `complete`, `segnare … come completato` → `complete`): the participle's verb, else the
 * state action the word is a form of (read/state-verb-words.ts); null when no verb leads to it.
 */
export function markedVerb(text: string): string | null {
  const state = markedState(text);
  if (!state) return null;
  const verbs = stateVerbsNamed(state);
  return verbOf(state) ?? (verbs.length === 1 ? verbs[0]! : null);
}

/**
 * What a report's figures are grouped by, written just before the noun: "hours per site", "horas por
 * sede", "heures par site", "Stunden pro Standort", "ore per sede", "horas por local": the record
 * after it is the grouping, not what the story reads.
 */
const GROUPING =
  /(?:^|[^\p{L}])(?:per|each|by|por|por cada|pour chaque|par|pro|je|nach|para cada|ogni|per ogni)\s+$/iu;
export const groupsBy = (before: string): boolean => GROUPING.test(before);

/**
 * Whether a story's title names a screen of figures, not records: a dashboard ("Monthly dashboard",
 * "Tablero mensual", "Tableau de bord", "Übersicht", "Painel") or a report or statistics ("Monthly
 * report", "Estadísticas", "Statistiques", "Statistiken", "Relatório mensal", "Statistiche").
 */
export function titleOfFigures(title: string | undefined): 'dashboard' | 'analytics' | null {
  if (!title) return null;
  if (DASHBOARD.test(title)) return 'dashboard';
  return REPORT_TITLE.test(title) || ANALYTICS.test(title) ? 'analytics' : null;
}
const REPORT_TITLE = W(
  'reports?|reporting|informes?|reportes?|relatórios?|rapports?|berichte?|auswertung(?:en)?|rapporti|report(?:istica)?|statistiche|estad[íi]sticas|estat[íi]sticas|statistiques|statistiken|statistics|kpis?',
);

/**
 * The criteria of a filter, as a step or story writes them: "filters by site or day", "filtra por sede
 * o día", "filtre par site ou jour", "nach Standort oder Tag filtern", "filtra por local ou dia",
 * "filtra per sede o giorno". They name the FILTERS of the list shown, not what is listed: the records
 * named there are no object of the story. Items are one or two words joined by commas or "or/and" of
 * the six languages; an article ends the list (what follows is the next phrase's object).
 */
const ITEM =
  '(?!(?:the|a|an|el|la|los|las|un|una|le|les|une|des|der|die|das|den|ein|eine|il|lo|gli|o|os|as|um|uma)\\s)[\\p{L}-]+(?:\\s+(?!(?:or|and|o|y|ou|et|oder|und|e|the|a|an|un|una|une|um|uma|ein|eine|by|por|par|per|nach)(?:\\s|$))[\\p{L}-]+)?';
const LIST = `${ITEM}(?:\\s*(?:,|\\s(?:or|and|o|y|ou|et|oder|und|e))\\s+${ITEM})*`;
const FILTER_BY = caseFoldedRegExp(
  `(?<!\\p{L})(?:filter(?:s|ed|ing)?|sort(?:s|ed|ing)?|narrow(?:s|ed|ing)?(?: down)?|filtr(?:a|ar|an|e|er|ent|ando|are|ano|ando)|orden(?:a|ar|an)|trie|trier|ordin(?:a|are))(?:\\s+(?:them|it|the list|the results|results|la lista|los resultados|la liste|les résultats|a lista|os resultados|l['’]elenco|i risultati))?\\s+(?:by|on|por|par|per|pelo|pela)\\s+(${LIST})`,
  'iu',
);
const FILTER_NACH = caseFoldedRegExp(`(?<!\\p{L})nach\\s+(${LIST})\\s+(?:filter|sortier)\\p{L}*`, 'iu');

/** An article opening what follows: the words before it are a verb and its object's start. */
const NEXT_OBJECT =
  /^\s+(?:the|a|an|my|un|una|une|um|uma|le|la|les|el|los|las|il|lo|gli|ein|eine|einen|der|die|das|den|o|os|as)\s/iu;

/** The action without its filter criteria ("filters by site or day and taps a shift" → "filters and taps a shift"). */
export function withoutFilterCriteria(action: string): string {
  const m = FILTER_BY.exec(action) ?? FILTER_NACH.exec(action);
  if (!m) return action;
  const at = m.index + m[0].lastIndexOf(m[1]!);
  let criteria = m[1]!;
  // "… or week and picks a course": a last item an article follows is the next phrase's verb.
  const last = /(?:\s*,|\s(?:and|or|y|o|e|ou|et|und|oder))\s+[\p{L}-]+$/iu.exec(criteria);
  if (last && NEXT_OBJECT.test(action.slice(at + criteria.length))) criteria = criteria.slice(0, last.index);
  return `${action.slice(0, at)}${action.slice(at + criteria.length)}`.replace(/\s+/g, ' ').trim();
}

/**
 * What one registers for, enrols in or signs up for ("register for a course", "enrol in a class",
 * "sign up for a shift", "inscribirse en un curso", "apuntarse a un turno", "s'inscrire à un atelier",
 * "inscrever-se num curso", "sich für einen Kurs anmelden", "iscriversi a un corso"): the words after
 * the verb's preposition, or null. A registration with no such object ("register", "create an account")
 * is an account's.
 */
const ENROL = [
  /(?<!\p{L})(?:register(?:s|ed|ing)?|sign(?:s|ed|ing)? (?:up|on)|enrol(?:l|s|ls|led|ling)?)\s+(?:for|in|on|onto|into|to|at)\s+(\p{L}.*)$/iu,
  /(?<!\p{L})(?:(?:inscribir|registrar|matricular|apuntar)(?:se|me|nos)|(?:me|se|nos) (?:inscrib|registr|matricul|apunt)(?:o|e|a|en|an|imos|amos))\s+(?:en|a|al|para)\s+(\p{L}.*)$/iu,
  /(?<!\p{L})(?:(?:inscrever|registrar|matricular|cadastrar)-(?:se|me)|inscreve-se|(?:se|me) (?:inscrever|matricular|inscreve|matricula|inscrevo|matriculo))\s+(?:em|no|na|nos|nas|num|numa|para)\s+(\p{L}.*)$/iu,
  /(?<!\p{L})(?:[smn]['’]inscri(?:re|t|vent|s|vons)|(?:nous|vous) inscri(?:re|vons|vez)|[sm]['’]enregistrer)\s+(?:à|au|aux|pour|en|dans)\s+(\p{L}.*)$/iu,
  /(?<!\p{L})(?:iscriver(?:si|mi|ti|ci)|(?:si|mi|ti|ci) iscriv(?:e|o|i|iamo|ono)|registrar(?:si|mi))\s+(?:a|al|alla|allo|ai|alle|agli|per|in)\s+(\p{L}.*)$/iu,
  /(?<!\p{L})(?:für|zu|zum|zur)\s+(\p{L}.*?)\s+(?:an(?:zu)?melden|registrieren|einschreiben|eintragen)(?!\p{L})/iu,
  /(?<!\p{L})(?:meldet|melde|registriert|schreibt)\s+sich\s+(?:für|zu|zum|zur)\s+(\p{L}.*?)(?:\s+(?:an|ein))?$/iu,
  // nb "melde meg på en vakt", "melder seg på …"; da "tilmelde mig (til) …".
  /(?<!\p{L})(?:meld(?:e|er)?\s+(?:meg|seg|oss)\s+på|tilmeld(?:e|er)?\s+(?:mig|sig|os)(?:\s+til)?)\s+(\p{L}.*)$/iu,
];
/**
 * What one withdraws from ("sich von einer Veranstaltung abmelden", "zich afmelden voor een
 * workshop", "se désinscrire d'un atelier", "darse de baja de un curso", "unregister from a
 * course", "cancellarsi da un corso"): the words after the preposition, or null. Signing out of the
 * app, the account or the system stays the account's logout.
 */
const WITHDRAW = [
  /(?<!\p{L})(?:von|aus)\s+(\p{L}.*?)\s+ab(?:zu)?melden(?!\p{L})/iu,
  /(?<!\p{L})meldet\s+sich\s+(?:von|aus)\s+(\p{L}.*?)\s+ab$/iu,
  /(?<!\p{L})afmelden\s+(?:voor|van)\s+(\p{L}.*)$/iu,
  /(?<!\p{L})(?:voor|van)\s+(\p{L}.*?)\s+afmelden(?!\p{L})/iu,
  /(?<!\p{L})(?:unregister|withdraw|deregister)(?:s|ed|ing)?\s+from\s+(\p{L}.*)$/iu,
  /(?<!\p{L})(?:[smn]['’]|(?:nous|vous)\s+)?désinscri(?:re|t|s|vons|vez)\s+(?:de|du|des|d['’])\s*(\p{L}.*)$/iu,
  /(?<!\p{L})(?:dar(?:se|me)|(?:me|se)\s+d(?:oy|a))\s+de\s+baja\s+(?:de|del|en)\s+(\p{L}.*)$/iu,
  /(?<!\p{L})(?:cancellar(?:si|mi)|disiscriver(?:si|mi))\s+(?:da|dal|dalla|a|al|alla)\s+(\p{L}.*)$/iu,
  /(?<!\p{L})(?:desinscrever-(?:se|me)|cancelar (?:a|minha) inscrição)\s+(?:de|do|da|em|no|na)\s+(\p{L}.*)$/iu,
  // nb "melde seg av en vakt"; da "afmelde sig (fra) …".
  /(?<!\p{L})(?:meld(?:e|er)?\s+(?:meg|seg|oss)\s+av|afmeld(?:e|er)?\s+(?:mig|sig|os)(?:\s+fra)?)\s+(\p{L}.*)$/iu,
];
/** What signing out leaves: the app, the account, the system (never a record one withdraws from). */
const ACCOUNT_PLACE =
  /^(?:(?:der|die|dem|das|ein|einen|einem|mein|meinem|the|an?|my|free|new|la|le|l['’]|el|un|une|una|um|uma|o|de|het|een|mijn|il|lo|mon|mi|meu|minha|mio|mia)\s+){0,2}(?:app|application|aplicación|aplicação|applicazione|applicatie|konto|account|cuenta|conta|compte|system|sistema|système|systeem|plattform|platform|plataforma|plateforme|piattaforma|portal|portail|portale|website|site|sitio|sessions?|sitzung|sesión|sessão|sessione|sessie)\b/iu;

/** Whether an action signs up for, or withdraws from, a record rather than the account. */
function participates(action: string): boolean {
  const own = ownClause(action).trim();
  const object = enrolObject(own) ?? WITHDRAW.map((re) => re.exec(own)?.[1]).find((x) => x !== undefined);
  return object !== undefined && !ACCOUNT_PLACE.test(object.trim());
}

export function enrolObject(action: string): string | null {
  for (const re of ENROL) {
    const m = re.exec(action.trim());
    if (m?.[1]) return m[1].trim();
  }
  return null;
}

/**
 * What one books or reserves, when the phrase opens with the booking verb ("book a slot", "reserve a
 * class", "reservar un turno", "réserver un créneau", "reservar uma aula", "einen Termin buchen",
 * "prenotare un turno", "een baan reserveren"): the words of its object, or null. Booking a thing
 * that is not itself the booking (a slot, a session, a class) makes the record of that booking,
 * as registering for it does (extract/stories.ts decides from the model's keys).
 */
const BOOK_FIRST =
  /^(?:book(?:s|ing)?|reserv(?:e|es|ing)|reserv(?:ar|a|an|o|amos)|réserv(?:er|e|es|ent|ons|ez)|buch(?:en|t|e)|reservier(?:en|t|e)|prenot(?:are|a|ano|o|iamo)|reserveer|reserveert|boek(?:t|en)?|(?:za)?rezerwować|zarezerwuj|(?:за)?бронировать|(?:за)?резервировать)\s+(\p{L}.*)$/iu;
/** German, Dutch and Turkish put the verb last ("einen Platz buchen", "bir matkabı rezerve etmek istiyorum"). */
const BOOK_LAST =
  /^(\p{L}.*?)\s+(?:buchen|reservieren|reserveren|boeken|(?:rezerve|rezervasyon) (?:etmek|yapmak)(?: istiyorum)?)$/iu;
/**
 * The names a model gives its booking record, as words (`words(name)`): "appointment", "booking",
 * "reservation", "reserva", "réservation", "Buchung", "Termin", "agendamento", "prenotazione",
 * "reservering", "rezerwacja", "бронирование", "бронь".
 */
const BOOKING_NAME =
  /^(?:appointment|booking|reservation|reserva|réservation|rendez vous|buchung|termine?|agendamento|consulta|prenotazione|reservering|boeking|afspraak|rezerwacja|бронирование|бронь)$/iu;

/**
 * The model's one booking record, when the action opens with a booking verb ("забронировать
 * переговорную", "zarezerwować salę", "book a table"): what is booked (the room, the table) is what
 * the booking refers to, and the record made is the booking. Null when no verb books or the model has
 * no single booking record.
 */
/**
 * The words Polish and Russian write for a booking ("rezerwacja", "бронирование", "бронь"), each
 * declined in prose ("отменить своё бронирование", "подтвердить бронирование переговорной"): the
 * names of the model's one booking record, found inflected (read/inflected-names.ts). English and the
 * Romance languages name it by its own entity name (`Booking`, `Reserva`), matched whole.
 */
const DECLINED_BOOKING_WORDS = ['rezerwacja', 'бронирование', 'бронь'];
export function bookingNames(
  entities: readonly { name: string; words: string }[],
): { entity: string; name: string }[] {
  const hits = entities.filter((e) => BOOKING_NAME.test(e.words));
  return hits.length === 1 ? DECLINED_BOOKING_WORDS.map((name) => ({ entity: hits[0]!.name, name })) : [];
}

export function bookingRecord(
  action: string,
  entities: readonly { name: string; words: string }[],
): string | null {
  if (bookedObject(action) === null) return null;
  const hits = entities.filter((e) => BOOKING_NAME.test(e.words));
  return hits.length === 1 ? hits[0]!.name : null;
}

export function bookedObject(action: string): string | null {
  const text = action.trim();
  const m = BOOK_FIRST.exec(text) ?? BOOK_LAST.exec(text);
  return m?.[1]?.trim() ?? null;
}

/** Account steps, served by the authentication routes. */
export type AuthStep = 'register' | 'login' | 'logout' | 'reset' | 'sign-in-link';
/** A route's account step, which may also be a code's exchange or a token's renewal. */
export type RouteAuthStep = AuthStep | 'sign-in-verify' | 'refresh';

const AUTH: { step: AuthStep; re: RegExp }[] = [
  {
    step: 'register',
    re: V(
      "register(?! (?:a|an|the|new) )|sign up|create an account|registrarse|crear una cuenta|s'inscrire|créer un compte|registrieren|konto anlegen|cadastrar-se|criar uma conta|registrarsi|iscriversi|creare un account|zarejestrować się|założyć konto|utworzyć konto|зарегистрироваться|создать аккаунт|registreren als lid|account aanmaken",
    ),
  },
  {
    step: 'login',
    re: V(
      "log ?in|sign ?in|iniciar sesión|se connecter|(?:me|nous) connecter|(?:m['’]|nous )identifier|conectarme|identificarme|conectar-me|logar|(?:mich |uns )?(?:anmelden|einloggen)|entrar|fazer login|autenticarsi|autenticarmi|collegarmi|fare login|effettuare (?:il )?login|inloggen|aanmelden|zalogować się|войти|авторизоваться",
    ),
  },
  {
    step: 'logout',
    re: V(
      'log ?out|sign ?out|cerrar sesión|se déconnecter|abmelden|sair|disconnettersi|uitloggen|afmelden|sessie beëindigen|wylogować się|выйти',
    ),
  },
  // A passwordless sign-in's two steps: sending the one-time link or code, and exchanging it for a
  // session ("envia o link mágico para o e-mail", "troca o token do link por uma sessão").
  {
    step: 'sign-in-link',
    re: V(
      "(?:sends?|e-?mails?|envia|envía|envoie|sendet|verschickt|invia|stuurt|verstuurt|verzendt)[^;,(:]{0,30}(?:link|enlace|lien|code|código|codice|einmalcode)|(?:magic[- ]?link|inloglink|inlogcode) aanvragen|(?:requests?|request for|demande|solicitud|solicitar|pedido|pedir|anforderung|anfordern|richiesta|richiedere)(?: (?:a|an|d['’]un|d['’]une|de|un|una|um|uma|eines|einen|di))?\\s*(?:magic[- ]?link|sign-in link|login link|lien magique|lien de connexion|enlace mágico|link mágico|magic-link|magischen link|link magico)",
    ),
  },
  {
    step: 'login',
    re: V(
      '(?:exchanges?|swaps?|trades?|troca|canjea|intercambia|échange|tauscht|scambia)[^;,(:]{0,40}(?:sessions?|sessão|sesión|sitzung|sessione)|(?:verify|verifies|check|checks|vérifie|vérifier|verifica|verificar|prüft|prüfen|verifieert|xác minh|xác thực) (?:the |an? |le |la |el |o |den |de |il |mã )?(?:OTP|one-time code|sign-in code|login code|code OTP|código OTP|codice OTP|einmalcode)|(?:(?:link|token) )?inwisselen[^;,(:]{0,40}sessie\\p{L}*|open(?:s|ing)? (?:a |the )?session|ouverture (?:de|d[eu] la) session|apertura de (?:la )?sesión|abertura (?:de|da) sessão|sitzung (?:öffnen|eröffnen)|eröffnung der sitzung|apertura (?:della |di )?sessione',
    ),
  },
  {
    step: 'reset',
    re: V(
      'reset (?:a |my |their )?(?:forgotten )?password|restablecer|réinitialiser|zurücksetzen|redefinir|reimpostare (?:la )?password|wachtwoord (?:herstellen|resetten)|zresetować hasło|сбросить пароль|восстановить пароль',
    ),
  },
];

/**
 * The account step a stated route's description opens with (`| POST | /volunteers | public |
 * register |` → `register`): that route serves the story's sign-up, not the identity provider.
 */
/**
 * Account steps only a route's description names: "Envia el codi d'un sol ús per SMS", "Verifica el
 * codi i retorna els tokens" (the exchange of a passwordless sign-in), "Renova el token d'accés",
 * "Refreshes the access token".
 */
const ROUTE_AUTH: { step: RouteAuthStep; re: RegExp }[] = [
  { step: 'sign-in-link', re: V("envia (?:el |l['’]|un )?(?:codi|enllaç)") },
  { step: 'sign-in-verify', re: V('verifica (?:el |un )?codi') },
  {
    step: 'refresh',
    re: V(
      'renova (?:el )?token|refresh(?:es)? (?:the |an? )?(?:access )?tokens?|renueva (?:el )?token|renova o token|rafraîchit (?:le )?jeton|erneuert (?:das )?token',
    ),
  },
];

export function describedAuthStep(description: string | undefined): RouteAuthStep | null {
  const first = (description ?? '')
    .trim()
    .toLowerCase()
    .split(/[;,(:]/)[0]!
    .trim();
  if (!first) return null;
  return AUTH.find((a) => a.re.test(first))?.step ?? ROUTE_AUTH.find((a) => a.re.test(first))?.step ?? null;
}

/** A script written without spaces between words (kana, CJK ideographs, Hangul). */
const UNSPACED = /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}\p{Script=Hangul}\p{Script=Thai}]/u;

/**
 * The verbs of ja, zh, ko and th stories, matched inside the text ("簡単にログインして…", "地域の投稿を
 * 閲覧できる", "查看订单", "예약을 취소하다", "ยกเลิกการจองของฉัน"): account steps first (they answer
 * alone), then the rest.
 */
const UNSPACED_AUTH: { step: 'register' | 'login' | 'logout' | 'reset'; re: RegExp }[] = [
  { step: 'logout', re: /ログアウト|サインアウト|登出|退出登录|로그아웃|ออกจากระบบ/u },
  { step: 'login', re: /ログイン|サインイン|登录|登入|로그인|เข้าสู่ระบบ|ล็อกอิน/u },
  { step: 'register', re: /会員登録|新規登録|アカウント(?:を)?作成|注册|회원\s?가입|สมัครสมาชิก/u },
  { step: 'reset', re: /パスワード(?:を)?(?:リセット|再設定)|重置密码|비밀번호\s?(?:재설정|초기화)/u },
];
const UNSPACED_INTENTS: [Intent, RegExp][] = [
  [{ kind: 'state', verb: 'check-in' }, /チェックイン|签到|체크인|เช็คอิน|เช็กอิน/u],
  // "리포트를 내려받고 싶다", "レポートをダウンロードしたい", "下载报表": a file of the records.
  [
    { kind: 'export', pdf: false, many: false },
    /내려받|다운로드|ダウンロード|エクスポート|下载|导出|ดาวน์โหลด|ส่งออก/u,
  ],
  // "無断キャンセルとして記録したい": recording a no-show (爽约, 노쇼), a state action of its own.
  [{ kind: 'state', verb: 'no-show' }, /無断キャンセル|爽约|노쇼/u],
  // "無断キャンセル" is a no-show, not a cancellation the user makes.
  [{ kind: 'state', verb: 'cancel' }, /(?<!無断)キャンセル|取り消|取消|취소|ยกเลิก/u],
  // Thai "อนุมัติหรือปฏิเสธ" (approve or reject), "ปิดวันตลาด" (close a market day): state actions.
  [{ kind: 'state', verb: 'approve' }, /อนุมัติ/u],
  [{ kind: 'state', verb: 'reject' }, /ปฏิเสธ/u],
  [{ kind: 'state', verb: 'close' }, /(?<!เ)ปิด(?!บัญชี)/u],
  [{ kind: 'search' }, /検索|絞り込|搜索|查找|筛选|검색|ค้นหา/u],
  // "确认收货": confirming receipt is the order's state action; "停用…账号": an account deactivated.
  [{ kind: 'state', verb: 'confirm' }, /确认(?!交付)/u],
  [{ kind: 'deactivate' }, /停用|禁用/u],
  // "정지를 해제하고 싶다": lifting a suspension (a block, a lock) restores the record.
  [{ kind: 'state', verb: 'restore' }, /(?:정지|차단|잠금)(?:을|를)?\s*해제/u],
  [
    { kind: 'create' },
    // "发布闲置物品" posts a listing, "下单" places an order, "举报…商品" files a report, "收藏…商品"
    // keeps a favourite: each makes a record.
    /作成|追加|登録|投稿する|予約(?:する|したい|します|して)|创建|添加|新建|提交|预订|发布|下单|举报|收藏|생성|등록|추가|작성|예약하|จอง|สร้าง|เพิ่ม/u,
  ],
  [{ kind: 'update' }, /編集|更新|変更|設定|编辑|修改|设置|수정|변경|편집|설정|แก้ไข/u],
  [{ kind: 'delete' }, /削除|删除|삭제|ลบ/u],
  // "在一个列表里看到…": seeing (看到) is a view too.
  [{ kind: 'view' }, /閲覧|表示|確認|一覧|見る|見たい|查看|看到|浏览|显示|조회|열람|확인|보기|ดู(?!แล)/u],
];

/**
 * The noun a Korean or Japanese story marks as the verb's object: the word before 을/를 ("담당
 * 시설의 휴관일을 등록하고 싶다" → 휴관일, not the facility that owns it), or the run of kanji and
 * katakana before を ("来院した飼い主の予約をチェックインしたい" → 予約); null when none is marked.
 */
export function markedObject(text: string): string | null {
  const ko = /(\p{sc=Hangul}+)(?:을|를)(?=\s|$)/u.exec(text);
  if (ko) return ko[1]!;
  const ja = /([\p{sc=Han}\p{sc=Katakana}\u30fc]+)を/u.exec(text);
  return ja ? ja[1]! : null;
}

function unspacedIntents(t: string): Intent[] {
  const auth = UNSPACED_AUTH.find((a) => a.re.test(t));
  if (auth) return [{ kind: 'auth', step: auth.step }];
  return UNSPACED_INTENTS.filter(([, re]) => re.test(t)).map(([i]) => i);
}

const JOIN =
  /\s*(?:,|;|\band then\b|\band\b|\bor\b|\by\b|\bo\b|\bet\b|\bou\b|\bund\b|\boder\b|\be\b|\bof\b(?= \p{L}+en\b)|\boch\b|\bog\b|\beller\b)\s+/giu;
/**
 * Polish and Russian coordinators ("zatwierdzić lub odrzucić wniosek oraz umówić wizytę", "подтвердить
 * или отклонить бронь"): whole words (`\b` sees no Cyrillic or Polish letter). Polish "i" only in a
 * Polish phrase: it is also an Italian article ("gestire i turni").
 */
/**
 * Dutch "en" (and) joins two verbs ("bekijken en downloaden"); in Danish, Norwegian and Swedish "en"
 * is the article of the object ("se en hals kalender", "låse en hal"): split on it only in a Dutch
 * action.
 */
const JOIN_DUTCH_EN = /\s+en\s+/giu;
const JOIN_OTHER = /\s*(?<!\p{L})(?:oraz|lub|albo|или|либо|а также|и|και|ή)(?!\p{L})\s+/giu;
const JOIN_POLISH_I = /\s+i\s+/giu;
/** Letters and words only Polish writes among the languages read (a phrase's "i" is then "and"). */
const POLISH = /[ąćęłńśźż]|(?<!\p{L})(?:się|oraz|lub|chcę|dla|przez|aby|żeby)(?!\p{L})/iu;

/**
 * Whether a text is written in a language that declines its nouns among those the stories are read
 * in (Polish, Russian, Ukrainian): its object noun is a case form ("креаторов", "wniosku"), never a
 * name a route could be spelled from.
 */
/**
 * A first-person possessive or "own" before the thing acted on, in the languages read: the actor
 * acts on a record of their own ("annuler ma réservation", "cancel my booking", "meine Buchung
 * stornieren", "anular mi reserva", "säga upp mitt arrende", "отменить свою бронь", "내 예약을
 * 취소하고 싶다", "取消我的订单", "自分の予約をキャンセルしたい"). Only the words, never a suffix.
 */
const OWN_WORD =
  /(?<!\p{L})(?:my|mine|own|ma|mon|mes|propres?|mi|mis|propi[oa]s?|meu|minha|meus|minhas|própri[oa]s?|mein(?:e|en|em|er|es)?|eigen(?:e|en|er|es|em)?|mio|mia|miei|mie|propri[oaie]|mijn|mój|moj(?:a|e|ą|ego|ej|ich|im)|swój|swoj(?:a|e|ą|ego|ej|ich|im)|min|mitt|mina|egen|eget|egna|oma(?:t|a|ni|ani)?|мой|моя|моё|мое|мои|мою|моего|моей|моих|свой|свою|своё|свое|свои|своего|своей|своих|kendi|benim|내|나의)(?!\p{L})|我的|自己的|自分の|私の/iu;

export const actsOnOwn = (action: string): boolean => OWN_WORD.test(action);

export const declinedLanguage = (text: string): boolean =>
  /\p{Script=Cyrillic}/u.test(text) || POLISH.test(text);
const ADVERB =
  /^(?:(?:easily|quickly|safely|securely|simply|also|then|always|directly|immediately|accurately|independently|manually|be able to|able to|to|να|să|sǎ|îmi|îi)\s+)+/iu;

/** The verb phrases of an action: its start and what follows each comma or conjunction. */
export function verbPhrases(action: string): string[] {
  const phrases = action
    .toLowerCase()
    .replace(/\([^)]*\)/g, ' ')
    .replace(/[.;:!]+\s*$/, '')
    .split(JOIN)
    .flatMap((p) => p.split(JOIN_OTHER))
    .flatMap((p) => (DUTCH.test(action) ? p.split(JOIN_DUTCH_EN) : [p]))
    .flatMap((p) => (POLISH.test(action) ? p.split(JOIN_POLISH_I) : [p]))
    .flatMap((p) => (CZECH.test(action) ? p.split(JOIN_CZECH) : [p]))
    .map((p) => p.replace(ADVERB, '').trim())
    .filter((p) => p.length > 0);
  if (TURKISH_WISH.test(action)) return phrases.map(turkishVerbFirst);
  if (CZECH.test(action)) return phrases.map(czechVerbFirst);
  return DUTCH.test(action) ? phrases.map(verbFirst) : phrases;
}

/** A Turkish wish closing a story's action ("… rezerve etmek istiyorum"): its verb comes last. */
const TURKISH_WISH = /(?<!\p{L})(?:istiyorum|isterim|istiyoruz|isteriz)(?!\p{L})/iu;
/** A Turkish infinitive at a phrase's end, with the noun of a light verb ("rezerve etmek", "iptal etmek"). */
const TURKISH_INFINITIVE =
  /(?:^|\s)((?:[\p{L}]+\s+)?(?:etmek|etmeyi|yapmak|almak|vermek)|[\p{L}]+(?:mek|mak))$/u;

/**
 * "bir matkabı hafta sonu için rezerve etmek istiyorum": the wish goes, and the infinitive before it
 * opens the phrase, as the verbs of the other languages do ("rezerve etmek bir matkabı …").
 */
function turkishVerbFirst(phrase: string): string {
  const bare = phrase.replace(/\s*(?:istiyorum|isterim|istiyoruz|isteriz)\s*$/iu, '').trim();
  const m = TURKISH_INFINITIVE.exec(bare);
  if (!m) return bare;
  const verb = m[1]!;
  // A light verb keeps its noun only when that noun is part of the verb's lexicon entry (tested below).
  const light = /^(\p{L}+)\s+(etmek|etmeyi|yapmak|almak|vermek)$/u.exec(verb);
  const head = light && !ANY_VERB.some((re) => re.test(verb)) ? light[2]! : verb;
  const rest = bare.slice(0, bare.length - head.length).trim();
  return `${head} ${rest}`.trim();
}

/**
 * Czech text: letters only Czech (and Slovak) writes among the languages read, a háček or a kroužek
 * ("zrušit", "vidět", "přehled", "svůj"; Polish writes ś, ż, ć and Turkish ş, never these), or one of
 * its infinitives the lists read ("objednat svoz a rovnou zaplatit kartou").
 */
const CZECH_VERB = W(Object.values(CS).join('|'));
const CZECH = { test: (text: string) => /[ěřůťďňčšž]/iu.test(text) || CZECH_VERB.test(text) };
/** Czech "a" (and), "nebo", "či" (or): a Portuguese or Spanish "a" is an article, so only in Czech text. */
const JOIN_CZECH = /\s+(?:a|nebo|či|anebo)\s+/giu;

/**
 * Czech orders words freely: the object or an adverbial may stand before the infinitive ("objednávku
 * zrušit", "u zastávky jedním tlačítkem potvrdit vyzvednutí", "den předem dostat SMS"). When the
 * phrase does not open with a verb of the lists, its first infinitive that is one (-t, -ti) moves to
 * the front, as the other languages write it ("zrušit objednávku").
 */
function czechVerbFirst(phrase: string): string {
  const words = phrase.split(/\s+/);
  if (ANY_VERB.some((re) => re.test(phrase))) return phrase;
  const i = words.findIndex((w, n) => n > 0 && /(?:t|ti)$/u.test(w) && ANY_VERB.some((re) => re.test(w)));
  return i > 0 ? [words[i], ...words.slice(0, i), ...words.slice(i + 1)].join(' ') : phrase;
}

/** Words only Dutch writes among the seven languages: its phrases put the infinitive after the object. */
const DUTCH =
  /(?<!\p{L})(?:een|het|mijn|onze|zijn|haar|eigen|wil|ik|welke|zien|bekijken|inzien|aanmaken|toevoegen|reserveren|boeken|plannen|wijzigen|bewerken|verwijderen|annuleren|opzeggen|versturen|sturen|betalen|blokkeren|markeren|beheren|zoeken)(?!\p{L})/iu;
/** Every verb list a phrase can open with, built once (verbFirst asks per word of every Dutch phrase). */
const ANY_VERB: readonly RegExp[] = [
  CREATE,
  VIEW,
  SEARCH,
  UPDATE,
  DELETE,
  MANAGE,
  DEACTIVATE_VERB,
  OPEN,
  ...STATE_RES.map((x) => x.re),
];

/**
 * Dutch writes the infinitive after its object ("een baan reserveren voor mezelf", "een reservering
 * als niet verschenen markeren"): the first word ending in -en that is a verb of the lists moves to
 * the front, so the phrase reads as the other languages write it ("reserveren een baan …").
 */
function verbFirst(phrase: string): string {
  const words = phrase.split(/\s+/);
  const i = words.findIndex((w, n) => n > 0 && /en$/.test(w) && ANY_VERB.some((re) => re.test(w)));
  return i > 0 ? [words[i], ...words.slice(0, i), ...words.slice(i + 1)].join(' ') : phrase;
}

/**
 * "navigate from a conversation to the customer's record": what the user goes to is the object, not
 * where they start (en, es, pt, fr, de). Returns the action unchanged for other wordings.
 */
/**
 * The action's own clause: a second sentence or a clause after a semicolon says what follows from it
 * ("cancel shifts. Cancelling a shift notifies every signed-up volunteer", "publish the week;
 * volunteers can now see the shifts"), and the records it names are not what the actor acts on.
 */
export function ownClause(action: string): string {
  const m = /(?<!\b(?:e\.g|i\.e|etc|vs|z\.B|p\.ex|ex))(?:\.\s+(?=\p{Lu})|;\s+)/u.exec(action);
  return m && m.index > 0 ? action.slice(0, m.index) : action;
}

/**
 * A time reference: "(up to) 24 hours before the slot", "jusqu'à 24 heures avant le créneau",
 * "hasta 24 horas antes del turno", "até 24 horas antes da consulta", "bis 24 Stunden vor dem Termin",
 * "fino a 24 ore prima del turno", and the bare "before the slot", "avant le créneau", "antes del
 * turno", "vor dem Termin", "prima del turno". The record after the preposition says when, not what
 * the actor acts on: "cancel up to 24 hours before the slot" cancels the booking, never the slot.
 * German "nach" is left out: it also reads "by" ("nach Datum filtern").
 */
const TIME_REFERENCE = new RegExp(
  [
    "(?<!\\p{L})(?:(?:up to|until|no later than|at least|at the latest|jusqu['’]à|au plus tard|au moins|hasta|como máximo|al menos|até|no máximo|pelo menos|bis(?: zu)?|spätestens|mindestens|fino a|entro|almeno)\\s+)?",
    '(?:\\d+(?:[.,]\\d+)?\\s*(?:hours?|h|days?|weeks?|minutes?|mins?|horas?|días?|dias?|semanas?|minutos?|heures?|jours?|semaines?|stunden|tage?n?|wochen|minuten|ore|giorni|settimane|minuti)\\s+)?',
    '(?:before|after|prior to|ahead of|avant|après|antes|después|depois|vor|prima|dopo)',
    "\\s+(?:(?:de|of)\\s+)?(?:(?:the|its|their|a|an|my|le|la|les|du|des|de la|son|sa|ses|leur|el|del|de los|de las|do|da|dos|das|dem|der|den|des|einem|einer|seinem|ihrem|il|lo|dello|della|dei|degli|delle|di)\\s+|(?:l|de l|dell)['’]\\s*)",
    "\\p{L}[\\p{L}'’-]*",
  ].join(''),
  'giu',
);

/** The action without what its time references name ("annuler jusqu'à 24 heures avant le créneau" → "annuler"). */
export function withoutTimeReference(action: string): string {
  return action.replace(TIME_REFERENCE, ' ').replace(/\s+/g, ' ').trim();
}

/**
 * The sentence with its time references blanked out, letter for letter (offsets found in it hold
 * in the sentence): a permission sentence grants nothing on the record that only says when.
 */
export function blankTimeReferences(text: string): string {
  return text.replace(TIME_REFERENCE, (m) => ' '.repeat(m.length));
}

export function navigationTarget(action: string): string {
  const m =
    /\b(?:navigate|go|navegar|ir|naviguer|aller|navigieren|wechseln)\s+(?:back\s+)?(?:from|desde|de|depuis|von)\s+.+?\s+(?:to|a|hasta|para|à|vers|zu|zur|zum)\s+(.+)$/iu.exec(
      action,
    );
  if (m) return m[1]!;
  // German puts the verb last: "von der Kundenakte zu den Gesprächen navigieren".
  const de = /\bvon\s+.+?\s+(?:zu|zur|zum)\s+(.+?)\s+(?:navigieren|wechseln|gehen)$/iu.exec(action);
  return de ? de[1]! : action;
}

/**
 * English forms of the state verbs that do not open with the canonical verb itself: "resend" is the
 * send action, "finish" the complete one. A form that opens with the verb ("cancelled", and the
 * Spanish "cancelar" alike) needs no word of its own: the catalog's translation of the verb says it.
 */
const ENGLISH_STATE_FORMS = /^(?:re\p{L}+|move|finish|authori[sz]e|check|rate)$/iu;

/** Italian present forms the state verbs list, as the infinitive a table of actions writes. */
const INFINITIVE: Readonly<Record<string, string>> = {
  annulla: 'annullare',
  approva: 'approvare',
  conferma: 'confermare',
  chiude: 'chiudere',
};

/**
 * The verb a story writes for a state action, as written ("betalen", "pagare", "opzeggen"), when it
 * is no English form of the canonical verb: the spec names the action with the documents' own word.
 * One word only; a verb written with its particle apart ("sagt … ab") has none.
 */
function statedWord(
  verb: string,
  phrases: readonly string[],
  re: RegExp,
  german: boolean,
): string | undefined {
  for (const p of phrases) {
    const m = re.exec(p) ?? (german ? re.exec(p.split(/\s+/).pop() ?? '') : null);
    if (!m) continue;
    const word = m[0].trim().toLowerCase();
    if (!/^\p{L}+$/u.test(word)) return undefined;
    if (word.startsWith(verb.split('-')[0]!) || ENGLISH_STATE_FORMS.test(word)) return undefined;
    return INFINITIVE[word] ?? word;
  }
  return undefined;
}

/** The intents of one story's action, in the order a reader would list them (deduplicated). */
export function intentsOf(action: string): Intent[] {
  let known = intentsKnown.get(action);
  if (known === undefined) {
    if (intentsKnown.size >= INTENTS_KEPT) intentsKnown.clear();
    known = readIntents(action);
    intentsKnown.set(action, known);
  }
  // Copies: callers keep the intents in the Domain.
  return known.map((i) => ({ ...i }));
}

/**
 * The intents read per action (a pure function of it): the extractor asks again for an action it
 * read before (about half of 2,000 questions on a 1,000-entity project), and each answer tries
 * dozens of patterns. Bounded; the documents' vocabulary bounds it in practice.
 */
const intentsKnown = new Map<string, Intent[]>();
const INTENTS_KEPT = 20_000;

function readIntents(action: string): Intent[] {
  const t = action.toLowerCase();
  const phrases = verbPhrases(action);
  // German puts the infinitive last ("eine Buchung anlegen"): a phrase's last word is its verb too.
  const german =
    /\b(ein|eine|einen|der|die|das|den|dem|mein|meine|meinen|seine|seinen|ihre|ihren|unsere|eigene|eigenen|ich|mich|sich|uns|ohne|sie|für|mit|und|alle|werden|wird|zum|zur|vom|im|am|als|bei|nach|wenn|oder|een|het|mijn|onze|eigen|voor|met|worden|wordt|bij|van|op|naar)\b/.test(
      t,
    );
  const opens = (re: RegExp) =>
    phrases.some((p) => re.test(p) || (german && re.test(p.split(/\s+/).pop() ?? '')));
  const lastWord = (p: string) => p.split(/\s+/).pop() ?? '';
  const out: Intent[] = [];
  const push = (i: Intent) => {
    if (!out.some((o) => JSON.stringify(o) === JSON.stringify(i))) out.push(i);
  };
  // "mich zu einer Lesung anmelden", "register for a workshop", "mich von einer Veranstaltung
  // abmelden": one signs up for or withdraws from a record, not into or out of the account.
  const auth = participates(action) ? undefined : AUTH.find((a) => opens(a.re));
  if (auth) {
    push({ kind: 'auth', step: auth.step });
    return out;
  }
  // Japanese, Chinese and Korean write no space between words: their verbs are read anywhere.
  if (UNSPACED.test(t)) return unspacedIntents(t);
  if (DASHBOARD.test(t)) push({ kind: 'dashboard' });
  else if (ANALYTICS.test(t) && VIEW.test(t)) push({ kind: 'analytics' });
  // "order a test panel": the verb to order is a create (the noun is matched as an entity).
  if (phrases.some((p) => /^(?:order|place an order)\b/.test(p))) push({ kind: 'create' });
  if (EXPORT.test(t)) push({ kind: 'export', pdf: PDF.test(t), many: MANY.test(t) });
  if (opens(SETTINGS_VERB) || (SETTINGS_NOUN.test(t) && (opens(UPDATE) || opens(VIEW))))
    push({ kind: 'settings' });
  // "creare, spostare e annullare le visite": a bare verb shares the object of the last phrase.
  const tail = phrases.length > 1 ? phrases[phrases.length - 1]!.split(/\s+/).slice(1).join(' ') : '';
  const withObject = (p: string) => (tail && !/\s/.test(p) ? `${p} ${tail}` : p);
  const opensState = (re: RegExp) =>
    opens(re) || (tail !== '' && phrases.some((p) => re.test(withObject(p))));
  // No state verb opens any phrase (as written, with the shared object, or German's last word):
  // none of the patterns below can match, and no phrase is a check-in or a stated action.
  const anyState = phrases.some(
    (p) =>
      ANY_STATE_VERB.test(p) ||
      (tail !== '' && ANY_STATE_VERB.test(withObject(p))) ||
      (german && ANY_STATE_VERB.test(lastWord(p))),
  );
  for (const s of anyState ? STATE_RES : [])
    if (opensState(s.re)) {
      const word = statedWord(s.verb, phrases, s.re, german);
      push(word ? { kind: 'state', verb: s.verb, word } : { kind: 'state', verb: s.verb });
    }
  // "Registrar llegada", "Enregistrer l'arrivée" are a check-in: their phrase asks for no new record.
  const stateOnly = !anyState
    ? []
    : phrases.filter((p) => STATE_RES.some((s) => s.verb === 'check-in' && s.re.test(p)));
  if (opens(DEACTIVATE_VERB)) push({ kind: 'deactivate' });
  const applying = phrases.filter((p) => APPLY_FOR.test(p));
  if (phrases.some((p) => !applying.includes(p) && (SEARCH.test(p) || (german && SEARCH.test(lastWord(p))))))
    push({ kind: 'search' });
  if (
    applying.length > 0 ||
    phrases.some(
      (p) =>
        !stateOnly.includes(p) && (CREATE.test(p) || (german && CREATE.test(p.split(/\s+/).pop() ?? ''))),
    )
  )
    push({ kind: 'create' });
  // "open a ticket" creates it when the ticket is an entity; "open the app" shows the app.
  const opening = phrases.filter((p) => OPEN.test(p) || (german && OPEN.test(lastWord(p))));
  // A record is opened new ("open a ticket", "aprire una segnalazione", "ein Konto eröffnen"); the
  // one a narrated step opens is known already ("Le technicien ouvre la mission"): a view of it.
  const screens = opening.filter(
    (p) =>
      OPENED_SCREEN.test(p.replace(/^\S+/, '')) ||
      KNOWN_RECORD.test(p) ||
      !(
        OPENS_NEW.test(p.replace(/^\S+\s*/, '')) ||
        // A bare plural ("apre segnalazioni", "opens tickets"): the records one opens, habitually.
        BARE_PLURAL.test(p.replace(/^\S+\s*/, '')) ||
        (german && (ESTABLISH.test(lastWord(p)) || GERMAN_NEW.test(p)))
      ),
  );
  const composes = (p: string) =>
    COMPOSE.test(p) ||
    (german && COMPOSE.test(p.split(/\s+/).pop() ?? '')) ||
    (opening.includes(p) && !screens.includes(p));
  if (!out.some((i) => i.kind === 'create') && phrases.some(composes))
    push({ kind: 'create', composed: true });
  // "den Auftragsstatus ändern": the status moves by its action, the record is not edited.
  // A phrase a state verb opened asks for that action only: "spostare una visita a un altro orario"
  // is the reschedule, not also an edit of the visit.
  const stated = !anyState
    ? []
    : phrases.filter((p) =>
        STATE_RES.some((s) => s.re.test(withObject(p)) || (german && s.re.test(lastWord(p)))),
      );
  const edits = phrases.some(
    (p) =>
      !stated.includes(p) &&
      !applying.includes(p) &&
      (UPDATE.test(p) || (german && UPDATE.test(lastWord(p)))),
  );
  if (!markedState(t) && changesStatus(t)) push({ kind: 'state', verb: 'status' });
  else if (edits || markedState(t)) push({ kind: 'update' });
  if (opens(DELETE)) push({ kind: 'delete' });
  if (opens(MANAGE)) push({ kind: 'manage' });
  // A dashboard or a statistic is what the story reads: not a list of the records it counts.
  // Choosing a value of the record one composes ("montar um pré-pedido … e escolher o horário de
  // retirada") reads nothing: only the phrases that view something else count then.
  const creates = out.some((i) => i.kind === 'create');
  const viewing = phrases.filter((p) => VIEW.test(p) || (german && VIEW.test(p.split(/\s+/).pop() ?? '')));
  const onlyChoosing =
    creates &&
    viewing.length > 0 &&
    viewing.every((p) => CHOOSE.test(p) || (german && CHOOSE.test(lastWord(p))));
  if (
    (opens(VIEW) ||
      opens(BROWSE) ||
      screens.some((p) => OPEN_TO_VIEW.test(p) || (german && OPEN_TO_VIEW.test(lastWord(p))))) &&
    !onlyChoosing &&
    !out.some((i) => i.kind === 'dashboard' || i.kind === 'analytics')
  )
    push(opens(BROWSE) ? { kind: 'view', many: true } : { kind: 'view' });
  return out;
}

/**
 * The object noun of a story action (rule `derive/resource-from-story-noun` designs its routes on
 * it): function words, container words and verbs of en, es, pt, fr and de are passed over.
 */
const SKIP = new Set(
  `a an the my our their his her its all any each every new existing available full this that these those some one more
  un una unos unas el la los las mi mis su sus nuevo nueva nuevos nuevas todo todos todas cada
  le la les l des du de d mes ses son sa une leur leurs nouveau nouvelle nouveaux tous toutes chaque
  der die das den dem des ein eine einen einem meine meinen neue neuen alle jede jeden
  o os as um uma uns umas meu minha meus minhas seu sua seus suas novo nova novos novas todos todas cada
  for to of on in with from about para por en à au aux zu für von mit com sobre
  and or y o et ou und oder e before after avant après antes después vor nach depois full complete
  detail details detalle detalles détail détails list liste lista listado history historial historique histórico
  status statut estado state estatus information informations información informações données data datos
  il lo gli i uno mio mia miei mie suo sua suoi sue proprio propria propri proprie nuovo nuovi nuove ogni tutti tutte
  di del della dello dei degli delle al alla allo ai agli alle dal dalla su con per tra fra elenco dettaglio dettagli stato dati
  only solo sólo soltanto solamente únicamente só somente apenas seulement uniquement nur`.split(/\s+/),
);

/**
 * Whether one word alone reads as an intent (`create`, `borrar`): a pure function of the word, asked
 * for every word of every story action (dozens of patterns each), so remembered per word; the
 * vocabulary of the documents bounds the cache.
 */
const intentWords = new Map<string, boolean>();
function isIntentWord(w: string): boolean {
  let is = intentWords.get(w);
  if (is === undefined) {
    is = intentsOf(w).length > 0;
    intentWords.set(w, is);
  }
  return is;
}

/** English words that end a noun phrase: the head noun is the last word before one. */
const EN_BREAK = new Set(
  `in on at by for to of with from about via as into onto over under after before so that which who when where while and or than per without within between through during
  upfront now later again online offline together back instantly immediately directly securely easily quickly automatically manually remotely`.split(
    /\s+/,
  ),
);
/** English function words: their presence says the phrase is English (head noun last, not first). */
// Not `a` (a Spanish and Portuguese preposition) nor `all`.
const EN_WORDS = /(?:^|\s)(?:the|an|my|our|their|your|to|of|for|with|and)(?:\s|$)/i;
/** Adverbial locutions that are never the object (`voir le statut en temps réel de ses missions`). */
const LOCUTIONS = /\b(?:en temps réel|en tiempo real|em tempo real|in echtzeit|in real[- ]time)\b/giu;

/**
 * The object noun of the phrase that carries the verb. Romance phrases put the head first (`créer une
 * mission avec…`, `consultar la lista de productos` → `productos`); English puts it last (`configure
 * my Stripe payment information` → `payment`, once `information` and the provider name are passed
 * over). Names of the stated technologies and providers (`stripe`, `bigquery`) are never the object.
 */
export function objectNoun(action: string, exclude: ReadonlySet<string> = new Set()): string | null {
  const words = action
    .toLowerCase()
    .replace(/\([^)]*\)/g, ' ')
    .replace(/"[^"]*"/g, ' ')
    .replace(LOCUTIONS, ' ')
    .split(/[^\p{L}'’-]+/u)
    .filter(Boolean)
    .map((w) => w.replace(/^[ld]['’]/, '').replace(/['’]+$/, ''));
  const usable = (w: string) =>
    !SKIP.has(w) &&
    !exclude.has(w) &&
    w.length >= 3 &&
    !isIntentWord(w) &&
    // Participles describe the object ("a completed mission", "une mission proposée").
    !(w.length > 5 && /(?:ed|ado|ada|ido|ida|ée|ées|és|iert)$/.test(w));
  const phrase = ` ${words.join(' ')} `;
  // No English function word: English only if nothing else says otherwise (an accent, or a first
  // verb in -ar/-ir as in `agregar notas manuales a registros`).
  const romance =
    /[\u00c0-\u017f]/.test(phrase) ||
    /(?:ar|ir)$/.test(words[0] ?? '') ||
    / (?:un|une|le|la|les|des|du|el|los|las|una|um|uma|os|der|die|das|ein|eine|einen|il|lo|gli|uno|della|delle|dei) /.test(
      phrase,
    );
  if (EN_WORDS.test(phrase) || (!romance && documentsLanguage([phrase]) === 'en')) {
    // English: the last usable word of the first noun phrase after the verb; a container word
    // (`list of missions`, `details of the order`) hands over to the phrase after `of`.
    let head: string | null = null;
    for (let i = 1; i < words.length; i++) {
      const w = words[i]!;
      if (EN_BREAK.has(w)) {
        if (head) return head;
        // `pay for a mission`, `view and manage user accounts`, `list of missions`: still to come.
        continue;
      }
      if (isIntentWord(w) && !head) continue;
      if (usable(w)) head = w;
      else if (head && !SKIP.has(w) && !exclude.has(w)) break;
    }
    return head;
  }
  for (let i = 1; i < words.length; i++) if (usable(words[i]!)) return words[i]!;
  return null;
}

/**
 * A requirement that names its action as a noun, in en, es, pt, fr and de: "Stornierung von
 * Terminen durch den Kunden", "cancelación de citas por el paciente", "annulation d'une commande par
 * le client", "criação de reservas pelo cliente", "creation of bookings by the customer". The action
 * noun's intent, the object and the actor; null for any other wording.
 */
const NOMINAL =
  /^(\p{L}+)\s+(?:(?:of|de|del|de la|de las|de los|d['’]une?|des|du|von|der|eines|einer|do|da|dos|das|della|dello|delle|degli|dei|di)\s+|(?:d|dell)['’]\s*)(.{2,60}?)\s+(?:(?:by|por parte (?:del|de la|de los|de las|do|da|dos|das)|por|par|de la part (?:du|de la|des)|durch|seitens (?:des|der)|pelo|pela|pelos|pelas|da parte (?:del|dello|della|dei|degli|delle|di)|dal|dalla|dai|dagli|dalle)\s+|(?:da parte dell|de la part de l|dall)['’]\s*)(?:the |el |la |los |las |le |les |l['’]|den |die |das |dem |o |a |os |as |il |lo |gli |i )?([\p{L}][\p{L} -]{1,30}?)\s*(?:[.,;:(]|$)/iu;
const NOUNS: [Intent, RegExp][] = [
  [
    { kind: 'create' },
    /^(?:creation|creación|criação|création|erstellung|anlage|registration|registro|cadastro|enregistrement|erfassung|creazione|registrazione|inserimento)$/iu,
  ],
  [
    { kind: 'state', verb: 'cancel' },
    /^(?:cancell?ation|cancelación|cancelamento|annulation|stornierung|absage|annullamento|cancellazione|disdetta)$/iu,
  ],
  [{ kind: 'state', verb: 'confirm' }, /^(?:confirmation|confirmación|confirmação|bestätigung|conferma)$/iu],
  [
    { kind: 'state', verb: 'approve' },
    /^(?:approval|aprobación|aprovação|approbation|genehmigung|freigabe|approvazione)$/iu,
  ],
  [{ kind: 'state', verb: 'reject' }, /^(?:rejection|rechazo|rejeição|rejet|ablehnung)$/iu],
  [
    { kind: 'state', verb: 'refund' },
    /^(?:refund|reembolso|remboursement|erstattung|rückerstattung|rimborso)$/iu,
  ],
  [
    { kind: 'update' },
    /^(?:modification|modificación|modificação|änderung|actualización|atualização|update|modifica|aggiornamento)$/iu,
  ],
  [
    { kind: 'delete' },
    /^(?:deletion|eliminación|exclusão|suppression|löschung|eliminazione|cancellazione)$/iu,
  ],
  [
    { kind: 'export' as const, pdf: false, many: false },
    /^(?:export|exportación|exportação|exportation|exportierung)$/iu,
  ],
];

export function nominalAction(sentence: string): { intent: Intent; object: string; actor: string } | null {
  const m = NOMINAL.exec(sentence.trim());
  if (!m) return null;
  const intent = NOUNS.find(([, re]) => re.test(m[1]!))?.[0];
  return intent ? { intent, object: m[2]!.trim(), actor: m[3]!.trim() } : null;
}

/** Function words that say a phrase is German (its infinitive then stands last). */
const GERMAN_WORDS = new Set(
  'ein eine einen einem der die das den dem des mein meine meinen über für mit und jeden jede jedes zum zur vom im am'.split(
    ' ',
  ),
);
/** Rule `derive/create-from-verb-noun`, named on the story trace it maps. */
export const VERB_NOUN_RULE = 'derive/create-from-verb-noun';

/**
 * A verb in the third person that states what a record is or has, never what someone does: "A
 * resident is never deleted", "A resident has at most 3 bookings" are rules about the record, not a
 * resident's actions. Receiving is what happens to someone ("Una familia puede recibir como máximo 2
 * entregas por mes", "A family can receive at most 2 deliveries a month"): a limit, not an action.
 */
const STATIVE_VERB =
  /^(?:is|are|was|were|be|been|has|have|had|does|did|gets|got|remains|stays|becomes|keeps|needs|owns|belongs|may|can|must|should|will|shall|cannot|es|está|son|están|tiene|tienen|tener|é|são|tem|têm|ter|est|sont|a|ont|avoir|reste|ist|sind|hat|haben|bleibt|wird|è|ha|hanno|avere|resta|heeft|hebben|blijft|wordt|mieć|być|ma|mają|jest|są|zostać|иметь|быть|есть|стать|receive|receives|recibir|recibe|reciben|receber|recebe|recebem|recevoir|reçoit|reçoivent|erhalten|erhält|bekommen|bekommt|ricevere|riceve|ricevono|ontvangen|ontvangt|otrzymać|otrzymywać|otrzymuje|получать|получить|получает|mít|být|obsahovat|dostat|dostávat|obdržet)$/iu;
export const isStativeVerb = (verb: string): boolean => STATIVE_VERB.test(verb);

/**
 * An action whose verb is bounded by a count ("lease at most one plot", "reserve no more than 2
 * desks", "höchstens eine Parzelle pachten", "louer au plus une parcelle", "arrendera högst en lott"):
 * the sentence states a limit on how often the act happens, a rule, not the actor's capability. The
 * bound directly after the verb (or, verb-last, before it) is what tells it apart from "book a slot
 * for up to 4 people".
 */
const COUNT_BOUND =
  /^(?:\p{L}+\s+)?(?:at most|at least|no more than|not more than|only one|höchstens|mindestens|maximal|nur eine?n?|au plus|au moins|como máximo|como mínimo|no máximo|no mínimo|al massimo|al minimo|hoogstens|ten hoogste|minstens|högst|minst|endast en|nejvýše|nejvýš|nejvíce|nejméně|alespoň|maximálně|minimálně)(?!\p{L})/iu;
/** "be in the queue only once", "stå i kön endast en gång": a limit anywhere in the action. */
const ONLY_ONCE =
  /(?<!\p{L})(?:only once|just once|endast en gång|bara en gång|nur einmal|une seule fois|solo una vez|una sola vez|apenas uma vez|uma única vez|una volta sola|solo una volta|maar één keer|slechts één keer)(?!\p{L})/iu;
export const boundedByCount = (action: string): boolean =>
  COUNT_BOUND.test(action.trim()) || ONLY_ONCE.test(action);
/** A first-person subject ("I", "Ich", "je", "yo", "eu", "io", "ik", "я", and their plurals): the story's own persona. */
export const isFirstPerson = (actor: string): boolean =>
  /^(?:i|ich|je|j['’]|yo|eu|io|ik|я|we|wir|nous|nosotros|nosotras|nós|noi|wij|мы)$/iu.test(actor.trim());
/** Infinitive and inflection endings, longest first (it, es, pt, fr, de, en). */
const VERB_ENDINGS = [
  'are',
  'ere',
  'ire',
  'ing',
  'ar',
  'er',
  'ir',
  're',
  'en',
  'ed',
  'es',
  'e',
  's',
  'n',
  '',
];
/** What a noun made from a verb's stem ends in: `vot|o`, `prenot|azione`, `pag|amento`, `book|ing`. */
const NOUN_FROM_STEM =
  /^(?:[aei]|at|it)?(?:o|a|e|i|ion|ione|ción|ção|zione|cion|cao|ment|mento|ing|al|ung|aire|)$/;
const fold = (w: string) =>
  w
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();

/**
 * The entity names folded, grouped by their first three folded letters, once per list of names: a
 * stem has three letters at least, so only the names it could start are tried (folding every name
 * for every story was stories × entities, issue 19).
 */
type FoldedName = { name: string; folded: string };
const prefixIndexes = new WeakMap<readonly string[], Map<string, FoldedName[]>>();
function namesByPrefix(entityNames: readonly string[]): Map<string, FoldedName[]> {
  let index = prefixIndexes.get(entityNames);
  if (!index) {
    index = new Map();
    for (const name of entityNames) {
      const folded = fold(name);
      const key = folded.slice(0, 3);
      const list = index.get(key);
      if (list) list.push({ name, folded });
      else index.set(key, [{ name, folded }]);
    }
    prefixIndexes.set(entityNames, index);
  }
  return index;
}

/**
 * Rule `derive/create-from-verb-noun`: a verb no lexicon reads whose stem starts the name of an
 * entity of the model creates that entity ("votare ogni punto" → Voto, "vote on a motion" → Vote,
 * "like a post" → Like, "commentare un post" → Commento, "commenter" → Commentaire, "über einen
 * Antrag abstimmen" → Abstimmung). A verb a lexicon reads keeps its reading: "review" and "bewerten"
 * are state actions, "book", "prenotare" creates, "pagar" a payment. The stem is the verb without its ending (three
 * letters at least); the entity's whole name is the stem and a noun ending. Returns the entity's
 * name, or null (also when a lexicon reads the action: its verbs are the operation).
 */
export function verbNounEntity(
  action: string,
  entityNames: readonly string[],
  evenIfRead = false,
): string | null {
  if (!evenIfRead && intentsOf(action).length > 0) return null;
  const ws = action
    .toLowerCase()
    .replace(/\([^)]*\)/g, ' ')
    .split(/[^\p{L}]+/u)
    .filter(Boolean);
  if (ws.length === 0) return null;
  // German puts the infinitive last ("über einen Antrag abstimmen"); elsewhere the last word is a noun.
  const last = ws[ws.length - 1]!;
  const german = ws.length > 1 && /(?:en|ln|rn)$/.test(last) && ws.some((w) => GERMAN_WORDS.has(w));
  // Each phrase's infinitive too: "mich zu einer Lesung anmelden und … mitbringen" → `anmelden`.
  const phraseVerbs = german
    ? verbPhrases(action)
        .map(
          (p) =>
            p
              .split(/[^\p{L}]+/u)
              .filter(Boolean)
              .pop() ?? '',
        )
        .filter((w) => /(?:en|ln|rn)$/.test(w))
    : [];
  const verbs = [...new Set(german ? [ws[0]!, ...phraseVerbs, last] : [ws[0]!])].map(fold);
  const byPrefix = namesByPrefix(entityNames);
  // The first word, else (German) the last: every stem of it; two entities a verb could name
  // ("votare": Voto, Votazione) name none.
  for (const verb of verbs) {
    const hits = new Set<string>();
    for (const end of VERB_ENDINGS) {
      if (!verb.endsWith(end)) continue;
      const stem = verb.slice(0, verb.length - end.length);
      if (stem.length < 3) continue;
      for (const n of byPrefix.get(stem.slice(0, 3)) ?? [])
        if (n.folded.startsWith(stem) && NOUN_FROM_STEM.test(n.folded.slice(stem.length))) hits.add(n.name);
    }
    if (hits.size > 0) return hits.size === 1 ? [...hits][0]! : null;
  }
  return null;
}

/**
 * The clause of a story's action that says when or on what condition, not what the actor does
 * ("mark the order as collected when the customer picks up the bag", "marcar o pedido como retirado
 * quando o consumidor busca a sacola", "marcar el pedido como entregado cuando el cliente lo
 * recoge", "marquer la commande comme retirée quand le client vient la chercher", "die Bestellung
 * als abgeholt markieren, wenn der Kunde sie abholt", "segnare l'ordine come ritirato quando il
 * cliente lo ritira"): from its conjunction to the end of the action, or null. Its verb is someone
 * else's action; a conjunction that opens the action is its frame, not such a clause.
 */
const WHEN_CLAUSE =
  /,?\s+(?:when|whenever|while|cuando|mientras|quando|enquanto|quand|lorsque|lorsqu['’]|wenn|sobald|während|mentre|allorché)\s+\p{L}[^,;.]*$/iu;

export function whenClause(action: string): string | null {
  const m = WHEN_CLAUSE.exec(action);
  // At least a subject and a verb after the conjunction, and something the actor does before it.
  if (!m || m.index < 3 || m[0].trim().split(/\s+/).length < 3) return null;
  return m[0];
}

/**
 * The object of a verb that is a question clause ("registrere, om en forening mødte op": record
 * whether an association turned up; "record whether the patient attended", "festhalten, ob …",
 * "registrar si …", "registreren of …", "zaznaczyć, czy …", "să înregistrez dacă …"): the clause is the
 * fact recorded, and a record it names is its subject, not what the verb makes or changes.
 */
// Only after a comma, save "whether": "søge om faste tider" (apply for) and "ask if" are no question.
const QUESTION_CLAUSE =
  /\s+whether\s.*$|,\s*(?:whether|om|ob|czy|zda|jestli|dacă|daca|apakah|liệu|if|si|hogy)\s.*$/iu;
export const withoutQuestionClause = (action: string): string => action.replace(QUESTION_CLAUSE, '').trim();

/**
 * What figures are grouped by, written last ("câte porții s-au comandat pentru ziua de mâine, pe
 * meniu": how many portions were ordered for tomorrow, per menu; "hours per site", "Stunden pro
 * Standort", "heures par site", "horas por sede"): the record it names is the grouping, not what the
 * story reads or acts on.
 */
const TRAILING_GROUPING = /(?:,\s*|\s+)(?:per|pe|pro|je|par|por)\s+\p{L}+\s*[.!]?\s*$/iu;
export const withoutGrouping = (action: string): string => action.replace(TRAILING_GROUPING, '').trim();
