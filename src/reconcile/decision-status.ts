import { diag } from '../diagnostics/diagnostic.js';
import { providerById } from '../knowledge/providers.js';
import type { DecisionRecord, StackChoice } from '../model/domain.js';
import { fromRule } from '../model/origin.js';
import type { Conflict, DecisionStatusItem } from '../model/spec/reconciliation.js';
import { type Detector, fileOf, refOf } from './context.js';
import { rank } from './precedence.js';

/**
 * Options that lost: decision records and alternatives marked rejected, superseded or deprecated,
 * and features stated out of scope or deferred. They are listed in section 0 so a reader sees what
 * was ruled out, and a technology listed as chosen that one of them rules out is a conflict.
 *
 * The conflict check compares whole technology names only ("MongoDB" against "Why not MongoDB?",
 * "Django" against "Python (Django/FastAPI)"): a chosen `PostgreSQL` never matches a rejected
 * "MySQL". The document ranked first for technology (an ADR or alternatives table in the tech-stack
 * document, then the architecture) decides; when the rejection wins, the stack choice is marked
 * rejected in the Domain so no derive step designs with it.
 */
export const decisionStatusDetector: Detector = {
  name: 'decision-status',
  detect(domain, ctx) {
    const decisions: DecisionStatusItem[] = [];
    const seen = new Set<string>();
    const lost = domain.decisions.filter((d) => d.status !== 'accepted' && d.status !== 'proposed');
    for (const d of lost) {
      const at = refOf(d.origin);
      const id = `${d.status}|${d.title.toLowerCase()}`;
      if (!at || seen.has(id)) continue;
      // One option in two wordings ("Direkte integration til NemLog-in" in the decision record,
      // "NemLog-in direkte integration" in the stack's list): listed once, with the reason one states.
      const same = decisions.find((o) => o.status === d.status && sameWords(o.subject, d.title));
      if (same) {
        if (!same.detail && d.reason) same.detail = d.reason;
        continue;
      }
      seen.add(id);
      decisions.push({
        subject: d.id ? `${d.id}: ${d.title}` : d.title,
        status: d.status,
        detail: d.supersededBy ? `superseded by ${d.supersededBy}` : (d.reason ?? ''),
        at,
      });
    }
    // A technology or provider a status cell or its clause rules out ("| Database | MongoDB | Rejected |",
    // "Stripe — evaluated and rejected") is a lost option too, though no decision record names it.
    // Only what no document chooses: a clause that rejects PostgreSQL for one purpose does not rule out
    // the chosen database.
    const chosen = new Set([
      ...domain.stack.filter((c) => c.status === 'chosen').map((c) => c.value.toLowerCase()),
      ...domain.integrations.filter((i) => i.status === 'chosen').map((i) => i.provider),
    ]);
    const ruledOut = [
      ...domain.stack
        .filter(
          (c) =>
            (c.status === 'rejected' || c.status === 'superseded' || c.status === 'deprecated') &&
            !chosen.has(c.value.toLowerCase()),
        )
        .map((c) => ({ subject: c.value, status: c.status, origin: c.origin, reason: c.reason ?? '' })),
      ...domain.integrations
        .filter((i) => i.status === 'rejected' && !chosen.has(i.provider))
        .map((i) => ({
          // One product under one name: "Firebase Auth" the integration is "Firebase Authentication"
          // the stack choice (the catalogue's name).
          subject: providerById(i.provider)?.name ?? i.name,
          status: 'rejected' as const,
          origin: i.origin,
          reason: i.reason ?? '',
        })),
    ];
    for (const o of ruledOut) {
      const at = refOf(o.origin);
      // One option once: "S3" the integration is "Amazon S3" the storage choice.
      // "PostgreSQL 16" in the alternatives table is the "PostgreSQL" the stack row rejects.
      const subject = unversioned(o.subject.toLowerCase());
      // "Elasticsearch / OpenSearch" the catalogue's name is the "Elasticsearch" a row rejects.
      const parts = subject.split(' / ');
      const known = [...seen].some((k) => {
        const other = unversioned(k.slice(k.indexOf('|') + 1));
        return (
          other === subject ||
          other.endsWith(` ${subject}`) ||
          subject.endsWith(` ${other}`) ||
          parts.includes(other) ||
          other.split(' / ').includes(subject)
        );
      });
      const id = `${o.status}|${o.subject.toLowerCase()}`;
      // The same option listed twice keeps the reason one of its mentions states.
      const listed = decisions.find(
        (d) => d.status === o.status && unversioned(d.subject.toLowerCase()) === subject,
      );
      if (listed && !listed.detail && o.reason) listed.detail = o.reason;
      // "RabbitMQ + MassTransit — reddedildi": the option the line's record names holds this one.
      const holder = at
        ? decisions.find(
            (d) =>
              d.status === o.status &&
              d.at.file === at.file &&
              d.at.line === at.line &&
              wordsOf(d.subject).has(subject),
          )
        : undefined;
      if (holder && !holder.detail && o.reason) holder.detail = o.reason;
      const within = holder !== undefined;
      if (!at || seen.has(id) || known || within) continue;
      seen.add(id);
      decisions.push({ subject: o.subject, status: o.status, detail: o.reason, at });
    }
    // A sign-in method stated for a later phase ("Autentificarea cu Google este amânată pentru Faza 2",
    // "Η σύνδεση με Google έχει μεταφερθεί στη Φάση 2") and chosen nowhere is a deferred option, in the
    // words of its sentence.
    const signIns = (domain.securityFacts ?? []).flatMap((f) => (f.kind === 'social-provider' ? [f] : []));
    for (const f of signIns) {
      const at = refOf(f.origin);
      if (!at || f.status !== 'future' || !f.deferred) continue;
      if (signIns.some((o) => o.status === 'chosen' && o.value === f.value)) continue;
      const id = `deferred|${f.text.toLowerCase()}`;
      if (seen.has(id) || decisions.some((d) => d.at.file === at.file && d.at.line === at.line)) continue;
      seen.add(id);
      decisions.push({ subject: f.text.replace(/[.;:]\s*$/u, ''), status: 'deferred', detail: '', at });
    }
    for (const s of domain.scope) {
      const at = refOf(s.origin);
      const id = `${s.scope}|${s.subject.toLowerCase()}`;
      if (!at || seen.has(id)) continue;
      seen.add(id);
      decisions.push({ subject: s.subject, status: s.scope, detail: s.reason ?? '', at });
    }

    const rule = 'reconcile/precedence/decision-record-for-technology' as const;
    const conflicts: Conflict[] = [];
    const diagnostics = [];
    const overruled = new Set<StackChoice>();
    for (const choice of domain.stack) {
      if (choice.status !== 'chosen') continue;
      const against = lost.find((d) => names(d.title).has(choice.value.toLowerCase()));
      const choiceAt = refOf(choice.origin);
      const decisionAt = against ? refOf(against.origin) : null;
      if (!against || !choiceAt || !decisionAt) continue;
      const rejectionWins =
        rank(rule, ctx.kindOf(decisionAt.file)) <= rank(rule, ctx.kindOf(fileOf(choice.origin)!));
      if (rejectionWins) overruled.add(choice);
      conflicts.push({
        code: 'reconcile/rejected-option-chosen',
        subject: `${choice.concern}: ${choice.value}`,
        sides: [
          { value: `${choice.value} chosen`, at: choiceAt },
          {
            value: `${against.title} ${against.status}${against.reason ? `: ${against.reason}` : ''}`.slice(
              0,
              200,
            ),
            at: decisionAt,
          },
        ],
        resolution: rejectionWins ? `${choice.value} ${against.status}` : `${choice.value} chosen`,
        params: { value: choice.value, status: rejectionWins ? against.status : 'chosen' },
        resolvedBy: fromRule(rule, [choiceAt, decisionAt]),
      });
      diagnostics.push(
        diag(
          'reconcile/rejected-option-chosen',
          `${choice.value} is listed as the ${choice.concern} here, but ${decisionAt.file}:${decisionAt.line} marks it ${against.status}`,
          { at: choiceAt },
        ),
      );
    }
    const findings = {
      ...(decisions.length > 0 ? { decisions } : {}),
      ...(conflicts.length > 0 ? { conflicts } : {}),
    };
    if (overruled.size === 0) return { findings, diagnostics };
    const stack = domain.stack.map((c) => (overruled.has(c) ? { ...c, status: 'rejected' as const } : c));
    return { domain: { ...domain, stack }, findings, diagnostics };
  },
};

/** Technology names in a decision title: "Python (Django/FastAPI)" → python, django, fastapi. */
function names(title: DecisionRecord['title']): Set<string> {
  const out = new Set<string>([title.toLowerCase().trim()]);
  for (const part of title.split(/[/,()+&]|\s+(?:and|or|with|via)\s+/i)) {
    const t = part.trim().toLowerCase();
    if (t) out.add(t);
  }
  return out;
}

/** An option's name without the version written after it (`postgresql 16` → `postgresql`, `node 20.x`). */
const unversioned = (name: string): string => name.replace(/\s+v?\d[\d.x]*$/, '');

/** The words of an option's name of three letters or more, lower-cased. */
const wordsOf = (name: string): Set<string> =>
  new Set(
    name
      .toLowerCase()
      .split(/[\s,()]+/u)
      .filter((w) => w.length >= 3),
  );

/** Two names of one option: the words of the shorter (two at least) are all the longer one's. */
function sameWords(a: string, b: string): boolean {
  const [x, y] = [wordsOf(a.replace(/^[A-Z]+-?\d+:\s*/u, '')), wordsOf(b)];
  const [small, large] = x.size <= y.size ? [x, y] : [y, x];
  return small.size >= 2 && [...small].every((w) => large.has(w));
}
