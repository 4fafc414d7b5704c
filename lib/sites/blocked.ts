import { qs, qsa } from './dom';

/**
 * Bot-check, captcha and access-denied pages (issue #4). On these the marketplace shows no
 * supplier content, so the scan must say "blocked" instead of "no certifications".
 *
 * Markers, each seen on a real capture or documented in shared/corpus/selectors.md §1e:
 * - 1688 slider: `<title>验证码拦截</title>` + cf.aliyun.com/nocaptcha + g.alicdn.com/AWSC (1688-captcha-1.html)
 * - Akamai edge block: `<TITLE>Access Denied</TITLE>`, "Reference #18.…", errors.edgesuite.net (dhgate-blocked-1.html)
 * - Alibaba punish page: `<punish-component>`, `_config_`, `_____tmd_____`, baxia, x5sec (vct-connect audit, 2026-10-01)
 * - HTTP 200 with an empty body (same audit)
 *
 * Normal Alibaba pages also load the nocaptcha / baxia scripts (alibaba-search-1.html loads
 * `sd/ncpc/nc.js`), so script markers only count when the page shows next to no text.
 */

/** Titles that only a block page has. */
const BLOCK_TITLES: Array<[RegExp, string]> = [
  [/验证码拦截|滑动验证/, 'captcha: the site asked for a slider check (验证码拦截)'],
  [/^\s*access denied\s*$/i, 'access denied: the site refused the request (edge block)'],
];
/** Titles a product could also carry ("Security Check X-ray Machine"): only with next to no text. */
const WEAK_BLOCK_TITLE = /captcha|robot check|are you a robot|attention required|just a moment|security check|verify you are human|安全验证/i;

const SCRIPT_MARKERS = /_____tmd_____|x5sec|punish|nocaptcha|\/AWSC\/|baxia|_config_/i;

/**
 * Visible characters in the body, counted up to `limit` (cheap: stops early). Walks by
 * firstChild / nextSibling, so a body with 20,000 paragraphs is not listed before the first
 * 400 characters are found.
 */
export function visibleTextLength(doc: Document, limit = 400): number {
  const body = doc.body;
  if (!body) return 0;
  let n = 0;
  let node: Node = body;
  walk: while (n < limit) {
    let descend = false;
    if (node.nodeType === 3) n += (node.nodeValue ?? '').replace(/\s+/g, '').length;
    else if (node.nodeType === 1) {
      const tag = (node as Element).tagName.toUpperCase();
      descend = !(tag === 'SCRIPT' || tag === 'STYLE' || tag === 'NOSCRIPT' || tag === 'TEMPLATE');
    }
    if (descend && node.firstChild) {
      node = node.firstChild;
      continue;
    }
    for (;;) {
      if (node === body) break walk;
      if (node.nextSibling) {
        node = node.nextSibling;
        continue walk;
      }
      const parent: Node | null = node.parentNode;
      if (!parent) break walk;
      node = parent;
    }
  }
  return n;
}

/**
 * Why this page is a block page, or undefined when it is not.
 * `strict` (the marketplace adapters) also treats an empty body as blocked; the generic adapter
 * does not, because an empty page elsewhere is just an empty page.
 */
export function blockedReason(doc: Document, strict: boolean): string | undefined {
  const title = (doc.title || (qs(doc, 'title')?.textContent ?? '')).trim();
  for (const [re, reason] of BLOCK_TITLES) {
    if (title && re.test(title)) return reason;
  }
  const visible = visibleTextLength(doc);
  if (visible < 300 && title && WEAK_BLOCK_TITLE.test(title)) {
    return 'bot check: the site asked to prove a human is browsing';
  }
  if (visible < 200 && qs(doc, 'punish-component')) {
    return 'bot check: the site showed its anti-robot page (punish)';
  }
  if (visible < 300) {
    const text = doc.body?.textContent ?? '';
    if (/errors\.edgesuite\.net/.test(text) && /Reference\s*#/i.test(text)) {
      return 'access denied: the site refused the request (edge block)';
    }
  }
  if (visible < 80) {
    const scripts = qsa(doc, 'script');
    const marked = scripts.some(
      (s) => SCRIPT_MARKERS.test(s.getAttribute('src') ?? '') || SCRIPT_MARKERS.test((s.textContent ?? '').slice(0, 5000)),
    );
    if (marked) return 'bot check: the site served a challenge script instead of the page';
    if (strict && visible === 0 && !hasContentElements(doc)) {
      return 'empty page: the site returned no content (often a bot check)';
    }
  }
  return undefined;
}

/** An SPA shell (`<div id="root"></div>`) is not a block page: it may render later. */
function hasContentElements(doc: Document): boolean {
  const body = doc.body;
  if (!body) return false;
  for (const el of Array.from(body.children)) {
    const tag = el.tagName.toUpperCase();
    if (tag !== 'SCRIPT' && tag !== 'STYLE' && tag !== 'NOSCRIPT' && tag !== 'LINK' && tag !== 'META') return true;
  }
  return false;
}
