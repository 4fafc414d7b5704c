import { MARKETPLACE_MATCHES } from '../sites/hosts';

/**
 * Chrome match-pattern test for the host patterns in lib/sites/hosts.ts, so the background can
 * tell whether a tab left the marketplaces (and its badge and state must go).
 * Supports the forms used there: `<scheme|*>://<host|*.host>/<path with *>`.
 */
export function matchesPattern(pattern: string, rawUrl: string): boolean {
  let url: URL;
  try {
    url = new URL(rawUrl);
  } catch {
    return false;
  }
  const m = /^(\*|https?):\/\/([^/]+)(\/.*)$/.exec(pattern);
  if (!m) return false;
  const [, scheme, host, path] = m as unknown as [string, string, string, string];
  const protocol = url.protocol.slice(0, -1);
  if (scheme === '*' ? protocol !== 'http' && protocol !== 'https' : protocol !== scheme) return false;
  const hostname = url.hostname.toLowerCase();
  if (host.startsWith('*.')) {
    const base = host.slice(2).toLowerCase();
    if (hostname !== base && !hostname.endsWith(`.${base}`)) return false;
  } else if (host !== '*' && hostname !== host.toLowerCase()) {
    return false;
  }
  const pathRe = new RegExp(`^${path.split('*').map(escapeRe).join('.*')}$`);
  return pathRe.test(url.pathname + url.search);
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function isMarketplaceUrl(url: string, patterns: readonly string[] = MARKETPLACE_MATCHES): boolean {
  return patterns.some((p) => matchesPattern(p, url));
}
