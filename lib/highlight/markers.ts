import type { CardVerification } from '../messages/to-content';
import type { PageScan } from '../scan/page-scan';
import { createShadowHost, el } from './dom';
import { hasRecords } from './hover-card';

/**
 * List pages: a small `<certlens-marker>` at the top of each supplier card with its claim count
 * and red-flag count, so the user can tell the cards apart before opening one.
 */

const MARKER_CSS = `
:host { all: initial !important; display: inline-block !important; margin: 2px 0 !important; }
.m { display: inline-flex; gap: 6px; align-items: center; padding: 1px 7px; border-radius: 10px;
  font: 600 11px/1.6 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; background: #fff8e1; color: #5d4300; border: 1px solid #f9a825; }
.m.flagged { background: #fdecea; color: #8e1b1b; border-color: #c62828; }
`;

export interface MarkerCounts {
  claims: number;
  flags: number;
}

export function markerCounts(supplier: PageScan['suppliers'][number]): MarkerCounts {
  const flags = supplier.flags.length + supplier.claims.filter((c) => c.flags.length > 0).length;
  return { claims: supplier.claims.length, flags };
}

export function markerText({ claims, flags }: MarkerCounts, verification?: CardVerification): string {
  const c = `${claims} claim${claims === 1 ? '' : 's'}`;
  const text = flags > 0 ? `CertLens: ${c} · ${flags} red flag${flags === 1 ? '' : 's'}` : `CertLens: ${c}`;
  // Progress only once the user recorded something: "0 of 4 confirmed" on every card is noise.
  return hasRecords(verification) ? `${text} · ${verification.confirmed} of ${verification.total} confirmed` : text;
}

interface Placed {
  host: HTMLElement;
  span: HTMLElement;
  key: string;
  counts: MarkerCounts;
}

export class Markers {
  private placed: Placed[] = [];
  /** The last verification answer, kept so a rescan's markers show it at once. */
  private verification: Record<string, CardVerification> = {};

  constructor(private readonly doc: Document) {}

  /** Replaces all markers: one per supplier that has an anchor on the page. */
  apply(scan: PageScan, anchors: ReadonlyMap<string, Element>): number {
    this.clear();
    for (const supplier of scan.suppliers) {
      const anchor = anchors.get(supplier.key);
      if (!anchor?.isConnected) continue;
      const counts = markerCounts(supplier);
      const { host, root } = createShadowHost(this.doc, 'certlens-marker', MARKER_CSS);
      host.setAttribute('data-claims', String(counts.claims));
      host.setAttribute('data-flags', String(counts.flags));
      host.setAttribute('role', 'note');
      const span = el(this.doc, 'span', counts.flags > 0 ? 'm flagged' : 'm');
      root.append(span);
      const placed = { host, span, key: supplier.key, counts };
      this.render(placed);
      anchor.prepend(host);
      this.placed.push(placed);
    }
    return this.placed.length;
  }

  /** Shows the suppliers' verification progress on the markers in place ("2 of 5 confirmed"). */
  showVerification(verification: Record<string, CardVerification>): void {
    this.verification = verification;
    for (const p of this.placed) this.render(p);
  }

  private render({ host, span, key, counts }: Placed): void {
    const v = this.verification[key];
    const text = markerText(counts, v);
    host.setAttribute('aria-label', text);
    if (hasRecords(v)) {
      host.setAttribute('data-confirmed', String(v.confirmed));
      host.setAttribute('data-total', String(v.total));
    } else {
      host.removeAttribute('data-confirmed');
      host.removeAttribute('data-total');
    }
    span.textContent = text;
  }

  clear(): void {
    for (const p of this.placed) p.host.remove();
    this.placed = [];
  }

  destroy(): void {
    this.clear();
  }
}
