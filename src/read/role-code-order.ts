import { cognates } from '../knowledge/latin-letters.js';

/**
 * A roles table that names each role by its title (`комірник`, `координатор`, `представник громади`,
 * `адміністратор`) and a sentence of the same document that lists the role codes the tokens carry
 * (`storekeeper`, `coordinator`, `community_rep`, `admin`), in the same order and as many. The
 * order pairs them only where the words agree: at least two titles (one when there are two roles)
 * are cognates of the code in their own place (`координатор` ~ `coordinator`, `адміністратор` ~
 * `admin`), and no title is a cognate of a code in another place. Then the i-th title is the i-th
 * code's title; otherwise nothing is paired (the order alone is no statement).
 *
 * Returns the code of each title, in the titles' order, or null.
 */
export function titlesInCodeOrder(titles: readonly string[], codes: readonly string[]): string[] | null {
  const n = titles.length;
  if (n < 2 || n !== codes.length || new Set(codes).size !== n) return null;
  const titleWords = titles.map((t) => t.split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 0));
  const codeWords = codes.map((c) => c.split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 0));
  let agree = 0;
  for (let i = 0; i < n; i++)
    for (let j = 0; j < n; j++) {
      const cognate = titleWords[i]!.some((w) => codeWords[j]!.some((k) => cognates(w, k)));
      if (!cognate) continue;
      if (i !== j) return null;
      agree++;
    }
  return agree >= Math.min(2, n - 1) ? [...codes] : null;
}
