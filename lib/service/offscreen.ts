import { browser } from 'wxt/browser';
import { OffscreenReply, type OffscreenRequest } from '../capture/offscreen-protocol';
import type { StitchJob } from '../capture/stitch';

const PATH = 'offscreen.html';
let creating: Promise<void> | undefined;

/** One offscreen document per extension: reuse it, and never race two creations. */
async function ensureOffscreen(): Promise<void> {
  const url = browser.runtime.getURL(`/${PATH}`);
  const existing = await chrome.runtime.getContexts({
    contextTypes: ['OFFSCREEN_DOCUMENT'],
    documentUrls: [url],
  });
  if (existing.length) return;
  creating ??= chrome.offscreen
    .createDocument({
      url: PATH,
      reasons: ['BLOBS'],
      justification: 'Stitch and encode evidence screenshots',
    })
    .finally(() => (creating = undefined));
  await creating;
}

export async function stitchInOffscreen(job: StitchJob) {
  await ensureOffscreen();
  const req: OffscreenRequest = { target: 'offscreen', type: 'stitch', job };
  const reply = OffscreenReply.parse(await browser.runtime.sendMessage(req));
  if (!reply.ok) throw new Error(`encoding failed: ${reply.error}`);
  return reply;
}
