import { safeHttpUrl } from './format';

/**
 * A supplier's name, linked to its page in a new tab when the stored address is http(s)
 * (page data could carry `javascript:` or `data:` URLs); plain text otherwise.
 */
export function SupplierLink({ name, url }: { name: string; url: string | undefined }) {
  const href = safeHttpUrl(url);
  return href ? (
    <a href={href} target="_blank" rel="noreferrer">
      {name}
    </a>
  ) : (
    <span>{name}</span>
  );
}
