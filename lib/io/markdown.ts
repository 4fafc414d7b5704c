import { getEntry } from '../claims/catalog';
import type { ClaimId } from '../claims/ids';
import type { ClaimEntry } from '../claims/schema';
import type { Shortlist } from '../db/shortlists';
import { MARKETPLACE_LABELS } from '../sites/hosts';
import { sightingKey, type SupplierView } from './supplier-view';

/**
 * Markdown dossiers of one supplier or one shortlist. Page text and the user's text are data,
 * not markup: every character Markdown or HTML gives a meaning to is escaped, line breaks in a
 * one-line field are flattened (no heading or list can be smuggled in), and links are written
 * only for http(s) addresses, percent-encoded so a ")" cannot close them early.
 */

type Lookup = (id: ClaimId) => ClaimEntry | undefined;

/** Text safe inside a Markdown paragraph, table cell or heading: no markup, no HTML. */
export function escapeMarkdown(text: string): string {
  return (
    text
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '')
      // HTML first, so the entities' own characters are not escaped again.
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/[\\`*_{}[\]()!|~]/g, '\\$&')
      // Characters that only mean something at the start of a line (headings, lists, rules,
      // setext underlines, ordered lists): escaped there, left readable elsewhere ("2026-11-20").
      .replace(/^(\s*)([#+\-=])/gm, '$1\\$2')
      .replace(/^(\s*\d+)([.)])/gm, '$1\\$2')
  );
}

/** One line of page text (names, claim text): line breaks become spaces. */
export const inline = (text: string) => escapeMarkdown(text.replace(/\s*[\r\n\u2028\u2029]+\s*/g, ' ').trim());

/** The user's multi-line notes as a block quote, each line escaped. */
function quoteBlock(text: string): string {
  return text
    .split(/\r\n|\r|\n|\u2028|\u2029/)
    .map((l) => (l.trim() ? `> ${escapeMarkdown(l)}` : '>'))
    .join('\n');
}

/** `[label](url)` for http(s) URLs; plain escaped text otherwise. */
export function mdLink(label: string, url: string): string {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return inline(label);
  }
  if (u.protocol !== 'https:' && u.protocol !== 'http:') return inline(label);
  const href = u.href.replace(/[()<> ]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
  return `[${inline(label)}](${href})`;
}

const STATUS_WORDS: Record<string, string> = {
  unchecked: 'not checked yet',
  'asked-supplier': 'asked the supplier',
  confirmed: 'confirmed at the issuer',
  'not-found': 'not found in the registry',
  mismatch: 'registry record does not match',
  expired: 'expired',
  'not-publicly-checkable': 'not publicly checkable (ask for the report)',
};

const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);

function supplierSection(view: SupplierView, lookup: Lookup, level: number): string {
  const h = '#'.repeat(level);
  const { supplier: s } = view;
  const out: string[] = [];
  out.push(`${h} ${inline(s.name || s.key)}`, '');
  const facts = [
    `- Marketplace: ${escapeMarkdown(MARKETPLACE_LABELS[s.marketplace])}`,
    `- Page: ${mdLink(s.url, s.url)}`,
    s.country && `- Country: ${inline(s.country)}`,
    s.years && `- On the marketplace: ${inline(s.years)}`,
    s.businessType && `- Business type: ${inline(s.businessType)}`,
    s.badges.length > 0 && `- Marketplace badges: ${s.badges.map(inline).join(', ')}`,
    view.tags.length > 0 && `- Tags: ${view.tags.map(inline).join(', ')}`,
    `- Seen: ${day(s.firstSeen)} to ${day(s.lastSeen)}`,
  ].filter(Boolean);
  out.push(...(facts as string[]), '');

  out.push(`${h}# Claims`, '');
  if (view.sightings.length === 0) out.push('No certification claims seen.', '');
  for (const g of view.sightings) {
    const entry = lookup(g.claimId);
    const name = entry?.name ?? g.claimId;
    out.push(`${h}## ${inline(name)}${g.version && g.version !== name ? ` (${inline(g.version)})` : ''}`, '');
    out.push(`- On the page: “${inline(g.text)}” (${g.evidence === 'platform' ? 'the marketplace says' : 'the supplier says'})`);
    if (g.flags.length) out.push(`- Red flags: ${g.flags.map(inline).join(', ')}`);
    if (g.certificateNumber) out.push(`- Certificate number stated: ${inline(g.certificateNumber)}`);
    if (g.issuer) out.push(`- Issuer stated: ${inline(g.issuer)}`);
    if (g.validUntil) out.push(`- Valid until (stated): ${inline(g.validUntil)}`);
    const v = view.verifications.get(sightingKey(g));
    if (v && v.status !== 'unchecked') {
      const when = v.checkedOn || v.askedOn || day(v.updatedAt);
      const where = v.registryUsed ? ` in ${inline(v.registryUsed)}` : '';
      out.push(`- Verification: ${STATUS_WORDS[v.status] ?? inline(v.status)}${where} on ${inline(when)}`);
      if (v.expiryDate) out.push(`- Expiry date (checked): ${inline(v.expiryDate)}`);
      if (v.note) out.push(`- Verification note: ${inline(v.note)}`);
    } else {
      out.push('- Verification: not checked yet');
    }
    if (entry) {
      out.push(`- What it certifies: ${inline(entry.certifies)}`);
      out.push(`- What it does not: ${inline(entry.doesNotCertify)}`);
      out.push(`- Ask the supplier for: ${inline(entry.askFor)}`);
      out.push(`- How to verify: ${inline(entry.howToVerify)}`);
    }
    out.push('');
  }

  out.push(`${h}# Notes`, '');
  out.push(view.note?.text.trim() ? quoteBlock(view.note.text) : 'No notes.', '');
  return out.join('\n');
}

function header(title: string, now: number): string[] {
  return [
    `# ${inline(title)}`,
    '',
    `Dossier written by CertLens on ${day(now)}. Claims are what the marketplace or the supplier says; only a “confirmed at the issuer” verification was checked by you.`,
    '',
  ];
}

export function supplierDossier(view: SupplierView, opts: { now?: number; lookup?: Lookup } = {}): string {
  const now = opts.now ?? Date.now();
  return [...header(view.supplier.name || view.supplier.key, now), supplierSection(view, opts.lookup ?? getEntry, 2)].join('\n');
}

export function shortlistDossier(
  list: Pick<Shortlist, 'name' | 'note'>,
  views: readonly SupplierView[],
  opts: { now?: number; lookup?: Lookup } = {},
): string {
  const now = opts.now ?? Date.now();
  const out = header(`Shortlist: ${list.name}`, now);
  if (list.note.trim()) out.push(quoteBlock(list.note), '');
  out.push(`${views.length} ${views.length === 1 ? 'supplier' : 'suppliers'}:`, '');
  for (const v of views) out.push(`- ${inline(v.supplier.name || v.supplier.key)}`);
  out.push('');
  for (const v of views) out.push(supplierSection(v, opts.lookup ?? getEntry, 2));
  return out.join('\n');
}
