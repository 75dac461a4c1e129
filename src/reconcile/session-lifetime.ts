import { diag } from '../diagnostics/diagnostic.js';
import type { Quantity } from '../model/domain.js';
import { fromRule } from '../model/origin.js';
import type { Conflict } from '../model/spec/reconciliation.js';
import { type Detector, fileOf, refOf } from './context.js';
import { describeValue, subjectWords } from './value-conflicts.js';

/**
 * A stated session timeout against a token design that outlives it: "session timeout 8 hours" in the
 * PRD and "refresh token 7 days" in the architecture. Different keys, so the value detector does not
 * see it, yet as written a user stays signed in for 7 days and the 8-hour rule is never enforced
 * (OWASP ASVS 3.3: sessions need both an idle and an absolute timeout). Both values are kept — the
 * stated session timeout as the idle timeout, the longest token lifetime as the absolute lifetime —
 * and the finding asks for confirmation. Only compared across documents, and only when the tokens
 * outlive the session: a 15-minute access token under an 8-hour session is the normal design.
 * Only statements that are a session timeout count ("Session timeout", "Idle timeout", "Sesión
 * inactiva"), not others filed under that key ("Session resume time", "Session metadata TTL"), and
 * one finding per stated timeout value.
 */
export const sessionLifetimeDetector: Detector = {
  name: 'session-lifetime',
  detect(domain) {
    const active = domain.parameters.filter((q) => !q.superseded && q.value !== null && fileOf(q.origin));
    const seen = new Set<number | null>();
    const sessions = active.filter((q) => {
      if (q.key !== 'auth.session-timeout' || seen.has(q.value)) return false;
      const extra = subjectWords(q, q.key);
      if (extra.size > 0 && ![...extra].some((w) => IDLE.test(w))) return false;
      seen.add(q.value);
      return true;
    });
    const tokens = active.filter(
      (q) => q.key === 'auth.refresh-token-ttl' || q.key === 'auth.access-token-ttl',
    );
    const conflicts: Conflict[] = [];
    const diagnostics = [];
    for (const session of sessions) {
      // The longest-lived token from another document is what keeps a user signed in.
      const outliving = tokens
        .filter((t) => fileOf(t.origin) !== fileOf(session.origin) && (t.value ?? 0) > (session.value ?? 0))
        .sort((a, b) => (b.value ?? 0) - (a.value ?? 0) || order(a, b));
      const token = outliving[0];
      if (!token) continue;
      conflicts.push({
        code: 'reconcile/session-lifetime',
        subject: 'auth.session-lifetime',
        sides: [
          { value: `session timeout ${describeValue(session)}`, at: refOf(session.origin)! },
          {
            value: `${token.key === 'auth.refresh-token-ttl' ? 'refresh token' : 'access token'} ${describeValue(token)}`,
            at: refOf(token.origin)!,
          },
        ],
        resolution: `idle ${describeValue(session)}; absolute ${describeValue(token)}`,
        params: { idle: describeValue(session), absolute: describeValue(token) },
        resolvedBy: fromRule('reconcile/session-idle-and-absolute-timeout', [
          refOf(session.origin)!,
          refOf(token.origin)!,
        ]),
      });
      diagnostics.push(
        diag(
          'reconcile/session-lifetime',
          `session timeout ${describeValue(session)} is shorter than the ${token.key === 'auth.refresh-token-ttl' ? 'refresh token' : 'access token'} lifetime ${describeValue(token)} at ${fileOf(token.origin)}:${refOf(token.origin)!.line}: the timeout is applied as an idle timeout and the token lifetime as the absolute session lifetime`,
          {
            at: refOf(session.origin)!,
            hint: 'confirm or change this in the decisions file (id: auth.session-lifetime)',
          },
        ),
      );
    }
    return { findings: conflicts.length > 0 ? { conflicts } : {}, diagnostics };
  },
};

/** Words that make a timeout an idle (session) timeout, in the lexicon languages. */
const IDLE =
  /^(?:idle|manag\w*|gesti\w*|gest[aã]o|verwalt\w*|inactiv\w*|inactivity|expir\w*|logout|sign|login|inaktiv\w*|inatividade|ociosi\w*|d[ée]connexion|cierre|abmeld\w*|sitzung|sesi[oó]n|sess[aã]o|ablauf)$/u;

function order(a: Quantity, b: Quantity): number {
  const fa = fileOf(a.origin)!;
  const fb = fileOf(b.origin)!;
  return fa !== fb ? (fa < fb ? -1 : 1) : refOf(a.origin)!.line - refOf(b.origin)!.line;
}
