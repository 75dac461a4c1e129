import { isClientLibrary } from '../knowledge/client-libraries.js';
import { findProviders } from '../knowledge/providers.js';
import { looksLikeRequirementId, matchDefinition } from '../knowledge/requirement-ids.js';
import { findTechnologies } from '../knowledge/technologies.js';
import type { Block, HeadingBlock, TableBlock } from '../markdown/blocks.js';
import { parseMarkdown, plainText } from '../markdown/parse.js';
import type { Domain, IntegrationMention, ProviderDetail } from '../model/domain.js';
import { fromSource } from '../model/origin.js';
import type { SourceDocument } from '../model/sources.js';
import { deliveredTo } from '../read/delivery-words.js';
import { defersLabel, isExample, isOutOfScopeWording } from '../read/index.js';
import { optionsListed } from '../read/option-list-words.js';
import { type MessageChannel, messageChannel, messageChannels } from '../read/period-words.js';
import {
  carrierAfter,
  INTEGRATIONS_HEADING,
  integrationHeadingName,
  isIntegrationColumn,
  onlyVerifiesTokens,
  PROVIDER_ADDRESS,
  PROVIDER_DETAIL,
  PROVIDER_HEADING,
  providerDetail,
  purposeColumn,
  serviceBeforeCarrier,
  statesCallbackSignature,
} from '../read/provider-words.js';
import { providerLimitLine } from '../read/rate-limit-words.js';
import { lostReason } from '../read/reason-words.js';
import { type StatedRetry, statedRetry } from '../read/retry-words.js';
import { isVietnamese } from '../read/vietnamese-force.js';
import { frontMatterPassages, type Passage, passagesOf } from './mentions/blocks.js';
import { componentKey, ownComponents } from './mentions/own-components.js';
import {
  alternatives,
  cellStatus,
  clauseStatus,
  clauses,
  headingStatus,
  isFutureWording,
  isOpenWording,
  type MentionStatus,
  previousEnd,
  within,
} from './mentions/status.js';
import type { Extractor } from './types.js';

/**
 * Extractor `integrations`: third-party services the documents name. Catalogued providers
 * (src/knowledge/providers.ts) are recognised anywhere; a service the catalogue does not know is taken
 * from a table of integrations (`| Integration | Protocol | Phase |`) or from a named `X API` in text
 * that talks about integrations, and kept with only what the documents say. Status follows the same
 * wording rules as the stack: "Why not Cloud API?" rejects, "Phase 3" or "future upgrade" defers.
 */
export const integrationsExtractor: Extractor = {
  name: 'integrations',
  extract({ doc, md, all }) {
    const own = ownComponentsOf(all);
    const found = new Map<string, IntegrationMention>();
    const siblings = setAsideOptions(own);
    const add = (m: IntegrationMention) => {
      const key = `${m.provider}|${m.status}|${m.origin.kind === 'source' ? m.origin.line : 0}`;
      if (!found.has(key)) found.set(key, m);
    };
    for (const p of frontMatterPassages(doc)) {
      for (const m of [...mentionsIn(p, doc.path), ...namedApis(p, doc.path, own)]) add(m);
    }
    const sectionOf = new Map<string, string>();
    // A provider's own section holds its retry sentence ("viene ritentata … per al massimo 8 tentativi").
    for (const { mention, section } of providerSubsections(md.blocks, doc.path)) {
      add(mention);
      sectionOf.set(mentionKey(mention), section);
    }
    const retries: { path: string; text: string; retry: StatedRetry; line: number; row?: true }[] = [];
    for (const block of md.blocks) {
      if (block.kind === 'paragraph' || block.kind === 'list-item') {
        const path = block.headingPath.join('\u0000');
        // Each sentence keeps its own line (a paragraph's second line is cited as such).
        for (const m of block.text.matchAll(/[^.;!?]+[.;!?]?/g)) {
          const retry = statedRetry(plainText(m[0]));
          const line = block.line + (block.text.slice(0, m.index).match(/\n/g)?.length ?? 0);
          if (retry) retries.push({ path, text: plainText(m[0]).trim(), retry, line });
        }
      }
      // A table row that names its provider and states a retry ("| send-whatsapp | … | Kirim pesan
      // WhatsApp lewat Fonnte; diulang maksimal 5 kali … |"): the row's own, for the provider it names.
      if (block.kind === 'table')
        for (const row of block.rows) {
          const text = plainText(row.cells.join('; '));
          const retry = statedRetry(text);
          if (retry) retries.push({ path: '', text: text.trim(), retry, line: row.line, row: true });
        }
      if (block.kind === 'table' && isIntegrationTable(block)) {
        for (const m of integrationTableRows(block, doc.path)) add(m);
        continue;
      }
      const listed = listedService(block);
      const under = !listed && listedUnderIntegrations(block);
      const group = block.kind === 'table' ? `table\u0000${block.line}` : block.headingPath.join('\u0000');
      for (const p of passagesOf(block)) {
        siblings.note(group, p, block, doc.path);
        const known = mentionsIn(p, doc.path);
        for (const m of known) {
          // "## Integrações / ### Notificações push / - Firebase Cloud Messaging (HTTP v1) para
          // lembretes": in a sub-section of the integrations, an item that opens with the service's
          // name lists it as one the project uses, as an item right under the heading does.
          const opens = under && opensWith(p.text, m.name);
          // "## Integrations" then "- **Twilio** — sends the SMS reminders": a catalogued service the
          // project lists as one it integrates with, in use as an uncatalogued one so listed is
          // (listedProvider), and the item says what it is used for.
          if (
            (listed || opens) &&
            block.kind === 'list-item' &&
            m.status === 'mentioned' &&
            p.label === null &&
            p.base === 'mentioned'
          ) {
            m.status = 'chosen';
            m.context = quote(plainText(block.text).replace(/\s*\n\s*/g, ' '));
          }
          add(m);
          // A provider named by a heading ("### Twilio (SMS)") has that heading's section as its own.
          const path = block.kind === 'heading' ? [...block.headingPath, block.text] : block.headingPath;
          sectionOf.set(mentionKey(m), path.join('\u0000'));
        }
        for (const m of labelledIntegrations(p, doc.path, own)) add(m);
        // "| Payments | Stripe Checkout, GoCardless |": an uncatalogued name beside a catalogued one.
        const slots = unknownProvidersInSlot(p, doc.path, own);
        for (const m of slots) add(m);
        if (known.length === 0) {
          const slot = slots.length > 0 ? null : listedProvider(block, p, doc.path, own);
          if (slot) add(slot);
          if (block.kind !== 'heading') for (const m of connectedSystems(p, doc.path, own)) add(m);
          for (const m of channelProviders(p, doc.path, own)) {
            add(m);
            sectionOf.set(mentionKey(m), block.headingPath.join('\u0000'));
          }
        }
        // A named "X API" counts under an integrations heading or label, or when the document
        // names it more than once ("Deliver API integration" in a story is a task title).
        const context = INTEGRATION_CONTEXT.test([...block.headingPath, p.label ?? ''].join(' '));
        for (const m of namedApis(p, doc.path, own)) {
          if (context || occurrences(doc.body, m.name) > 1) add(m);
        }
      }
    }
    // "Ngoài phạm vi: Thanh toán qua ví MoMo (dự kiến giai đoạn 2)", "Utenfor omfang: Integrasjon med
    // Rubic (vurderes i 2028)": an out-of-scope item that names its later phase or year waits for it.
    for (const m of found.values())
      if (m.status === 'out-of-scope' && (isFutureWording(m.context) || LATER_YEAR.test(m.context)))
        m.status = 'future';
    for (const m of siblings.providers(found.values())) add(m);

    attachRetries([...found.values()], sectionOf, retries, doc.path);
    const callbackSignatures = signaturesOf(md.blocks, doc.path);
    return {
      fragment: {
        integrations: [...found.values()],
        ...(callbackSignatures.length > 0 ? { callbackSignatures } : {}),
      },
      diagnostics: [],
    };
  },
};

/** A year in a parenthesis ("(vurderes i 2028)", "(ab 2027)"): when an out-of-scope item is to come. */
const LATER_YEAR = /[(（][^)）]*(?<!\d)20\d\d(?!\d)/u;

const mentionKey = (m: IntegrationMention) =>
  `${m.provider}|${m.origin.kind === 'source' ? m.origin.line : 0}`;

/**
 * A retry count stated in the section of a provider in use ("## SMS … Fehlgeschlagene SMS werden
 * dreimal wiederholt") is that provider's retry policy: when the sentence names the provider, or
 * when it is the only provider in use in that section.
 */
function attachRetries(
  mentions: IntegrationMention[],
  sectionOf: ReadonlyMap<string, string>,
  retries: readonly { path: string; text: string; retry: StatedRetry; line: number; row?: true }[],
  file: string,
): void {
  for (const r of retries) {
    if (r.row) {
      // A row's retry is only the provider it names.
      const named = mentions.filter(
        (m) => (m.status === 'chosen' || m.status === 'mentioned') && !m.retry && nameIn(r.text, m.name),
      );
      for (const m of named.slice(0, 1)) m.retry = retryOf(r, file);
      continue;
    }
    // A catalogued provider's own heading reads as a mention ("### Twilio (SMS)"): its section's
    // retry sentence is still its own.
    const here = mentions.filter(
      (m) => (m.status === 'chosen' || m.status === 'mentioned') && sectionOf.get(mentionKey(m)) === r.path,
    );
    const named = here.filter((m) => r.text.toLowerCase().includes(m.name.toLowerCase()));
    const providers = new Set(here.map((m) => m.provider));
    const targets = named.length > 0 ? named : providers.size === 1 ? here : [];
    for (const m of targets) {
      if (m.retry) continue;
      m.retry = retryOf(r, file);
    }
  }
}

const retryOf = (
  r: { text: string; retry: StatedRetry; line: number },
  file: string,
): NonNullable<IntegrationMention['retry']> => ({
  attempts: r.retry.attempts,
  text: r.text,
  origin: fromSource(file, r.line, quote(r.text)),
  ...(r.retry.interval ? { interval: r.retry.interval } : {}),
});

/** The provider's name as a whole word of the text ("lewat Fonnte;"). */
const nameIn = (text: string, name: string): boolean => {
  const at = text.toLowerCase().indexOf(name.toLowerCase());
  if (at < 0) return false;
  const before = text[at - 1] ?? ' ';
  const after = text[at + name.length] ?? ' ';
  return !/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after);
};

const INTEGRATION_CONTEXT =
  /integrat|external (?:service|api|system)|third[- ]party|provider|integraatio|ulkoi|rajapinta|schnittstelle|intégration|integraci[oó]n|integraç|integra[cç][aã]o/i;

/** The provider is the means of the stated work: "via Twilio", "über Stripe", "par Brevo", "con Twilio", "gennem Nets Easy". */
const INSTRUMENT =
  /(?<!\p{L})(?:via|through|using|with|by|über|mit|mittels|per|par|avec|con|mediante|por|com|atrav[ée]s d[eoa]s?|gennem|igennem|gjennom|igjennom|genom|med)\s+(?:(?:the|le|la|el|o|a|der|die|das|dem|den)\s+)?$/iu;

/**
 * A clause that rejects its option says more than the section it sits in: "Out of scope: payment by
 * bank transfer via PSD2, evaluated and rejected" is rejected, not planned for later.
 */
function withSection(p: Passage, stated: MentionStatus | null): MentionStatus | null {
  if (stated === 'rejected' && (p.forced === 'out-of-scope' || p.forced === 'future')) return stated;
  // And one that postpones its option says more than an "Alternatives considered" label: "Keycloak —
  // rejected as too heavy; Google login — moved to phase 2" rejects Keycloak and defers Google.
  if ((stated === 'future' || stated === 'out-of-scope') && p.forced === 'rejected') return stated;
  // "Ngoài phạm vi: Thanh toán qua ví MoMo (dự kiến giai đoạn 2)": an item of an out-of-scope list
  // that names its later phase is planned for that phase.
  if (stated === 'future' && p.forced === 'out-of-scope') return stated;
  return p.forced ?? stated;
}

function toIntegrationStatus(s: MentionStatus): IntegrationMention['status'] {
  switch (s) {
    case 'chosen':
      return 'chosen';
    case 'mentioned':
      return 'mentioned';
    case 'future':
      return 'future';
    // "PayPal is out of scope": never planned for a later phase, only set aside.
    case 'out-of-scope':
      return 'out-of-scope';
    case 'rejected':
    case 'superseded':
    case 'deprecated':
      return 'rejected';
  }
}

function mentionsIn(p: Passage, file: string): IntegrationMention[] {
  const base: MentionStatus = p.base === 'mentioned' ? 'mentioned' : 'chosen';
  const out: IntegrationMention[] = [];
  const matches = findProviders(p.text);
  if (matches.length === 0) return out;
  // A requirement that states the work is done through a provider ("FR6: reminders are sent by SMS
  // via Twilio") states that the system uses it.
  const requirement = matchDefinition(p.text) !== null;
  for (const { text: clause, offset } of clauses(p.text)) {
    const all = alternatives(clause);
    // Undecided only when two alternatives each offer something: "o" is "or" in Spanish but "the" in
    // Portuguese, so "RF04: O tutor recebe … via SendGrid" splits into a bare label ("RF04:") and one
    // option. An alternative names a provider or a technology, or starts like a name ("Resend o …").
    const offering = all.filter((s) => {
      if (isFutureWording(s.text)) return false;
      if (within(matches, offset + s.offset, offset + s.offset + s.text.length).length > 0) return true;
      const t = s.text.trim();
      return (/^[\p{Lu}\d]/u.test(t) && !/[:,]$/.test(t)) || findTechnologies(t).length > 0;
    });
    const undecided = offering.length > 1 || isOpenWording(clause);
    for (const seg of all) {
      const segStatus: MentionStatus | null = isFutureWording(seg.text)
        ? 'future'
        : undecided
          ? 'mentioned'
          : null;
      for (const m of within(matches, offset + seg.offset, offset + seg.offset + seg.text.length)) {
        let status =
          withSection(
            p,
            clauseStatus(
              clause,
              seg.offset + m.index,
              m.length,
              previousEnd(clause, matches, offset, seg.offset + m.index),
            ) ??
              (segStatus === 'future' || defersLabel(clause.slice(seg.offset + m.index + m.length))
                ? 'future'
                : null),
          ) ??
          segStatus ??
          base;
        if (p.question && status === 'chosen') status = 'mentioned';
        if (
          status === 'mentioned' &&
          p.forced === null &&
          !undecided &&
          requirement &&
          INSTRUMENT.test(clause.slice(Math.max(0, seg.offset + m.index - 24), seg.offset + m.index))
        )
          status = 'chosen';
        // "Foutmeldingen gaan naar Sentry": a sentence stating that the system sends something to the
        // service says it is in use.
        if (
          status === 'mentioned' &&
          p.forced === null &&
          !p.question &&
          !undecided &&
          deliveredTo(clause.slice(Math.max(0, seg.offset + m.index - 40), seg.offset + m.index))
        )
          status = 'chosen';
        if (status === 'chosen' && isExample(clause, seg.offset + m.index)) status = 'mentioned';
        const context = p.label && p.base !== 'mentioned' ? `${p.label}: ${clause}` : clause;
        const integrationStatus = toIntegrationStatus(status);
        // "MobilePay sker gennem Nets Easy": a payment method another service carries.
        const carrier =
          m.provider.category === 'payments'
            ? carrierAfter(clause.slice(seg.offset + m.index + m.length))
            : null;
        out.push({
          provider: m.provider.id,
          name: m.written,
          context: quote(context),
          status: integrationStatus,
          // A paragraph's later line is cited as such ("Foutmeldingen gaan naar Sentry." on its second line).
          origin: fromSource(file, p.line + linesBefore(p.text, offset), quote(clause)),
          ...(integrationStatus === 'rejected' ||
          integrationStatus === 'future' ||
          integrationStatus === 'out-of-scope'
            ? lostReason(p.note, clause.slice(seg.offset + m.index + m.length))
            : {}),
          ...statedChannel(m.provider, `${p.label ?? ''} ${clause}`, m.written),
          ...(carrier && !carrier.toLowerCase().startsWith(m.written.toLowerCase())
            ? { carriedBy: carrier }
            : {}),
        });
      }
    }
  }
  return out;
}

/**
 * BMAD's "External APIs" section (and its translations): each sub-heading is a service we call
 * ("### Stripe API", "## Sistema di Interscambio (SdI) tramite Aruba") when its body states what a
 * provider section states (a URL, routes, endpoints, keys, limits). Catalogued providers are read
 * from the heading's own words like any passage; this adds the ones the catalogue does not know.
 */
function providerSubsections(
  blocks: readonly Block[],
  file: string,
): { mention: IntegrationMention; section: string }[] {
  const out: { mention: IntegrationMention; section: string }[] = [];
  blocks.forEach((block, i) => {
    if (block.kind !== 'heading') return;
    const text = plainText(block.text);
    // "## Intégration Mollie" names its service itself; under "External APIs" each sub-heading does.
    const named = integrationHeadingName(text);
    const parent =
      block.headingPath.length > 0 ? plainText(block.headingPath[block.headingPath.length - 1]!) : '';
    const external = parent !== '' && PROVIDER_HEADING.test(parent);
    const plain = parent !== '' && INTEGRATIONS_HEADING.test(parent);
    const under = external || plain;
    if (!under && !named) return;
    const body = sectionBody(blocks, i, block);
    if (!body.some((b) => 'text' in b && PROVIDER_DETAIL.test(b.text))) return;
    // Under a plain "Integrations" heading the section must say where the provider's API lives.
    if (!external && !named && !body.some((b) => 'text' in b && PROVIDER_ADDRESS.test(b.text))) return;
    const purpose = body.find((b) => b.kind === 'list-item' || b.kind === 'paragraph');
    const status = toIntegrationStatus(headingStatus([...block.headingPath, block.text]) ?? 'chosen');
    const details = detailsOf(body, file, text);
    // "the API only validates Auth0 access tokens" anywhere in the provider's own section.
    const verifies = body.some((b) => 'text' in b && onlyVerifiesTokens(plainText(b.text)))
      ? { verifiesOnly: true }
      : {};
    const origin = fromSource(file, block.line, quote(text));
    const said = (name: string) =>
      quote(purpose && 'text' in purpose ? `${name}: ${plainText(purpose.text)}` : name);
    // A catalogued provider's heading reads as any passage does ("OAuth Providers (e.g., Google)" only
    // mentions them); its mentions carry the section's stated lines.
    const known = passagesOf(block).flatMap((p) => mentionsIn(p, file));
    const section = [...block.headingPath, block.text].join('\u0000');
    for (const m of known) out.push({ mention: { ...m, details, ...verifies }, section });
    const name =
      known.length === 0 && findProviders(text).length === 0
        ? named && findTechnologies(named).length === 0
          ? named
          : under
            ? providerName(text)
            : null
        : null;
    // "## Skebby (SMS)", "## Brevo (email transazionali)": the heading names the channel it carries.
    const channel = name ? channelsOf(text) : {};
    if (name)
      out.push({
        mention: {
          provider: slug(name),
          name,
          context: said(name),
          status,
          origin,
          details,
          ...verifies,
          ...channel,
        },
        section,
      });
  });
  return out;
}

/** The labelled lines of a provider's section, each with its line; routes of child items join the lead's. */
function detailsOf(body: readonly Block[], file: string, heading: string): ProviderDetail[] {
  const out: ProviderDetail[] = [];
  // "**Key Endpoints Used:**" as a paragraph of its own, its routes in the list that follows.
  let endpointsLead = false;
  for (const b of body) {
    if (b.kind !== 'list-item' && b.kind !== 'paragraph') continue;
    const lead = providerDetail(plainText(b.text));
    if (b.kind === 'paragraph') endpointsLead = lead?.aspect === 'endpoints' && !lead.text;
    wrappedDetails(b.text).forEach(({ line, k }) => {
      // A limit stated without its label ("Koha erlaubt höchstens 60 Anfragen pro Minute") is the
      // provider's too: it binds our client, so the integration block carries it.
      const d = providerDetail(plainText(line)) ?? providerLimitLine(plainText(line));
      if (d?.text)
        out.push({
          ...d,
          ...routesOf(d),
          ...(d.aspect === 'purpose' ? { section: heading } : {}),
          origin: fromSource(file, b.line + k, quote(plainText(line))),
        });
    });
    // "- Key Endpoints Used:" with the routes as child items.
    const parent = b.kind === 'list-item' ? b.parents?.[b.parents.length - 1] : undefined;
    const underLead =
      (parent && providerDetail(plainText(parent))?.aspect === 'endpoints') ||
      (!parent && b.kind === 'list-item' && endpointsLead && !lead);
    if (underLead && ROUTE.test(b.text))
      out.push({
        aspect: 'endpoints',
        text: plainText(b.text),
        ...routesOf({ aspect: 'endpoints', text: plainText(b.text) }),
        origin: fromSource(file, b.line, quote(plainText(b.text))),
      });
  }
  return out;
}

/**
 * The lines of a provider section's block, a labelled line joined with the lines that wrap it
 * ("- **Rate Limits:** 30 requests\n  per minute per account"): what the continuation says belongs to
 * the label. A line that opens a label or an item of its own starts anew; `k` is its first line.
 */
function wrappedDetails(text: string): { line: string; k: number }[] {
  const out: { line: string; k: number }[] = [];
  text.split('\n').forEach((line, k) => {
    const last = out[out.length - 1];
    const continues =
      last !== undefined &&
      line.trim().length > 0 &&
      !/^\s*(?:[-*+]|\d+[.)])\s/.test(line) &&
      !providerDetail(plainText(line)) &&
      !!providerDetail(plainText(last.line))?.text;
    if (continues) last.line = `${last.line.trimEnd()} ${line.trim()}`;
    else out.push({ line, k });
  });
  return out;
}

const ROUTE = /\b(?:GET|POST|PUT|PATCH|DELETE)\s+`?(?:\/|https?:)/;
const ROUTES = /\b(GET|POST|PUT|PATCH|DELETE)\s+`?((?:https?:\/\/)?[^\s`,;]+)/g;

/** The routes an endpoints line names, for the jobs and calls that use them. */
function routesOf(d: { aspect: ProviderDetail['aspect']; text: string }): { routes?: string[] } {
  if (d.aspect !== 'endpoints') return {};
  const routes = [...d.text.matchAll(ROUTES)].map((r) => `${r[1]} ${r[2]!.replace(/[.)]+$/, '')}`);
  return routes.length > 0 ? { routes } : {};
}

/** `2. Brevo (email transazionali)` → `Brevo`; `Stripe API` → `Stripe`; a sentence is no name. */
function providerName(heading: string): string | null {
  const name = heading
    .replace(/^[\d.)\\\s]+/, '')
    .replace(/\s*\([^()]*\)\s*$/, '')
    .replace(/\s+(?:apis?|integration|service)$/i, '')
    .trim();
  // "OAuth Providers (e.g., Google, GitHub)" names a kind of service, not one.
  if (/(?:providers?|services?|systems?|anbieter|proveedores|provedores|fournisseurs|fornitori)$/i.test(name))
    return null;
  return name.length > 1 && name.split(/\s+/).length <= 8 && /^[\p{Lu}\d]/u.test(name) ? name : null;
}

/** The blocks under a heading, up to the next heading of the same or a higher level. */
function sectionBody(blocks: readonly Block[], at: number, heading: HeadingBlock): Block[] {
  const out: Block[] = [];
  for (let j = at + 1; j < blocks.length; j++) {
    const b = blocks[j]!;
    if (b.kind === 'heading' && b.level <= heading.level) break;
    out.push(b);
  }
  return out;
}

function isIntegrationTable(block: TableBlock): boolean {
  return isIntegrationColumn(plainText(block.header[0] ?? ''), block.headingPath);
}

/**
 * Each row of an integrations table is one integration the documents state, in use unless its status
 * cell or heading says otherwise: catalogued or not, with the row's purpose column ("Uso", "Purpose",
 * "Zweck") as its purpose, else the whole row.
 */
function integrationTableRows(block: TableBlock, file: string): IntegrationMention[] {
  const inherited = headingStatus(block.headingPath);
  const purposeAt = purposeColumn(block.header.map(plainText));
  const out: IntegrationMention[] = [];
  for (const row of block.rows) {
    const cells = row.cells.map(plainText);
    const name = cells[0] ?? '';
    if (!name) continue;
    const stated = purposeAt > 0 ? (cells[purposeAt] ?? '').trim() : '';
    const purpose =
      stated && !/^[—–-]+$/.test(stated) ? { context: quote(stated), purposeStated: true } : null;
    const status: MentionStatus =
      inherited ??
      cells
        .slice(1)
        .map(cellStatus)
        .find((s) => s !== null) ??
      'chosen';
    const whole = quote(cells.join(' — '));
    const said = purpose ?? { context: whole };
    const known = findProviders(name);
    const origin = fromSource(file, row.line, whole);
    if (known.length > 0) {
      for (const m of known) {
        out.push({
          provider: m.provider.id,
          name: m.written,
          ...said,
          status: toIntegrationStatus(status),
          origin,
          ...statedChannel(m.provider, cells.slice(0, 2).join(' '), m.written),
        });
      }
    } else {
      // "| Service | … |" may list the project's own services ("inventory-service", "Billing API
      // gateway"): a name the catalogue does not know that reads as one of our parts is none.
      if (OWN_PART.test(name.replace(/[`*_]/g, '').trim())) continue;
      const channel = channelsOf(cells.slice(0, 2).join(' '));
      // "Digital Post (e-Boks) via Serviceplatformen": the service, not the way it is reached.
      const service = serviceBeforeCarrier(name);
      out.push({
        provider: slug(service),
        name: service,
        ...said,
        status: toIntegrationStatus(status),
        origin,
        ...channel,
      });
    }
  }
  return out;
}

/** Words that make "X API" a kind of interface rather than a service's name. */
// "through the IPN notification": an Instant Payment Notification is the payment provider's call, no service.
const NOT_A_SERVICE =
  /^(?:rest|restful|graphql|grpc|web|browser|print|fetch|public|internal|admin|management|local|backend|frontend|our|the|new|existing|cloud|server|client|route|json|http|https|external|third-party|platform|open|core|private|partner|storage|edge|this|an?|any|each|same|streaming|native|file|search|auth|payment|email|sms|ipn|webhooks?|callbacks?)$/i;

/**
 * Capitalised words that start a sentence or name a browser or framework interface, not a service:
 * "All API controllers", "WHEN API request" (EARS), "Add API", "Composition API" (Vue), "Clipboard
 * API" (browser), "Own LLM API key".
 */
// Hungarian "az", "egy", "ez" (the, a, this) open a sentence before "API": "Az API alap útvonala".
const COMMON_WORD =
  /^(?:all|main|when|then|if|while|where|add|create|update|delete|get|list|post|put|patch|use|call|with|via|using|your|own|every|some|custom|simple|minimal|single|unified|generic|shared|common|base|v\d+|composition|options|context|clipboard|geolocation|notifications?|canvas|crypto|speech|camera|media|history|intersection|resize|broadcast|permissions?|payment request|dry-run|mock|fake|stub|test|model|llm|ai|user-defined|az|egy|ez)$/i;

/** A name that says it is one of ours: `AccountService`, `Auth Controller`, `Billing module`. */
const OWN_PART =
  /(?:service|controller|gateway|client|module|handler|manager|repository|router|layer|backend|frontend)$/i;

/** `YTJ API`, `PRH API`, `Tally API`: a capitalised name followed by "API", not a catalogued one. */
function namedApis(p: Passage, file: string, own: ReadonlySet<string>): IntegrationMention[] {
  const out: IntegrationMention[] = [];
  // "Assessment API routes" and "the Conversations API layer" are this system's own routes.
  const pattern =
    /\b([A-Z][A-Za-z0-9&.-]{1,24}(?: [A-Z][A-Za-z0-9&.-]{1,24})?) API\b(?! ?(?:routes?|endpoints?|handlers?|layer|calls?|requests?|responses?|types?|design|contract|docs|keys?)\b)/g;
  if (!p.text.includes(' API')) return out;
  for (const { text: clause } of clauses(p.text)) {
    for (let m = pattern.exec(clause); m !== null; m = pattern.exec(clause)) {
      const name = m[1]!;
      const words = name.split(' ');
      if (words.some((w) => NOT_A_SERVICE.test(w) || COMMON_WORD.test(w))) continue;
      // The project's own parts: `AccountService API`, a component of the component table.
      if (OWN_PART.test(name) || own.has(componentKey(name))) continue;
      if (isExample(clause, m.index)) continue;
      if (findProviders(`${name} API`).length > 0 || findTechnologies(name).length > 0) continue;
      const status =
        withSection(p, clauseStatus(clause, m.index, m[0].length)) ??
        (p.base === 'mentioned' ? 'mentioned' : 'chosen');
      out.push({
        provider: slug(`${name} API`),
        name: `${name} API`,
        context: quote(p.label && p.base !== 'mentioned' ? `${p.label}: ${clause}` : clause),
        status: toIntegrationStatus(status),
        origin: fromSource(file, p.line, quote(clause)),
      });
    }
  }
  return out;
}

/** Slot labels that name what a third-party service does, in en, es, pt, fr, de, it, nl, sv, nb, da, tr, cs, hu and vi. */
const PROVIDER_SLOT =
  /^(?:notifications?|notificaciones|notificações|benachrichtigungen|notifiche|meldingen|payments?|payment (?:provider|gateway|processor)|billing|checkout|pagos?|pasarela de pago|pagamentos?|gateway de pagamento|paiements?|zahlungen?|zahlungsanbieter|e-?mail|e-?mails?|transactional e-?mail|mail(?:ing)?|correo(?: electrónico)?|courriel|sms|text messages?|push(?: notifications?)?|notificaciones push|notifications push|maps?|geocoding|mapas|cartes|karten|analytics|analítica|analytique|error tracking|monitoring|object storage|file storage|almacenamiento|armazenamento|stockage|speicher|pagament[oi]|fatturazione|posta elettronica|notifiche push|mappe|archiviazione|betalingen|betaling|betaaldienst|facturatie|pushberichten|pushmeldingen|kaarten|foutrapportage|opslag|bestandsopslag|betalning(?:ar)?|e-post|felrapportering|ödeme(?:ler)?|ödeme (?:sağlayıcısı|altyapısı)|e-posta|bildirim(?:ler)?|anlık bildirim(?:ler)?|harita(?:lar)?|hata izleme|dosya depolama|platb[ay]|platební brán[ay]|(?:transakční )?e-?maily?|mapy|mapové podklady|sledování chyb|úložiště(?: souborů| fotografií)?|fizetés|kártyás fizetés|fizetési szolgáltató|számlázás|e-?mail küldés|térkép(?:ek)?|hibakövetés|fájltárolás|push értesítések?|(?:cổng )?thanh toán|thông báo(?: đẩy)?|lưu trữ (?:tệp|ảnh)|giám sát|πληρωμές|πληρωμή|ειδοποιήσεις|αρχεία|σφάλματα|αποθήκευση αρχείων|whatsapp|pembayaran|gerbang pembayaran|notifikasi(?: push)?|penyimpanan (?:file|berkas)|pemantauan|overvågning|overvåking|övervakning|fillager|fillagring|pl[ăa][țţ]i|procesator de pl[ăa][țţ]i|notific[ăa]ri|stocare(?: fi[șş]iere)?|monitorizare|h[ăa]r[țţ]i|платежі|оплата|платіжн(?:ий|а) (?:провайдер|шлюз|система)|сповіщення|push-сповіщення|електронна пошта|смс|карти|сховище файлів|моніторинг)$/iu;

/** A label that says a provider fills the slot ("Payment provider", "Платіжний провайдер"), not a field or a screen. */
const PROVIDER_LABEL =
  /(?:provider|gateway|processor|anbieter|proveedor|provedor|fournisseur|fornitore|провайдер|шлюз)$/iu;

/** Words that join two slots ("E-mails et SMS", "Email & SMS") or open a qualifier ("Paiement des adhésions"). */
const SLOT_JOIN = /\s*(?:,|&|\+|\/|\s(?:and|et|y|e|und|en|o|ou|or)\s)\s*/iu;
const SLOT_QUALIFIER =
  /\s+(?:des?|du|d'|of|for|pour|para|per|für|van|voor|dei|delle|degli|da|do|dos|das)(?:\s|').*$|\s*\(.*\)$/iu;

/**
 * A stack row's label that names only slots a third-party service fills: "Payments", "E-mails et
 * SMS", "Paiement des adhésions", "Email (transactional)". Every joined part must be a slot, its
 * qualifier set aside.
 */
function providerSlot(label: string): boolean {
  const parts = label.split(SLOT_JOIN).map((x) => x.replace(SLOT_QUALIFIER, '').trim());
  return parts.length > 0 && parts.every((x) => x.length > 0 && PROVIDER_SLOT.test(x));
}

/**
 * A technology table's row that names a service the catalogue does not know in a slot that only a
 * third party fills (`| Payments | Mollie | Accepted |`): the documents' own name, carried as stated
 * with the row's status, never replaced by a catalogued provider. Only a short name, never a sentence,
 * a status word or an open choice.
 */
function unknownProvidersInSlot(p: Passage, file: string, own: ReadonlySet<string>): IntegrationMention[] {
  // A bold label on its own line ("**Payment provider**: LiqPay (API v3)", a spec-kit plan's
  // Technical Context) states the choice as a table row does.
  if (!p.label || p.question) return [];
  const label = p.label.replace(/[*_`]/g, '').trim();
  if (p.base !== 'chosen' && !(p.base === 'labelled' && PROVIDER_LABEL.test(label))) return [];
  if (!providerSlot(label)) return [];
  // The cell's names before any qualifier: "Stripe Checkout, GoCardless" is two services.
  const names = p.text
    .split(/[(;:[]|\s[—–-]\s|\.(?:\s|$)/)[0]!
    .split(',')
    .map((x) => x.replace(/[*_`]/g, '').trim());
  const out: IntegrationMention[] = [];
  for (const name of names) {
    const m = unknownProviderNamed(name, p, file, own);
    if (m) out.push(m);
  }
  return out;
}

function unknownProviderNamed(
  name: string,
  p: Passage,
  file: string,
  own: ReadonlySet<string>,
): IntegrationMention | null {
  // "Viettel Cloud Object Storage": a provider's product name may run to four words, its first a name.
  const words = name.split(/\s+/);
  if (name.length < 2 || name.length > 40 || words.length > 4) return null;
  if (words.length > 2 && (NOT_A_SERVICE.test(words[0]!) || COMMON_WORD.test(words[0]!))) return null;
  if (!/^\p{Lu}/u.test(name) || /\s(?:or|o|ou|oder|vs\.?)\s|\//i.test(name) || isOpenWording(p.text))
    return null;
  if (
    NOT_A_SERVICE.test(name) ||
    isClientLibrary(name) ||
    COMMON_WORD.test(name) ||
    OWN_PART.test(name) ||
    looksLikeRequirementId(name) ||
    own.has(componentKey(name))
  )
    return null;
  if (findTechnologies(name).length > 0 || findProviders(name).length > 0) return null;
  // A stack row labelled with a channel ("| SMS | Skebby |", "| E-Mail | Mailjet |") says what it carries.
  const channel = channelsOf(p.label ?? '');
  return {
    provider: slug(name),
    name,
    context: quote(`${p.label}: ${p.text}`),
    status: toIntegrationStatus(p.forced ?? 'chosen'),
    origin: fromSource(file, p.line, quote(p.text)),
    ...channel,
  };
}

/**
 * A list item of an "Integrations" or "External APIs" section that opens with a name of its own and
 * says what it does ("- **YooKassa** — payments, notifications by webhook", "- SMS.ru: sends sign-in
 * codes"): the documents list a service the project integrates with. A name the catalogue does not
 * know is carried as written, with the channel its description names and the status of its section.
 */
function listedProvider(
  block: Block,
  p: Passage,
  file: string,
  own: ReadonlySet<string>,
): IntegrationMention | null {
  if (block.kind !== 'list-item' || !p.label || p.question) return null;
  const section = block.headingPath[block.headingPath.length - 1] ?? '';
  if (!INTEGRATIONS_HEADING.test(section) && !PROVIDER_HEADING.test(section)) return null;
  const name = p.label.replace(/[*_`]/g, '').trim();
  // A brand may open with digits ("46elks", "360dialog", "1Password"), never with a lower-case word.
  if (name.length > 30 || name.split(/\s+/).length > 3 || !/^(?:\p{Lu}|\d+\p{L})/u.test(name)) return null;
  if (providerSlot(name) || /\s(?:or|o|ou|oder|vs\.?|или)\s|\//iu.test(name)) return null;
  if (!unknownServiceName(name, own) && !CHANNEL_WORD.test(name)) return null;
  return {
    provider: slug(name),
    name,
    context: quote(`${name}: ${p.text}`),
    status: toIntegrationStatus(p.forced ?? 'chosen'),
    origin: fromSource(file, p.line, quote(`${name} — ${p.text}`)),
    ...channelsOf(p.text),
  };
}

/**
 * A line labelled "Integrations" lists the services the project integrates with, each with what it
 * is used for: "**Integrations**: Przelewy24 (REST API v1, the `urlStatus` webhook); Postmark
 * (thank-you email)" (a spec-kit plan's Technical Context). A name the catalogue knows is found by
 * the mention reader; one it does not know is carried as written, with the status of its part.
 */
function labelledIntegrations(p: Passage, file: string, own: ReadonlySet<string>): IntegrationMention[] {
  if (!p.label || p.question || !INTEGRATIONS_HEADING.test(p.label.replace(/[*_`]/g, ''))) return [];
  const out: IntegrationMention[] = [];
  for (const part of splitOutsideParentheses(p.text, p.text.includes(';') ? ';' : ',')) {
    const name =
      /^\s*((?:\p{Lu}|\d+\p{L})[\p{L}\p{N}.&-]*(?: \p{Lu}[\p{L}\p{N}.&-]*){0,2})\s*(?:\(|[:—–-]\s|$)/u
        .exec(part)?.[1]
        ?.replace(/[.-]+$/, '');
    if (!name || name.length > 30 || !unknownServiceName(name, own)) continue;
    if (providerSlot(name) || /\s(?:or|o|ou|oder|vs\.?|или)\s|\//iu.test(name)) continue;
    const what = part.trim();
    out.push({
      provider: slug(name),
      name,
      context: quote(what),
      status: toIntegrationStatus(p.forced ?? 'chosen'),
      origin: fromSource(file, p.line, quote(`${p.label}: ${p.text}`)),
      ...channelsOf(what),
    });
  }
  return out;
}

/** Splits at `sep` outside parentheses ("A (x; y); B" → "A (x; y)", "B"). */
function splitOutsideParentheses(text: string, sep: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '(') depth++;
    else if (c === ')') depth = Math.max(0, depth - 1);
    else if (c === sep && depth === 0) {
      out.push(text.slice(from, i));
      from = i + 1;
    }
  }
  out.push(text.slice(from));
  return out;
}

/** A top-level list item right under an "Integrations" or "External APIs" heading. */
function listedService(block: Block): boolean {
  if (block.kind !== 'list-item' || block.depth !== 0) return false;
  const section = block.headingPath[block.headingPath.length - 1] ?? '';
  return INTEGRATIONS_HEADING.test(section) || PROVIDER_HEADING.test(section);
}

const SET_ASIDE = new Set<MentionStatus>(['rejected', 'superseded', 'out-of-scope']);

/**
 * The options a decision sets aside beside a provider it weighs: "### ADR-02: Procesator de plăți —
 * Decizie: Netopia; Alternative respinse: - EuPlătesc — respins: …, - Stripe — respins: …", "|
 * LiqPay | Прийнято | … | WayForPay | Відхилено | … |", "Рішення: API Нової Пошти …; Розглянуті
 * альтернативи: Укрпошта — поза межами першої версії; Meest — відхилено …". An option the catalogue
 * does not know, set aside in the same table or under the same heading as a provider the document
 * integrates, is a provider of the same kind that lost: carried as written, with its own status and
 * reason. Never a catalogued technology, a common word or one of our own parts.
 */
function setAsideOptions(own: ReadonlySet<string>) {
  const texts = new Map<string, string[]>();
  const candidates: { group: string; mention: IntegrationMention }[] = [];
  const candidate = (
    group: string,
    name: string,
    status: MentionStatus,
    p: Passage,
    file: string,
    said: string,
    reason: string | null,
  ) => {
    const bare = name
      .replace(/[*_`]/g, '')
      .replace(/[.;:,]+$/u, '')
      .trim();
    // A name the catalogue knows is read by the mention reader; "Monobank еквайринг" is Monobank.
    const lead = /^(?:\p{Lu}|\d+\p{L})[\p{L}\p{N}.&'’-]*(?:\s+\p{Lu}[\p{L}\p{N}.&'’-]*){0,2}/u.exec(
      bare,
    )?.[0];
    if (!lead || lead.length > 30 || !unknownServiceName(lead, own) || isClientLibrary(lead)) return;
    // "| Descartada | … |": a status word is no option.
    if (cellStatus(lead) !== null) return;
    if (findProviders(bare).length > 0 || findTechnologies(bare).length > 0) return;
    candidates.push({
      group,
      mention: {
        provider: slug(lead),
        name: lead,
        context: quote(said),
        status: toIntegrationStatus(status),
        origin: fromSource(file, p.line, quote(said)),
        ...(reason ? { reason } : {}),
      },
    });
  };
  return {
    note(group: string, p: Passage, block: Block, file: string): void {
      texts.set(group, [...(texts.get(group) ?? []), p.label ?? '', p.text]);
      if (p.question) return;
      // A table row's option cell set aside by its status cell ("| WayForPay | Відхилено | … |").
      if (block.kind === 'table') {
        if (p.base === 'chosen' && p.forced && SET_ASIDE.has(p.forced) && p.text.split(/\s+/).length <= 3)
          candidate(group, p.text, p.forced, p, file, p.text, p.note ?? null);
        return;
      }
      if (block.kind !== 'list-item' && block.kind !== 'paragraph') return;
      // "- EuPlătesc — respins: …": the item's own name before its verdict.
      if (p.label === null && p.base === 'mentioned' && p.forced && SET_ASIDE.has(p.forced)) {
        const head = /^(.{2,60}?)\s+[—–-]\s+\S/u.exec(p.text)?.[1];
        if (head && block.kind === 'list-item')
          candidate(group, head, p.forced, p, file, p.text, p.note ?? null);
        return;
      }
      // "**Розглянуті альтернативи**: Укрпошта — поза межами …; Meest — відхилено, бо …".
      if (p.label !== null && p.base === 'labelled' && p.forced && SET_ASIDE.has(p.forced)) {
        const items = optionsListed(p.text);
        items.forEach((o, i) => {
          const from = p.text.indexOf(o.name);
          const to = i + 1 < items.length ? p.text.indexOf(items[i + 1]!.name, from + 1) : p.text.length;
          const item = p.text.slice(from, to > from ? to : p.text.length).replace(/[;,\s]+$/u, '');
          // "Укрпошта — поза межами першої версії": out of scope; one planned for later is no lost option.
          if (isFutureWording(item) && !isOutOfScopeWording(item)) return;
          const status: MentionStatus = isOutOfScopeWording(item) ? 'out-of-scope' : p.forced!;
          const why = lostReason(undefined, item.slice(o.name.length)).reason ?? o.reason;
          // "Meest — відхилено": the verdict alone is no reason.
          const verdictOnly = why !== null && why.split(/\s+/).length <= 3 && cellStatus(why) !== null;
          candidate(group, o.name, status, p, file, `${p.label}: ${item}`, verdictOnly ? null : why);
        });
      }
    },
    /** The candidates whose group names a provider the document integrates. */
    providers(found: Iterable<IntegrationMention>): IntegrationMention[] {
      const names = [...found].filter((m) => m.status === 'chosen').map((m) => m.name.toLowerCase());
      const integrates = (group: string) =>
        (texts.get(group) ?? []).some(
          (t) =>
            findProviders(t).length > 0 || names.some((n) => n.length > 2 && t.toLowerCase().includes(n)),
        );
      return candidates.filter((c) => integrates(c.group)).map((c) => c.mention);
    },
  };
}

/**
 * The sentences stating how a provider's callbacks are verified ("## Webhook Midtrans … Backend
 * memverifikasi `signature_key` = SHA-512(…)"), each with the capitalised names of the sentence and of
 * its heading: the provider is named there, the sentence may be another document's than its mention.
 */
function signaturesOf(blocks: readonly Block[], file: string): NonNullable<Domain['callbackSignatures']> {
  const out: NonNullable<Domain['callbackSignatures']> = [];
  for (const b of blocks) {
    if (b.kind !== 'paragraph' && b.kind !== 'list-item') continue;
    // "**Nexi XPay**: … ; l'esito arriva … verificata con il MAC …": an item that opens with a name
    // and a colon is about that name in each of its clauses.
    const lead = /^\s*(?:\*\*|__)?([^:*_\n]{2,60}?)(?:\*\*|__)?\s*:\s/u.exec(b.text)?.[1] ?? '';
    const heading = `${plainText(b.headingPath[b.headingPath.length - 1] ?? '')} ${lead}`;
    for (const s of b.text.matchAll(/[^.;!?\n]+(?:[.;!?]+|$)/g)) {
      // "FR-102: Система ПОВИННА перевіряти підпис …": the requirement's id is no part of the scheme.
      const said = plainText(s[0]).trim();
      const id = /^([^\s:]{2,20}):\s+/u.exec(said);
      const sentence = id && looksLikeRequirementId(id[1]!) ? said.slice(id[0].length) : said;
      if (!statesCallbackSignature(sentence)) continue;
      const names = [...`${heading} ${sentence}`.matchAll(/(?<![\p{L}\p{N}_])\p{Lu}[\p{L}\p{N}]{2,}/gu)].map(
        (m) => m[0].toLowerCase(),
      );
      out.push({
        names: [...new Set(names)],
        text: sentence,
        origin: fromSource(file, b.line + linesBefore(b.text, s.index ?? 0), quote(sentence)),
      });
    }
  }
  return out;
}

/** A top-level list item in a sub-section of an "Integrations" or "External APIs" section. */
function listedUnderIntegrations(block: Block): boolean {
  if (block.kind !== 'list-item' || block.depth !== 0) return false;
  return block.headingPath
    .slice(0, -1)
    .some((h) => INTEGRATIONS_HEADING.test(plainText(h)) || PROVIDER_HEADING.test(plainText(h)));
}

/** The text opens with the name (bold or not): the item is about that service. */
const opensWith = (text: string, name: string): boolean =>
  text
    .replace(/^[\s*_`]+/, '')
    .toLowerCase()
    .startsWith(name.toLowerCase());

/** A name that starts with a channel word but is a service of its own ("SMS.ru", "Mail.ru"). */
const CHANNEL_WORD = /^(?:sms|e-?mail|mail)\.\p{L}{2,}$/iu;

/** What a third party delivers or processes, in en, es, pt, fr, de and it. */
const CHANNEL =
  /\b(?:sms|text messages?|e-?mails?|mails?|push(?:-nachrichten| notifications?)?|payments?|zahlungen?|pagos?|pagamentos?|paiements?|correos?|courriels?|nachrichten|mensajes|mensagens|messages|pagament[oi]|notifiche|messaggi|betalingen|betaling|berichten|meldingen|fizetés\p{L}*|számlázás\p{L}*)\b|(?<!\p{L})(?:thanh toán|tin nhắn|πληρωμ\p{L}*|μηνύματ\p{L}*|pembayaran|pesan|notifikasi)(?!\p{L})/iu;
/**
 * A system the project connects to, named after an integration noun: "Anbindung an DATEV",
 * "Schnittstelle zu Lexware", "integration with Xero", "integración con Holded", "intégration avec
 * Pennylane", "integração com Omie". A capitalised name the catalogue does not know, carried as
 * written with the status of its clause ("erst für Version 2 geplant" defers it).
 */
const CONNECTED =
  /(?<!\p{L})(?:Anbindung|Schnittstelle|Integration|Anschluss|Kopplung|integration|connection|connector|integración|conexión|intégration|connexion|raccordement|integração|conexão|integrazione|connessione|Integrasjon|integrasjon|kobling|tilkobling)\s+(?:an|zu|mit|with|to|con|avec|à|com|med|mot|til)\s+(?:das |die |den |dem |the |el |la |le |l'|o |a )?(\p{Lu}[\p{L}\p{N}.&-]{1,24})(?![\p{L}\p{N}&-]|\.\p{L}|[ -]?\p{Lu})/gu;
/** A possessive or pronoun after the noun ("Integration with Your Architecture") names no system. */
const POSSESSIVE =
  /^(?:your|our|their|its|my|ihr\p{L}*|unser\p{L}*|sein\p{L}*|votre|notre|leur|su|sus|nuestr\p{L}*|seu|sua|noss\p{L}*)$/iu;

/** A name that can be a service the catalogue does not know: not a common word, our own part or a known name. */
function unknownServiceName(name: string, own: ReadonlySet<string>): boolean {
  return !(
    name.length < 3 ||
    looksLikeRequirementId(name) ||
    NOT_A_SERVICE.test(name) ||
    isClientLibrary(name) ||
    COMMON_WORD.test(name) ||
    OWN_PART.test(name) ||
    CHANNEL.test(name) ||
    own.has(componentKey(name)) ||
    findTechnologies(name).length > 0 ||
    findProviders(name).length > 0
  );
}

function connectedSystems(p: Passage, file: string, own: ReadonlySet<string>): IntegrationMention[] {
  const out: IntegrationMention[] = [];
  for (const { text: clause } of clauses(p.text)) {
    for (const m of clause.matchAll(CONNECTED)) {
      const name = m[1]!.replace(/[.-]+$/, '');
      if (POSSESSIVE.test(name) || !unknownServiceName(name, own) || isExample(clause, m.index ?? 0))
        continue;
      const status =
        withSection(p, clauseStatus(clause, m.index ?? 0, m[0].length)) ??
        (isFutureWording(clause) ? 'future' : 'mentioned');
      out.push({
        provider: slug(name),
        name,
        context: quote(clause),
        status: toIntegrationStatus(p.question && status === 'chosen' ? 'mentioned' : status),
        origin: fromSource(file, p.line, quote(clause)),
      });
    }
  }
  return out;
}

/**
 * The message channel a clause names: the category of a provider the catalogue does not know; every
 * channel when it names several ("Zenvia para SMS e WhatsApp" carries both).
 */
function channelsOf(text: string): Pick<IntegrationMention, 'channel' | 'channels'> {
  const channel = messageChannel(text);
  const all = messageChannels(text);
  return channel ? { channel, ...(all.length > 1 ? { channels: all } : {}) } : {};
}

/**
 * The channels a clause gives one service: all it names, less those of a part that names another
 * service ("e-mails through Ecomail and SMS through SMSbrána.cz": SMS is SMSbrána.cz's); "SMS and
 * e-mails through Brevo" gives Brevo both.
 */
function ownChannels(text: string, written: string, id: string | null): MessageChannel[] {
  const mine = written.toLowerCase();
  const theirs = new Set<string>();
  for (const part of text.split(CHANNEL_PARTS)) {
    if (part.toLowerCase().includes(mine)) continue;
    const other =
      findProviders(part).some((m) => m.provider.id !== id) ||
      [...part.matchAll(VIA_NAMED)].some((m) => m[1]!.toLowerCase() !== mine);
    if (other) for (const c of messageChannels(part)) theirs.add(c);
  }
  const own = messageChannels(text).filter((c) => !theirs.has(c));
  return own.length > 0 ? own : messageChannels(text);
}

/** The parts of a clause that each give a channel to one service: "e-mails through X and SMS through Y". */
const CHANNEL_PARTS = /\s*(?:[,;]|(?<!\p{L})(?:and|und|et|y|e|en|a|og|och|i|oraz|ve)(?!\p{L}))\s*/iu;

/** Catalogue categories of providers that carry several message channels (Twilio: SMS and WhatsApp). */
const MESSAGING = new Set(['sms', 'chat', 'whatsapp']);

/**
 * The WhatsApp channel a messaging provider is stated for ("Twilio para WhatsApp", "| Twilio
 * (WhatsApp) | …", "WhatsApp über Twilio"): the channel is WhatsApp, never the catalogue's SMS. Stated
 * for SMS and WhatsApp both ("Twilio for SMS and WhatsApp"), it carries both; so does an e-mail
 * provider stated for e-mail and SMS.
 */
function statedChannel(
  provider: { id: string; category: string },
  text: string,
  written: string,
): Pick<IntegrationMention, 'channel' | 'channels'> {
  // An e-mail provider stated for SMS too ("| E-mails et SMS | Brevo |") carries both; a channel the
  // same words give another service ("e-mails through Ecomail and SMS through SMSbrána.cz") is that
  // service's.
  if (provider.category === 'email') {
    const named = ownChannels(text, written, provider.id);
    return named.length > 1 && named.includes('email') ? { channel: 'email', channels: named } : {};
  }
  if (!MESSAGING.has(provider.category)) return {};
  const named = messageChannels(text).filter((c) => c === 'sms' || c === 'whatsapp');
  if (named.length > 1) return { channels: named };
  return messageChannel(text) === 'whatsapp' ? { channel: 'whatsapp' } : {};
}

/**
 * "über die API von sipgate", "through the API of Acme", "via la API de Mensajito", "par l'API de
 * X", "pela API da Y": the provider is named right after "the API of", lower-case brands included.
 */
const API_OF =
  /\b(?:the )?api (?:of|from|von|de|del|da|do|di)\s+(?:the |der |la |el |l'|o |a )?([\p{L}][\p{L}\p{N}.&-]{1,24})/giu;
/**
 * "SMS are sent via Acme", "los SMS se envían con Mensajito", "SMS přes SMSbrána.cz", "SMS cez
 * BulkGate": a capitalised name after the instrument word. Polish "przez" is left out: it also names
 * the agent of a passive ("potwierdzona przez Przelewy24"), not the way a message goes.
 */
// The name ends at a word's end: without it "pelo Mercado Pago" backtracked to "Mercad".
const VIA_NAMED =
  /(?:^|\s)(?:via|through|über|durch|mediante|a trav[ée]s de|par|pelo|pela|por|using|tramite|thông qua|μέσω|lewat|melalui|přes|cez)\s+(?:the |der |die |dem |el |la |le |l'|o |a |ví |cổng |του |της |το )?(\p{Lu}[\p{L}\p{N}.&-]{1,24}|\p{Ll}\p{Lu}[\p{L}\p{N}.&-]{1,23})(?![\p{L}\p{N}&]|[ -]\p{Lu})/gu;
/** vi "thanh toán qua ví MoMo", "gửi qua Zalo ZNS": a name after "qua" (via), a wallet or gateway word between. */
const VIA_NAMED_VI =
  /(?:^|\s)qua\s+(?:ví |cổng )?(\p{Lu}[\p{L}\p{N}.&-]{1,24}|\p{Ll}\p{Lu}[\p{L}\p{N}.&-]{1,23})(?![\p{L}\p{N}&]|[ -]\p{Lu})/gu;
/**
 * "Pix via Mercado Pago": the first name is carried by the second, which is the service; "IPN của
 * VNPay" (VNPay's IPN): the first name is a part of the second.
 */
const CARRIED_BY =
  /^\s+(?:via|through|über|durch|mediante|pelo|pela|par|a trav[ée]s de|tramite|của)\s+\p{Lu}/u;

/**
 * A service the catalogue does not know, named as the one that delivers a channel (SMS, e-mail,
 * push, payments): "SMS werden über die API von sipgate versendet". Only in a sentence that names the
 * channel; never a catalogued technology, a common word or one of the project's own parts.
 */
function channelProviders(p: Passage, file: string, own: ReadonlySet<string>): IntegrationMention[] {
  if (!CHANNEL.test(p.text) && !CHANNEL.test(p.label ?? '')) return [];
  const out: IntegrationMention[] = [];
  for (const { text: clause } of clauses(p.text)) {
    if (!CHANNEL.test(clause) && !CHANNEL.test(p.label ?? '')) continue;
    // Vietnamese "qua" (via) is Italian "here": read only in Vietnamese text.
    for (const re of isVietnamese(clause) ? [API_OF, VIA_NAMED, VIA_NAMED_VI] : [API_OF, VIA_NAMED]) {
      for (const m of clause.matchAll(re)) {
        const name = m[1]!.replace(/[.-]+$/, '');
        if (
          !unknownServiceName(name, own) ||
          /^(?:api|rest|http|https|webhooks?|queue|cron|job|jobs|worker|celery|redis)$/i.test(name) ||
          // A channel is no service: "sends the link via WhatsApp", "lewat WhatsApp", "per SMS".
          /^(?:whatsapp|sms|e-?mail|push)$/i.test(name)
        )
          continue;
        if (isExample(clause, m.index ?? 0)) continue;
        if (CARRIED_BY.test(clause.slice((m.index ?? 0) + m[0].length))) continue;
        const status =
          withSection(p, clauseStatus(clause, m.index ?? 0, m[0].length)) ??
          // The sentence names it as the instrument of the channel: stated as in use.
          (isFutureWording(clause) ? 'future' : 'chosen');
        const said = `${p.label ?? ''} ${clause}`;
        const carried = ownChannels(said, name, null);
        const first = messageChannel(said);
        const lead = first && carried.includes(first) ? first : carried[0];
        const channel = !lead
          ? {}
          : carried.length > 1
            ? { channel: lead, channels: carried }
            : { channel: lead };
        out.push({
          // "eSMS.vn" and "eSMS" are one provider: the web address's country or trade ending is not the name.
          provider: slug(name.replace(/(?<=\p{L}{2})\.(?:[a-z]{2}|com|net|io)$/u, '')),
          name,
          context: quote(p.label && p.base !== 'mentioned' ? `${p.label}: ${clause}` : clause),
          status: toIntegrationStatus(p.question && status === 'chosen' ? 'mentioned' : status),
          origin: fromSource(file, p.line, quote(clause)),
          ...channel,
        });
        break;
      }
    }
  }
  return out;
}

/** How many line breaks come before `offset` in `text`. */
function linesBefore(text: string, offset: number): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

function occurrences(text: string, needle: string): number {
  let n = 0;
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + needle.length)) n++;
  return n;
}

/** `Efí Pix` → `efi-pix`: accents are dropped from their letters, not the letters from the name. */
function slug(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/\(.*?\)/g, '')
    .replace(/[^a-z0-9\p{Script=Cyrillic}\p{Script=Greek}\p{Lo}]+/gu, '-')
    .replace(/^-|-$/g, '');
}

function quote(text: string): string {
  return text.length > 200 ? `${text.slice(0, 197)}...` : text;
}

const OWN_SURFACE =
  /\b([A-Z][\w-]{2,24}(?: [A-Z][\w-]{2,24})?) (?:Endpoints?|Routes?|Controllers?|Handlers?|Views?|Screens?|Pages?)\b/g;

const ownCache = new WeakMap<readonly SourceDocument[], Set<string>>();

/** The project's own component names, read once per compile from every document. */
function ownComponentsOf(all: readonly SourceDocument[]): Set<string> {
  let hit = ownCache.get(all);
  if (!hit) {
    hit = ownComponents(all.map((d) => parseMarkdown(d)));
    // A name the documents also give to one of our own endpoints, routes or screens ("Neighborhood
    // Endpoint" beside "Neighborhood API") is this system's interface, not a third party's.
    for (const d of all) {
      for (const m of d.body.matchAll(OWN_SURFACE)) hit.add(componentKey(m[1]!));
    }
    ownCache.set(all, hit);
  }
  return hit;
}
