/**
 * The shop a page belongs to: its web host with the port (as orders store it in `site`, and as the pause list and
 * the merchant history compare it); undefined for non-web URLs (extension pages, about:blank) and non-URLs.
 */
export function siteOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.host : undefined;
  } catch {
    return undefined;
  }
}
