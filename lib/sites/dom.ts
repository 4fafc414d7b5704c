/**
 * Small DOM helpers shared by the adapters. Standard DOM only (querySelectorAll, getAttribute,
 * textContent, childNodes) so the same code runs on linkedom in Node (`npm run scan`, tests) and
 * on the live page in the content script. Nothing here throws on an unexpected page.
 */

export function qs(root: ParentNode | null | undefined, selector: string): Element | null {
  if (!root) return null;
  try {
    return root.querySelector(selector);
  } catch {
    return null;
  }
}

export function qsa(root: ParentNode | null | undefined, selector: string): Element[] {
  if (!root) return [];
  try {
    return Array.from(root.querySelectorAll(selector));
  } catch {
    return [];
  }
}

/** textContent with whitespace collapsed, trimmed; '' for a missing element. */
export function textOf(el: Node | null | undefined): string {
  if (!el) return '';
  return (el.textContent ?? '').replace(/\s+/g, ' ').trim();
}

export function attr(el: Element | null | undefined, name: string): string {
  return el?.getAttribute(name)?.trim() ?? '';
}

/** Cuts a string to `max` characters (the PageScan schema caps most strings). */
export function clip(s: string, max: number): string {
  return s.length <= max ? s : s.slice(0, max - 1).trimEnd() + '…';
}

/** Parses an href that may be protocol-relative (`//sub.en.made-in-china.com`). */
export function parseHref(href: string | null | undefined, base = 'https://www.example.com/'): URL | null {
  if (!href) return null;
  const h = href.trim();
  if (!h || /^(javascript|mailto|tel):/i.test(h)) return null;
  try {
    return new URL(h.startsWith('//') ? 'https:' + h : h, base);
  } catch {
    return null;
  }
}

/** The first label (subdomain) of `host` when it ends with one of `suffixes`; '' otherwise. */
export function subdomainOf(host: string, suffixes: readonly string[]): string {
  const h = host.toLowerCase();
  for (const suffix of suffixes) {
    if (h.endsWith(suffix) && h.length > suffix.length) {
      const sub = h.slice(0, -suffix.length);
      // `zhenbenchina.m.en.alibaba.com` (mobile minisite) has the store name first.
      const first = sub.split('.')[0];
      if (first && first !== 'www' && first !== 'm') return first;
    }
  }
  return '';
}

/** Label → value rows such as `<tr><td class="subject">Business Type:</td><td>…</td></tr>`. */
export function labelled(rows: Element[], labelSel: string, valueSel: string): Map<string, Element> {
  const out = new Map<string, Element>();
  for (const row of rows) {
    const label = textOf(qs(row, labelSel)).replace(/[:：]\s*$/, '').toLowerCase();
    const value = qs(row, valueSel);
    if (label && value && !out.has(label)) out.set(label, value);
  }
  return out;
}

/**
 * Reads a JSON object embedded in an inline <script> after `marker` (e.g. `window.shopBizData =`).
 * The object is cut out by matching braces (string-aware) and handed to JSON.parse: page script
 * is never evaluated. Returns undefined when there is no such script or the JSON is not valid.
 */
export function scriptJson(doc: Document, marker: string): unknown {
  for (const script of qsa(doc, 'script:not([src])')) {
    const src = script.textContent ?? '';
    const at = src.indexOf(marker);
    if (at < 0) continue;
    const open = src.indexOf('{', at + marker.length);
    if (open < 0) continue;
    const json = balancedObject(src, open);
    if (!json) continue;
    try {
      return JSON.parse(json);
    } catch {
      continue;
    }
  }
  return undefined;
}

/**
 * The `{...}` starting at `open`, skipping braces inside JSON strings; null when unbalanced.
 * Strings (most of an embedded data blob) are skipped with indexOf: their closing quote is the
 * first one after an even run of backslashes.
 */
export function balancedObject(s: string, open: number): string | null {
  let depth = 0;
  const n = s.length;
  for (let i = open; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c === 34 /* " */) {
      let j = i;
      for (;;) {
        j = s.indexOf('"', j + 1);
        if (j < 0) return null;
        let backslashes = 0;
        for (let k = j - 1; s.charCodeAt(k) === 92 /* \ */; k--) backslashes++;
        if ((backslashes & 1) === 0) break;
      }
      i = j;
    } else if (c === 123 /* { */) depth++;
    else if (c === 125 /* } */) {
      depth--;
      if (depth === 0) return s.slice(open, i + 1);
    }
  }
  return null;
}

/** Safe property walk over parsed JSON: get(obj, 'a', 'b', 0, 'c'). */
export function get(obj: unknown, ...path: Array<string | number>): unknown {
  let cur: unknown = obj;
  for (const key of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string | number, unknown>)[key];
  }
  return cur;
}

export function str(v: unknown): string {
  if (typeof v === 'string') return v.trim();
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  return '';
}

export function arr(v: unknown): unknown[] {
  return Array.isArray(v) ? v : [];
}

/** Strips tags from an HTML snippet found in JSON (search titles carry `<strong>`), as plain text. */
export function stripTags(s: string): string {
  return s.replace(/<[^>]*>/g, '').replace(/&amp;/g, '&').replace(/\s+/g, ' ').trim();
}

/** A `country` value from an address-like line: "Guangdong, China" → "China". */
export function lastPart(s: string): string {
  const parts = s.split(',').map((p) => p.trim()).filter(Boolean);
  return parts[parts.length - 1] ?? '';
}

/** The canonical URL of the page, when it declares one. */
export function canonicalUrl(doc: Document): URL | null {
  return parseHref(attr(qs(doc, 'link[rel="canonical"]'), 'href'));
}
