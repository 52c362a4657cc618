/**
 * The per-site pause list (issue #9): hosts where CardShield does nothing automatically — the background
 * ignores sentinel hits, page reports, submitted forms and automatic captures from them. Manual captures the
 * buyer asks for still work. Pure: tested in test/unit/settings/sites.test.ts.
 */
import type { Settings } from '../settings';

/**
 * A host as the buyer may type or paste it (a URL, `WWW.Shop.cn`, `shop.cn:8080/path`) → `shop.cn:8080`,
 * lowercase, no scheme, path, credentials or trailing dot. undefined when it is not a host at all.
 */
export function normaliseHost(input: string): string | undefined {
  let text = input.trim().toLowerCase();
  if (!text) return undefined;
  if (!/^[a-z][a-z0-9+.-]*:\/\//.test(text)) text = `http://${text}`;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return undefined;
  }
  const hostname = url.hostname.replace(/\.$/, '');
  // A host name: labels of letters, digits and hyphens (IDNs arrive punycoded), or an IP literal.
  if (!hostname || !/^(\[[0-9a-f:.]+\]|[a-z0-9-]+(\.[a-z0-9-]+)*)$/.test(hostname)) return undefined;
  return url.port ? `${hostname}:${url.port}` : hostname;
}

/** The host of a page URL as the pause list stores it (the shop's `site`). */
export { siteOf as hostOfUrl } from '../model/site';

const splitPort = (host: string): [name: string, port: string] => {
  const m = /^(.*?)(?::(\d+))?$/.exec(host)!;
  return [m[1]!, m[2] ?? ''];
};

/**
 * Is this host (`new URL(page).host`) paused? An entry pauses its own host and its subdomains; an entry with a
 * port pauses only that port, one without a port pauses every port.
 */
export function isPaused(host: string | undefined, settings: Pick<Settings, 'pausedSites'>): boolean {
  if (!host) return false;
  const [name, port] = splitPort(host.toLowerCase().replace(/\.$/, ''));
  return settings.pausedSites.some((entry) => {
    const [eName, ePort] = splitPort(entry);
    if (ePort && ePort !== port) return false;
    return name === eName || name.endsWith(`.${eName}`);
  });
}

/** The list with the host added (normalised, once) or removed (the exact entry and its normalised form). */
export function togglePaused(list: readonly string[], host: string, paused: boolean): string[] {
  const entry = normaliseHost(host);
  if (!entry) return [...list];
  const rest = list.filter((h) => h !== entry);
  return paused ? [...rest, entry].sort() : rest;
}
