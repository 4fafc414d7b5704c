import type { ClaimFlag, ClaimId } from '../claims/ids';
import { detect } from '../detect';
import type { Match } from '../detect/types';
import { blockedReason } from '../sites/blocked';
import { clip } from '../sites/dom';
import { pickAdapter } from '../sites';
import type { Extraction, PlatformClaim, Region, SupplierExtraction, TextSource } from '../sites/types';
import type { Hit } from './hits';
import type { Claim, Evidence, PageScan, SupplierScan } from './page-scan';
import { assessSuppliers } from './assess';
import { piecesFor, textBlocks } from './text-blocks';

/**
 * Document → PageScan + Hits: the one entry point shared by the content script and
 * `npm run scan`. Picks the adapter for the URL, walks each region's text nodes once, runs the
 * detector on the region texts, and folds matches into claims per supplier.
 *
 * Runs in the content script: imports ids and detection only, never catalog prose.
 */

export interface ScanOptions {
  /** "Today", for the `expired` flag (tests pass a fixed date). */
  now?: Date;
}

export interface ScanDocumentResult {
  scan: PageScan;
  hits: Hit[];
  /** Supplier key → its card on list pages (where the per-card marker goes). */
  anchors: Map<string, Element>;
}

/**
 * Claims merge by (id, version). Claims that differ only in evidence are kept apart: the panel
 * shows "platform says" and "supplier says" separately. `iso-other` stands for many standards
 * (ISO 20000, ISO 14064, ...): without a version, its written name keeps them apart.
 */
const claimKey = (evidence: Evidence, id: ClaimId, version: string | undefined, text: string) =>
  `${evidence}|${id}|${version ?? (id === 'iso-other' ? text.toUpperCase().replace(/[^A-Z0-9]/g, '') : '')}`;

class ClaimSet {
  private byKey = new Map<string, Claim>();

  add(m: Pick<Match, 'id' | 'text' | 'flags' | 'version' | 'certificateNumber' | 'issuer' | 'validUntil'>, evidence: Evidence): Claim {
    const key = claimKey(evidence, m.id, m.version, m.text);
    const existing = this.byKey.get(key);
    if (!existing) {
      const claim: Claim = { id: m.id, text: clip(m.text.replace(/\s+/g, ' ').trim(), 200), evidence, flags: [...m.flags] };
      if (m.version) claim.version = clip(m.version, 40);
      if (m.certificateNumber) claim.certificateNumber = clip(m.certificateNumber, 80);
      if (m.issuer) claim.issuer = clip(m.issuer, 80);
      if (m.validUntil) claim.validUntil = m.validUntil.slice(0, 20);
      claim.occurrences = 1;
      this.byKey.set(key, claim);
      return claim;
    }
    existing.occurrences = (existing.occurrences ?? 1) + 1;
    for (const f of m.flags) if (!existing.flags.includes(f)) existing.flags.push(f);
    // A later statement that names the certificate (number, issuer, date) is the useful one.
    if (!existing.certificateNumber && m.certificateNumber) {
      existing.certificateNumber = clip(m.certificateNumber, 80);
      if (m.issuer) existing.issuer = clip(m.issuer, 80);
      if (m.validUntil) existing.validUntil = m.validUntil.slice(0, 20);
    }
    if (!existing.issuer && m.issuer) existing.issuer = clip(m.issuer, 80);
    if (!existing.validUntil && m.validUntil) existing.validUntil = m.validUntil.slice(0, 20);
    return existing;
  }

  list(): Claim[] {
    return [...this.byKey.values()];
  }
}

/** Adapters may list the same supplier twice (two offers of one store on a search page). */
function mergeSuppliers(list: SupplierExtraction[]): SupplierExtraction[] {
  const byKey = new Map<string, SupplierExtraction>();
  for (const s of list) {
    const prev = byKey.get(s.key);
    if (!prev) {
      byKey.set(s.key, {
        ...s,
        platformClaims: [...s.platformClaims],
        regions: [...s.regions],
        texts: [...s.texts],
        badges: s.badges ? [...s.badges] : undefined,
        identifiers: s.identifiers ? [...s.identifiers] : undefined,
      });
      continue;
    }
    prev.name ||= s.name;
    prev.url ||= s.url;
    prev.years ||= s.years;
    prev.country ||= s.country;
    prev.businessType ||= s.businessType;
    prev.anchor ||= s.anchor;
    for (const b of s.badges ?? []) if (!(prev.badges ??= []).includes(b)) prev.badges.push(b);
    for (const i of s.identifiers ?? []) {
      const ids = (prev.identifiers ??= []);
      if (!ids.some((x) => x.type === i.type && x.value === i.value)) ids.push(i);
    }
    prev.platformClaims.push(...s.platformClaims);
    prev.regions.push(...s.regions);
    prev.texts.push(...s.texts);
  }
  return [...byKey.values()];
}

/**
 * Flags the detector gives a badge's own label ("ISO" alone is vague even when the platform shows
 * it). A list page repeats the same few labels on every card: each is read once per scan (the
 * flags array is then shared by those hits; nothing changes a hit's flags).
 */
function platformFlagsReader(now: Date | undefined): (pc: PlatformClaim) => { flags: ClaimFlag[]; version?: string } {
  const seen = new Map<string, { flags: ClaimFlag[]; version?: string }>();
  return (pc) => {
    const key = `${pc.id}\u0000${pc.text}`;
    let r = seen.get(key);
    if (!r) {
      const m = detect(pc.text, { claimList: true, now }).find((x) => x.id === pc.id);
      r = m ? { flags: m.flags, version: m.version } : { flags: [] };
      seen.set(key, r);
    }
    return r;
  };
}

/** Runs the scan to the end in one go (Node, tests, `npm run scan`). */
export function scanDocument(doc: Document, url: string, opts: ScanOptions = {}): ScanDocumentResult {
  const steps = scanDocumentSteps(doc, url, opts);
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/**
 * The same scan as a generator that pauses (yields) between pieces of work: after the adapter,
 * and after each text block of each region. It stays pure and synchronous; a caller that must
 * not hold the thread for long (the content script on a big list page, lib/highlight/slices.ts)
 * resumes it across tasks. The DOM may change between steps: hits keep the text nodes they
 * were read from, and the highlighter skips any that left the document.
 */
export function* scanDocumentSteps(doc: Document, url: string, opts: ScanOptions = {}): Generator<void, ScanDocumentResult, void> {
  const now = opts.now;
  const hits: Hit[] = [];
  const anchors = new Map<string, Element>();
  let parsed: URL | null = null;
  try {
    parsed = new URL(url);
  } catch {
    parsed = null;
  }
  const adapter = pickAdapter(parsed);
  const base: Omit<PageScan, 'pageKind' | 'suppliers' | 'claims'> = { url: url.slice(0, 4000), marketplace: adapter.id };

  const blocked = blockedReason(doc, adapter.id !== 'generic');
  if (blocked) {
    return { scan: { ...base, pageKind: 'blocked', suppliers: [], claims: [], blockedReason: clip(blocked, 200) }, hits, anchors };
  }

  const pageUrl = parsed ?? new URL('about:blank');
  // Adapters return empty results on unexpected pages; should one still throw on a page layout
  // nobody foresaw, the page gets an empty scan rather than a broken content script.
  let pageKind: PageScan['pageKind'] = 'other';
  let extraction: Extraction = { suppliers: [], regions: [] };
  try {
    pageKind = adapter.pageKind(pageUrl, doc);
    extraction = adapter.extract(doc, pageUrl);
  } catch {
    extraction = { suppliers: [], regions: [] };
  }
  if (extraction.blockedReason) {
    return {
      scan: { ...base, pageKind: 'blocked', suppliers: [], claims: [], blockedReason: clip(extraction.blockedReason, 200) },
      hits,
      anchors,
    };
  }

  const suppliers = mergeSuppliers(extraction.suppliers);
  yield;

  // Every region root is a boundary for every other region: nested regions (a claim-list row
  // inside a supplier block) are read once, by the innermost region.
  const allRoots = new Set<Element>();
  for (const s of suppliers) for (const r of s.regions) allRoots.add(r.root);
  for (const r of extraction.regions) allRoots.add(r.root);
  // A badge's own label ("Verified Supplier", "Top Merchant") inside a supplier region is the
  // platform speaking: it is counted once, as the platform claim, not again as supplier text.
  const badgeElements = new Set<Element>();
  for (const s of suppliers) {
    for (const pc of s.platformClaims) {
      if (pc.element && !allRoots.has(pc.element) && (pc.element.textContent ?? '').length < 120) badgeElements.add(pc.element);
    }
  }

  // What every region's walk stops at (the other regions' roots and the badges). The walker
  // never skips its own root, so one set serves every region without exclusions.
  const boundaries = new Set<Element>(allRoots);
  for (const b of badgeElements) boundaries.add(b);

  function* scanRegion(region: Region, supplierKey: string | null, claims: ClaimSet): Generator<void, void, void> {
    let skip: Set<Element> = boundaries;
    if (region.exclude?.length) {
      skip = new Set(boundaries);
      for (const ex of region.exclude) skip.add(ex);
    }
    // One block at a time (a slice never walks a whole 5 MB region), and a pause after each of
    // its three parts (reading it, detecting, mapping matches to the page): on a page dense with
    // claims each is a few milliseconds, so no slice has to hold the thread for all three.
    for (const block of textBlocks(region.root, { skip })) {
      if (/\S/.test(block.text)) {
        yield;
        const matches = detect(block.text, { claimList: region.claimList, now });
        if (matches.length) yield;
        for (const m of matches) {
          const claim = claims.add(m, region.evidence);
          const pieces = piecesFor(block, m.start, m.end);
          // The match's flags are its own (detect() returns fresh arrays): no copy needed.
          if (pieces.length) hits.push({ supplierKey, id: claim.id, evidence: region.evidence, flags: m.flags, pieces });
        }
      }
      yield;
    }
  }
  const scanText = (source: TextSource, claims: ClaimSet) => {
    if (!source.text.trim()) return;
    for (const m of detect(source.text, { claimList: source.claimList, now })) claims.add(m, source.evidence);
  };

  const platformFlags = platformFlagsReader(now);
  const seenRegion = new Set<Element>();
  const supplierScans: SupplierScan[] = [];
  for (const s of suppliers) {
    const claims = new ClaimSet();
    for (const pc of s.platformClaims) {
      const { flags, version } = platformFlags(pc);
      const claim = claims.add({ id: pc.id, text: pc.text, flags, version, issuer: pc.issuer }, 'platform');
      if (pc.element) hits.push({ supplierKey: s.key, id: claim.id, evidence: 'platform', flags, pieces: [], element: pc.element });
    }
    for (const region of s.regions) {
      // The same element listed twice (merged offers) is still read once.
      if (seenRegion.has(region.root)) continue;
      seenRegion.add(region.root);
      yield* scanRegion(region, s.key, claims);
    }
    for (const t of s.texts) {
      scanText(t, claims);
      yield;
    }
    if (s.anchor && !anchors.has(s.key)) anchors.set(s.key, s.anchor);

    const out: SupplierScan = { key: clip(s.key, 200), name: clip(s.name, 300), flags: [], claims: claims.list() };
    if (s.url) out.url = s.url.slice(0, 2000);
    if (s.years) out.years = clip(s.years, 60);
    if (s.country) out.country = clip(s.country, 60);
    if (s.businessType) out.businessType = clip(s.businessType, 200);
    if (s.badges?.length) out.badges = s.badges.map((b) => clip(b, 120));
    if (s.identifiers?.length) {
      out.identifiers = s.identifiers.slice(0, 20).map((i) => ({ type: clip(i.type, 40), value: clip(i.value, 80) }));
    }
    supplierScans.push(out);
  }

  const pageClaims = new ClaimSet();
  for (const region of extraction.regions) {
    if (seenRegion.has(region.root)) continue;
    seenRegion.add(region.root);
    yield* scanRegion(region, null, pageClaims);
  }

  assessSuppliers(supplierScans, suppliers);

  return {
    scan: { ...base, pageKind, suppliers: supplierScans.slice(0, 500), claims: pageClaims.list().slice(0, 2000) },
    hits,
    anchors,
  };
}
