/**
 * Fills a registry's public URL pattern with an identifier. The identifier is percent-encoded
 * as one URL component: a certificate "number" can hold spaces, slashes, `#`, `&` or Chinese
 * characters, and none of them may change the path or the query the template meant.
 */
export function fillUrlTemplate(template: string, number: string): string | undefined {
  const value = number.trim();
  if (!value || !template.includes('{number}')) return undefined;
  let encoded: string;
  try {
    // toWellFormed: a lone surrogate would make encodeURIComponent throw.
    encoded = encodeURIComponent(value.toWellFormed());
  } catch {
    return undefined;
  }
  const url = template.split('{number}').join(encoded);
  // The template is https (catalog schema); check the result still parses and stayed https.
  try {
    return new URL(url).protocol === 'https:' ? url : undefined;
  } catch {
    return undefined;
  }
}
