import type { ClaimFlag, ClaimId } from '../claims/ids';
import type { SupplierClaims } from '../messages/envelope';
import type { Hit } from '../scan/hits';
import type { PageScan } from '../scan/page-scan';
import type { CardInfo, CardStatus, CardVerification } from '../messages/to-content';
import { createShadowHost, el } from './dom';
import type { Highlighter } from './highlighter';

/**
 * The hover card: a `<certlens-card>` host with an open shadow root carrying its own CSS, shown
 * when the pointer rests on a highlighted claim. Its text comes from the background (card-info):
 * the content script bundles no catalog prose, and only what the card shows enters the page.
 */

export interface CardSource {
  get(ids: readonly ClaimId[]): Promise<Partial<Record<ClaimId, CardInfo>>>;
  /** The suppliers' verification progress, keyed by supplier key (issue #5); absent: none shown. */
  verification?(suppliers: readonly SupplierClaims[]): Promise<Record<string, CardVerification>>;
}

/**
 * The same words as STATUS_LABELS in lib/verify/status.ts (a test keeps them equal), repeated
 * because that module pulls full zod into the content script. "Not found" says where, never "fake".
 */
export const CARD_STATUS_LABELS: Record<CardStatus, string> = {
  unchecked: 'Unchecked',
  'asked-supplier': 'Asked supplier',
  confirmed: 'Confirmed at issuer',
  'not-found': 'Not found at registry',
  mismatch: 'Mismatch',
  expired: 'Expired',
  'not-publicly-checkable': 'Not publicly checkable',
};

/** At most this many suppliers and claims each per request (MAX_CARD_SUPPLIERS / MAX_CARD_IDS in protocol.ts). */
const MAX_SUPPLIERS = 100;
const MAX_CLAIMS = 100;

/** The page's suppliers and their distinct claims (id + version), as the background needs them for progress. */
export function supplierClaims(scan: Pick<PageScan, 'suppliers'>): SupplierClaims[] {
  return scan.suppliers.slice(0, MAX_SUPPLIERS).map((s) => {
    const seen = new Set<string>();
    const claims: SupplierClaims['claims'] = [];
    for (const c of s.claims) {
      const k = `${c.id}|${c.version ?? ''}`;
      if (seen.has(k) || claims.length >= MAX_CLAIMS) continue;
      seen.add(k);
      claims.push(c.version ? { id: c.id, version: c.version } : { id: c.id });
    }
    return { key: s.key, claims };
  });
}

/** How the card introduces the day a status dates from. */
const DATE_WORDS: Record<CardStatus, string> = {
  unchecked: 'on',
  'asked-supplier': 'asked on',
  confirmed: 'checked on',
  'not-found': 'checked on',
  mismatch: 'checked on',
  expired: 'valid until',
  'not-publicly-checkable': 'noted on',
};

/** "Confirmed at issuer, checked on 2026-03-12": the status and, when recorded, its day. */
export function statusText(status: CardStatus, date: string | undefined): string {
  return date ? `${CARD_STATUS_LABELS[status]}, ${DATE_WORDS[status]} ${date}` : CARD_STATUS_LABELS[status];
}

/** The recorded statuses of one claim of a supplier: one per version the user checked. */
export function claimStatuses(v: CardVerification | undefined, id: ClaimId): { version: string; status: CardStatus; date?: string }[] {
  if (!v) return [];
  const out: { version: string; status: CardStatus; date?: string }[] = [];
  for (const [key, status] of Object.entries(v.statuses)) {
    const bar = key.indexOf('|');
    if (bar < 0 || key.slice(0, bar) !== id) continue;
    const date = v.dates?.[key];
    out.push(date ? { version: key.slice(bar + 1), status, date } : { version: key.slice(bar + 1), status });
  }
  return out.sort((a, b) => a.version.localeCompare(b.version));
}

/** Whether the user recorded anything for this supplier (markers and the card stay quiet until then). */
export function hasRecords(v: CardVerification | undefined): v is CardVerification {
  return !!v && Object.keys(v.statuses).length > 0;
}

export const FLAG_LABELS: Record<ClaimFlag, string> = {
  obsolete: 'Obsolete version',
  misnomer: 'Wrong wording',
  vague: 'Too vague to check',
  'not-certifiable': 'Not something a factory can hold',
  expired: 'Stated date has passed',
};

/*
 * The host is a zero-size fixed box whose every property is reset with !important: in the
 * cascade, important rules of a shadow root's :host beat the page's own important rules, so
 * page CSS can neither hide, fade nor move the card. The card itself is positioned inside the
 * shadow tree, where page selectors cannot reach.
 */
const CARD_CSS = `
:host { all: initial !important; position: fixed !important; left: 0 !important; top: 0 !important;
  width: 0 !important; height: 0 !important; overflow: visible !important; display: block !important;
  z-index: 2147483647 !important; pointer-events: none !important; }
:host([hidden]) { display: none !important; }
.card { position: absolute; box-sizing: border-box; width: 320px; max-width: calc(100vw - 16px); padding: 10px 12px; border-radius: 8px;
  background: #fff; color: #1b1f23; border: 1px solid #c9ced6; box-shadow: 0 6px 20px rgba(0,0,0,.18);
  font: 13px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; text-align: left; }
.head { display: flex; align-items: baseline; gap: 8px; margin: 0 0 4px; }
.name { font-weight: 600; font-size: 14px; }
.evidence { font-size: 11px; color: #57606a; text-transform: uppercase; letter-spacing: .03em; }
.summary { margin: 0; }
.flag { margin: 8px 0 0; padding: 6px 8px; border-radius: 6px; background: #fdecea; color: #8e1b1b; }
.flag-label { font-weight: 600; }
.brand { margin-top: 6px; font-size: 11px; color: #57606a; }
.verification { margin: 8px 0 0; padding: 4px 8px; border-radius: 6px; background: #eef1f4; color: #1b1f23; }
.verification[data-status="confirmed"] { background: #e6f4ea; color: #1e5631; }
.verification[data-status="not-found"], .verification[data-status="mismatch"], .verification[data-status="expired"] { background: #fdecea; color: #8e1b1b; }
.progress { margin: 6px 0 0; font-size: 12px; color: #1b1f23; }
`;

/** Picks the red-flag note that best fits what the page wrote. */
export function pickFlagNote(notes: readonly string[], hitText: string, flags: readonly ClaimFlag[]): string | undefined {
  if (notes.length === 0 || flags.length === 0) return undefined;
  const words = new Set(hitText.toLowerCase().split(/[^a-z0-9\u4e00-\u9fff]+/).filter((w) => w.length > 1));
  let best: string | undefined;
  let bestScore = -1;
  for (const note of notes) {
    let score = 0;
    const lower = note.toLowerCase();
    for (const w of words) if (lower.includes(w)) score += 1;
    if (flags.includes('obsolete') && lower.includes('ended on')) score += 0.5;
    if (score > bestScore) {
      bestScore = score;
      best = note;
    }
  }
  return best;
}

export function hitText(hit: Hit): string {
  if (hit.pieces.length === 0) return hit.element?.textContent?.trim() ?? '';
  return hit.pieces.map((p) => p.node.data.slice(p.start, p.end)).join('');
}

type CaretDoc = Document & {
  caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?: (x: number, y: number) => Range | null;
};

function caretAt(doc: Document, x: number, y: number): { node: Node; offset: number } | null {
  const d = doc as CaretDoc;
  if (typeof d.caretPositionFromPoint === 'function') {
    const p = d.caretPositionFromPoint(x, y);
    return p ? { node: p.offsetNode, offset: p.offset } : null;
  }
  if (typeof d.caretRangeFromPoint === 'function') {
    const r = d.caretRangeFromPoint(x, y);
    return r ? { node: r.startContainer, offset: r.startOffset } : null;
  }
  return null;
}

function pointInRange(range: Range, x: number, y: number): boolean {
  for (const rect of Array.from(range.getClientRects())) {
    if (x >= rect.left - 1 && x <= rect.right + 1 && y >= rect.top - 1 && y <= rect.bottom + 1) return true;
  }
  return false;
}

export class HoverCard {
  private host: HTMLElement | null = null;
  private body: HTMLElement | null = null;
  private current: Hit | null = null;
  private cache = new Map<ClaimId, CardInfo | null>();
  private pending = new Set<ClaimId>();
  private verification: Record<string, CardVerification> = {};
  /** Suppliers of the last scan, for page-level hits on a one-supplier page. */
  private onlySupplier: string | null = null;
  private verificationAsked = 0;
  private frame = 0;
  private lastPoint: { x: number; y: number } | null = null;
  private readonly ac = new AbortController();

  constructor(
    private readonly doc: Document,
    private readonly highlighter: Highlighter,
    private readonly source: CardSource,
    signal?: AbortSignal,
  ) {
    const opts = { passive: true, signal: this.ac.signal } as const;
    signal?.addEventListener('abort', () => this.destroy(), { once: true });
    doc.addEventListener('pointermove', (e) => this.onPointer(e), opts);
    doc.addEventListener('scroll', () => this.hide(), { ...opts, capture: true });
    doc.addEventListener('keydown', (e) => e.key === 'Escape' && this.hide(), opts);
    // The pointer left the window (pointerleave does not reach the document itself).
    doc.documentElement.addEventListener('pointerleave', () => this.hide(), opts);
    doc.defaultView?.addEventListener('blur', () => this.hide(), opts);
  }

  /** Fetches card texts ahead of hovering (one message per scan). */
  prefetch(ids: Iterable<ClaimId>): void {
    const missing = [...new Set(ids)].filter((id) => !this.cache.has(id) && !this.pending.has(id));
    if (missing.length === 0) return;
    for (const id of missing) this.pending.add(id);
    this.source
      .get(missing)
      .then((cards) => {
        for (const id of missing) this.cache.set(id, cards[id] ?? null);
      })
      .catch(() => {})
      .finally(() => {
        for (const id of missing) this.pending.delete(id);
        if (this.current && missing.includes(this.current.id)) this.render(this.current);
      });
  }

  /**
   * Asks for the scan's suppliers' verification progress and keeps it for the card; resolves
   * with it (the markers show it too). An older answer arriving after a newer request is dropped.
   */
  async loadVerification(scan: Pick<PageScan, 'suppliers'>): Promise<Record<string, CardVerification>> {
    this.onlySupplier = scan.suppliers.length === 1 ? scan.suppliers[0]!.key : null;
    const suppliers = supplierClaims(scan).filter((s) => s.claims.length > 0);
    if (!this.source.verification || suppliers.length === 0) return this.verification;
    const asked = ++this.verificationAsked;
    try {
      const answer = await this.source.verification(suppliers);
      if (asked !== this.verificationAsked) return this.verification;
      this.verification = answer;
      if (this.current && this.body) this.render(this.current);
    } catch {
      // No progress to show; the card still explains the claim.
    }
    return this.verification;
  }

  private onPointer(e: PointerEvent): void {
    this.lastPoint = { x: e.clientX, y: e.clientY };
    // One hit test per frame, however fast the pointer moves.
    if (this.frame) return;
    const win = this.doc.defaultView;
    if (!win) return;
    this.frame = win.requestAnimationFrame(() => {
      this.frame = 0;
      if (this.lastPoint) this.check(this.lastPoint.x, this.lastPoint.y);
    });
  }

  /** Shows the card for whatever claim is under (x, y), or hides it. Public for tests. */
  check(x: number, y: number): Hit | null {
    const found = this.hitAt(x, y);
    if (!found) {
      this.hide();
      return null;
    }
    this.show(found, x, y);
    return found;
  }

  hitAt(x: number, y: number): Hit | null {
    const caret = caretAt(this.doc, x, y);
    if (caret) {
      const t = this.highlighter.hitAtTextPosition(caret.node, caret.offset);
      if (t && pointInRange(t.range, x, y)) return t.hit;
    }
    const badge = this.highlighter.hitForElement(this.doc.elementFromPoint?.(x, y) ?? null);
    return badge?.hit ?? null;
  }

  private ensureHost(): void {
    if (this.host?.isConnected) return;
    const { host, root } = createShadowHost(this.doc, 'certlens-card', CARD_CSS);
    host.setAttribute('role', 'tooltip');
    host.hidden = true;
    const body = el(this.doc, 'div', 'card');
    root.append(body);
    this.doc.documentElement.append(host);
    this.host = host;
    this.body = body;
  }

  private show(hit: Hit, x: number, y: number): void {
    this.ensureHost();
    if (this.current !== hit || this.host!.hidden) {
      this.current = hit;
      this.render(hit);
      if (!this.cache.has(hit.id)) this.prefetch([hit.id]);
    }
    const win = this.doc.defaultView!;
    const width = Math.min(320, win.innerWidth - 16);
    const left = Math.max(8, Math.min(x + 12, win.innerWidth - width - 8));
    const below = y + 18;
    const top = below + 160 > win.innerHeight ? Math.max(8, y - 170) : below;
    this.body!.style.left = `${left}px`;
    this.body!.style.top = `${top}px`;
    this.host!.hidden = false;
  }

  private render(hit: Hit): void {
    const body = this.body;
    if (!body) return;
    const info = this.cache.get(hit.id);
    body.replaceChildren();
    const head = el(this.doc, 'div', 'head');
    head.append(
      el(this.doc, 'span', 'name', info?.name ?? hit.id),
      el(this.doc, 'span', 'evidence', hit.evidence === 'platform' ? 'Platform says' : 'Supplier says'),
    );
    body.append(head);
    body.append(el(this.doc, 'p', 'summary', info ? info.summary : info === null ? 'No explanation yet.' : 'Loading…'));
    if (hit.flags.length > 0) {
      const flag = el(this.doc, 'p', 'flag');
      flag.append(el(this.doc, 'span', 'flag-label', `Red flag: ${hit.flags.map((f) => FLAG_LABELS[f]).join(', ')}. `));
      const note = info ? pickFlagNote(info.flagNotes, hitText(hit), hit.flags) : undefined;
      if (note) flag.append(this.doc.createTextNode(note));
      body.append(flag);
    }
    const supplier = this.verification[hit.supplierKey ?? this.onlySupplier ?? ''];
    if (hasRecords(supplier)) {
      const statuses = claimStatuses(supplier, hit.id);
      for (const { version, status, date } of statuses) {
        const line = el(
          this.doc,
          'p',
          'verification',
          `You recorded${statuses.length > 1 && version ? ` (${version})` : ''}: ${statusText(status, date)}`,
        );
        line.setAttribute('data-status', status);
        body.append(line);
      }
      body.append(el(this.doc, 'p', 'progress', `This supplier: ${supplier.progress}`));
    }
    body.append(el(this.doc, 'div', 'brand', 'CertLens · open the side panel for how to verify'));
  }

  hide(): void {
    this.current = null;
    if (this.host) this.host.hidden = true;
  }

  /** Forget the hit the card points at (its highlight is gone after a rescan). */
  reset(): void {
    this.hide();
  }

  get visible(): boolean {
    return !!this.host && !this.host.hidden;
  }

  destroy(): void {
    this.ac.abort();
    if (this.frame) this.doc.defaultView?.cancelAnimationFrame(this.frame);
    this.host?.remove();
    this.host = null;
    this.body = null;
    this.current = null;
  }
}
