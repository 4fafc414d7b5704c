import type { PageScan } from '../scan/page-scan';
import { createShadowHost, el } from './dom';

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

export function markerText({ claims, flags }: MarkerCounts): string {
  const c = `${claims} claim${claims === 1 ? '' : 's'}`;
  return flags > 0 ? `CertLens: ${c} · ${flags} red flag${flags === 1 ? '' : 's'}` : `CertLens: ${c}`;
}

export class Markers {
  private hosts: HTMLElement[] = [];

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
      const text = markerText(counts);
      host.setAttribute('aria-label', text);
      host.setAttribute('role', 'note');
      root.append(el(this.doc, 'span', counts.flags > 0 ? 'm flagged' : 'm', text));
      anchor.prepend(host);
      this.hosts.push(host);
    }
    return this.hosts.length;
  }

  clear(): void {
    for (const h of this.hosts) h.remove();
    this.hosts = [];
  }

  destroy(): void {
    this.clear();
  }
}
