/**
 * Where the background honours the settings: the pause list at the entry of automatic work, and the capture
 * options (band, full page on keys) handed down to the capture code.
 */
import type { Message, Reply } from '../messaging';
import type { Settings } from '../settings';
import type { SessionArea } from '../tab-state';
import { hostOfUrl, isPaused } from './sites';

/** The page URL of a message that starts automatic work (extraction, capture); undefined for other messages. */
export function automaticUrl(msg: Message, senderUrl: string | undefined): string | undefined {
  switch (msg.type) {
    case 'sentinel-hit':
      return senderUrl;
    case 'page-report':
      return msg.report.url;
    case 'form-submitted':
      return msg.url;
    default:
      return undefined;
  }
}

/** true when the message is automatic work from a paused site. */
export function pausedFor(msg: Message, senderUrl: string | undefined, settings: Settings): boolean {
  return isPaused(hostOfUrl(automaticUrl(msg, senderUrl)), settings);
}

/**
 * The answer to automatic work from a paused site. The tab keeps a marker (storage.session `paused:<tabId>` =
 * the page's URL): the page was seen and deliberately left alone.
 */
export async function skipPaused(
  session: SessionArea,
  tabId: number | undefined,
  url: string | undefined,
): Promise<Reply> {
  if (tabId !== undefined) await session.set({ [`paused:${tabId}`]: url ?? '' });
  return { ok: true, detail: 'paused' };
}

export interface CaptureOptions {
  /** Burn the URL / time / order band into screenshots. */
  band: boolean;
  /** Capture the whole page when card keys appear (else the viewport). */
  fullPage: boolean;
}

/** The deps with the capture options of the current settings (read per message: the buyer may change them). */
export function withCaptureOptions<D extends object>(deps: D, settings: Settings): D & CaptureOptions {
  return { ...deps, band: settings.band, fullPage: settings.fullPage };
}
