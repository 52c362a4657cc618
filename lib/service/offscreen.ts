import { browser } from 'wxt/browser';
import { CAPTURE_PROFILE_KEY, type CaptureProfile } from '../capture/capture-profile';
import type { EncodeProfile } from '../capture/encode';
import { EncodedReply, OffscreenReply, type OffscreenRequest } from '../capture/offscreen-protocol';
import type { StitchHost } from '../capture/stitch-host';
import type { StitchHeader, StitchJob, StitchSlice } from '../capture/stitch-job';

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

export interface EncodedImage {
  bytes: Uint8Array;
  mime: string;
  width: number;
  height: number;
  profile: EncodeProfile;
}

export interface StitchHandle {
  /** Send a slice on its way; never waits for the stitching (errors come out of finish()). */
  add(slice: StitchSlice): void;
  finish(): Promise<EncodedImage>;
  /** Drop the job (capture abandoned); safe to call after finish. */
  abort(): void;
}

type Send = (req: OffscreenRequest) => Promise<EncodedImage | undefined>;

/**
 * Chrome: messages to the offscreen document; the image comes back as a blob: URL of that document. A job's
 * first request makes sure the document exists; the rest follow it straight away.
 */
const toOffscreen: Send = async (req) => {
  if (req.type === 'open') await ensureOffscreen();
  const reply = OffscreenReply.parse(await browser.runtime.sendMessage(req));
  if (!reply.ok) throw new Error(`encoding failed: ${reply.error}`);
  const encoded = EncodedReply.safeParse(reply);
  if (!encoded.success) return undefined;
  const { url, ...rest } = encoded.data;
  const res = await fetch(url);
  if (!res.ok) throw new Error(`encoding failed: image not readable (${res.status})`);
  return { ...rest, bytes: new Uint8Array(await res.arrayBuffer()) };
};

/**
 * Firefox has no offscreen documents: its background is a page with OffscreenCanvas, so it stitches in place.
 * Only Firefox builds carry this (the encoders and their wasm stay out of Chrome's service worker bundle).
 */
let localHost: Promise<StitchHost> | undefined;
const inPlace: Send | undefined = import.meta.env.FIREFOX
  ? async (req) => {
      localHost ??= import('../capture/stitch-host').then((m) => m.createStitchHost());
      return (await localHost)(req);
    }
  : undefined;

function transport(): Send {
  if (typeof chrome !== 'undefined' && chrome.offscreen) return toOffscreen;
  if (inPlace) return inPlace;
  throw new Error('encoding failed: no offscreen document in this browser');
}

let jobs = 0;

/** Open an image to be stitched from slices that are added as they are shot. */
export function openStitch(header: StitchHeader): StitchHandle {
  const send = transport();
  const jobId = `${Date.now().toString(36)}-${++jobs}`;
  // Requests go out one after another, so the slices arrive in order whatever the transport does.
  let chain: Promise<unknown> = send({ target: 'offscreen', type: 'open', jobId, header });
  let failed: unknown;
  const then = (req: OffscreenRequest) => {
    const next = chain.then(() => send(req));
    chain = next.catch((err: unknown) => void (failed ??= err));
    return next;
  };
  chain = chain.catch((err: unknown) => void (failed ??= err));
  return {
    add: (slice) => void then({ target: 'offscreen', type: 'slice', jobId, slice }).catch(() => undefined),
    async finish() {
      const out = await then({ target: 'offscreen', type: 'finish', jobId }).catch((err: unknown) => {
        throw failed ?? err;
      });
      if (failed) throw failed;
      if (!out) throw new Error('encoding failed: no image');
      return out;
    },
    abort: () => void then({ target: 'offscreen', type: 'abort', jobId }).catch(() => undefined),
  };
}

/** A whole image at once (a single viewport). */
export function stitchInOffscreen(job: StitchJob): Promise<EncodedImage> {
  const { slices, ...header } = job;
  const handle = openStitch(header);
  for (const slice of slices) handle.add(slice);
  return handle.finish();
}

export function recordCaptureProfile(profile: CaptureProfile) {
  void browser.storage.session.set({ [CAPTURE_PROFILE_KEY]: profile }).catch(() => undefined);
}
