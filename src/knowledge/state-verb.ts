import { stateKey } from './state-words.js';

/**
 * The English verb whose outcome a status value is: the verb a state-action route is named with
 * (`POST /orders/{id}/cancel` for `cancelled`). English participles by their spelling rules; a value
 * in es, pt, fr or de through its canonical state (state-words.ts). Read by derive (a status enum's
 * actions) and by read (the state a story marks a record as).
 */

/** Participles the spelling rules below do not undo. */
const IRREGULAR: Record<string, string> = {
  sent: 'send',
  paid: 'pay',
  shipped: 'ship',
  closed: 'close',
  done: 'complete',
  won: 'win',
  lost: 'lose',
  cancelled: 'cancel',
  canceled: 'cancel',
  submitted: 'submit',
  committed: 'commit',
  refunded: 'refund',
  written_off: 'write-off',
  'written off': 'write-off',
  checked_in: 'check-in',
  checked_out: 'check-out',
  taken: 'take',
  given: 'give',
  chosen: 'choose',
  withdrawn: 'withdraw',
  written: 'write',
  broken: 'break',
  frozen: 'freeze',
  hidden: 'hide',
  held: 'hold',
  sold: 'sell',
  bought: 'buy',
  kept: 'keep',
  lent: 'lend',
  begun: 'begin',
  issued: 'issue',
  voided: 'void',
};

/**
 * `approved` → `approve`, `rejected` → `reject`, `in_progress` → null (not the outcome of a verb).
 * A status value in es, pt, fr or de names its English verb through its canonical state
 * (knowledge/state-words.ts): `storniert` → `cancelled` → `cancel`, `confirmée` → `confirm`.
 */
export function verbOf(state: string): string | null {
  const v = state.toLowerCase().trim();
  if (IRREGULAR[v]) return IRREGULAR[v]!;
  if (!/^[a-z]+ed$/.test(v) || v.length < 5) {
    const key = stateKey(v);
    return key && key !== v ? verbOf(key) : null;
  }
  if (v.endsWith('ied')) return `${v.slice(0, -3)}y`;
  if (/(ss|ll)ed$/.test(v)) return v.slice(0, -2);
  if (/([bdgkmnprt])\1ed$/.test(v)) return v.slice(0, -3);
  // A silent e was dropped before -ed: complete-d, approve-d, archive-d, close-d, schedule-d.
  if (/(at|et|it|ut|iv|av|ov|ev|lv|rv|ur|ir|ul|ar|iz|yz|is|ys|us|as|os|ag|ng|in|ic|ac|uc)ed$/.test(v))
    return v.slice(0, -1);
  return v.slice(0, -2);
}
