import type { StatedEndpoint } from '../../model/domain.js';
import { cite } from '../../model/origin.js';
import type { Endpoint } from '../../model/spec/api.js';

/**
 * Route lists: three or more routes stated on nearby lines of one file (a code fence, a table). A
 * list is the documents' deliberate API surface for the resources whose own routes it states, so
 * derived operations it leaves out (a `GET /tasks/{id}` when the list has none) are not added. Returns, per entity (or
 * `Auth`), the citation of the list that covers it. Passing mentions (a sequence diagram, a bullet)
 * do not cover anything.
 */
export function routeLists(
  stated: readonly StatedEndpoint[],
  endpoints: readonly Endpoint[],
): Map<string, string> {
  const items = stated
    .map((s, i) => ({ s, e: endpoints[i]! }))
    .filter((x) => x.s.origin.kind === 'source' && x.e !== undefined)
    .sort((a, b) => {
      const oa = a.s.origin as { file: string; line: number };
      const ob = b.s.origin as { file: string; line: number };
      return oa.file < ob.file ? -1 : oa.file > ob.file ? 1 : oa.line - ob.line;
    });
  const covered = new Map<string, string>();
  let run: typeof items = [];
  const flush = () => {
    if (run.length >= 3) {
      const at = cite(run[0]!.s.origin);
      const eps = run.map((x) => x.e);
      // A list covers a resource when it states the resource itself (its collection or item routes),
      // not only actions on it ("besides the resource endpoints, the API has: POST /x/{id}/cancel");
      // it covers authentication when it states at least three auth routes.
      for (const e of eps) {
        if (
          e.entity &&
          ['list', 'create', 'get', 'update', 'replace', 'delete'].includes(e.action) &&
          !covered.has(e.entity)
        )
          covered.set(e.entity, at);
      }
      if (eps.filter((e) => e.action === 'auth').length >= 3 && !covered.has('Auth')) covered.set('Auth', at);
    }
    run = [];
  };
  for (const x of items) {
    const prev = run[run.length - 1];
    const o = x.s.origin as { file: string; line: number };
    const po = prev?.s.origin as { file: string; line: number } | undefined;
    // A written contract is one list however far apart its operations are written.
    const sameContract = !!x.s.contract && !!prev?.s.contract;
    if (po && (po.file !== o.file || (o.line - po.line > 3 && !sameContract))) flush();
    run.push(x);
  }
  flush();
  return covered;
}
