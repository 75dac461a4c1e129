/**
 * Lifecycle state names in the languages the lexicons cover (en, es, pt, fr, de, it), each group
 * mapped to one canonical English key, so that a PRD written in Spanish ("Pendiente, Confirmada,
 * Cancelada") is compared with an enum written in English ('pending', 'confirmed', 'cancelled')
 * value by value instead of being reported as three unknown states. Feminine and plural forms are
 * listed where the languages inflect state adjectives with the noun they describe.
 */
const GROUPS: Record<string, string[]> = {
  pending: [
    'pending',
    'pendiente',
    'pendientes',
    'pendente',
    'pendentes',
    'en_attente',
    'ausstehend',
    'offen_ausstehend',
  ],
  confirmed: [
    'confirmed',
    'confirmado',
    'confirmada',
    'confirmados',
    'confirmadas',
    'confirmé',
    'confirmée',
    'bestätigt',
  ],
  cancelled: [
    'cancelled',
    'canceled',
    'cancelado',
    'cancelada',
    'cancelados',
    'canceladas',
    'annulé',
    'annulée',
    'storniert',
    'abgesagt',
  ],
  completed: [
    'completed',
    'complete',
    'completado',
    'completada',
    'concluído',
    'concluída',
    'concluido',
    'terminé',
    'terminée',
    'abgeschlossen',
    'erledigt',
  ],
  active: ['active', 'activo', 'activa', 'ativo', 'ativa', 'actif', 'aktiv'],
  inactive: ['inactive', 'inactivo', 'inactiva', 'inativo', 'inativa', 'inactif', 'inaktiv'],
  draft: ['draft', 'borrador', 'rascunho', 'brouillon', 'entwurf'],
  approved: [
    'approved',
    'aprobado',
    'aprobada',
    'aprovado',
    'aprovada',
    'approuvé',
    'approuvée',
    'genehmigt',
    'freigegeben',
  ],
  rejected: [
    'rejected',
    'rechazado',
    'rechazada',
    'rejeitado',
    'rejeitada',
    'rejeté',
    'rejetée',
    'refusé',
    'refusée',
    'abgelehnt',
  ],
  paid: ['paid', 'pagado', 'pagada', 'pago', 'paga', 'payé', 'payée', 'bezahlt'],
  in_progress: [
    'in_progress',
    'en_curso',
    'en_progreso',
    'en_proceso',
    'em_andamento',
    'em_progresso',
    'en_cours',
    'in_bearbeitung',
    'in_arbeit',
  ],
  open: ['open', 'abierto', 'abierta', 'aberto', 'aberta', 'ouvert', 'ouverte', 'offen'],
  closed: ['closed', 'cerrado', 'cerrada', 'fechado', 'fechada', 'fermé', 'fermée', 'geschlossen'],
  delivered: [
    'delivered',
    'entregado',
    'entregada',
    'entregue',
    'livré',
    'livrée',
    'geliefert',
    'zugestellt',
  ],
  shipped: ['shipped', 'enviado', 'enviada', 'expédié', 'expédiée', 'versandt', 'versendet'],
  expired: ['expired', 'expirado', 'expirada', 'vencido', 'vencida', 'expiré', 'expirée', 'abgelaufen'],
  scheduled: [
    'scheduled',
    'programado',
    'programada',
    'agendado',
    'agendada',
    'planifié',
    'planifiée',
    'geplant',
    'terminiert',
  ],
  archived: [
    'archived',
    'archivado',
    'archivada',
    'arquivado',
    'arquivada',
    'archivé',
    'archivée',
    'archiviert',
  ],
  published: ['published', 'publicado', 'publicada', 'publié', 'publiée', 'veröffentlicht'],
  suspended: [
    'suspended',
    'suspendido',
    'suspendida',
    'suspenso',
    'suspensa',
    'suspendu',
    'suspendue',
    'gesperrt',
  ],
  failed: ['failed', 'fallido', 'fallida', 'falhou', 'échoué', 'échouée', 'fehlgeschlagen'],
  submitted: ['submitted', 'soumis', 'soumise', 'eingereicht', 'submetido', 'submetida'],
  accepted: [
    'accepted',
    'aceptado',
    'aceptada',
    'aceito',
    'aceita',
    'accepté',
    'acceptée',
    'angenommen',
    'akzeptiert',
  ],
  assigned: [
    'assigned',
    'asignado',
    'asignada',
    'atribuído',
    'atribuída',
    'assigné',
    'assignée',
    'attribué',
    'attribuée',
    'zugewiesen',
  ],
  verified: ['verified', 'verificado', 'verificada', 'vérifié', 'vérifiée', 'verifiziert', 'geprüft'],
  resolved: ['resolved', 'resuelto', 'resuelta', 'resolvido', 'resolvida', 'résolu', 'résolue', 'gelöst'],
  refunded: [
    'refunded',
    'reembolsado',
    'reembolsada',
    'remboursé',
    'remboursée',
    'erstattet',
    'rückerstattet',
  ],
  issued: [
    'issued',
    'emitido',
    'emitida',
    'emitidos',
    'emitidas',
    'émis',
    'émise',
    'ausgestellt',
    'uitgegeven',
  ],
  voided: ['voided', 'anulado', 'anulada', 'invalidado', 'invalidada', 'ungültig', 'ongeldig'],
};

/**
 * Italian state participles agree with their noun in gender and number (`chiuso`, `chiusa`,
 * `chiusi`, `chiuse`): each stem is listed once and takes the four endings.
 */
const ITALIAN: Record<string, string[]> = {
  pending: ['in_attesa', 'in attesa'],
  confirmed: ['confermat'],
  cancelled: ['annullat', 'cancellat'],
  completed: ['completat', 'conclus', 'terminat'],
  active: ['attiv'],
  inactive: ['inattiv', 'disattivat'],
  draft: ['bozza', 'bozze'],
  approved: ['approvat'],
  rejected: ['rifiutat', 'respint'],
  paid: ['pagat'],
  in_progress: ['in_corso', 'in_lavorazione', 'in corso', 'in lavorazione'],
  open: ['apert'],
  closed: ['chius'],
  delivered: ['consegnat'],
  shipped: ['spedit'],
  expired: ['scadut'],
  scheduled: ['programmat', 'pianificat'],
  archived: ['archiviat'],
  published: ['pubblicat'],
  suspended: ['sospes'],
  failed: ['fallit'],
  submitted: ['inviat'],
  accepted: ['accettat'],
  assigned: ['assegnat'],
  verified: ['verificat'],
  resolved: ['risolt'],
  refunded: ['rimborsat'],
};
for (const [key, stems] of Object.entries(ITALIAN))
  for (const stem of stems)
    GROUPS[key]!.push(
      ...(/[a-z]$/.test(stem) && !/[aeiou]$/.test(stem) ? ['o', 'a', 'i', 'e'].map((e) => stem + e) : [stem]),
    );

const fold = (v: string) => v.normalize('NFC').toLowerCase();

const CANONICAL = new Map<string, string>();
for (const [key, names] of Object.entries(GROUPS)) for (const n of names) CANONICAL.set(fold(n), key);
/**
 * Status values are often written without accents or umlauts (`bestaetigt`, `confirmee`,
 * `annulee`): each listed name is also known in those spellings.
 */
const transliterated = (n: string) =>
  n.replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/ß/g, 'ss');
const unaccented = (n: string) => n.normalize('NFD').replace(/\p{M}+/gu, '');
for (const [key, names] of Object.entries(GROUPS))
  for (const n of names)
    for (const v of [transliterated(fold(n)), unaccented(fold(n)), unaccented(transliterated(fold(n)))])
      if (!CANONICAL.has(v)) CANONICAL.set(v, key);

/** The canonical key of a state name already normalised to `snake_case`, or the name itself. */
export function canonicalState(normalised: string): string {
  return CANONICAL.get(fold(normalised)) ?? normalised;
}

/** The name of a lifecycle column in the corpus languages (`status`, `estado`, `statut`, `Zustand`). */
export const STATE_COLUMN =
  /^(?:status|state|estado|statut|zustand|stato|estatus|situacao|situação|etat|état|phase|stage|statusz|allapot|állapot|estat|stav|tila|stare|durum|tilstand|tillstånd|tillstand|trang_?thai)$/i;

/**
 * A lifecycle field: a state column (`status`, `situacao`, `statut`, `Zustand`, `estat` ca, `stav`
 * cs, `tila` fi, `stare` ro, `durum` tr, `tilstand` da/nb, `trang_thai` vi) or one named for
 * what it tracks (`payment_status`, `decisionStatus`, `estado_pedido`, `statutCommande`).
 */
export function isLifecycleField(name: string): boolean {
  return (
    STATE_COLUMN.test(name) ||
    /^\w+(?:_status|Status|_estado|Estado|_statut|Statut|_situacao|Situacao|_zustand|Zustand)$/.test(name) ||
    /^(?:estado|statut|situacao|status)(?:_\w+|[A-Z]\w*)$/.test(name)
  );
}

/** The canonical key of a state word in any covered language (`bestätigt` → `confirmed`), else null. */
export function stateKey(word: string): string | null {
  return CANONICAL.get(fold(word)) ?? null;
}
