/**
 * A field that holds a third-party provider's reference: its name names a provider the project uses
 * (`stripe_payment_intent_id`, `yookassa_payment_id`, `MolliePaymentId`, `id_pagamento_mercadopago`)
 * beside a word of an identifier (`id`, `ref`, `sid`, `referencia`, `référence`, `riferimento`,
 * `Referenz`, `kenmerk`, a code or a transaction: `viva_order_code`, `simplepayTranzakcio`). The provider answers with the value when the server calls it (or sends it in
 * its webhook), so a client never sends it (rule `derive/provider-reference-server-set`). Names of the
 * typed model, not prose.
 */
const ID_WORD =
  /^(?:id|ids|uid|sid|guid|ref|refs|reference|referencia|referencia|riferimento|referentie|referenz|kenmerk|identifiant|identificador|identificativo|kennung|code|codes|codigo|codice|kode|kod|koodi|transaction|transaksi|tranzakcio|transaccion|transacao|transazione|transaktion|transactie|transakce|transakcja)$/;

const plainWords = (name: string): string[] =>
  name
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean);

/** The Latin letters and digits of a name, lower case, accents dropped (`Mercado Pago` → `mercadopago`). */
export const providerKey = (name: string): string => plainWords(name).join('');

/**
 * The field's name names one of `providers` (keys from `providerKey`, four letters or more) as a word or
 * a run of words (`mercado_pago_id`), and a word of an identifier.
 */
export function isProviderReferenceName(field: string, providers: ReadonlySet<string>): boolean {
  const words = plainWords(field);
  if (words.length < 2 || !words.some((w) => ID_WORD.test(w))) return false;
  for (let i = 0; i < words.length; i++) {
    let run = '';
    for (let j = i; j < words.length; j++) {
      run += words[j];
      if (run.length > 40) break;
      if (providers.has(run)) return true;
    }
  }
  return false;
}
