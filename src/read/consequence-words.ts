/**
 * A consequence: "After the payment is confirmed, the parent receives an SMS", "Nach der Rückgabe ist
 * die Lizenz widerrufen", "Après le paiement, le client reçoit un reçu", "Después del pago, el
 * cliente recibe un correo", "Depois do pagamento, o cliente recebe um e-mail", "Dopo il pagamento,
 * il cliente riceve un'e-mail" (and the languages whose force words are rewritten into English first:
 * "După confirmarea plății", "Sikeres fizetés után", "Після оплати"). It says what happens once an
 * event has happened: no precondition a request can break, no ordering rule with an invalid-state
 * error. A precondition carries a modality ("can be cancelled only after payment", "must be
 * approved before it is published", "kann erst nach der Freigabe …"): that stays an ordering rule.
 *
 * Read on the text after its force words are rewritten into English (read/rule-words.ts).
 */

/** "after" in en, es, fr, de, pt, it (and the English the force rewrites give). */
const AFTER = /(?<!\p{L})(?:after|después|après|nach|depois|dopo)(?!\p{L})/iu;

/** "before", "until": a time bound a request can miss, never a plain consequence. */
const BEFORE =
  /(?<!\p{L})(?:before|until|antes|hasta|avant|jusqu['’]à|vor|bevor|bis|até|prima|finché|fino a)(?!\p{L})/iu;

/**
 * A modality or a permission: must, shall, should, can, may, only, allowed, and their forms in es,
 * fr, de, pt and it. With one, the "after" bounds what the sentence allows or requires.
 */
const MODAL =
  /(?<!\p{L})(?:must|shall|should|can|cannot|could|may|might|need(?:s)? to|has to|have to|only|allowed|permitted|debe|deben|deberá|puede|pueden|podrá|sólo|solo|solamente|permitid[oa]s?|doit|doivent|devra|peut|peuvent|pourra|seul(?:e|es|s|ement)?|autorisée?s?|muss|müssen|soll|sollen|kann|können|darf|dürfen|nur|erst|erlaubt|deve|devem|deverá|pode|podem|poderá|apenas|somente|devono|dovrà|può|possono|potrà|soltanto|consentit[oaie])(?!\p{L})/iu;

/**
 * Hungarian writes "can" as a verb suffix ("fotókat tölthet fel": can upload photos; "lemondhatja":
 * can cancel it), which its force words leave as written.
 */
const HUNGARIAN_CAN = /(?<!\p{L})\p{L}{3,}(?:hat|het)(?:ja|i|nak|nek|ják|ik)?(?!\p{L})/iu;

/**
 * Whether a sentence only says what follows an event: an "after", no "before" or "until", and no
 * modality or permission. `hasBound` tells whether the sentence states anything else that makes it a
 * rule (a number, a duration, a prohibition, an error code); then it is no mere consequence.
 */
export function statesConsequence(text: string, hasBound: boolean): boolean {
  return (
    !hasBound && AFTER.test(text) && !BEFORE.test(text) && !MODAL.test(text) && !HUNGARIAN_CAN.test(text)
  );
}
